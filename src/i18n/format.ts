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
  /** An ISO date as a date field shows it: "15.01.2027" in Danish, "15/01/2027" in English; "" stays "", anything else as it is. */
  dateField(iso: string): string;
  /**
   * What the text in a date field means: an ISO date for a real day written
   * day first (15.1.2027, 15/01/2027, 15-1-2027, 15 1 2027) or as ISO
   * (2027-01-15); "" for an empty field; null for anything else. The year has
   * four digits, so "15.1.20" is not read as 2020 while someone is still typing.
   */
  parseDateField(text: string): string | null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An ISO date "yyyy-mm-dd" for a real day, else null. */
function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const moment = new Date(Date.UTC(year, month - 1, day));
  if (moment.getUTCMonth() !== month - 1 || moment.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function parseDateField(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(\d{1,2})\s*[./\-\s]\s*(\d{1,2})\s*[./\-\s]\s*(\d{4})$/.exec(trimmed);
  if (dayFirst) return isoDay(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  return null;
}

/** How each language writes a date in a field: day, month and year, with its own separator. */
const DATE_FIELD_SEPARATOR: Record<Locale, string> = { da: '.', en: '/' };

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
    dateField: (iso) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      if (!match) return iso;
      const separator = DATE_FIELD_SEPARATOR[locale];
      return `${match[3]}${separator}${match[2]}${separator}${match[1]}`;
    },
    parseDateField,
  };
  cache.set(locale, formats);
  return formats;
}
