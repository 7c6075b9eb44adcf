/** `keel doc`: the living document's commands (list, show, add, edit, history, review, import, export, section). Over 300 lines: one command with ten subcommands; the import's output is in ../doc-import-output.ts. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Command, Option } from 'commander';
import type { Ctx } from '../../app/context.js';
import type { ReviewAction } from '../../app/doc.service.js';
import type { DiffPart } from '../../core/doc/diff.js';
import { sourceLine } from '../../core/doc/source.js';
import { invalid, KeelError } from '../../core/errors.js';
import { longDate } from '../../core/iso-week.js';
import { plural } from '../../core/words.js';
import { collect, num } from '../args.js';
import { chooseProposals, printImport, printPreview } from '../doc-import-output.js';
import { readTextFile, writeFileAtomic } from '../files.js';
import { firstLine, type Out, table } from '../output.js';
import { common, type Env } from '../program.js';

/** Loaded on use, so that other commands start without the document's modules. */
const docService = () => import('../../app/doc.service.js');
const withDoc = <T>(env: Env, o: Db, fn: (svc: Awaited<ReturnType<typeof docService>>, ctx: Ctx) => Promise<T>): Promise<T> =>
  env.withKeel(o, async (ctx) => fn(await docService(), ctx));
/** A document larger than this is not a document someone wrote. */
const MAX_DOC_BYTES = 5 * 1024 * 1024;

interface Db {
  db?: string;
  json?: boolean;
}
interface PrincipleOpts extends Db {
  source?: string;
  sourceDate?: string;
  tag?: string[];
}

