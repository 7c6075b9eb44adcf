import type { Command } from 'commander';
import { renderQuestion } from '../../core/opportunities/questions.js';
import { table } from '../output.js';
import { common, type Env } from '../program.js';

/** Loaded on use, so that commands which do not need it start faster. */
const questions = () => import('../../app/questions.service.js');

export function registerQuestion(program: Command, env: Env): void {
  const question = program.command('question').description('your interview question bank: "What would make you want to leave?" and one per leave trigger');
  common(
    question
      .command('list')
      .description('the questions to ask (gains one for each trigger you add)')
      .option('--all', 'include retired ones')
      .option('--for <company>', 'fill in the company name'),
  )
    .addHelpText('after', '\nExamples:\n  keel question list --for Initech\n  keel question list --all --json')
    .action(async (o: { all?: boolean; for?: string; db?: string; json?: boolean }) => {
      const all = await env.withKeel(o, async (ctx) => (await questions()).listQuestions(ctx));
      const shown = (o.all ? all : all.filter((q) => q.retiredAt === null)).map((q) => ({ ...q, text: renderQuestion(q.text, o.for ?? '{company}') }));
      if (o.json) return env.out.json(shown);
      for (const l of table([
        ['ID', 'ASKS ABOUT', 'QUESTION'],
        ...shown.map((q) => [String(q.id), q.origin === 'leave' ? 'leave' : (q.slug ?? ''), `${q.text}${q.retiredAt ? ' (retired)' : ''}`]),
      ]))
        env.out.line(l);
      env.out.note('Record an answer: keel opp answer <opp> <question id, "leave" or trigger slug> "<what they said>"');
    });
  common(
    question
      .command('add <text>')
      .description('add your own question; {company} is filled in per opportunity')
      .option('--trigger <trigger>', 'the trigger it asks about'),
  )
    .addHelpText('after', '\nExample:\n  keel question add "How are on-call hours paid at {company}?" --trigger values')
    .action(async (text: string, o: { trigger?: string; db?: string; json?: boolean }) => {
      const q = await env.withKeel(o, async (ctx) => (await questions()).addQuestion(ctx, { text, trigger: o.trigger }));
      if (o.json) return env.out.json(q);
      env.out.line(`Added question ${q.id}: ${q.text}`);
    });
  common(question.command('retire <question>').description('stop asking a question (by id, "leave" or trigger slug); its answers stay'))
    .addHelpText('after', '\nExample:\n  keel question retire sales-only')
    .action(async (ref: string, o: { db?: string; json?: boolean }) => {
      const q = await env.withKeel(o, async (ctx) => (await questions()).retireQuestion(ctx, ref));
      if (o.json) return env.out.json(q);
      env.out.line(`Retired question ${q.id}.`);
    });
}
