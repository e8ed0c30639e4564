/**
 * The English catalogues against the Danish ones: the same keys all the way
 * down, every leaf a non-empty string or a function taking as many
 * arguments as its Danish twin, and no Danish left in the English (apart
 * from names and the content it is handed: the hotline's Danish name, a
 * meeting's title). Covers en.ts, pdf.en.ts, backup.en.ts and own-devices.en.ts.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContentFolder } from '../../scripts/content-plugin';
import { bundledContent } from '../../src/content/bundled';
import { checkTranslatedSet } from '../../src/domain/translation';
import type { ContentSet } from '../../src/domain/content';
import { da, en } from '../support/catalogues';
import { danishPdfLabels } from '../../src/i18n/pdf.da';
import { englishPdfLabels } from '../../src/i18n/pdf.en';
import * as backupDa from '../../src/i18n/backup.da';
import * as backupEn from '../../src/i18n/backup.en';
import { ownDeviceWordsDa } from '../../src/i18n/own-devices.da';
import { ownDeviceWordsEn } from '../../src/i18n/own-devices.en';
import { count, ordinal, plural } from '../../src/i18n/plural.en';

/** Every path from the root of a catalogue object to a leaf (a string or a function); as in unused-keys.test.ts. */
function keyPaths(value: unknown, prefix: string[] = []): string[][] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, child]) => keyPaths(child, [...prefix, key]));
  }
  return [prefix];
}

function leafAt(root: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root);
}

/** The English content set, checked against the Danish as the app would check it. */
function englishContent(): ContentSet {
  const danish = readContentFolder(fileURLToPath(new URL('../../questionnaires', import.meta.url)));
  const english = readContentFolder(fileURLToPath(new URL('../../questionnaires/en', import.meta.url)));
  const check = checkTranslatedSet(danish, english, 'en');
  if (!check.ok) throw new Error(`the English content is invalid: ${JSON.stringify(check.problems).slice(0, 500)}`);
  return check.content;
}

const DANISH_LETTERS = /[æøåÆØÅ»«]/;
/** Danish words that would show an untranslated leaf ("Kom i hus" is a name, so no lone "i"). */
const DANISH_WORDS = /\b(og|ikke|eller|af|til|med|på|er|der|som|Trin|trin|byggesten|dialogmøder?|handleplan(en)?|sikkerhedskopi|deltagere?|stemmer?)\b/;

/**
 * What a function leaf says, called with plain sample arguments: numbers
 * first (most take counts), then strings (those that take a list or a
 * title). The point is the words around the arguments.
 */
function sampleOutputs(fn: (...args: never[]) => unknown): string[] {
  const outputs: string[] = [];
  const tries: unknown[][] = [
    Array.from({ length: fn.length }, (_, i) => i + 1),
    Array.from({ length: fn.length }, (_, i) => (i === 0 ? 1 : 3)),
    Array.from({ length: fn.length }, () => 'Anna'),
    Array.from({ length: fn.length }, () => ['Anna', 'Bo']),
    // A date, for the date field's reading and writing.
    Array.from({ length: fn.length }, () => '2027-01-15'),
  ];
  for (const args of tries) {
    try {
      const out = (fn as (...a: unknown[]) => unknown)(...args);
      if (typeof out === 'string') outputs.push(out);
    } catch {
      // An argument of another type: the next set of samples will do.
    }
  }
  return outputs;
}

interface Pair {
  name: string;
  danish: object;
  english: object;
  /** Leaves whose value is taken from the content or is a name, and may have Danish letters. */
  fromContent?: ReadonlySet<string>;
}

function checkPair({ name, danish, english, fromContent = new Set() }: Pair): void {
  describe(name, () => {
    it('has the same key paths as the Danish', () => {
      expect(keyPaths(english).map((p) => p.join('.'))).toEqual(keyPaths(danish).map((p) => p.join('.')));
    });

    it('has a non-empty string or a function, of the same arity as the Danish, at every leaf', () => {
      for (const path of keyPaths(english)) {
        const key = path.join('.');
        const value = leafAt(english, path);
        const twin = leafAt(danish, path);
        if (typeof value === 'function') {
          expect(typeof twin, key).toBe('function');
          expect(value.length, key).toBe((twin as () => unknown).length);
          const outputs = sampleOutputs(value as () => unknown);
          expect(outputs.length, `${key} returns a string for some sample`).toBeGreaterThan(0);
          for (const out of outputs) expect(out.trim().length, key).toBeGreaterThan(0);
        } else {
          expect(typeof value, key).toBe('string');
          expect((value as string).trim().length, key).toBeGreaterThan(0);
        }
      }
    });

    it('has no Danish letters or Danish words, except in the content it is handed', () => {
      for (const path of keyPaths(english)) {
        const key = path.join('.');
        if (fromContent.has(key)) continue;
        const value = leafAt(english, path);
        const texts = typeof value === 'function' ? sampleOutputs(value as () => unknown) : [value as string];
        for (const text of texts) {
          expect(text, key).not.toMatch(DANISH_LETTERS);
          expect(text, key).not.toMatch(DANISH_WORDS);
        }
      }
    });
  });
}