export function registerDoc(program: Command, env: Env): void {
  const doc = program.command('doc').description('your living document: principles in sections, with their history');
  const { out } = env;

  common(doc.command('list').description('one line per principle, by section').option('--all', 'include retired principles'))
    .addHelpText('after', '\nExamples:\n  keel doc list\n  keel doc list --all --json')
    .action(async (o: Db & { all?: boolean }) => {
      const sections = await withDoc(env, o, (svc, ctx) => svc.getDocument(ctx, { all: o.all }));
      if (o.json) return out.json(sections);
      if (sections.length === 0) return emptyDocument(out);
      const rows = sections.flatMap((s) => s.principles.map((p) => [String(p.id), s.title, `${firstLine(p.text, 72)}${p.retiredAt ? ' (retired)' : ''}`]));
      for (const l of table([['ID', 'SECTION', 'PRINCIPLE'], ...rows])) out.line(l);
      out.note('Read one in full: keel doc show <id>');
    });

  common(doc.command('show [id]').description('the whole document, or one principle with its source, links and history'))
    .addHelpText('after', '\nExamples:\n  keel doc show\n  keel doc show 12 --json')
    .action(async (id: string | undefined, o: Db) => {
      if (id !== undefined) {
        const d = await withDoc(env, o, (svc, ctx) => svc.showPrinciple(ctx, id));
        if (o.json) return out.json(d);
        const p = d.principle;
        out.line(out.bold(`Principle ${p.id} · ${d.section.title}${p.retiredAt ? ` · retired ${p.retiredAt.slice(0, 10)}` : ''}`));
        out.line(p.text);
        if (sourceLine(p)) out.line(out.dim(`Source: ${sourceLine(p)}`));
        if (p.tags.length) out.line(out.dim(`Tags: ${p.tags.join(', ')}`));
        out.line(out.dim(`Written ${p.createdAt.slice(0, 10)} · reviewed ${p.reviewedAt?.slice(0, 10) ?? 'never'} · ${plural(d.revisions, 'revision')}`));
        if (d.triggers.length) out.line(`Leave triggers: ${d.triggers.map((t) => t.slug).join(', ')}`);
        if (d.rules.length) out.line(`Rules: ${d.rules.join(', ')}`);
        if (d.revisions) out.note(`See what changed: keel doc history ${p.id}`);
        return;
      }
      const sections = await withDoc(env, o, (svc, ctx) => svc.getDocument(ctx));
      if (o.json) return out.json(sections);
      if (sections.length === 0) return emptyDocument(out);
      for (const s of sections) {
        out.line(out.bold(s.title));
        if (s.note) out.line(out.dim(`      ${s.note}`));
        for (const p of s.principles) {
          const [first, ...rest] = p.text.split('\n');
          out.line(`${String(p.id).padStart(4)}  ${first}`);
          for (const line of rest) out.line(`      ${line}`);
          if (sourceLine(p)) out.line(out.dim(`      Source: ${sourceLine(p)}`));
        }
        out.line();
      }
    });

  principleOptions(
    common(doc.command('add <text>').description('add a principle at the end of a section').option('--section <section>', 'section id or title')),
  )
    .addHelpText('after', '\nExample:\n  keel doc add "Take the vacation days. All of them." --section Wellbeing --source "my first manager, 2019"')
    .action(async (text: string, o: PrincipleOpts & { section?: string }) => {
      const p = await withDoc(env, o, (svc, ctx) => svc.addPrinciple(ctx, { text, section: o.section, ...principleFields(o) }));
      if (o.json) return out.json(p);
      out.line(`Added principle ${p.id}.`);
      out.note('Next: keel doc show');
    });

  principleOptions(
    common(
      doc
        .command('edit <id>')
        .description('change a principle: opens $EDITOR on a terminal, or takes --text; every text change is kept as a revision')
        .option('--text <text>', 'the new text')
        .option('--reason <why>', 'why it changed (kept with the revision)'),
    ),
  )
    .addHelpText('after', '\nExamples:\n  keel doc edit 12\n  keel doc edit 12 --text "Take every vacation day." --reason "shorter"')
    .action(async (id: string, o: PrincipleOpts & { text?: string; reason?: string }) => {
      let text = o.text;
      if (text === undefined && o.source === undefined && o.sourceDate === undefined && o.tag === undefined) {
        if (!env.io.stdinIsTTY || o.json) throw invalid('give the new text with --text', `Try: keel doc edit ${id} --text "..." --reason "..."`);
        text = openEditor(env, (await withDoc(env, o, (svc, ctx) => svc.showPrinciple(ctx, id))).principle.text);
      }
      const r = await withDoc(env, o, (svc, ctx) => svc.editPrinciple(ctx, id, { text, reason: o.reason, ...principleFields(o) }));
      if (o.json) return out.json(r);
      out.line(r.changed.length ? `Updated principle ${r.principle.id}: ${r.changed.join(', ')}.` : 'No change.');
      if (r.changed.includes('text')) out.note(`See what changed: keel doc history ${r.principle.id}`);
    });

  common(doc.command('history <id>').description('each revision of a principle as a word diff, oldest first'))
    .addHelpText('after', '\nExample:\n  keel doc history 12')
    .action(async (id: string, o: Db) => {
      const h = await withDoc(env, o, (svc, ctx) => svc.principleHistory(ctx, id));
      if (o.json) return out.json(h);
      out.line(out.bold(`Principle ${h.principle.id}: ${firstLine(h.principle.text, 60)}`));
      if (h.revisions.length === 0) return out.line('No revisions: it reads as first written.');
      for (const [i, r] of h.revisions.entries()) {
        out.line();
        out.line(`${i + 1}. ${longDate(r.revision.changedAt.slice(0, 10))}${r.revision.reason ? ` · ${r.revision.reason}` : ''}`);
        out.line(`   ${formatDiff(out, r.diff).split('\n').join('\n   ')}`);
      }
    });

  common(
    doc
      .command('review [id]')
      .description('look again at principles not reviewed lately: keep, edit or retire each (asks on a terminal)')
      .option('--keep', 'mark <id> reviewed as it is')
      .option('--retire', 'retire <id>: it no longer holds (its history stays)')
      .option('--text <text>', 'edit <id> with this text and mark it reviewed')
      .option('--reason <why>', 'why the text changed')
      .option('--every <days>', 'from now on, a principle is due after this many days (0: never)'),
  )
    .addHelpText('after', '\nExamples:\n  keel doc review\n  keel doc review 12 --keep\n  keel doc review 12 --retire\n  keel doc review --every 120')
    .action(async (id: string | undefined, o: Db & { keep?: boolean; retire?: boolean; text?: string; reason?: string; every?: string }) => {
      if (o.every !== undefined) {
        const days = await withDoc(env, o, (svc, ctx) => svc.setReviewDays(ctx, num(o.every)));
        if (id === undefined) {
          if (o.json) return out.json({ days });
          return out.line(days === 0 ? 'Principles are never due for review now.' : `A principle is due for review ${days} days after it was last looked at.`);
        }
      }
      const actions = [o.keep, o.retire, o.text !== undefined].filter(Boolean).length;
      if (actions > 1) throw invalid('choose one of --keep, --retire or --text', `Try: keel doc review ${id ?? '<id>'} --keep`);
      if (id !== undefined) {
        if (actions === 0) throw invalid(`say what to do with principle ${id}: --keep, --retire or --text`, `Try: keel doc review ${id} --keep`);
        const action: ReviewAction = o.keep ? { action: 'keep' } : o.retire ? { action: 'retire' } : { action: 'edit', text: o.text, reason: o.reason };
        const p = await withDoc(env, o, (svc, ctx) => svc.reviewPrinciple(ctx, id, action));
        if (o.json) return out.json(p);
        return out.line(p.retiredAt ? `Retired principle ${p.id}; its history stays.` : `Reviewed principle ${p.id}.`);
      }
      if (actions > 0) throw invalid('--keep, --retire and --text need the id of a principle', 'Try: keel doc review 12 --keep');
      const due = await withDoc(env, o, (svc, ctx) => svc.dueForReview(ctx));
      if (o.json) return out.json(due);
      if (due.principles.length === 0) return out.line(`Nothing to review: every principle was looked at in the last ${due.days} days.`);
      if (env.io.stdinIsTTY) return walkReview(env, o, due.principles);
      out.line(`${plural(due.principles.length, 'principle')} not reviewed in ${plural(due.days, 'day')}:`);
      for (const l of table(due.principles.map((p) => [`  ${p.id}`, p.lastLookedOn, firstLine(p.text, 64)]))) out.line(l);
      out.note('Review each: keel doc review <id> --keep (or --retire, or --text "...")');
    });

  common(
    doc
      .command('import <file>')
      .description('bring in a Markdown document (or text copied from a web page); proposes the triggers and rules in its prose')
      .option('--yes', 'apply the proposed triggers and rules without asking')
      .option('--dry-run', 'show what the import would bring in and propose, and write nothing'),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  keel doc import career.md\n  keel doc import page.txt --dry-run\n  keel doc import career.md --yes\n\nImporting the same file again changes nothing; an edited file records revisions.',
    )
    .action(async (file: string, o: Db & { yes?: boolean; dryRun?: boolean }) => {
      const text = readTextFile(file, MAX_DOC_BYTES);
      const name = path.basename(file);
      const ask = env.io.stdinIsTTY && !o.json && !o.yes && !o.dryRun;
      const r = await withDoc(env, o, async (svc, ctx) => {
        if (o.dryRun) return svc.previewImport(ctx, text, name);
        if (!ask) return svc.importDocument(ctx, text, name, { apply: Boolean(o.yes) });
        // Ask first, then write once: a cancelled choice writes nothing.
        const preview = await svc.previewImport(ctx, text, name);
        const chosen = preview.proposals.length ? await chooseProposals(preview.proposals, svc.explainProposal) : [];
        if (chosen === null) return null;
        return svc.importDocument(ctx, text, name, { apply: chosen.map(svc.proposalKey) });
      });
      if (r === null) return out.line('Cancelled: nothing was imported.');
      if (o.json) return out.json(r);
      const svc = await docService();
      if (o.dryRun) printPreview(out, r, svc.explainProposal);
      printImport(out, name, r, svc.explainProposal, Boolean(o.dryRun), ask);
      if (o.dryRun) out.note(`Nothing was written. Import it with: keel doc import ${file}`);
      else if (r.proposals.length && ask) out.note('Importing the file again offers what you left out.');
      else if (r.proposals.length) out.note(`Apply them with: keel doc import ${file} --yes`);
      else out.note(r.applied.length ? 'Next: keel trigger list' : 'Next: keel doc list');
    });

  common(
    doc
      .command('export')
      .description('the document as Markdown (imports back the same) or as one self-contained HTML page')
      .addOption(new Option('--format <format>', 'md or html').choices(['md', 'html']).default('md'))
      .option('--out <path>', 'write to a file instead of stdout')
      .option('--title <title>', 'the page title (html)'),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  keel doc export --out principles.md\n  keel doc export --format html --title "How I want to work" --out principles.html',
    )
    .action(async (o: Db & { format: 'md' | 'html'; out?: string; title?: string }) => {
      if (o.title !== undefined && o.format !== 'html') throw invalid('--title is for --format html', 'Try: keel doc export --format html --title "..."');
      const text = await withDoc(env, o, (svc, ctx) => (o.format === 'html' ? svc.exportHtml(ctx, o.title) : svc.exportMarkdown(ctx)));
      if (!o.out) return o.json ? out.json({ format: o.format, text }) : void env.io.stdout.write(text);
      writeFileAtomic(o.out, text);
      if (o.json) return out.json({ out: o.out, format: o.format, bytes: Buffer.byteLength(text) });
      out.note(`Wrote the document to ${o.out}.`);
    });

  registerSections(doc, env);
}

