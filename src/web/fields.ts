/** Form controls with their labels, hints and inline messages wired for assistive technology. */
import { html } from 'hono/html';
import type { Html } from './html.js';
import { sentence } from './html.js';

interface Base {
  name: string;
  label: string;
  value?: string;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
  /** Distinguishes controls with the same name on one page (several forms). */
  idPrefix?: string;
}

const idOf = (f: Base): string => `${f.idPrefix ?? 'f'}-${f.name}`;

const described = (f: Base): Html => {
  const id = idOf(f);
  const ids = [f.hint ? `${id}-hint` : '', f.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`${ids ? html` aria-describedby="${ids}"` : ''}${f.error ? html` aria-invalid="true"` : ''}${f.required ? html` required` : ''}`;
};

const after = (f: Base): Html =>
  html`${f.hint ? html`<span class="hint" id="${idOf(f)}-hint">${f.hint}</span>` : ''}${f.error ? html`<span class="error" id="${idOf(f)}-error">${sentence(f.error)}</span>` : ''}`;

/** Renders a line break between the control and its hint / message only when there is one. */
const tail = (f: Base): Html => (f.hint || f.error ? html`<br>${after(f)}` : html``);

export function input(f: Base & { type?: 'text' | 'number' | 'date'; min?: number; max?: number; step?: string; maxlength?: number; size?: number }): Html {
  const id = idOf(f);
  return html`<div class="field"><label for="${id}">${f.label}</label>
<input id="${id}" name="${f.name}" type="${f.type ?? 'text'}" value="${f.value ?? ''}"${(f.type ?? 'text') === 'text' && !f.size ? html` class="wide"` : ''}${f.min !== undefined ? html` min="${f.min}"` : ''}${f.max !== undefined ? html` max="${f.max}"` : ''}${f.step ? html` step="${f.step}"` : ''}${f.maxlength ? html` maxlength="${f.maxlength}"` : ''}${f.size ? html` size="${f.size}"` : ''}${described(f)}>${tail(f)}</div>`;
}

export function textarea(f: Base & { maxlength?: number; rows?: number }): Html {
  const id = idOf(f);
  return html`<div class="field"><label for="${id}">${f.label}</label>
<textarea id="${id}" name="${f.name}" rows="${f.rows ?? 2}"${f.maxlength ? html` maxlength="${f.maxlength}"` : ''}${described(f)}>${f.value ?? ''}</textarea>${tail(f)}</div>`;
}

export function select(f: Base & { options: readonly (readonly [string, string])[] }): Html {
  const id = idOf(f);
  return html`<div class="field"><label for="${id}">${f.label}</label>
<select id="${id}" name="${f.name}"${described(f)}>
${f.options.map(([value, label]) => html`<option value="${value}"${value === f.value ? html` selected` : ''}>${label}</option>`)}
</select>${tail(f)}</div>`;
}

/** A row of radio buttons in a fieldset; `options` are [value, label] pairs. */
export function radios(f: Base & { options: readonly (readonly [string, string])[]; className?: string }): Html {
  const id = idOf(f);
  const ids = [f.hint ? `${id}-hint` : '', f.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<fieldset class="${f.className ?? ''}" id="${id}"${ids ? html` aria-describedby="${ids}"` : ''}>
<legend>${f.label}</legend>
<div class="choices">${f.options.map(
    ([value, label]) =>
      html`<label><input type="radio" name="${f.name}" value="${value}"${value === f.value ? html` checked` : ''}${f.required ? html` required` : ''}${f.error ? html` aria-invalid="true"` : ''}> ${label}</label>`,
  )}</div>
${after(f)}
</fieldset>`;
}

/** A list of checkboxes sharing one name. */
export function checkboxes(f: {
  name: string;
  legend: string;
  options: readonly (readonly [string, string])[];
  checked: readonly string[];
  hint?: string;
  className?: string;
}): Html {
  return html`<fieldset class="${f.className ?? ''}">
<legend>${f.legend}</legend>
${f.hint ? html`<p class="hint">${f.hint}</p>` : ''}
<div class="choices">${f.options.map(
    ([value, label]) =>
      html`<label><input type="checkbox" name="${f.name}" value="${value}"${f.checked.includes(value) ? html` checked` : ''}> ${label}</label>`,
  )}</div>
</fieldset>`;
}

/** A summary of every message in a failed form, linking to each field. */
export function errorSummary(fields: Record<string, string> | undefined, labels: Record<string, string>, prefix = 'f'): Html {
  const entries = Object.entries(fields ?? {});
  if (entries.length === 0) return html``;
  return html`<div class="error" role="alert"><p>${entries.length === 1 ? 'One answer needs a look:' : `${entries.length} answers need a look:`}</p>
<ul>${entries.map(([k, m]) => html`<li><a href="#${prefix}-${k}">${labels[k] ?? k}</a>: ${m}</li>`)}</ul></div>`;
}