const danishContent = bundledContent();
const english = englishContent();

checkPair({ name: 'en.ts, the screens', danish: da, english: en });
checkPair({
  name: 'pdf.en.ts, the PDF',
  danish: danishPdfLabels(danishContent.dialog, danishContent.guidance),
  english: englishPdfLabels(english.dialog, english.guidance),
  // "Fraværslinjen (the absence hotline)": the hotline keeps its Danish name in the English content.
  fromContent: new Set(['hotline']),
});
checkPair({ name: 'backup.en.ts, messages', danish: backupDa.messages, english: backupEn.messages });
checkPair({ name: 'backup.en.ts, details', danish: backupDa.details, english: backupEn.details });
checkPair({ name: 'own-devices.en.ts', danish: ownDeviceWordsDa, english: ownDeviceWordsEn });

describe('the English catalogues say it in English', () => {
  it('count and plural choose by Intl.PluralRules("en"), and ordinals have their suffix', () => {
    expect(count(1, 'vote', 'votes')).toBe('1 vote');
    expect(count(0, 'vote', 'votes')).toBe('0 votes');
    expect(count(1000, 'character', 'characters')).toBe('1,000 characters');
    expect(plural(2, { one: 'is', other: 'are' })).toBe('are');
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st']);
  });

  it('formats numbers, dates and lists the en-GB way', () => {
    expect(en.formatDate('2027-01-05')).toBe('5 January 2027');
    expect(en.formatList(['Anna', 'Bo', 'Carl'])).toBe('Anna, Bo and Carl');
    expect(en.results.formatMean(2.05)).toBe('2.1');
    expect(en.data.bytes(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(en.results.missing(['Lone (safety rep)', 'Peter (union rep)'])).toBe('Missing: Lone (safety rep) and Peter (union rep).');
  });

  it('agrees in number where a count meets a verb', () => {
    expect(en.results.participation(1, 3)).toBe('1 of 3 participants has finished answering.');
    expect(en.results.participation(2, 3)).toBe('2 of 3 participants have finished answering.');
    expect(en.data.conflicts(1, 1)).toBe('It is already on this device:');
    expect(en.data.conflicts(1, 3)).toBe('1 of them is already on this device:');
    expect(en.data.conflicts(2, 3)).toBe('2 of them are already on this device:');
    expect(en.data.restored(1)).toBe('1 meeting has been restored.');
    expect(en.score.doneMissing(1)).toBe('One question has not been answered yet. You can finish now and come back later.');
  });

  it('ranks with ordinals, ties as joint places, in the PDF too', () => {
    expect(en.prioritise.rank(1, false)).toBe('1st place');
    expect(en.prioritise.rank(2, true)).toBe('Joint 2nd place');
    expect(englishPdfLabels(english.dialog, english.guidance).rank(3, true)).toBe('Joint 3rd place');
  });

  it('takes the booklet’s words in the PDF from the English content, not the Danish', () => {
    const labels = englishPdfLabels(english.dialog, english.guidance);
    expect(labels.language).toBe('en');
    expect(labels.columns).toEqual({ what: english.dialog.planTemplate.what, who: english.dialog.planTemplate.who, when: english.dialog.planTemplate.when });
    expect(labels.planHeading).toBe(`${english.dialog.planTemplate.title} (Step 4)`);
    expect(labels.closing).toBe(english.dialog.planTemplate.repeatAdvice);
    expect(labels.scaleLegend).toContain(english.dialog.scale[0]!.label);
    expect(labels.scaleLegend).toContain(`“${english.dialog.skipLabel}”`);
    expect(labels.hotline).toBe(`${english.guidance.hotline.name} ${english.guidance.hotline.number}`);
  });

  it('has a file name word for a backup', () => {
    expect(en.data.fileNames).toEqual({ all: 'backup', workshop: 'meeting' });
  });
});
