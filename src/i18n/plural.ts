/**
 * Danish plurals, chosen by the language's own rules (Intl.PluralRules('da'))
 * instead of `n === 1` scattered through the catalogue. Use it wherever a
 * count meets a noun: `count(n, 'stemme', 'stemmer')` → "1 stemme", "2 stemmer".
 */
import { formatsFor } from './format';

const rules = new Intl.PluralRules('da');
const format = formatsFor('da');

/** The form for `n`: `one` for 1, `other` for 0, 2, 3 … */
export function plural<T>(n: number, forms: { one: T; other: T }): T {
  return rules.select(n) === 'one' ? forms.one : forms.other;
}

/** The count and the noun in the form it takes: "1 deltager", "3 deltagere", "1.000 tegn". */
export function count(n: number, one: string, other: string): string {
  return `${format.number(n)} ${plural(n, { one, other })}`;
}
