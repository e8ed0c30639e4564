import { describe, expect, it } from 'vitest';
import { count, plural } from '../../src/i18n/plural';

describe('Danish plurals', () => {
  it('uses the singular for one and the plural for everything else', () => {
    expect(count(1, 'stemme', 'stemmer')).toBe('1 stemme');
    expect(count(0, 'stemme', 'stemmer')).toBe('0 stemmer');
    expect(count(2, 'stemme', 'stemmer')).toBe('2 stemmer');
    expect(count(21, 'kryds', 'krydser')).toBe('21 krydser');
    expect(count(101, 'deltager', 'deltagere')).toBe('101 deltagere');
  });

  it('chooses between whole phrases too', () => {
    expect(plural(1, { one: 'Ét spørgsmål mangler.', other: 'Flere spørgsmål mangler.' })).toBe('Ét spørgsmål mangler.');
    expect(plural(3, { one: 'a', other: 'b' })).toBe('b');
  });

  it('keeps nouns that are the same in both forms', () => {
    expect(count(1, 'spørgsmål', 'spørgsmål')).toBe('1 spørgsmål');
    expect(count(5, 'point', 'point')).toBe('5 point');
  });
});
