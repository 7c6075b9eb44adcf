/**
 * Short trigger slugs a person would pick: `A manager who takes credit for the team's work` →
 * `manager-takes-credit`.
 *
 * The rules, in order:
 * - Letters are folded to lowercase ASCII: diacritics go (NFKD), ß → ss, æ → ae, ø → o, œ → oe, þ → th, …;
 *   anything else that is not a letter or digit separates words (so text in other scripts gives `trigger`).
 * - Stop words are dropped: articles, pronouns, auxiliaries and modals, prepositions, conjunctions,
 *   `that`/`who`/`which`, `my`/`our`/`their`, a few fillers (`very`, `just`), and the commonest German,
 *   French and Spanish ones (`und`, `der`, `et`, `les`, `y`, …).
 * - Negation is kept, as the one word `no`: `not`, `never`-less contractions (`don't`, `doesn't`, `can't`,
 *   `won't`, …), `cannot`, `without`, `none`, `nicht`, `kein` become `no` (so `Leadership doesn't respect
 *   the company values` → `leadership-no-respect`, never `leadership-respect`). Repeated `no`s collapse;
 *   a slug never ends in `no`.
 * - A hyphenated word stays one word (`on-call`, `privacy-breaking`), minus trailing stop words (`follow-up` → `follow`).
 * - At most 4 words, and a phrase boundary (an article, preposition, conjunction or `that`/`who`) after
 *   the third word ends the slug: `… takes credit | for the team's work`.
 * - At most 32 characters, cut between words; a first word longer than that is cut hard (no trailing dash).
 * - Never empty: `trigger` when nothing is left.
 */

/** The longest slug Keel makes or accepts for a new name. */
export const SLUG_MAX = 32;

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Words that end a phrase: after the third word, one of these ends the slug. */
const BOUNDARY = new Set(
  words(`
    a an the this that these those each every either neither any some all both such another
    who whom whose which what whatever whichever where when why how whenever wherever
    of for to in on at by with from into onto about above below over under between among amongst through throughout
    during before after against within across along around behind beyond near off out up down upon per via
    toward towards than as despite instead except until till since regarding concerning versus vs
    and or but nor so yet if then because while whilst although though unless whether once
    und oder aber sondern denn der das den dem des ein eine einer eines einem einen mit von vom zu zum zur fur auf aus bei
    durch uber unter nach vor seit im am ans ums gegen dass wenn als wie weil ob
    le la les un une des du de et ou au aux en pour par avec sur dans qui que quand mais ni
    el los las y o del con por para sobre entre cuando pero
  `),
);

/** Words dropped without ending a phrase: pronouns, auxiliaries, modals, fillers. */
const SKIP = new Set(
  words(`
    i me my mine myself we us our ours ourselves you your yours yourself yourselves
    he him his himself she her hers herself it its itself they them their theirs themselves one oneself
    there here
    is are was were be been being am do does did doing have has had having
    will would shall should can could may might must ought get gets got gotten getting
    very really just even too quite rather also still ever again already somewhat
    s t d ll m re ve
    ich du er sie es wir ihr mein meine unser unsere ist sind waren wird werden wurde haben sich
    je tu il elle nous vous ils elles mon ma mes notre nos est sont se ce
    yo mi mis nuestro nuestra es se lo
  `),
);

/** Every stop word: none of these ever ends a slug. */
export const STOP_WORDS: ReadonlySet<string> = new Set([...BOUNDARY, ...SKIP]);

/** Words that negate what follows; each becomes `no`. */
const NEGATION = new Set(
  words(`
    no not cannot without none nicht kein keine keinen keinem keiner ohne ne pas sans nunca sin
    isnt arent wasnt werent dont doesnt didnt hasnt havent hadnt cant wont couldnt shouldnt wouldnt mustnt neednt aint shant
  `),
);

/** Letters NFKD does not take apart. */
const FOLD: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ł: 'l',
  Ł: 'l',
  ı: 'i',
  ħ: 'h',
  Ħ: 'h',
  ŋ: 'ng',
  Ŋ: 'ng',
};

