/**
 * Explainable red-flag suggestions: the words of an answer or note, normalised and stemmed, matched
 * against each trigger's text and the notes of its past observations. Every suggestion says which
 * words matched and where; nothing leaves the machine.
 */

// Words too common (in English, or in talk about jobs) to say anything about a trigger.
const STOP = new Set(
  `about after again also and any are because been before being both but can could did does doesn don didn each
  for from get got had has have here how instead into isn its just lot made make many more most much not off only other our out over own really
  said same say says should some such than that the their them then there they thing things this those too under very was way were what when
  where which while who whom why will with would yes you your company team teams people person work job employee employees`.split(/\s+/),
);

const SUFFIXES = ['ingly', 'edly', 'ations', 'ation', 'ions', 'ion', 'ings', 'ing', 'ness', 'ment', 'ful', 'ed', 'ly', 'es', 's'];

/** A light suffix-stripping stemmer: `blamed`, `blaming`, `blames` and `blame` all give `blam`. */
export function stem(word: string): string {
  let s = word;
  if (s.length > 4 && s.endsWith('ies')) s = `${s.slice(0, -3)}y`;
  else {
    for (const suffix of SUFFIXES) {
      if (!s.endsWith(suffix) || s.length - suffix.length < 3 || (suffix === 's' && s.endsWith('ss'))) continue;
      s = s.slice(0, -suffix.length);
      break;
    }
  }
  if (/([b-df-hj-km-np-rtv-z])\1$/.test(s)) s = s.slice(0, -1);
  if (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1);
  if (s.length > 3 && s.endsWith('y')) s = `${s.slice(0, -1)}i`;
  return s;
}

/** The meaningful words of a text, by stem, each with the first form it was written in. */
export function words(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const plain = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '');
  for (const w of plain.match(/[a-z0-9]+/g) ?? []) {
    if (w.length < 3 || STOP.has(w)) continue;
    const s = stem(w);
    if (!out.has(s)) out.set(s, w);
  }
  return out;
}

export interface TriggerWords {
  id: number;
  slug: string;
  text: string;
  /** Notes of the trigger's past observations: the user's own words for it. */
  notes: string[];
}

export interface MatchedWord {
  word: string;
  from: 'trigger' | 'observations';
}

export interface Suggestion {
  triggerId: number;
  slug: string;
  text: string;
  /** 2 per word shared with the trigger's text, 1 per word shared only with its past observations. */
  score: number;
  words: MatchedWord[];
}

/**
 * A matcher over the given triggers: their words (and their observations' words) are stemmed once, so
 * a page that asks about many answers does not re-read every past observation for each.
 */
export function matcher(triggers: TriggerWords[]): (text: string, limit?: number) => Suggestion[] {
  const prepared = triggers.map((t) => ({ t, own: words(`${t.text} ${t.slug.replace(/-/g, ' ')}`), seen: words(t.notes.join(' ')) }));
  return (text, limit = 3) => {
    const said = words(text);
    const out: Suggestion[] = [];
    for (const { t, own, seen } of prepared) {
      const matched: MatchedWord[] = [];
      for (const [s, word] of said) {
        if (own.has(s)) matched.push({ word, from: 'trigger' });
        else if (seen.has(s)) matched.push({ word, from: 'observations' });
      }
      if (matched.length === 0) continue;
      const score = matched.reduce((n, m) => n + (m.from === 'trigger' ? 2 : 1), 0);
      out.push({ triggerId: t.id, slug: t.slug, text: t.text, score, words: matched });
    }
    return out.sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug)).slice(0, limit);
  };
}

/** The triggers whose words an answer shares, best first (at most `limit`). */
export function suggestTriggers(text: string, triggers: TriggerWords[], limit = 3): Suggestion[] {
  return matcher(triggers)(text, limit);
}
