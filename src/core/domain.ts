/** The domain types of DESIGN.md. Storage rows live in `store/`; these are what services hand out. */
import type { IsoDate, IsoWeek } from './iso-week.js';

export type Track = 'ic' | 'manager';
export const TRACKS: readonly Track[] = ['ic', 'manager'];

export interface Job {
  id: number;
  employer: string;
  title: string;
  track: Track;
  level: string | null;
  startedOn: IsoDate;
  endedOn: IsoDate | null;
}

export interface Section {
  id: number;
  title: string;
  position: number;
  /** The one-line lead-in under the heading ("Some general thoughts are captured below:"); not a principle. */
  note: string | null;
}

export interface Principle {
  id: number;
  sectionId: number;
  text: string;
  tags: string[];
  source: string | null;
  sourceDate: IsoDate | null;
  position: number;
  createdAt: string;
  reviewedAt: string | null;
  retiredAt: string | null;
}

export interface Revision {
  id: number;
  principleId: number;
  previousText: string;
  changedAt: string;
  reason: string | null;
}

export interface Trigger {
  id: number;
  slug: string;
  text: string;
  weight: number;
  active: boolean;
  principleId: number | null;
  createdAt: string;
  retiredAt: string | null;
}

export type Severity = 1 | 2 | 3;

export interface Observation {
  id: number;
  triggerId: number;
  observedOn: IsoDate;
  week: IsoWeek;
  severity: Severity;
  note: string | null;
}

export interface CheckIn {
  id: number;
  week: IsoWeek;
  hours: number;
  quality: number;
  satisfaction: number;
  energy: number;
  growth: number;
  respected: boolean;
  note: string | null;
  /** WHO-5 items, each 0–5, or null when not asked this week. */
  who5: number[] | null;
  /** CBI work-related answers, each 0–4 or null when skipped; null when not asked. */
  cbi: (number | null)[] | null;
  createdAt: string;
  updatedAt: string;
}

export type AccomplishmentKind = 'delivered' | 'enabled-others' | 'learned' | 'recognized';
export const ACCOMPLISHMENT_KINDS: readonly AccomplishmentKind[] = ['delivered', 'enabled-others', 'learned', 'recognized'];

export interface Accomplishment {
  id: number;
  achievedOn: IsoDate;
  text: string;
  impact: string | null;
  kind: AccomplishmentKind;
  people: string[];
}

export type SearchKind = 'light' | 'full';

export interface Search {
  id: number;
  kind: SearchKind;
  startedOn: IsoDate;
  endedOn: IsoDate | null;
  note: string | null;
}