/** Lowercase ASCII with apostrophes and hyphens kept (they decide what a word is). */
function fold(text: string): string {
  return text
    .replace(/[ßẞæÆœŒøØđĐðÐþÞłŁıħĦŋŊ]/g, (c) => FOLD[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’ʼ`´]/g, "'")
    .replace(/[‐‑‒–]/g, '-');
}

type Token = { kind: 'word'; text: string } | { kind: 'no' } | { kind: 'boundary' } | { kind: 'skip' };

/** One word as typed (`team's`, `don't`, `on-call`) → what it counts as. */
function classify(raw: string): Token {
  if (/n't$/.test(raw)) return { kind: 'no' };
  // `team's` → team, `they're` → they; other apostrophes join (`o'brien` → obrien).
  const plain = raw.replace(/'(?:s|m|re|ve|ll|d)$/, '').replace(/'/g, '');
  const parts = plain.split('-').filter(Boolean);
  while (parts.length > 1 && isStopOrNo(parts.at(-1) as string)) parts.pop();
  if (parts.length === 1) {
    const w = parts[0] as string;
    if (NEGATION.has(w)) return { kind: 'no' };
    if (BOUNDARY.has(w)) return { kind: 'boundary' };
    if (SKIP.has(w)) return { kind: 'skip' };
  }
  return parts.length ? { kind: 'word', text: parts.join('-') } : { kind: 'skip' };
}

const isStopOrNo = (w: string): boolean => STOP_WORDS.has(w) || NEGATION.has(w) || w === 'no';

/** Drops trailing `no`s (and stop words, which never get in) from a list of words. */
function trimEnd(list: string[]): string[] {
  const out = [...list];
  while (out.length && isStopOrNo((out.at(-1) as string).split('-').at(-1) as string)) out.pop();
  return out;
}

/** `A manager who takes credit for the team's work` → `manager-takes-credit`. See the rules above. */
export function triggerSlug(text: string): string {
  const tokens = (fold(text).match(/[a-z0-9]+(?:['-][a-z0-9]+)*/g) ?? []).map(classify);
  const picked: string[] = [];
  for (const t of tokens) {
    if (picked.length >= 4) break;
    if (t.kind === 'boundary') {
      if (picked.length >= 3) break;
    } else if (t.kind === 'no') {
      if (picked.at(-1) !== 'no') picked.push('no');
    } else if (t.kind === 'word') picked.push(t.text);
  }
  const chosen = trimEnd(picked);
  if (!chosen.length) return 'trigger';
  // Whole words while they fit; a trailing `no` never stays.
  const fitting: string[] = [];
  for (const w of chosen) {
    if ([...fitting, w].join('-').length > SLUG_MAX) break;
    fitting.push(w);
  }
  return trimEnd(fitting).join('-') || shorten(chosen.join('-'), SLUG_MAX) || 'trigger';
}

/**
 * `slug` in at most `max` characters: whole dash-separated parts while they fit, else a hard cut
 * (no trailing dash); never ending in a stop word or `no`. Empty when nothing sensible is left.
 */
function shorten(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const parts = slug.split('-');
  while (parts.length > 1 && parts.join('-').length > max) parts.pop();
  const whole = trimEnd(parts).join('-');
  if (whole && whole.length <= max) return whole;
  return trimEnd(slug.slice(0, max).replace(/-+$/, '').split('-')).join('-');
}

/**
 * `base` if it is free, else `base-2`, `base-3`, …; the result is at most 32 characters (whole words of
 * `base` make room for the suffix). An empty base counts as `trigger`.
 */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  const start = shorten(base, SLUG_MAX) || 'trigger';
  if (!taken.has(start)) return start;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const slug = `${shorten(start, SLUG_MAX - suffix.length) || 'trigger'}${suffix}`;
    if (!taken.has(slug)) return slug;
  }
}
