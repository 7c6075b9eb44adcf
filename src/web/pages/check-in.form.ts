/** The weekly check-in form: fits one laptop screen, with WHO-5 every second week and the CBI monthly. */
import { html } from 'hono/html';
import type { CheckIn, Trigger } from '../../core/domain.js';
import { CBI_DEGREE_SCALE, CBI_FREQUENCY_SCALE, CBI_WORK_ITEMS, SELF_CHECK_DISCLAIMER, WHO5_ITEMS, WHO5_SCALE } from '../../core/instruments.js';
import { type IsoWeek, mondayOf, shortDate, sundayOf } from '../../core/iso-week.js';
import { checkboxes, errorSummary, input, radios, select, textarea } from '../fields.js';
import { type Form, fieldValue } from '../form.js';
import { csrfField, formError, type Html } from '../html.js';

const SCALE_QUESTIONS = {
  quality: 'How good did the work feel?',
  satisfaction: 'How satisfied are you with the job?',
  energy: 'How energizing was the work?',
  growth: 'How much did you learn and grow?',
} as const;

const LABELS: Record<string, string> = {
  week: 'Week',
  hours: 'Hours worked',
  ...SCALE_QUESTIONS,
  respected: 'Health and happiness respected',
  note: 'Note',
  wins: 'Wins',
  ...Object.fromEntries(WHO5_ITEMS.map((t, i) => [`who5_${i + 1}`, `WHO-5: ${t}`])),
  ...Object.fromEntries(CBI_WORK_ITEMS.map((t, i) => [`cbi_${i + 1}`, `Burnout: ${t.text}`])),
};

export interface CheckInView {
  csrf: string;
  week: IsoWeek;
  thisWeek: IsoWeek;
  triggers: Trigger[];
  existing: CheckIn | null;
  askWho5: boolean;
  askCbi: boolean;
  /** After a failed post: what was typed and what was wrong. */
  values?: Form;
  fields?: Record<string, string>;
  error?: string;
}

/** The values to show: what was just typed, else the existing check-in of the week, else empty. */
function initialValues(v: CheckInView): Form {
  if (v.values) return v.values;
  const e = v.existing;
  if (!e) return { week: v.week };
  const form: Form = {
    week: e.week,
    hours: String(e.hours),
    quality: String(e.quality),
    satisfaction: String(e.satisfaction),
    energy: String(e.energy),
    growth: String(e.growth),
    respected: e.respected ? 'yes' : 'no',
    note: e.note ?? '',
    replace: 'yes',
  };
  e.who5?.forEach((a, i) => {
    form[`who5_${i + 1}`] = String(a);
  });
  e.cbi?.forEach((a, i) => {
    if (a !== null) form[`cbi_${i + 1}`] = String(a);
  });
  return form;
}

const ONE_TO_FIVE = ['1', '2', '3', '4', '5'].map((n) => [n, n] as const);

export function checkInForm(v: CheckInView): Html {
  const values = initialValues(v);
  const val = (k: string) => fieldValue(values, k);
  const err = v.fields ?? {};
  const observed = Array.isArray(values.observe) ? values.observe : values.observe ? [values.observe] : [];
  const active = v.triggers.filter((t) => t.active);
  return html`<form method="post" action="/checkin" class="checkin" novalidate>
${csrfField(v.csrf)}
${errorSummary(v.fields, LABELS)}
${formError(v.error)}
<div class="row">
${input({ name: 'week', label: 'Week', value: val('week'), error: err.week, required: true, size: 9, hint: `This week is ${v.thisWeek}` })}
${input({ name: 'hours', label: 'Hours worked', type: 'number', min: 0, max: 120, step: 'any', value: val('hours'), error: err.hours, required: true, size: 5 })}
</div>
<p class="hint">For each question: 1 is very low, 5 is very high.</p>
${(Object.keys(SCALE_QUESTIONS) as (keyof typeof SCALE_QUESTIONS)[]).map((k) =>
  radios({ name: k, label: SCALE_QUESTIONS[k], options: ONE_TO_FIVE, value: val(k), error: err[k], required: true, className: 'scale' }),
)}
${radios({
  name: 'respected',
  label: 'Were your health and happiness respected this week?',
  options: [
    ['yes', 'Yes'],
    ['no', 'No'],
  ],
  value: val('respected'),
  error: err.respected,
  required: true,
  className: 'scale',
})}
${
  active.length > 0
    ? checkboxes({
        name: 'observe',
        legend: 'Did any of your leave triggers show up?',
        options: active.map((t) => [t.slug, t.text] as const),
        checked: observed,
        className: 'triggers',
        hint: `Each is noted on ${shortDate(mondayOf(v.week))}, the Monday of the week.`,
      })
    : ''
}
${textarea({ name: 'wins', label: 'Wins this week', value: val('wins'), error: err.wins, hint: 'One per line; they go into your brag document.', rows: 2 })}
${textarea({ name: 'note', label: 'Anything else?', value: val('note'), error: err.note, maxlength: 5000, rows: 2 })}
${v.askWho5 ? who5Fields(values, err) : ''}
${v.askCbi ? cbiFields(values, err) : ''}
${
  v.existing || val('replace')
    ? html`<p><label><input type="checkbox" name="replace" value="yes"${val('replace') === 'yes' ? html` checked` : ''}> Replace the check-in already saved for this week</label></p>`
    : ''
}
<button type="submit">Save check-in</button>
${!v.askWho5 || !v.askCbi ? html`<p class="hint">Self-checks: WHO-5 every second week, burnout monthly. <a href="/checkin?week=${v.week}&amp;self-checks=all">Answer them this week anyway</a>.</p>` : ''}
</form>`;
}

function who5Fields(values: Form, err: Record<string, string>): Html {
  const options = [['', 'Choose…'] as const, ...WHO5_SCALE.map((label, i) => [String(i), `${i} · ${label}`] as const).reverse()];
  return html`<fieldset class="instrument">
<legend>WHO-5 wellbeing self-check: over the last two weeks…</legend>
<p class="hint">${SELF_CHECK_DISCLAIMER} Answer all five, or leave them all empty to skip.</p>
${WHO5_ITEMS.map((item, i) => select({ name: `who5_${i + 1}`, label: item, options, value: fieldValue(values, `who5_${i + 1}`), error: err[`who5_${i + 1}`] }))}
</fieldset>`;
}

function cbiFields(values: Form, err: Record<string, string>): Html {
  return html`<fieldset class="instrument">
<legend>Burnout self-check (Copenhagen Burnout Inventory, work-related)</legend>
<p class="hint">Asked monthly. Skip any question you like; with fewer than four answers there is no score.
Keel's own bands (50 suggests rest, 75 is a watch) are not from the questionnaire's authors, who publish no cut-off.</p>
${CBI_WORK_ITEMS.map((item, i) => {
  const scale = item.scale === 'degree' ? CBI_DEGREE_SCALE : CBI_FREQUENCY_SCALE;
  const options = [['', 'Skip'] as const, ...scale.map((label, n) => [String(n), label] as const)];
  return select({ name: `cbi_${i + 1}`, label: item.text, options, value: fieldValue(values, `cbi_${i + 1}`), error: err[`cbi_${i + 1}`] });
})}
</fieldset>`;
}

export const weekSpan = (week: IsoWeek): string => `${shortDate(mondayOf(week))} – ${shortDate(sundayOf(week))}`;
