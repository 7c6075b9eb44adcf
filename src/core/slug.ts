/** Short trigger slugs a person would pick (placeholder until the full version lands). */
const STOP = new Set(
  'a an the of for to in on at by with and or but that who which my our their your is are be been being it its this these those me i we you they he she do does did not no'.split(
    ' ',
  ),
);

export function triggerSlug(text: string): string {
  const words =
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .match(/[a-z0-9]+/g) ?? [];
  const content = words.filter((w) => !STOP.has(w)).slice(0, 4);
  let slug = '';
  for (const w of content) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > 32) break;
    slug = next;
  }
  return slug || (content[0] ?? 'trigger').slice(0, 32);
}

export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base.slice(0, 32 - String(n).length - 1).replace(/-+$/, '')}-${n}`;
  return slug;
}
