/** The dashboard's charts over the last year, each with a summary sentence and the numbers in a table. */
import { html } from 'hono/html';
import type { CheckIn } from '../../core/domain.js';
import { scoreWho5, WHO5_POOR_BELOW } from '../../core/instruments.js';
import { addWeeks, type IsoWeek, mondayOf, shortDate } from '../../core/iso-week.js';
import type { ObservationEvidence } from '../../core/verdict.js';
import { type Frame, lineChart, timeline } from '../charts.js';
import type { Html } from '../html.js';

export const TREND_WEEKS = 52;
const HOURS_LINE = 40;
const METRICS = [
  ['satisfaction', 'Satisfaction'],
  ['quality', 'Quality'],
  ['energy', 'Energy'],
  ['growth', 'Growth'],
] as const;

export interface TrendData {
  thisWeek: IsoWeek;
  /** The newest check-ins, oldest first; those before the frame are left out. */
  checkIns: CheckIn[];
  /** Observations of active triggers within the frame, oldest first (as the store counts them for the rules). */
  observations: ObservationEvidence[];
  /** Trigger ids by slug, to link each observation to its trigger's history. */
  triggerIds: ReadonlyMap<string, number>;
}

/** The first day the charts show: the Monday `TREND_WEEKS - 1` weeks before this week's. */
export const trendStart = (thisWeek: IsoWeek): string => mondayOf(addWeeks(thisWeek, 1 - TREND_WEEKS));

const who5Of = (c: CheckIn): number | null => (c.who5 ? scoreWho5(c.who5).percentage : null);

function summary(name: string, points: { week: IsoWeek; value: number }[]): string {
  const last = points.at(-1);
  if (!last) return `${name}: no answers in this period.`;
  const values = points.map((p) => p.value);
  return `${name}: latest ${last.value} (${last.week}), lowest ${Math.min(...values)}, highest ${Math.max(...values)}.`;
}

export function trends(d: TrendData): Html {
  const frame: Frame = { weeks: Array.from({ length: TREND_WEEKS }, (_, i) => addWeeks(d.thisWeek, i - TREND_WEEKS + 1)) };
  const first = frame.weeks[0] as IsoWeek;
  const byWeek = new Map(d.checkIns.filter((c) => c.week >= first && c.week <= d.thisWeek).map((c) => [c.week, c]));
  const inFrame = [...byWeek.values()];
  const series = (f: (c: CheckIn) => number | null) => frame.weeks.map((w) => (byWeek.has(w) ? f(byWeek.get(w) as CheckIn) : null));
  const points = (f: (c: CheckIn) => number | null) => inFrame.flatMap((c) => (f(c) === null ? [] : [{ week: c.week, value: f(c) as number }]));
  const span = `the last ${TREND_WEEKS} weeks (${shortDate(mondayOf(first))} to now)`;

  if (inFrame.length === 0 && d.observations.length === 0) {
    return html`<h2>Trends</h2><p>No check-ins in ${span} yet. Your charts appear after your first <a href="/checkin">check-in</a>.</p>`;
  }
  const maxHours = Math.max(60, ...inFrame.map((c) => Math.ceil(c.hours / 20) * 20));
  const who5 = points(who5Of);
  return html`<h2>Trends</h2>
<p class="hint">Weeks run left to right over ${span}. A gap is a week without a check-in; lines never bridge it.
${inFrame.length} check-in${inFrame.length === 1 ? '' : 's'} in this period.</p>
<figure>
<figcaption id="chart-metrics"><strong>How the weeks felt, 1–5.</strong> ${METRICS.map(([k, name]) =>
    summary(
      name,
      points((c) => c[k]),
    ),
  ).join(' ')}</figcaption>
${METRICS.map(
  ([k, name], i) =>
    html`<p class="chart-label" id="chart-${k}">${name}, 1–5, by week</p>${lineChart({
      frame,
      values: series((c) => c[k]),
      min: 1,
      max: 5,
      ticks: [1, 3, 5],
      height: i === METRICS.length - 1 ? 86 : 68,
      labelledBy: `chart-${k}`,
      showMonths: i === METRICS.length - 1,
      title: (w, v) => `${w}: ${name.toLowerCase()} ${v}`,
    })}`,
)}
</figure>
<figure>
<figcaption id="chart-hours"><strong>Hours against quality.</strong> The dashed line is ${HOURS_LINE} hours; hollow rings are weeks at quality 3 or lower.
${summary(
  'Hours',
  points((c) => c.hours),
)} ${inFrame.filter((c) => c.hours >= HOURS_LINE).length} of ${inFrame.length} weeks at ${HOURS_LINE} hours or more,
${inFrame.filter((c) => c.hours >= HOURS_LINE && c.quality <= 3).length} of them at quality 3 or lower.</figcaption>
${lineChart({
  frame,
  values: series((c) => c.hours),
  min: 0,
  max: maxHours,
  ticks: [0, 20, 40, 60].filter((t) => t <= maxHours),
  height: 130,
  labelledBy: 'chart-hours',
  reference: { value: HOURS_LINE, label: `${HOURS_LINE} h` },
  hollow: frame.weeks.map((w) => (byWeek.get(w)?.quality ?? 5) <= 3),
  showMonths: true,
  title: (w, v) => `${w}: ${v} h at quality ${byWeek.get(w)?.quality}`,
})}
</figure>
<figure>
<figcaption id="chart-who5"><strong>WHO-5 wellbeing self-check, 0–100.</strong> The dashed line is ${WHO5_POOR_BELOW}; below it suggests poor wellbeing (a self-check, not a diagnosis).
${who5.length ? `${summary('WHO-5', who5)} ${who5.filter((p) => p.value < WHO5_POOR_BELOW).length} of ${who5.length} answers below ${WHO5_POOR_BELOW}.` : 'No WHO-5 answers in this period.'}</figcaption>
${
  who5.length === 0
    ? ''
    : lineChart({
        frame,
        values: series(who5Of),
        min: 0,
        max: 100,
        ticks: [0, 50, 100],
        height: 110,
        labelledBy: 'chart-who5',
        reference: { value: WHO5_POOR_BELOW, label: String(WHO5_POOR_BELOW) },
        showMonths: true,
        title: (w, v) => `${w}: WHO-5 ${v}`,
      })
}
</figure>
${triggerTimeline(frame, d.observations, d.triggerIds)}
${numbers(inFrame)}`;
}

