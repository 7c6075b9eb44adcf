import type { Command } from 'commander';
import { CLOSED_STAGES, offerSummary, STAGES } from '../../core/opportunities/domain.js';
import { num } from '../args.js';
import { oppTitle, printDetail } from '../opp-output.js';
import { table } from '../output.js';
import { common, type Env } from '../program.js';

/** Loaded on use, so that commands which do not need them start faster. */
const oppService = () => import('../../app/opportunities.service.js');
const detail = () => import('../../app/opportunity-detail.service.js');
const queries = () => import('../../app/opportunities.queries.js');

interface Base {
  db?: string;
  json?: boolean;
}

/** `keel opp` and its own subcommands; program.ts adds the interview and compare ones to the Command this returns. */
export function registerOpp(program: Command, env: Env): Command {
  const opp = program
    .command('opp')
    .description('opportunities in a job search: stages, contacts, interviews, red flags, offers')
    .addHelpText('after', `\nStages: ${STAGES.slice(0, 5).join(' → ')} → ${CLOSED_STAGES.join(' | ')}\nAn opportunity is named by its id or company.`);

  common(
    opp
      .command('add <company>')
      .description('add an opportunity')
      .requiredOption('--role <role>', 'the role, e.g. "Staff Engineer"')
      .option('--link <url>', 'the job posting')
      .option('--stage <stage>', 'where it starts (default: saved)')
      .option('--on <date>', 'when, YYYY-MM-DD (default: today)'),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  keel opp add Initech --role "Staff Engineer" --link https://initech.example/jobs/42\n  keel opp add Hooli --role "Principal Engineer" --stage applied --on 2026-11-02',
    )
    .action(async (company: string, o: Base & { role: string; link?: string; stage?: string; on?: string }) => {
      const r = await env.withKeel(o, async (ctx) =>
        (await oppService()).addOpportunity(ctx, { company, role: o.role, link: o.link, stage: o.stage, on: o.on }),
      );
      if (o.json) return env.out.json(r);
      env.out.line(`Added ${oppTitle(r)} (${r.stage} on ${r.stageOn}).`);
      env.out.note(`Next: keel opp move ${r.id} ${STAGES[STAGES.indexOf(r.stage) + 1]}   or   keel question list (what to ask)`);
    });

  common(opp.command('list').description('list opportunities').option('--open', 'only those without a decision'))
    .addHelpText('after', '\nExamples:\n  keel opp list\n  keel opp list --open --json')
    .action(async (o: Base & { open?: boolean }) => {
      const all = await env.withKeel(o, async (ctx) => (await queries()).listOpportunities(ctx));
      const shown = o.open ? all.filter((x) => !CLOSED_STAGES.includes(x.stage)) : all;
      if (o.json) return env.out.json(shown);
      if (shown.length === 0) return env.out.line('No opportunities yet. Add one: keel opp add <company> --role <role>');
      for (const l of table([
        ['ID', 'COMPANY', 'ROLE', 'STAGE', 'SINCE', 'OFFER'],
        ...shown.map((x) => [String(x.id), x.company, x.role, x.stage, x.stageOn, x.offer ? offerSummary(x.offer) : '']),
      ]))
        env.out.line(l);
    });

  common(opp.command('show <opp>').description('everything about one opportunity, with its red flags by trigger'))
    .addHelpText('after', '\nExamples:\n  keel opp show initech\n  keel opp show 3 --json')
    .action(async (ref: string, o: Base) => {
      const d = await env.withKeel(o, async (ctx) => (await detail()).showOpportunity(ctx, ref));
      if (o.json) return env.out.json(d);
      printDetail(env.out, d);
    });

  common(
    opp
      .command('move <opp> <stage>')
      .description(`move to a stage: ${STAGES.join(', ')}`)
      .option('--on <date>', 'when, YYYY-MM-DD (default: today)')
      .option('--note <text>', 'what happened'),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  keel opp move initech interviewing --on 2026-11-18\n  keel opp move 3 withdrawn --note "Return-to-office five days a week"',
    )
    .action(async (ref: string, stage: string, o: Base & { on?: string; note?: string }) => {
      const m = await env.withKeel(o, async (ctx) => (await oppService()).moveOpportunity(ctx, ref, { stage, movedOn: o.on, note: o.note }));
      if (o.json) return env.out.json(m);
      env.out.line(`Moved #${m.opportunityId} to ${m.stage} on ${m.movedOn}.`);
      if (m.stage === 'accepted') env.out.note('Congratulations. Next: keel job start <employer> --title <title> --since <first day>; keel search end');
      else if (m.stage === 'offer') env.out.note(`Next: keel opp offer ${m.opportunityId} --pay <yearly amount>`);
    });

  common(
    opp
      .command('contact <opp> <name>')
      .description('add a contact: a recruiter, a future manager, a friend inside')
      .option('--role <role>', 'their role')
      .option('--note <text>', 'how you know them, how to reach them'),
  )
    .addHelpText('after', '\nExample:\n  keel opp contact initech "Ana Ruiz" --role "Engineering manager" --note "met at a meetup"')
    .action(async (ref: string, name: string, o: Base & { role?: string; note?: string }) => {
      const c = await env.withKeel(o, async (ctx) => (await oppService()).addContact(ctx, ref, { name, role: o.role, note: o.note }));
      if (o.json) return env.out.json(c);
      env.out.line(`Added ${c.name}${c.role ? ` (${c.role})` : ''} to #${c.opportunityId}.`);
    });

  common(
    opp
      .command('offer <opp>')
      .description('record the offer (moves the opportunity to offer)')
      .requiredOption('--pay <amount>', 'yearly compensation, a positive number')
      .option('--currency <code>', 'three-letter code, e.g. EUR')
      .option('--level <level>', 'e.g. Staff, L7')
      .option('--track <track>', 'ic or manager')
      .option('--deadline <date>', 'decide by YYYY-MM-DD')
      .option('--note <text>', 'equity, remote policy, anything else'),
  )
    .addHelpText('after', '\nExample:\n  keel opp offer initech --pay 185000 --currency EUR --level Staff --track ic --deadline 2026-12-11')
    .action(async (ref: string, o: Base & { pay: string; currency?: string; level?: string; track?: string; deadline?: string; note?: string }) => {
      const r = await env.withKeel(o, async (ctx) =>
        (await oppService()).recordOffer(ctx, ref, {
          pay: num(o.pay),
          currency: o.currency,
          level: o.level,
          track: o.track,
          deadline: o.deadline,
          note: o.note,
        }),
      );
      if (o.json) return env.out.json(r);
      if (r.moved) env.out.line(`Moved #${r.opportunity.id} to offer on ${r.moved.movedOn}.`);
      env.out.line(`Offer from ${r.opportunity.company}: ${r.opportunity.offer ? offerSummary(r.opportunity.offer) : ''}`);
      env.out.note('Next: keel opp compare <this> <another>   (side by side against your triggers)');
    });

  common(
    opp
      .command('principle <opp> <principle>')
      .description('mark one of your principles (by id) as relevant: the opportunity fits it, or --conflicts')
      .option('--conflicts', 'the opportunity goes against it')
      .option('--note <text>', 'why'),
  )
    .addHelpText('after', '\nExample:\n  keel opp principle initech 10 --conflicts --note "45-hour weeks are normal there"')
    .action(async (ref: string, principle: string, o: Base & { conflicts?: boolean; note?: string }) => {
      const r = await env.withKeel(o, async (ctx) => (await oppService()).markPrinciple(ctx, ref, principle, { fits: !o.conflicts, note: o.note }));
      if (o.json) return env.out.json(r);
      env.out.line(`Marked principle ${r.principleId} as ${r.fits ? 'a fit' : 'a conflict'} for #${r.opportunityId}.`);
    });

  return opp;
}
