/** Words and small pieces the job-hunting pages share: stage names, offers, severities. */
import { html } from 'hono/html';
import type { Offer, Stage } from '../../core/hunt-domain.js';
import type { Html } from '../html.js';

export const STAGE_LABEL: Record<Stage, string> = {
  saved: 'Saved',
  applied: 'Applied',
  screening: 'Screening',
  interviewing: 'Interviewing',
  offer: 'Offer',
  accepted: 'Accepted',
  declined: 'Declined',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

export const SEVERITY = [
  ['1', '1 · a hint'],
  ['2', '2 · clear'],
  ['3', '3 · serious'],
] as const;

export const money = (pay: number, currency: string | null): string => `${pay.toLocaleString('en-US')}${currency ? ` ${currency}` : ''}`;

/** `185,000 EUR · Staff · IC · decide by 2026-12-11` */
export function offerText(o: Offer): string {
  const track = o.track === null ? null : o.track === 'ic' ? 'IC' : 'Manager';
  return [money(o.pay, o.currency), o.level, track, o.deadline ? `decide by ${o.deadline}` : null].filter(Boolean).join(' · ');
}

/** A severity written out, never colour alone. */
export const severityTag = (s: number): Html => html`<span class="sev sev-${s}">severity ${s}</span>`;
