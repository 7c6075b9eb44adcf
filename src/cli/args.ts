/** Flag values as typed: numbers stay numbers, anything else stays text so validation can quote it. */
export function num(value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  return /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : value;
}

export function yesNo(value: string | undefined): boolean | string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (['yes', 'y', 'true'].includes(v)) return true;
  if (['no', 'n', 'false'].includes(v)) return false;
  return value;
}

/** `3,4,,2` → [3, 4, null, 2]: an empty item is a skipped answer. */
export function numberList(value: string | undefined): (number | string | null)[] | undefined {
  if (value === undefined) return undefined;
  return value.split(',').map((s) => (s.trim() === '' ? null : (num(s) ?? null)));
}

/** For repeatable flags: `--win a --win b`. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
