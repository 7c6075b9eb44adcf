/** How a document import reads in the terminal: what Keel read, what it applied, and the choice of proposals on a terminal. */
import type { ImportResult, RuleProposal } from '../app/doc.service.js';
import { sourceLine } from '../core/doc/source.js';
import { plural } from '../core/words.js';
import { firstLine, type Out, table } from './output.js';

/** The document as the import reads it: sections, their notes and principles. */
export function printPreview(out: Out, r: ImportResult, explain: (p: RuleProposal) => { label: string; detail: string }): void {
  for (const s of r.document) {
    out.line(out.bold(s.title));
    if (s.note) out.line(out.dim(`  ${s.note}`));
    for (const p of s.principles) out.line(`  - ${firstLine(p.text, 100)}${sourceLine(p) ? out.dim(`  (Source: ${sourceLine(p)})`) : ''}`);
  }
  out.line();
  if (r.proposals.length) {
    out.line('Would propose:');
    for (const l of table(r.proposals.map((p) => proposalRow(p, explain)))) out.line(`  ${l}`);
    out.line();
  }
}

export function printImport(
  out: Out,
  name: string,
  r: ImportResult,
  explain: (p: RuleProposal) => { label: string; detail: string },
  dryRun = false,
  chosen = false,
): void {
  const p = r.principles;
  const parts = [
    [p.added, 'new'],
    [p.revised, 'revised'],
    [p.updated, 'updated'],
    [p.moved, 'moved'],
    [p.unchanged, 'unchanged'],
    [p.retired, 'retired in Keel (left retired)'],
  ].filter(([n]) => Number(n) > 0);
  const verb = dryRun ? 'Would import' : 'Imported';
  if (p.added + p.revised + p.updated + p.moved + r.sections.added === 0) out.line(`The document in Keel already matches ${name}.`);
  else
    out.line(
      `${verb} ${name}: ${plural(r.sections.total, 'section')} (${r.sections.added} new); principles: ${parts.map(([n, w]) => `${n} ${w}`).join(', ')}.`,
    );
  if (p.notInFile)
    out.line(
      out.dim(
        `${plural(p.notInFile, 'principle')} in Keel ${p.notInFile === 1 ? 'is' : 'are'} not in the file; ${p.notInFile === 1 ? 'it' : 'they'} ${dryRun ? 'would be' : 'were'} kept.`,
      ),
    );
  if (r.applied.length) {
    out.line(`Applied from your prose: ${describe(r.applied)}.`);
    for (const l of table(r.applied.map((x) => proposalRow(x, explain)))) out.line(`  ${l}`);
  }
  if (r.proposals.length && !dryRun) {
    out.line();
    out.line(chosen ? 'Left out, as you chose:' : 'Found in your prose, not applied yet:');
    for (const l of table(r.proposals.map((x) => proposalRow(x, explain)))) out.line(`  ${l}`);
  }
}

const describe = (ps: RuleProposal[]): string => {
  const triggers = ps.filter((p) => p.kind === 'trigger').length;
  const matched = ps.filter((p) => p.kind === 'trigger' && p.replaces).length;
  const signs = ps.filter((p) => p.kind === 'sign').length;
  const bound = ps.filter((p) => p.kind === 'bind').length;
  return [
    triggers && `${plural(triggers, 'leave trigger')}${matched ? ` (${matched} in place of similar ones Keel had)` : ''}`,
    signs && `${plural(signs, 'sign that counts', 'signs that count')} on ${signs === 1 ? 'its' : 'their'} own`,
    bound && `${bound} of Keel's rules now ${bound === 1 ? 'quotes' : 'quote'} your words`,
  ]
    .filter(Boolean)
    .join(', ');
};

const proposalRow = (p: RuleProposal, explain: (p: RuleProposal) => { label: string; detail: string }): string[] => {
  const e = explain(p);
  const [kind, name] = e.label.split(' ');
  return [kind ?? '', name ?? '', e.detail];
};

/** The proposals the person keeps; null when they cancel. */
export async function chooseProposals(
  proposals: RuleProposal[],
  explain: (p: RuleProposal) => { label: string; detail: string },
): Promise<RuleProposal[] | null> {
  const p = await import('@clack/prompts');
  const chosen = await p.multiselect({
    message: 'Your document states these leave triggers and rules. Apply which? (space to toggle, enter to confirm)',
    options: proposals.map((x, i) => ({ value: i, label: explain(x).label, hint: explain(x).detail })),
    initialValues: proposals.map((_, i) => i),
    required: false,
  });
  if (p.isCancel(chosen)) return null;
  return proposals.filter((_, i) => chosen.includes(i));
}