function triggerTimeline(frame: Frame, observations: ObservationEvidence[], ids: ReadonlyMap<string, number>): Html {
  const slugs = [...new Set(observations.map((o) => o.slug))];
  const rows = slugs.map((slug) => ({
    label: slug,
    marks: observations.filter((o) => o.slug === slug).map((o) => ({ date: o.observedOn, severity: o.severity, text: o.note ?? `severity ${o.severity}` })),
  }));
  const described = rows.map(
    (r) => `${r.label} ${r.marks.length === 1 ? 'once' : `${r.marks.length} times`} (last ${shortDate(r.marks.at(-1)?.date as string)})`,
  );
  return html`<figure>
<figcaption id="chart-triggers"><strong>Leave triggers.</strong> One row per active trigger, a mark per time you noted it; bigger marks are more severe.
${rows.length ? `${observations.length} observation${observations.length === 1 ? '' : 's'} of ${rows.length} trigger${rows.length === 1 ? '' : 's'}: ${described.join('; ')}.` : 'None noted in this period.'}</figcaption>
${rows.length ? timeline(frame, rows, 'chart-triggers') : ''}
${
  rows.length
    ? html`<details><summary>Every trigger noted in this period</summary><table><thead><tr><th>Date</th><th>Trigger</th><th class="num">Severity</th><th>Note</th></tr></thead><tbody>
${[...observations].reverse().map((o) => html`<tr><td class="date">${o.observedOn}</td><td><a href="/triggers/${ids.get(o.slug)}">${o.slug}</a></td><td class="num">${o.severity}</td><td>${o.note ?? ''}</td></tr>`)}
</tbody></table></details>`
    : ''
}
</figure>`;
}

function numbers(checkIns: CheckIn[]): Html {
  if (checkIns.length === 0) return html``;
  return html`<details><summary>The numbers behind these charts</summary>
<table><thead><tr><th>Week</th><th class="num">Hours</th><th class="num">Quality</th><th class="num">Satisfaction</th><th class="num">Energy</th><th class="num">Growth</th><th>Respected</th><th class="num">WHO-5</th></tr></thead><tbody>
${[...checkIns]
  .reverse()
  .map(
    (c) =>
      html`<tr><td>${c.week}</td><td class="num">${c.hours}</td><td class="num">${c.quality}</td><td class="num">${c.satisfaction}</td><td class="num">${c.energy}</td><td class="num">${c.growth}</td><td>${c.respected ? 'yes' : 'no'}</td><td class="num">${who5Of(c) ?? ''}</td></tr>`,
  )}
</tbody></table></details>`;
}
