/**
 * Server-rendered SVG charts, few and honest: weeks on the x-axis (the same weeks, aligned, in every
 * chart), the same scale for the 1–5 answers, reference lines where a rule draws them, and gaps where
 * there is no check-in — a line only joins two consecutive weeks, never interpolates.
 */
import { html } from 'hono/html';
import { type IsoDate, type IsoWeek, isoWeekOf, mondayOf } from '../core/iso-week.js';
import type { Html } from './html.js';

const W = 640;
const LEFT = 112;
const RIGHT = 40;
const TOP = 8;
const AXIS = 18;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface Frame {
  weeks: IsoWeek[];
}

const xAt = (f: Frame, i: number): number => LEFT + ((i + 0.5) * (W - LEFT - RIGHT)) / f.weeks.length;
const fmt = (n: number): string => String(Math.round(n * 10) / 10);

/** Month labels at quarter starts (or every month in short frames). */
function xLabels(f: Frame, y: number): Html {
  const every = f.weeks.length > 20 ? 3 : 1;
  const labels: Html[] = [];
  let previous = -1;
  f.weeks.forEach((week, i) => {
    const [year, month] = mondayOf(week).split('-').map(Number) as [number, number];
    if (month !== previous && (month - 1) % every === 0 && i > 0) {
      labels.push(html`<text x="${fmt(xAt(f, i))}" y="${y}" text-anchor="middle">${MONTHS[month - 1]}${month === 1 ? ` ${year}` : ''}</text>`);
    }
    previous = month;
  });
  return html`${labels}`;
}

export interface LineChart {
  frame: Frame;
  /** One value per week of the frame; null where there is none. */
  values: (number | null)[];
  min: number;
  max: number;
  ticks: number[];
  height: number;
  /** Describes the chart for assistive technology (the id of its caption). */
  labelledBy: string;
  reference?: { value: number; label: string };
  /** Weeks drawn as hollow rings instead of dots (e.g. low quality). */
  hollow?: boolean[];
  showMonths?: boolean;
  /** Hover text per point. */
  title: (week: IsoWeek, value: number) => string;
}

export function lineChart(c: LineChart): Html {
  const plotH = c.height - TOP - (c.showMonths ? AXIS : 4);
  const y = (v: number): number => TOP + plotH - ((v - c.min) / (c.max - c.min)) * plotH;
  const segments: string[] = [];
  c.values.forEach((v, i) => {
    const prev = c.values[i - 1];
    if (v !== null && prev !== null && prev !== undefined) segments.push(`M${fmt(xAt(c.frame, i - 1))} ${fmt(y(prev))}L${fmt(xAt(c.frame, i))} ${fmt(y(v))}`);
  });
  const right = W - RIGHT;
  return html`<svg class="chart" viewBox="0 0 ${W} ${c.height}" role="img" aria-labelledby="${c.labelledBy}" focusable="false">
${c.ticks.map((t) => html`<line class="axis" x1="${LEFT}" x2="${right}" y1="${fmt(y(t))}" y2="${fmt(y(t))}"/><text x="${LEFT - 6}" y="${fmt(y(t) + 4)}" text-anchor="end">${t}</text>`)}
${c.reference ? html`<line class="ref" x1="${LEFT}" x2="${right}" y1="${fmt(y(c.reference.value))}" y2="${fmt(y(c.reference.value))}"/><text x="${right + 4}" y="${fmt(y(c.reference.value) + 4)}">${c.reference.label}</text>` : ''}
${segments.length ? html`<path class="series" d="${segments.join('')}"/>` : ''}
${c.values.map((v, i) =>
  v === null
    ? ''
    : html`<circle class="dot${c.hollow?.[i] ? ' low' : ''}" cx="${fmt(xAt(c.frame, i))}" cy="${fmt(y(v))}" r="3.5"><title>${c.title(c.frame.weeks[i] as IsoWeek, v)}</title></circle>`,
)}
${c.showMonths ? xLabels(c.frame, c.height - 4) : ''}
</svg>`;
}

export interface TimelineRow {
  label: string;
  marks: { date: IsoDate; severity: number; text: string }[];
}

/** One row per trigger, a mark per observation (bigger for higher severity), so a cluster shows at a glance. */
export function timeline(frame: Frame, rows: TimelineRow[], labelledBy: string): Html {
  const rowH = 22;
  const height = TOP + rows.length * rowH + AXIS + 2;
  const index = new Map(frame.weeks.map((w, i) => [w, i]));
  return html`<svg class="chart" viewBox="0 0 ${W} ${height}" role="img" aria-labelledby="${labelledBy}" focusable="false">
${rows.map((r, n) => {
  const cy = TOP + n * rowH + rowH / 2;
  return html`<line class="axis" x1="${LEFT}" x2="${W - RIGHT}" y1="${cy}" y2="${cy}"/><text x="${LEFT - 6}" y="${cy + 4}" text-anchor="end">${r.label.length > 17 ? `${r.label.slice(0, 16)}…` : r.label}</text>
${r.marks.map((m) => {
  const i = index.get(isoWeekOf(m.date));
  return i === undefined
    ? ''
    : html`<circle class="mark" cx="${fmt(xAt(frame, i))}" cy="${cy}" r="${3 + m.severity * 1.5}"><title>${m.date} ${r.label}: ${m.text}</title></circle>`;
})}`;
})}
${xLabels(frame, height - 4)}
</svg>`;
}
