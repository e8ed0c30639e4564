/**
 * Numbers, decimals, dates and lists in a locale's own way, through Intl:
 * "20.000" and "2,5" in Danish, "20,000" and "2.5" in English; "Anna, Bo og
 * Carl" and "Anna, Bo and Carl". The catalogues use these, never a regular
 * expression or a hand-made separator.
 */
export type Locale = 'da' | 'en';

/** The Intl locale of each catalogue: Danish as in Denmark, English as written in Europe (day before month). */
export const INTL_LOCALE: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

export interface Formats {
  /** A number with the locale's separators and at most `maxDigits` decimals (default 0): 20000 → "20.000", (2.46, 1) → "2,5", (2, 1) → "2". */
  number(n: number, maxDigits?: number): string;
  /** Exactly `digits` decimals: (2.25, 1) → "2,3" (rounded as Intl rounds). */
  decimal(n: number, digits: number): string;
  /** Items joined as the language joins them: "Anna, Bo og Carl". */
  list(items: readonly string[]): string;
  /** An ISO date "2026-12-01" as "1. december 2026"; anything else is shown as it is. */
  date(iso: string): string;
  /** A moment with date and time: "1. december 2026 kl. 22.30". */
  dateTime(moment: Date): string;
}

const cache = new Map<Locale, Formats>();

export function formatsFor(locale: Locale): Formats {
  const known = cache.get(locale);
  if (known) return known;
  const tag = INTL_LOCALE[locale];
  const numbers = new Map<string, Intl.NumberFormat>();
  const numberFormat = (min: number, max: number) => {
    const key = `${min}-${max}`;
    let format = numbers.get(key);
    if (!format) {
      format = new Intl.NumberFormat(tag, { minimumFractionDigits: min, maximumFractionDigits: max });
      numbers.set(key, format);
    }
    return format;
  };
  const lists = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' });
  const dates = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const moments = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short' });
  const formats: Formats = {
    number: (n, maxDigits = 0) => numberFormat(0, maxDigits).format(n),
    decimal: (n, digits) => numberFormat(digits, digits).format(n),
    list: (items) => lists.format(items),
    date: (iso) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      if (!match) return iso;
      const [, y, m, d] = match.map(Number) as [number, number, number, number];
      const moment = new Date(Date.UTC(y, m - 1, d));
      // Date.UTC rolls "2026-13-45" over into 2027; such a date is shown as it was written.
      return moment.getUTCMonth() === m - 1 && moment.getUTCDate() === d ? dates.format(moment) : iso;
    },
    dateTime: (moment) => moments.format(moment),
  };
  cache.set(locale, formats);
  return formats;
}
