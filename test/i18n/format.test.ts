import { describe, expect, it } from 'vitest';
import { formatsFor } from '../../src/i18n/format';
import { megabytes } from '../../src/i18n/backup.da';
import { count } from '../../src/i18n/plural';
import { da } from '../support/catalogues';

describe('numbers, dates and lists through Intl', () => {
  const danish = formatsFor('da');
  const english = formatsFor('en');

  it('writes numbers the Danish and the English way', () => {
    expect(danish.number(20000)).toBe('20.000');
    expect(english.number(20000)).toBe('20,000');
    expect(danish.decimal(2.25, 1)).toBe('2,3');
    expect(danish.decimal(3, 1)).toBe('3,0');
    expect(english.decimal(2.25, 1)).toBe('2.3');
    expect(danish.number(2.46, 1)).toBe('2,5');
    expect(danish.number(2, 1)).toBe('2');
  });

  it('joins lists as each language does', () => {
    expect(danish.list(['Anna'])).toBe('Anna');
    expect(danish.list(['Anna', 'Bo'])).toBe('Anna og Bo');
    expect(danish.list(['Anna', 'Bo', 'Carl'])).toBe('Anna, Bo og Carl');
    expect(english.list(['Anna', 'Bo', 'Carl'])).toBe('Anna, Bo and Carl');
  });

  it('shows a date field in the language’s own format, whatever the browser’s language', () => {
    expect(danish.dateField('2027-01-15')).toBe('15.01.2027');
    expect(english.dateField('2027-01-15')).toBe('15/01/2027');
    expect(danish.dateField('')).toBe('');
    expect(english.dateField('not a date')).toBe('not a date');
  });

  it('reads a date field typed day first with any usual separator, or as ISO', () => {
    for (const text of ['15.01.2027', '15.1.2027', '15/1/2027', '15-01-2027', '15 1 2027', ' 15. 1. 2027 ', '2027-01-15', '2027-1-15']) {
      expect(danish.parseDateField(text), text).toBe('2027-01-15');
    }
    expect(danish.parseDateField('')).toBe('');
    expect(danish.parseDateField('   ')).toBe('');
    expect(danish.parseDateField('29.02.2028')).toBe('2028-02-29');
  });

  it('refuses a day that does not exist, a two-digit year and anything else', () => {
    for (const text of ['29.02.2027', '31.04.2027', '00.01.2027', '15.13.2027', '15.01.27', '15.01.20', '15.01', '2027', 'i morgen', '15.01.2027x', '1.1.0999']) {
      expect(danish.parseDateField(text), text).toBeNull();
    }
  });

  it('writes an ISO date in words, whatever the time zone, and leaves anything else as it is', () => {
    expect(danish.date('2026-12-01')).toBe('1. december 2026');
    expect(english.date('2026-12-01')).toBe('1 December 2026');
    expect(danish.date('2026-13-45')).toBe('2026-13-45');
    expect(danish.date('i morgen')).toBe('i morgen');
  });

  it('is what the Danish catalogue uses', () => {
    expect(count(1000, 'tegn', 'tegn')).toBe('1.000 tegn');
    expect(megabytes(6.2 * 1024 * 1024)).toBe('6,2');
    expect(megabytes(5 * 1024 * 1024 + 1)).toBe('5,1');
    expect(da.formatDate('2027-01-05')).toBe('5. januar 2027');
    expect(da.results.formatMean(2.05)).toBe('2,1');
    expect(da.data.bytes(1.5 * 1024 * 1024)).toBe('1,5 MB');
    expect(da.results.missing(['Lone (AMR)', 'Peter (TR)'])).toBe('Mangler: Lone (AMR) og Peter (TR).');
  });
});
