/** How opportunities read in the terminal: one line each in lists, a short dossier in `keel opp show`. */
import type { OpportunityDetail } from '../app/opportunity-detail.service.js';
import { type Opportunity, offerSummary } from '../core/opportunities/domain.js';
import type { Suggestion } from '../core/opportunities/match.js';
import type { Out } from './output.js';

export const oppTitle = (o: Opportunity) => `#${o.id} ${o.company}: ${o.role}`;

const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export const suggestionLine = (s: Suggestion) => `${s.slug} (${s.words.map((w) => w.word).join(', ')})`;

function printSuggestions(out: Out, suggestions: Suggestion[], flagHint: string): void {
  if (suggestions.length === 0) return;
  out.line(out.dim(`      maybe a red flag: ${suggestions.map(suggestionLine).join('; ')}`));
  out.line(out.dim(`      flag it: keel opp flag ${flagHint} --trigger ${suggestions[0]?.slug} --severity 1|2|3`));
}

export function printDetail(out: Out, d: OpportunityDetail): void {
  const o = d.opportunity;
  out.line(out.bold(`${oppTitle(o)}  (${o.stage} since ${o.stageOn})`));
  if (o.link) out.line(o.link);
  if (o.offer) out.line(`Offer: ${offerSummary(o.offer)}${o.offer.note ? ` (${o.offer.note})` : ''}`);
  out.line();
  out.line(out.bold('Stages'));
  for (const m of d.moves) out.line(`  ${m.movedOn}  ${m.stage}${m.note ? `: ${m.note}` : ''}`);
  if (d.contacts.length) {
    out.line(out.bold('Contacts'));
    for (const c of d.contacts) out.line(`  ${c.name}${c.role ? ` (${c.role})` : ''}${c.note ? `: ${c.note}` : ''}`);
  }
  if (d.notes.length) {
    out.line(out.bold('Notes'));
    for (const n of d.notes) {
      const who = n.who ? ` ${n.who}${n.whoRole ? `, ${n.whoRole}` : ''}:` : '';
      out.line(`  [note ${n.id}] ${n.notedOn}${who} ${clip(n.text)}`);
      printSuggestions(out, n.suggestions, `--note ${n.id}`);
    }
  }
  if (d.answers.length) {
    out.line(out.bold('Answers'));
    for (const a of d.answers) {
      out.line(`  [answer ${a.id}] ${a.answeredOn}  ${a.question}${a.who ? ` (${a.who})` : ''}`);
      out.line(`      "${clip(a.text)}"`);
      printSuggestions(out, a.suggestions, `--answer ${a.id}`);
    }
  }
  out.line(out.bold('Red flags by trigger'));
  if (d.redFlags.length === 0) out.line('  None flagged.');
  for (const g of d.redFlags) {
    const worst = Math.max(...g.flags.map((f) => f.severity));
    out.line(`  ${g.slug}: ${g.flags.length} ${g.flags.length === 1 ? 'flag' : 'flags'}, worst severity ${worst}  ${out.dim(`"${g.text}"`)}`);
    for (const f of g.flags) out.line(`    - ${f.on}  severity ${f.severity}  ${f.source}${f.who ? ` (${f.who})` : ''}: ${clip(f.text, 70)}`);
  }
  if (d.principles.length) {
    out.line(out.bold('Principles'));
    for (const p of d.principles) out.line(`  ${p.fits ? 'fits     ' : 'conflicts'}  [${p.principleId}] ${clip(p.text, 60)}${p.note ? `: ${p.note}` : ''}`);
  }
}
