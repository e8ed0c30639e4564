import { describe, expect, it } from 'vitest';
import { formatsFor } from '../../src/i18n/format';
import { megabytes } from '../../src/i18n/backup.da';
import { count } from '../../src/i18n/plural';
import { da } from '../../src/i18n/da';

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
