/**
 * English plurals and ordinals, chosen by the language's own rules
 * (Intl.PluralRules('en')) instead of `n === 1` scattered through the
 * catalogue: `count(n, 'vote', 'votes')` → "1 vote", "2 votes";
 * `ordinal(2)` → "2nd".
 */
import { formatsFor } from './format';

const rules = new Intl.PluralRules('en');
const ordinals = new Intl.PluralRules('en', { type: 'ordinal' });
const format = formatsFor('en');

/** The form for `n`: `one` for 1, `other` for 0, 2, 3 … */
export function plural<T>(n: number, forms: { one: T; other: T }): T {
  return rules.select(n) === 'one' ? forms.one : forms.other;
}

/** The count and the noun in the form it takes: "1 participant", "3 participants", "1,000 characters". */
export function count(n: number, one: string, other: string): string {
  return `${format.number(n)} ${plural(n, { one, other })}`;
}

const SUFFIX: Record<Intl.LDMLPluralRule, string> = { zero: 'th', one: 'st', two: 'nd', few: 'rd', many: 'th', other: 'th' };

/** A place in a ranking: 1 → "1st", 2 → "2nd", 3 → "3rd", 11 → "11th", 22 → "22nd". */
export function ordinal(n: number): string {
  return `${format.number(n)}${SUFFIX[ordinals.select(n)]}`;
}
