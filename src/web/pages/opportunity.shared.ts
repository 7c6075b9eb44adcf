/** Words and small pieces the job-hunting pages share: stage names, offers, severities. */
import { html } from 'hono/html';
import type { Stage } from '../../core/opportunities/domain.js';
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

/** A severity written out, never colour alone. */
export const severityTag = (s: number): Html => html`<span class="sev sev-${s}">severity ${s}</span>`;
