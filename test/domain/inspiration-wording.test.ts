/**
 * The inspiration is summarised in our own words: no title or summary in
 * questionnaires/inspiration.json may share a run of RUN or more consecutive
 * words with the course package (000), the common offers (001), the 2011
 * policy (003) or the inspiration catalogue (004). The booklet (002) is left
 * out on purpose: its texts are shown verbatim elsewhere.
 *
 * The seeds are copies of the team's shared folder in test/seeds/, so a
 * clone tests on its own.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Inspiration } from '../../src/domain/content';

const RUN = 12;
const SEEDS = fileURLToPath(new URL('../seeds', import.meta.url));
const CHECKED_SEEDS = ['000', '001', '003', '004'];
const INSPIRATION = fileURLToPath(new URL('../../questionnaires/inspiration.json', import.meta.url));

/**
 * Lower-case words without punctuation. A hyphen at a line break is
 * hyphenation ("nedbrin-\nge") and is undone; any other hyphen or dash
 * separates words ("advis-mail" → "advis mail"), on both sides alike.
 */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[-\u00ad][ \t]*\r?\n\s*/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '');
}

function runsOf(list: readonly string[], length: number): string[] {
  const runs: string[] = [];
  for (let i = 0; i + length <= list.length; i += 1) runs.push(list.slice(i, i + length).join(' '));
  return runs;
}

/** The longest run of at least `length` words that `text` shares with the seed runs, or undefined. */
function sharedRun(text: string, seedRuns: ReadonlySet<string>, seedText: string, length = RUN): string | undefined {
  const list = words(text);
  let longest: string | undefined;
  for (let start = 0; start + length <= list.length; start += 1) {
    if (!seedRuns.has(list.slice(start, start + length).join(' '))) continue;
    let end = start + length;
    while (end < list.length && seedText.includes(` ${list.slice(start, end + 1).join(' ')} `)) end += 1;
    const run = list.slice(start, end).join(' ');
    if (!longest || run.split(' ').length > longest.split(' ').length) longest = run;
  }
  return longest;
}

function readSeeds(): Array<{ name: string; runs: Set<string>; text: string }> {
  if (!existsSync(SEEDS)) throw new Error(`The seeds were not found at ${SEEDS} (expected copies in test/seeds/).`);
  const files = readdirSync(SEEDS);
  return CHECKED_SEEDS.map((prefix) => {
    const name = files.find((file) => file.startsWith(`${prefix}_`) && file.endsWith('.txt'));
    if (!name) throw new Error(`Seed ${prefix}_*.txt is missing in ${SEEDS}.`);
    const list = words(readFileSync(join(SEEDS, name), 'utf8'));
    return { name, runs: new Set(runsOf(list, RUN)), text: ` ${list.join(' ')} ` };
  });
}

describe('normalising text for the copied-run check', () => {
  it('lower-cases, drops punctuation and undoes hyphenation at a line break', () => {
    expect(words('Tiltag: Sæt sygefraværet på dags-\n\nordenen – i »hele« styringskæden!')).toEqual([
      'tiltag', 'sæt', 'sygefraværet', 'på', 'dagsordenen', 'i', 'hele', 'styringskæden',
    ]);
    expect(words('Advis-mail ved 10 sygedage')).toEqual(['advis', 'mail', 'ved', '10', 'sygedage']);
  });

  it('finds a shared run of twelve words, and not one of eleven', () => {
    const seed = words('en to tre fire fem seks syv otte ni ti elleve tolv tretten');
    const runs = new Set(runsOf(seed, RUN));
    const text = ` ${seed.join(' ')} `;
    expect(sharedRun('Her: En to tre fire fem seks syv otte ni ti elleve tolv tretten.', runs, text)).toBe(seed.join(' '));
    expect(sharedRun('en to tre fire fem seks syv otte ni ti elleve, og så videre', runs, text)).toBeUndefined();
  });
});

describe('the inspiration is in our own words', () => {
  const seeds = readSeeds();
  const inspiration = JSON.parse(readFileSync(INSPIRATION, 'utf8')) as Inspiration;

  it(`shares no run of ${RUN} or more words with seeds ${CHECKED_SEEDS.join(', ')}`, () => {
    const copied: string[] = [];
    for (const item of inspiration.items) {
      for (const field of ['title', 'summary'] as const) {
        for (const seed of seeds) {
          const run = sharedRun(item[field], seed.runs, seed.text);
          if (run) copied.push(`${item.id}.${field} shares ${run.split(' ').length} words with ${seed.name}: "${run}"`);
        }
      }
    }
    expect(copied).toEqual([]);
  });
});
