import { describe, expect, it } from 'vitest';
import { parseBackup, type ParseResult } from '../../src/data/parse-backup';
import { INSTALLED } from './fixtures';
import { classify, hostileCorpus, type CorpusCase } from './hostile-corpus';

/** zod's and JavaScript's own English, and signs of a value printed without care. */
const NOT_FOR_USERS = /Invalid input|Expected|expected|Unexpected|\[object Object\]|undefined|NaN|SyntaxError|TypeError|RangeError|JSON/;

/** Field paths, code names and units a leader should never see under "Vis detaljer". */
const DETAIL_NOT_FOR_USERS = /workshops|\[\d+\]|\bbytes?\b|formatVersion|exportedAt|__proto__|\w\.\w+:/;

/** Every refusal opens by saying what it is about: the file, or one workshop in it. */
const OPENING = /^(Filen |Dialogmøde \d+[ :])/;

interface Outcome {
  item: CorpusCase;
  verdict: ReturnType<typeof classify>;
  result: ParseResult;
}

function run(item: CorpusCase): Outcome {
  const byteLength = item.byteLength ?? new TextEncoder().encode(item.text).length;
  let result: ParseResult | undefined;
  expect(() => {
    result = parseBackup(item.text, { installed: INSTALLED, byteLength });
  }, `${item.category}: ${item.name} threw`).not.toThrow();
  return { item, verdict: classify(item), result: result as ParseResult };
}

describe('a generated corpus of bad and hostile files', () => {
  const prototypeNamesBefore = Object.getOwnPropertyNames(Object.prototype).sort();
  const corpus = hostileCorpus();
  const outcomes = corpus.map(run);
  const invalid = outcomes.filter((o) => o.verdict === 'invalid');

  it('has at least 500 cases that are really invalid', () => {
    expect(invalid.length).toBeGreaterThanOrEqual(500);
    const perCategory = new Map<string, number>();
    for (const { item } of invalid) perCategory.set(item.category, (perCategory.get(item.category) ?? 0) + 1);
    // Every family of mutation contributes, not just the easy ones.
    for (const category of ['truncation', 'byte flip', 'cut out', 'wrong type', 'missing', 'out of range', 'over limit', 'unknown key', 'prototype key', 'deep nesting', 'garbage', 'duplicate id']) {
      expect(perCategory.get(category) ?? 0, category).toBeGreaterThan(0);
    }
    expect(perCategory.get('truncation')).toBeGreaterThan(250);
    expect(perCategory.get('wrong type')).toBeGreaterThan(500);
  });

  it('refuses every invalid case with a non-empty, plain Danish message', () => {
    for (const { item, result } of invalid) {
      const label = `${item.category}: ${item.name}`;
      if (result.ok) throw new Error(`accepted an invalid file: ${label}`);
      expect(result.message.length, label).toBeGreaterThan(10);
      expect(result.message, label).toMatch(OPENING);
      expect(result.message, label).not.toMatch(NOT_FOR_USERS);
      expect(result.message, label).toMatch(/\.$/);
      expect(result.message.length, label).toBeLessThan(400);
      expect(Array.isArray(result.details), label).toBe(true);
      expect(result.details.length, label).toBeLessThanOrEqual(51);
      for (const line of result.details) {
        expect(typeof line, label).toBe('string');
        expect(line.length, label).toBeLessThanOrEqual(300);
        // "Vis detaljer" is Danish only: no parser messages, byte counts or field paths.
        expect(line, label).not.toMatch(NOT_FOR_USERS);
        expect(line, label).not.toMatch(DETAIL_NOT_FOR_USERS);
      }
    }
  });

  it('accepts the mutations that happen to leave the file valid (they are not counted)', () => {
    const valid = outcomes.filter((o) => o.verdict === 'valid');
    expect(valid.length).toBeGreaterThan(0);
    for (const { item, result } of valid) {
      expect(result.ok, `${item.category}: ${item.name} ${result.ok ? '' : result.message}`).toBe(true);
    }
  });

  it('reaches many different messages, not one catch-all', () => {
    const templates = new Set(invalid.map(({ result }) => (result.ok ? '' : result.message.replace(/\d[\d.,]*/g, 'N').replace(/»[^«]*«/g, '»…«'))));
    expect(templates.size).toBeGreaterThan(40);
    expect(invalid.filter(({ result }) => !result.ok && result.message === 'Filen kunne ikke læses.')).toEqual([]);
  });

  it('leaves Object.prototype untouched', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNamesBefore);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});
