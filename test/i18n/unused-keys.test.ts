/**
 * Every string in the catalogues (src/i18n/) must be used somewhere in src/.
 * The test walks each catalogue object's key paths and looks for them in the
 * source outside src/i18n/:
 *
 * - `t.plan.kinds.action` counts as used if the source says `t.plan.kinds.action`;
 * - a part of the catalogue indexed with a variable (`t.plan.kinds[kind]`) has all
 *   its keys counted as used (its type already ties it to the values indexed);
 * - a part handed over whole (`labels: t.ics`, the PDF labels) counts a key as
 *   used where the code reads it by name (`labels.who`, `L.title`) or
 *   destructures it (`{ who }`).
 *
 * It runs with `npm run test:unit`, and so with `npm test`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { da } from '../support/catalogues';
import { danishPdfLabels } from '../../src/i18n/pdf.da';
import { bundledContent } from '../../src/content/bundled';
import { details, messages } from '../../src/i18n/backup.da';
import { ownDeviceWordsDa } from '../../src/i18n/own-devices.da';

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** The source that may use catalogue keys: all of src/ except the catalogues themselves, comments removed. */
const code = sourceFiles(SRC)
  .filter((path) => !relative(SRC, path).startsWith('i18n'))
  .map((path) => readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1'))
  .join('\n');

/** Every path from the root of a catalogue object to a leaf (a string or a function). */
export function keyPaths(value: unknown, prefix: string[] = []): string[][] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, child]) => keyPaths(child, [...prefix, key]));
  }
  return [prefix];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function accessOf(root: string, path: string[]): string {
  return [root, ...path].map(escape).join('\\s*\\.\\s*');
}

/** Is the key at `path` below `root` (`t`, `messages` …) used in `source`? */
export function isUsed(source: string, root: string, path: string[], { handedOver = false } = {}): boolean {
  const leaf = path[path.length - 1] ?? '';
  const readByName = new RegExp(`(\\.\\s*${escape(leaf)}\\b|[{,]\\s*${escape(leaf)}\\s*[,}:])`);
  // The key itself, read through its full path.
  if (new RegExp(`\\b${accessOf(root, path)}\\b`).test(source)) return true;
  // Catalogues that are handed over whole and read by name further on.
  if (handedOver && readByName.test(source)) return true;
  for (let i = path.length - 1; i >= 0; i--) {
    const parent = accessOf(root, path.slice(0, i));
    // A parent indexed with a variable: every key below it may be the one read.
    if (new RegExp(`\\b${parent}\\s*\\[`).test(source)) return true;
    // A parent passed on whole (`labels: t.ics`): the key must be read by name somewhere.
    if (i > 0 && new RegExp(`\\b${parent}\\b(?!\\s*[.[])`).test(source) && readByName.test(source)) return true;
  }
  return false;
}

/**
 * The words of a refused backup are used inside src/i18n/ itself: data/
 * returns codes, and refusal.ts's describeRefusalWith turns each into the
 * sentence of the chosen language's catalogue.
 */
const refusalWords = readFileSync(join(ROOT, 'src/i18n/refusal.ts'), 'utf8');

const CATALOGUES: Array<{ file: string; root: string; catalogue: object; handedOver?: boolean; usedIn?: string }> = [
  { file: 'src/i18n/da.ts', root: 't', catalogue: da },
  { file: 'src/i18n/pdf.da.ts', root: 'danishPdfLabels', catalogue: danishPdfLabels(bundledContent().dialog, bundledContent().guidance), handedOver: true },
  { file: 'src/i18n/backup.da.ts', root: 'messages', catalogue: messages, usedIn: refusalWords },
  { file: 'src/i18n/backup.da.ts (details)', root: 'details', catalogue: details, usedIn: refusalWords },
  { file: 'src/i18n/own-devices.da.ts', root: 'w', catalogue: ownDeviceWordsDa },
];

describe('the string catalogues', () => {
  for (const { file, root, catalogue, handedOver, usedIn } of CATALOGUES) {
    it(`${file} has no unused keys`, () => {
      const unused = keyPaths(catalogue)
        .filter((path) => !isUsed(usedIn ?? code, root, path, { handedOver }))
        .map((path) => path.join('.'));
      expect(unused, `unused keys in ${file} (remove them, or use them in src/)`).toEqual([]);
    });
  }
});

describe('the unused-key check itself', () => {
  const source = [
    'const a = t.plan.title;',
    'const b = t.plan.kinds[kind];',
    'buildIcs({ labels: t.ics });',
    'const c = labels.who;',
  ].join('\n');

  it('finds a key read through its full path', () => {
    expect(isUsed(source, 't', ['plan', 'title'])).toBe(true);
    expect(isUsed(source, 't', ['plan', 'intro'])).toBe(false);
  });

  it('counts every key of a part indexed with a variable', () => {
    expect(isUsed(source, 't', ['plan', 'kinds', 'action'])).toBe(true);
  });

  it('counts a key of a part handed over whole only if it is read by name', () => {
    expect(isUsed(source, 't', ['ics', 'who'])).toBe(true);
    expect(isUsed(source, 't', ['ics', 'block'])).toBe(false);
  });

  it('does not take a longer key for a shorter one', () => {
    expect(isUsed('t.plan.titles;', 't', ['plan', 'title'])).toBe(false);
  });

  it('walks nested catalogues to their leaves', () => {
    expect(keyPaths({ a: 'x', b: { c: () => 'y', d: { e: 'z' } } })).toEqual([['a'], ['b', 'c'], ['b', 'd', 'e']]);
  });
});