function registerSections(doc: Command, env: Env): void {
  const { out } = env;
  const section = doc.command('section').description('the sections of the document: add, rename, move');
  common(section.command('add <title>').description('add a section at the end'))
    .addHelpText('after', '\nExample:\n  keel doc section add "Staff engineering"')
    .action(async (title: string, o: Db) => {
      const s = await withDoc(env, o, (svc, ctx) => svc.addSection(ctx, title));
      if (o.json) return out.json(s);
      out.line(`Added section "${s.title}".`);
      out.note(`Next: keel doc add "<principle>" --section "${s.title}"`);
    });
  common(section.command('rename <section> <title>').description('rename a section (by id or title)'))
    .addHelpText('after', '\nExample:\n  keel doc section rename Health "Health and happiness"')
    .action(async (ref: string, title: string, o: Db) => {
      const s = await withDoc(env, o, (svc, ctx) => svc.renameSection(ctx, ref, title));
      if (o.json) return out.json(s);
      out.line(`Renamed section ${s.id} to "${s.title}".`);
    });
  common(section.command('move <section> <place>').description('move a section to a place, 1 being first'))
    .addHelpText('after', '\nExample:\n  keel doc section move Health 1')
    .action(async (ref: string, place: string, o: Db) => {
      const order = await withDoc(env, o, (svc, ctx) => svc.moveSection(ctx, ref, num(place)));
      if (o.json) return out.json(order);
      out.line(`Sections: ${order.map((s) => s.title).join(' · ')}`);
    });
  // The program sets this for two levels of commands; these are the third.
  for (const c of section.commands) {
    c.exitOverride().configureOutput({ writeOut: (s) => env.io.stdout.write(s), writeErr: (s) => env.io.stderr.write(s), outputError: () => {} });
  }
}

