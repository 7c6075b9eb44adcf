/** Direction (DESIGN.md): the track you aim for, your staff archetype, wide or deep, and goals backed by evidence. */
import type { IsoDate } from './iso-week.js';

export const CAREER_TRACKS = ['manager', 'principal-ic', 'undecided'] as const;
export type CareerTrack = (typeof CAREER_TRACKS)[number];
/** The four staff-engineer archetypes (Will Larson, "Staff Engineer"). */
export const ARCHETYPES = ['tech-lead', 'architect', 'solver', 'right-hand'] as const;
export type Archetype = (typeof ARCHETYPES)[number];
export const BREADTHS = ['wide', 'deep'] as const;
export type Breadth = (typeof BREADTHS)[number];

export const ARCHETYPE_MEANING: Record<Archetype, string> = {
  'tech-lead': 'guides the approach and execution of a team or a few teams',
  architect: 'owns the direction and quality of a critical area',
  solver: 'digs into hard problems wherever they are and finds a path',
  'right-hand': "extends a leader's reach, borrowing their scope and authority",
};

/** One setting of your direction; the newest is current, the older ones are its history. */
export interface Direction {
  id: number;
  setOn: IsoDate;
  track: CareerTrack | null;
  archetype: Archetype | null;
  breadth: Breadth | null;
  note: string | null;
}

export interface Goal {
  id: number;
  text: string;
  setOn: IsoDate;
  /** Ids of the accomplishments that are evidence for it. */
  evidence: number[];
}

/** The next direction: the previous one with the given fields changed. */
export function nextDirection(previous: Direction | null, change: Partial<Pick<Direction, 'track' | 'archetype' | 'breadth' | 'note'>>, setOn: IsoDate) {
  return {
    setOn,
    track: change.track ?? previous?.track ?? null,
    archetype: change.archetype ?? previous?.archetype ?? null,
    breadth: change.breadth ?? previous?.breadth ?? null,
    note: change.note ?? previous?.note ?? null,
  };
}
