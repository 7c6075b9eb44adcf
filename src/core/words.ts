/** Words that depend on a count: "1 trigger", "2 triggers", never "trigger(s)". */
const rules = new Intl.PluralRules('en');

/** `count` and the noun in the form English uses for it; `many` when the plural is not `one` + "s". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${rules.select(count) === 'one' ? one : many}`;
}