const principleOptions = (cmd: Command): Command =>
  cmd
    .option('--source <text>', 'where it came from, e.g. "my first manager, 2019"')
    .option('--source-date <date>', 'when, YYYY-MM-DD')
    .option('--tag <tag>', 'a tag (repeat; replaces the tags on edit)', collect);

const principleFields = (o: PrincipleOpts) => ({ source: o.source, sourceDate: o.sourceDate, tags: o.tag });

function emptyDocument(out: Out): void {
  out.line('The document is empty.');
  out.note('Bring yours in: keel doc import <file.md>, or start one: keel doc section add "Health"');
}

/** git's word-diff style, `[-old-]{+new+}`, so it reads without colour too. */
function formatDiff(out: Out, parts: DiffPart[]): string {
  return parts.map((p) => (p.change === 'added' ? out.green(`{+${p.value}+}`) : p.change === 'removed' ? out.red(`[-${p.value}-]`) : p.value)).join('');
}

async function walkReview(env: Env, o: Db, due: { id: number; text: string; lastLookedOn: string }[]): Promise<void> {
  const p = await import('@clack/prompts');
  p.intro(`${plural(due.length, 'principle')} to look at again`);
  const done = { keep: 0, edit: 0, retire: 0 };
  for (const [i, principle] of due.entries()) {
    p.note(principle.text, `${i + 1} of ${due.length} · principle ${principle.id} · last looked at ${principle.lastLookedOn}`);
    const choice = await p.select({
      message: 'Does it still hold?',
      options: [
        { value: 'keep', label: 'Keep', hint: 'still true as written' },
        { value: 'edit', label: 'Edit', hint: 'opens $EDITOR' },
        { value: 'retire', label: 'Retire', hint: 'no longer true; its history stays' },
        { value: 'skip', label: 'Skip for now' },
        { value: 'stop', label: 'Stop here' },
      ] as const,
    });
    if (p.isCancel(choice) || choice === 'stop') break;
    if (choice === 'skip') continue;
    const action: ReviewAction = choice === 'edit' ? { action: 'edit', text: openEditor(env, principle.text), reason: 'review' } : { action: choice };
    await withDoc(env, o, (svc, ctx) => svc.reviewPrinciple(ctx, String(principle.id), action));
    done[choice]++;
  }
  p.outro(`Kept ${done.keep}, edited ${done.edit}, retired ${done.retire}.`);
}

/** Opens $VISUAL or $EDITOR on a private temporary file holding `text`; returns what was saved. */
function openEditor(env: Env, text: string): string {
  const editor = env.io.env.VISUAL || env.io.env.EDITOR || 'vi';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keel-edit-'));
  const file = path.join(dir, 'principle.md');
  try {
    fs.writeFileSync(file, `${text}\n`, { mode: 0o600 });
    // $EDITOR may carry arguments ("code --wait"), so it runs through the shell with the path quoted.
    const r = spawnSync(`${editor} '${file.replace(/'/g, "'\\''")}'`, { stdio: 'inherit', shell: true });
    if (r.status !== 0) {
      throw new KeelError('Unavailable', `the editor (${editor}) exited with ${r.status ?? r.signal}`, 'Nothing was changed. Set $EDITOR, or give --text.');
    }
    return fs.readFileSync(file, 'utf8');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
