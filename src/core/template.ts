/** The starter template of DESIGN.md: the beliefs as principles, the ten triggers, the twelve default rules. */
import type { Rule, RuleKind, RuleParams } from './rules.js';

export interface TemplatePrinciple {
  key: string;
  text: string;
}
export interface TemplateSection {
  title: string;
  principles: TemplatePrinciple[];
}
export interface TemplateTrigger {
  slug: string;
  text: string;
  principleKey: string;
}
export type TemplateRule = { [K in RuleKind]: Omit<Rule & { kind: K }, 'principleId' | 'enabled'> & { principleKey: string } }[RuleKind];

export const STARTER_SECTIONS: TemplateSection[] = [
  {
    title: 'Health',
    principles: [
      {
        key: 'health-first',
        text: 'Mental health and happiness come first; a place that does not respect those choices is the wrong place.',
      },
      { key: 'be-kind', text: 'Be kind to yourself and proud of what you accomplished.' },
    ],
  },
  {
    title: 'Staff engineering',
    principles: [
      {
        key: 'energizing-work',
        text: 'A good job is energizing work you can do for a long time; impact is often measured by whom you enable.',
      },
      { key: 'expertise', text: 'Deliberately accumulate expertise by doing valuable work.' },
      {
        key: 'light-search',
        text: 'After a few years in one role, run a light job search to check you are still learning and growing, and decide deliberately between the manager and principal-IC paths.',
      },
    ],
  },
  {
    title: 'Job hunting',
    principles: [
      {
        key: 'know-triggers',
        text: 'Know in advance what would make you leave. No single trigger is enough on its own; when several show up around the same time, it is time to look.',
      },
      { key: 'unsatisfied', text: 'Being unsatisfied at your job is a sign on its own.' },
      { key: 'blame', text: 'People assigning blame instead of figuring out the problem and fixing it is a sign on its own.' },
      { key: 'ask-interviewers', text: 'Ask every interviewer: "What would make you want to leave this company?"' },
    ],
  },
  {
    title: 'Productivity',
    principles: [
      {
        key: 'hours',
        text: 'Hours worked have almost no bearing on quality: most weeks should not come close to 40 hours unless the work really is high quality.',
      },
    ],
  },
  {
    title: 'Coding',
    principles: [
      { key: 'good-code', text: 'Good code is simple, readable and tested, and a newcomer can understand it.' },
      { key: 'less-code', text: 'Less code is better; no code is best.' },
      { key: 'sql', text: 'Heavy data work belongs in SQL or a scalable engine, not in dataframe-style loops.' },
    ],
  },
];

export const STARTER_TRIGGERS: TemplateTrigger[] = [
  { slug: 'values', text: "Leadership doesn't respect or follow the company values" },
  { slug: 'gamified-kpis', text: 'Gamified KPIs rewarded over research and development of new approaches' },
  { slug: 'privacy', text: 'The work collects signals for tracking, targeting or other privacy-breaking activity' },
  { slug: 'competition', text: "Teammates don't help each other; competition or aggression between employees" },
  { slug: 'manager-trust', text: 'No trust in the relationship with my manager' },
  { slug: 'inclusion', text: 'Decreasing care about diversity and inclusion' },
  { slug: 'psych-safety', text: 'No humility or psychological safety after a mistake' },
  { slug: 'sales-only', text: 'The job only serves sales or marketing instead of the product' },
  { slug: 'no-growth', text: 'No career improvement or growth potential' },
  { slug: 'blame', text: 'People assign blame instead of figuring out the problem and fixing it' },
].map((t) => ({ ...t, principleKey: t.slug === 'blame' ? 'blame' : 'know-triggers' }));

const rule = <K extends RuleKind>(name: string, kind: K, params: RuleParams[K], principleKey: string, belief: string) =>
  ({ name, kind, params, principleKey, belief }) as TemplateRule;

const belief = (key: string): string => {
  for (const s of STARTER_SECTIONS) for (const p of s.principles) if (p.key === key) return p.text;
  throw new Error(`no starter principle ${key}`);
};

/** The twelve default rules, in the order the verdict lists them. */
export const DEFAULT_RULES: TemplateRule[] = [
  rule('triggers-cluster', 'cluster', { weeks: 12, watch: 2, look: 3 }, 'know-triggers', belief('know-triggers')),
  rule('trigger-persists', 'repeat', { weeks: 8, trigger: null, watch: 4, look: null }, 'know-triggers', belief('know-triggers')),
  rule('unsatisfied', 'sustained', { weeks: 4, metric: 'satisfaction', atMost: 2, watch: 2, look: 3 }, 'unsatisfied', belief('unsatisfied')),
  rule('blame-culture', 'repeat', { weeks: 8, trigger: 'blame', watch: 1, look: 2 }, 'blame', belief('blame')),
  rule('health-not-respected', 'flag', { weeks: 4, watch: 1, look: 2 }, 'health-first', belief('health-first')),
  rule('no-energy', 'sustained', { weeks: 8, metric: 'energy', atMost: 2, watch: 6, look: null }, 'energizing-work', belief('energizing-work')),
  rule('not-growing', 'sustained', { weeks: 8, metric: 'growth', atMost: 2, watch: 6, look: null }, 'expertise', belief('expertise')),
  rule('overwork', 'workload', { weeks: 4, count: 2, hoursAtLeast: 38, qualityAtMost: 3 }, 'hours', belief('hours')),
  rule('light-search-due', 'tenure', { years: 3, searchWithinYears: 3 }, 'light-search', belief('light-search')),
  rule('low-wellbeing', 'instrument', { instrument: 'who5', weeks: 4, below: 50, severeAtMost: 28, drop: 10 }, 'health-first', belief('health-first')),
  rule('burnout', 'instrument', { instrument: 'cbi', weeks: 8, nudgeAt: 50, watchAt: 75 }, 'health-first', belief('health-first')),
  rule('no-wins', 'absence', { weeks: 4 }, 'be-kind', belief('be-kind')),
];
