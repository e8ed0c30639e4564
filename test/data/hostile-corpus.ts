/**
 * A generated corpus of bad and hostile backup files, built from a valid
 * backup: truncations, byte flips, wrong types and out-of-range values at
 * every field path, texts and lists over each limit, unknown keys,
 * prototype keys, deep nesting and plain garbage. Deterministic: the random
 * parts use a seeded generator, so a failure can be reproduced by its name.
 */
import { FORMAT_NAME, FORMAT_VERSION, MAX_FILE_BYTES } from '../../src/data/envelope';
import { LIMITS, type Workshop } from '../../src/domain/workshop';
import { checkWorkshop } from '../../src/domain/workshop-schema';
import type { LinkProblemCode } from '../../src/domain/workshop-links';
import { backupData, backupText, INSTALLED, twoWorkshops } from './fixtures';

export interface CorpusCase {
  category: string;
  name: string;
  text: string;
  /** The size the browser would report; defaults to the text's UTF-8 size. */
  byteLength?: number;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** mulberry32: a small seeded PRNG, good enough to spread mutations evenly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BASE_TEXT = backupText();
const baseData = (): { [key: string]: Json } => backupData() as { [key: string]: Json };

/** Every path in `value`, containers and leaves alike, in document order. */
function allPaths(value: Json, prefix: Path = []): Path[] {
  const found: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => found.push(...allPaths(item, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) found.push(...allPaths(item, [...prefix, key]));
  }
  return found;
}

/** A copy of the base backup with the value at `path` replaced (undefined deletes it). */
function withValue(path: Path, value: Json | undefined): string {
  const data = baseData();
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string | number, Json>)[key] as Json, data);
  const last = path[path.length - 1] as string | number;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete (parent as Record<string, Json>)[last as string];
  } else {
    Object.defineProperty(parent, last, { value, enumerable: true, writable: true, configurable: true });
  }
  return JSON.stringify(data, null, 2);
}

/** The same, for a field of the second workshop ("Trioen"). */
function inTrio(path: Path, value: Json | undefined): string {
  return withValue(['workshops', 1, ...path], value);
}

/** An object that owns `key` (even `__proto__`) as a plain data property. */
function owning(key: string, value: Json, rest: Record<string, Json> = {}): Record<string, Json> {
  const target: Record<string, Json> = { ...rest };
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

function nested(depth: number, leaf: Json = 1, asObject = false): Json {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = asObject ? { a: value } : [value];
  return value;
}

function truncations(): CorpusCase[] {
  const cases: CorpusCase[] = [];
  const step = Math.max(1, Math.floor(BASE_TEXT.length / 300));
  for (let end = 0; end < BASE_TEXT.length; end += step) {
    cases.push({ category: 'truncation', name: `first ${end} characters`, text: BASE_TEXT.slice(0, end) });
  }
  for (const end of [1, 2, 10, BASE_TEXT.length - 3, BASE_TEXT.length - 2, BASE_TEXT.length - 1]) {
    cases.push({ category: 'truncation', name: `first ${end} characters`, text: BASE_TEXT.slice(0, end) });
  }
  return cases;
}

const FLIP_CHARS = ['"', '{', '}', '[', ']', ',', ':', '0', '9', '7', 'a', 'Z', ' ', '\\', '\u0000', '\n', 'ø', '🙂', '-', '.', 'e', 'n', 't', 'x', '\uFFFD'];

function byteFlips(): CorpusCase[] {
  const random = seededRandom(20261125);
  const cases: CorpusCase[] = [];
  for (let i = 0; i < 900; i += 1) {
    const chars = [...BASE_TEXT];
    const flips = 1 + Math.floor(random() * 3);
    const at: number[] = [];
    for (let f = 0; f < flips; f += 1) {
      const position = Math.floor(random() * chars.length);
      chars[position] = FLIP_CHARS[Math.floor(random() * FLIP_CHARS.length)] as string;
      at.push(position);
    }
    cases.push({ category: 'byte flip', name: `flip #${i} at ${at.join(',')}`, text: chars.join('') });
  }
  for (let i = 0; i < 150; i += 1) {
    const start = Math.floor(random() * BASE_TEXT.length);
    const length = 1 + Math.floor(random() * 40);
    cases.push({ category: 'cut out', name: `cut #${i} ${start}+${length}`, text: BASE_TEXT.slice(0, start) + BASE_TEXT.slice(start + length) });
  }
  return cases;
}

const WRONG_VALUES: Json[] = [null, true, 0, -1, 2.5, '', 'x', '5', [], {}, [null], { a: 1 }];

function wrongTypes(): CorpusCase[] {
  const data = baseData();
  const paths = allPaths(data).filter((path) => path.length > 0 && (path[0] !== 'workshops' || path[1] === 1 || path.length === 1));
  const cases: CorpusCase[] = [];
  for (const path of paths) {
    for (const value of WRONG_VALUES) {
      cases.push({ category: 'wrong type', name: `${path.join('.')} = ${JSON.stringify(value)}`, text: withValue(path, value) });
    }
    cases.push({ category: 'missing', name: `${path.join('.')} deleted`, text: withValue(path, undefined) });
  }
  return cases;
}

function outOfRange(): CorpusCase[] {
  const cases: CorpusCase[] = [];
  const add = (name: string, text: string) => cases.push({ category: 'out of range', name, text });
  for (const value of [0, 6, 2.5, -1, '5', 'ja', 1e9, null]) {
    add(`answer ${JSON.stringify(value)}`, inTrio(['answers', 'p-1', 'm2-01'], value));
    add(`answer of a new question ${JSON.stringify(value)}`, inTrio(['answers', 'p-2', 'm2-24'], value));
  }
  for (const value of [0, 6, -2, 2.5, 100]) add(`votesPerPerson ${value}`, inTrio(['votesPerPerson'], value));
  for (const value of [0, 14, 601, 90.5, -90]) add(`timeBudgetMinutes ${value}`, inTrio(['timeBudgetMinutes'], value));
  for (const value of [0, -1, 1.5]) add(`questionnaire.version ${value}`, inTrio(['questionnaire', 'version'], value));
  for (const value of [-1, 10_001, 0.5]) add(`tally ${value}`, inTrio(['voting', 'tally', 'trivsel'], value));
  for (const value of [0, 1, 3, '2']) add(`schemaVersion ${JSON.stringify(value)}`, inTrio(['schemaVersion'], value));
  const badDates = ['2026-02-30', '30-01-2026', '', '2026-13-01', '2026-1-5', '2026/01/05', '2026-01-05T00:00:00Z', ' 2026-01-05', '20260105', '2025-02-29'];
  const datePaths: Path[] = [['date'], ['plan', 'followUpDate'], ['plan', 'items', 0, 'whenDate']];
  for (const path of datePaths) for (const value of badDates) add(`${path.join('.')} = ${value}`, inTrio(path, value));
  const badTimes = ['2026-11-20', '2026-11-20T08:00:00', '2026-11-20 08:00:00Z', '2026-02-30T08:00:00.000Z', 'i går', ''];
  for (const path of [['createdAt'], ['updatedAt']]) for (const value of badTimes) add(`${path.join('.')} = ${value}`, inTrio(path, value));
  const badIds = ['', 'Ab', '-a', 'a b', 'a_b', 'æ', 'a'.repeat(65), '__proto__', 'p-1\n'];
  const idPaths: Path[] = [['id'], ['participants', 0, 'id'], ['questionnaire', 'id'], ['plan', 'items', 0, 'id'], ['plan', 'items', 0, 'fromProposal'], ['dialogue', 'trivsel', 'proposals', 0, 'id'], ['cursor', 'participantId']];
  for (const path of idPaths) for (const value of badIds) add(`${path.join('.')} = ${JSON.stringify(value)}`, inTrio(path, value));
  for (const value of ['hybrid', 'Group', '']) add(`mode ${value}`, inTrio(['mode'], value));
  for (const value of ['chef', 'LEDER', '']) add(`role ${value}`, inTrio(['participants', 0, 'role'], value));
  for (const value of ['done', 'Setup']) add(`step ${value}`, inTrio(['step'], value));
  for (const value of ['maybe', 'task']) add(`item kind ${value}`, inTrio(['plan', 'items', 0, 'kind'], value));
  for (const value of ['kantine', 'Trivsel']) add(`item block ${value}`, inTrio(['plan', 'items', 0, 'block'], value));
  for (const value of ['kantine', '']) add(`chosen ${value}`, inTrio(['voting', 'chosen'], [value]));
  for (const value of ['all', 'votes']) add(`voting target ${value}`, inTrio(['voting', 'target'], value));
  add('title of spaces', inTrio(['title'], '   '));
  return cases;
}

function overLimits(): CorpusCase[] {
  const cases: CorpusCase[] = [];
  const add = (name: string, text: string, byteLength?: number) =>
    cases.push(byteLength === undefined ? { category: 'over limit', name, text } : { category: 'over limit', name, text, byteLength });
  const strings: [Path, number][] = [
    [['title'], LIMITS.title],
    [['participants', 0, 'name'], LIMITS.name],
    [['dialogue', 'trivsel', 'notes', 'scoring'], LIMITS.note],
    [['dialogue', 'trivsel', 'proposals', 0, 'text'], LIMITS.itemText],
    [['plan', 'items', 0, 'what'], LIMITS.itemText],
    [['plan', 'items', 0, 'who'], LIMITS.itemText],
    [['plan', 'items', 0, 'when'], LIMITS.name],
    [['plan', 'items', 0, 'forum'], LIMITS.name],
    [['plan', 'effect'], LIMITS.note],
    [['plan', 'evidence'], LIMITS.note],
  ];
  for (const [path, limit] of strings) {
    for (const length of [limit + 1, limit * 2, 150_000]) add(`${path.join('.')} of ${length}`, inTrio(path, 'å'.repeat(length)));
  }
  add('app.version of 101', withValue(['app', 'version'], 'v'.repeat(101)));
  const participant = (i: number): Json => ({ id: `p-${i}`, name: `Deltager ${i}`, role: 'med' });
  add('101 participants', inTrio(['participants'], Array.from({ length: 101 }, (_, i) => participant(i))));
  const item = (i: number): Json => ({ id: `i-${i}`, block: 'trivsel', kind: 'action', what: '', who: '', when: '', whenDate: null, forum: '' });
  add('501 items', inTrio(['plan', 'items'], Array.from({ length: 501 }, (_, i) => item(i))));
  add('201 proposals', inTrio(['dialogue', 'trivsel', 'proposals'], Array.from({ length: 201 }, (_, i) => ({ id: `f-${i}`, text: '', toPlan: false }))));
  add('6 votes on one ballot', inTrio(['voting', 'ballots', 'p-1'], ['trivsel', 'statistik', 'samtaler', 'tidlige-indsatser', 'faelles-ejerskab', 'tydelig-ledelse']));
  add('201 elements in the order', inTrio(['voting', 'order'], Array.from({ length: 201 }, (_, i) => `e-${i}`)));
  add('7 chosen blocks', inTrio(['voting', 'chosen'], ['trivsel', 'statistik', 'samtaler', 'tidlige-indsatser', 'faelles-ejerskab', 'tydelig-ledelse', 'trivsel']));
  add('20,000 list items', inTrio(['participants'], Array.from({ length: 20_000 }, () => 0)));
  const bigRecord: Record<string, Json> = {};
  for (let i = 0; i < 12_000; i += 1) bigRecord[`q${i}`] = 9;
  add('12,000 bad answers for one participant', inTrio(['answers', 'p-1'], bigRecord));
  const workshops = baseData().workshops as Json[];
  const many = Array.from({ length: 501 }, (_, i) => ({ ...(workshops[0] as Record<string, Json>), id: `w-${i}` }));
  add('501 workshops', withValue(['workshops'], many));
  add('6 MB reported by the browser', BASE_TEXT, 6 * 1024 * 1024);
  add('a real 6 MB file', BASE_TEXT.replace('{\n', `{${' '.repeat(6 * 1024 * 1024)}\n`));
  add('5 MB + 1 byte', BASE_TEXT, MAX_FILE_BYTES + 1);
  return cases;
}

function unknownKeys(): CorpusCase[] {
  const places: Path[] = [
    [],
    ['app'],
    ['workshops', 1],
    ['workshops', 1, 'questionnaire'],
    ['workshops', 1, 'participants', 0],
    ['workshops', 1, 'cursor'],
    ['workshops', 1, 'voting'],
    ['workshops', 1, 'dialogue', 'trivsel'],
    ['workshops', 1, 'dialogue', 'trivsel', 'proposals', 0],
    ['workshops', 1, 'plan'],
    ['workshops', 1, 'plan', 'items', 0],
  ];
  const cases: CorpusCase[] = [];
  for (const place of places) {
    for (const key of ['extra', 'Title', 'workplace', 'id ', 'x'.repeat(300)]) {
      cases.push({ category: 'unknown key', name: `${place.join('.')}.${key.slice(0, 20)}`, text: withValue([...place, key], 'ukendt') });
    }
  }
  cases.push({ category: 'unknown key', name: 'a seventh building block in the dialogue', text: inTrio(['dialogue', 'kantine'], { notes: {}, proposals: [] }) });
  return cases;
}

function prototypeKeys(): CorpusCase[] {
  const places: Path[] = [
    [],
    ['app'],
    ['workshops', 0],
    ['workshops', 1, 'answers'],
    ['workshops', 1, 'answers', 'p-1'],
    ['workshops', 1, 'voting', 'ballots'],
    ['workshops', 1, 'voting', 'tally'],
    ['workshops', 1, 'dialogue'],
    ['workshops', 1, 'dialogue', 'trivsel', 'notes'],
    ['workshops', 1, 'plan', 'items', 0],
  ];
  const payloads: [string, Json][] = [
    ['__proto__', { polluted: true }],
    ['__proto__', null],
    ['__proto__', 3],
    ['constructor', { prototype: { polluted: true } }],
    ['constructor', 4],
    ['prototype', { polluted: true }],
    ['prototype', 5],
  ];
  const cases: CorpusCase[] = [];
  for (const place of places) {
    for (const [key, value] of payloads) {
      const data = baseData();
      const parent = place.reduce<Json>((node, k) => (node as Record<string | number, Json>)[k] as Json, data) as Record<string, Json>;
      Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
      cases.push({ category: 'prototype key', name: `${place.join('.')}.${key} = ${JSON.stringify(value)}`, text: JSON.stringify(data) });
    }
  }
  cases.push({ category: 'prototype key', name: 'workshop made of __proto__ only', text: withValue(['workshops', 1], owning('__proto__', { title: 'x' })) });
  cases.push({ category: 'prototype key', name: 'answers keyed "constructor"', text: inTrio(['answers'], { constructor: { 'm2-01': 3 } }) });
  cases.push({ category: 'prototype key', name: 'participant id "constructor"', text: inTrio(['participants', 0, 'id'], 'constructor') });
  return cases;
}

function deepNesting(): CorpusCase[] {
  const cases: CorpusCase[] = [];
  const places: Path[] = [['extra'], ['workshops', 1, 'title'], ['workshops', 1, 'answers', 'p-1', 'm2-01'], ['workshops', 1, 'plan', 'effect']];
  for (const place of places) {
    for (const depth of [8, 13, 50, 1000]) {
      cases.push({ category: 'deep nesting', name: `${place.join('.')} arrays ${depth}`, text: withValue(place, nested(depth)) });
      cases.push({ category: 'deep nesting', name: `${place.join('.')} objects ${depth}`, text: withValue(place, nested(depth, 'x', true)) });
    }
  }
  const huge = 200_000;
  cases.push({ category: 'deep nesting', name: 'arrays 200,000 deep', text: BASE_TEXT.replace('"effect": "Færre korte fravær."', `"effect": ${'['.repeat(huge)}${']'.repeat(huge)}`) });
  cases.push({ category: 'deep nesting', name: 'objects 100,000 deep', text: `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}` });
  cases.push({ category: 'deep nesting', name: 'bare arrays 200,000 deep', text: `${'['.repeat(huge)}${']'.repeat(huge)}` });
  cases.push({ category: 'deep nesting', name: 'unclosed arrays', text: '['.repeat(huge) });
  return cases;
}

function garbage(): CorpusCase[] {
  const texts: [string, string][] = [
    ['empty', ''],
    ['spaces', '   \n\t '],
    ['byte-order mark only', '\uFEFF'],
    ['null', 'null'],
    ['undefined', 'undefined'],
    ['NaN', 'NaN'],
    ['Infinity', 'Infinity'],
    ['-Infinity', '-Infinity'],
    ['a number', '42'],
    ['zero', '0'],
    ['true', 'true'],
    ['the string "null"', '"null"'],
    ['a string', '"Kom i hus"'],
    ['an empty array', '[]'],
    ['a JSON array of workshops', JSON.stringify(baseData().workshops)],
    ['a bare workshop', JSON.stringify((baseData().workshops as Json[])[0])],
    ['an empty object', '{}'],
    ['plain text', 'Referat fra mødet i LokalMED'],
    ['HTML', '<!doctype html><html><body>Kom i hus</body></html>'],
    ['CSV', 'navn;rolle\nAnne;leder'],
    ['YAML', 'format: kom-i-hus-backup\nformatVersion: 1\n'],
    ['JavaScript object', `{ format: '${FORMAT_NAME}', formatVersion: 1 }`],
    ['trailing comma', BASE_TEXT.replace(/}\n$/, ',}\n')],
    ['comment', `// sikkerhedskopi\n${BASE_TEXT}`],
    ['two backups in one file', BASE_TEXT + BASE_TEXT],
    ['NaN as a value', BASE_TEXT.replace('"votesPerPerson": 2', '"votesPerPerson": NaN')],
    ['undefined as a value', BASE_TEXT.replace('"votesPerPerson": 2', '"votesPerPerson": undefined')],
    ['Infinity as a value', BASE_TEXT.replace('"votesPerPerson": 2', '"votesPerPerson": Infinity')],
    ['single quotes', BASE_TEXT.replace(/"/g, "'")],
    ['UTF-16 bytes read as text', Array.from(BASE_TEXT.slice(0, 400)).join('\u0000')],
    ['binary', String.fromCharCode(...Array.from({ length: 512 }, (_, i) => (i * 37) % 256))],
    ['a zip header', 'PK\u0003\u0004\u0014\u0000\u0006\u0000'],
    ['a PDF', '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj'],
    ['newer format version', JSON.stringify({ ...baseData(), formatVersion: FORMAT_VERSION + 1 })],
    ['far newer format version', JSON.stringify({ ...baseData(), formatVersion: 99 })],
    ['format version 0', JSON.stringify({ ...baseData(), formatVersion: 0 })],
    ['format version -1', JSON.stringify({ ...baseData(), formatVersion: -1 })],
    ['format version "1"', JSON.stringify({ ...baseData(), formatVersion: '1' })],
    ['format version 1.5', JSON.stringify({ ...baseData(), formatVersion: 1.5 })],
    ['format version missing', JSON.stringify({ ...baseData(), formatVersion: undefined })],
    ['wrong format name', JSON.stringify({ ...baseData(), format: 'kom-i-hus' })],
    ['format name in capitals', JSON.stringify({ ...baseData(), format: FORMAT_NAME.toUpperCase() })],
    ['format as a number', JSON.stringify({ ...baseData(), format: 1 })],
    ['excalidraw file', '{"type":"excalidraw","version":2,"source":"https://excalidraw.com","elements":[]}'],
    ['no workshops', JSON.stringify({ ...baseData(), workshops: [] })],
    ['workshops null', JSON.stringify({ ...baseData(), workshops: null })],
    ['workshops an object', JSON.stringify({ ...baseData(), workshops: { 'w-1': (baseData().workshops as Json[])[0] } })],
    ['workshops of nulls', JSON.stringify({ ...baseData(), workshops: [null, null] })],
    ['workshops of numbers', JSON.stringify({ ...baseData(), workshops: [1, 2, 3] })],
  ];
  const cases: CorpusCase[] = texts.map(([name, text]) => ({ category: 'garbage', name, text }));
  const workshops = baseData().workshops as Record<string, Json>[];
  const dup = (list: Json[]) => JSON.stringify({ ...baseData(), workshops: list });
  cases.push({ category: 'duplicate id', name: 'same workshop twice', text: dup([workshops[0] as Json, workshops[0] as Json]) });
  cases.push({ category: 'duplicate id', name: 'same id, other title', text: dup([workshops[0] as Json, { ...workshops[1], id: 'w-1' }]) });
  cases.push({ category: 'duplicate id', name: 'same id three places apart', text: dup([workshops[0] as Json, workshops[1] as Json, { ...workshops[1], id: 'w-3' }, { ...workshops[0], title: 'Kopi' }]) });
  return cases;
}

/** What a contradictory case must get: refused, with this link problem leading the message. */
export interface ContradictionCase extends CorpusCase {
  /** Which workshop of the file contradicts itself (0-based). */
  at: number;
  /** The verdict, written with the case: never computed by the code under test. */
  expect: { refused: true; code: LinkProblemCode };
}

type Workshop1 = ReturnType<typeof twoWorkshops>[number];
const BLOCKS = ['trivsel', 'statistik', 'samtaler', 'tidlige-indsatser', 'faelles-ejerskab', 'tydelig-ledelse'] as const;

/**
 * Workshops that pass the schema field by field but contradict themselves or
 * the content on the device, built from the valid fixture: every kind of
 * contradiction, at several places, in either workshop of the file. Each case
 * says what the app must answer.
 */
export function contradictions(): ContradictionCase[] {
  const cases: ContradictionCase[] = [];
  const add = (code: LinkProblemCode, name: string, change: (w: Workshop1) => Workshop1) => {
    for (const at of [0, 1]) {
      const workshops = twoWorkshops();
      workshops[at] = change(structuredClone(workshops[at] as Workshop1));
      cases.push({ category: 'contradiction', name: `${code}: ${name} in workshop ${at + 1}`, text: backupText(workshops), at, expect: { refused: true, code } });
    }
  };
  const withVoting = (w: Workshop1, voting: Partial<Workshop1['voting']>): Workshop1 => ({ ...w, voting: { ...w.voting, ...voting } });

  // Two participants with one id: every pair of places, and a copy at the end.
  for (const [a, b] of [[0, 1], [0, 2], [1, 2]] as const) {
    add('duplicate-participant-id', `participants ${a + 1} and ${b + 1}`, (w) => {
      const participants = [...w.participants];
      const later = participants[b]!;
      participants[b] = { ...later, id: participants[a]!.id };
      // The later person's answers and votes go with their old id: keep them under the shared one, so only the ids clash.
      const answers = Object.fromEntries(Object.entries(w.answers).filter(([id]) => id !== later.id));
      const ballots = Object.fromEntries(Object.entries(w.voting.ballots).filter(([id]) => id !== later.id));
      return withVoting({ ...w, participants, answers }, { ballots });
    });
  }
  add('duplicate-participant-id', 'a copy of participant 1 at the end', (w) => ({ ...w, participants: [...w.participants, { ...w.participants[0]!, name: 'Anne igen' }] }));

  // Two plan items with one id.
  add('duplicate-item-id', 'item 2 takes the id of item 1', (w) => ({ ...w, plan: { ...w.plan, items: [w.plan.items[0]!, { ...w.plan.items[1]!, id: 'i-1' }] } }));
  add('duplicate-item-id', 'a copy of item 1 at the end', (w) => ({ ...w, plan: { ...w.plan, items: [...w.plan.items, { ...w.plan.items[0]!, what: 'Kopi' }] } }));
  add('duplicate-item-id', 'a copy of item 2 first', (w) => ({ ...w, plan: { ...w.plan, items: [{ ...w.plan.items[1]!, block: 'samtaler' }, ...w.plan.items] } }));

  // Two proposals with one id, in one block and in two.
  add('duplicate-proposal-id', 'in the same block', (w) => ({ ...w, dialogue: { trivsel: { ...w.dialogue.trivsel!, proposals: [...w.dialogue.trivsel!.proposals, { id: 'f-1', text: 'Kopi', toPlan: false }] } } }));
  add('duplicate-proposal-id', 'in two blocks', (w) => ({ ...w, dialogue: { ...w.dialogue, statistik: { notes: {}, proposals: [{ id: 'f-1', text: 'Andet forslag', toPlan: false }] } } }));

  // A building block chosen twice, each block, and twice in the facilitator's order.
  for (const block of BLOCKS) add('duplicate-chosen-block', `${block} twice`, (w) => withVoting(w, { chosen: [block, 'faelles-ejerskab' === block ? 'trivsel' : 'faelles-ejerskab', block] }));
  for (const order of [['trivsel', 'trivsel'], ['statistik', 'trivsel', 'statistik'], ['trivsel', 'statistik', 'samtaler', 'statistik']]) {
    add('duplicate-order-element', `order ${order.join(',')}`, (w) => withVoting(w, { order }));
  }

  // Two votes on one element where repeats are not allowed.
  for (const block of ['trivsel', 'samtaler', 'tydelig-ledelse']) {
    add('repeated-vote', `participant 2 votes ${block} twice`, (w) => withVoting(w, { ballots: { ...w.voting.ballots, 'p-2': [block, block] } }));
  }

  // More votes than each person has.
  add('ballot-too-long', '2 votes, 1 allowed', (w) => ({ ...w, votesPerPerson: 1 }));
  add('ballot-too-long', '3 votes, 2 allowed', (w) => withVoting(w, { ballots: { 'p-1': ['trivsel', 'statistik', 'samtaler'] } }));
  add('ballot-too-long', '5 votes, 4 allowed', (w) => withVoting({ ...w, votesPerPerson: 4 }, { ballots: { 'p-3': [...BLOCKS.slice(0, 5)] } }));
  add('ballot-too-long', '3 votes on one block, 2 allowed (repeats on)', (w) => withVoting(w, { allowRepeat: true, ballots: { 'p-2': ['trivsel', 'trivsel', 'trivsel'] } }));

  // Votes and answers from someone not on the list.
  for (const id of ['p-4', 'p-9', 'anne']) {
    add('ballot-of-unknown-participant', `ballot of ${id}`, (w) => withVoting(w, { ballots: { ...w.voting.ballots, [id]: ['samtaler'] } }));
    add('answers-of-unknown-participant', `answers of ${id}`, (w) => ({ ...w, answers: { ...w.answers, [id]: { 'm2-05': 3 } } }));
  }

  // Votes on what cannot be voted on: no building block, or no question of Målgruppe 2.
  for (const element of ['kantine', 'm2-01', 'trivsel-2']) {
    add('vote-for-unknown-element', `a ballot vote on ${element} (blocks)`, (w) => withVoting(w, { ballots: { 'p-1': ['trivsel', element] } }));
    add('tally-for-unknown-element', `a tally of ${element} (blocks)`, (w) => withVoting(w, { tally: { trivsel: 1, [element]: 2 } }));
  }
  const onQuestions = (w: Workshop1, voting: Partial<Workshop1['voting']>) => withVoting(w, { target: 'questions', order: [], chosen: [], tally: {}, ballots: {}, ...voting });
  for (const element of ['m1-01', 'm2-25', 'trivsel']) {
    add('vote-for-unknown-element', `a ballot vote on ${element} (questions)`, (w) => onQuestions(w, { ballots: { 'p-2': ['m2-04', element] } }));
    add('tally-for-unknown-element', `a tally of ${element} (questions)`, (w) => onQuestions(w, { method: 'tally', tally: { 'm2-04': 3, [element]: 1 } }));
  }

  // A questionnaire the device does not have: never heard of, or newer than it has.
  for (const id of ['maalgruppe-3', 'maalgruppe', 'huset', 'dialog']) {
    add('unknown-questionnaire', `questionnaire ${id}`, (w) => ({ ...w, questionnaire: { id, version: 1 } }));
  }
  for (const [id, version] of [['maalgruppe-2', 2], ['maalgruppe-2', 17], ['maalgruppe-1', 2]] as const) {
    add('newer-questionnaire', `${id} version ${version}`, (w) => ({ ...w, questionnaire: { id, version } }));
  }

  // Answers to questions Målgruppe 2 does not have (Målgruppe 1's, or past its last).
  for (const [participant, question] of [['p-1', 'm1-01'], ['p-1', 'm2-25'], ['p-2', 'm2-00'], ['p-2', 'q1'], ['p-3', 'm1-28']] as const) {
    add('unknown-question', `${participant} answers ${question}`, (w) => ({ ...w, answers: { ...w.answers, [participant]: { ...w.answers[participant], [question]: 3 } } }));
  }
  return cases;
}

export function hostileCorpus(): CorpusCase[] {
  return [...truncations(), ...byteFlips(), ...wrongTypes(), ...outOfRange(), ...overLimits(), ...unknownKeys(), ...prototypeKeys(), ...deepNesting(), ...garbage()];
}

/**
 * An oracle independent of parseBackup: is this case certainly invalid,
 * certainly valid, or not for us to say (metadata changed to something that
 * might be acceptable)? Only 'invalid' cases count towards the corpus size.
 */
export function classify(item: CorpusCase): 'invalid' | 'valid' | 'unsure' {
  const bytes = item.byteLength ?? new TextEncoder().encode(item.text).length;
  if (bytes > MAX_FILE_BYTES) return 'invalid';
  let data: unknown;
  try {
    data = JSON.parse(item.text.replace(/^\uFEFF/, ''));
  } catch {
    return 'invalid';
  }
  if (!isRecord(data) || data.format !== FORMAT_NAME || data.formatVersion !== FORMAT_VERSION) return 'invalid';
  if (hasReservedKey(data)) return 'invalid';
  const keys = Object.keys(data).sort().join(',');
  if (keys !== 'app,exportedAt,format,formatVersion,scope,workshops') return 'invalid';
  const { workshops, app, scope, exportedAt } = data;
  if (!Array.isArray(workshops) || workshops.length === 0 || workshops.length > 500) return 'invalid';
  if (!isRecord(app) || typeof app.name !== 'string' || typeof app.version !== 'string' || Object.keys(app).length !== 2) return 'invalid';
  if (scope !== 'all' && scope !== 'workshop') return 'invalid';
  if (typeof exportedAt !== 'string') return 'invalid';
  const ids = new Set<string>();
  for (const workshop of workshops) {
    let check: ReturnType<typeof checkWorkshop>;
    try {
      check = checkWorkshop(workshop);
    } catch {
      // checkWorkshop itself overflows the stack on very deep or very wide input.
      return 'invalid';
    }
    if (!check.ok || ids.has(check.workshop.id) || !linksToDevice(check.workshop)) return 'invalid';
    ids.add(check.workshop.id);
  }
  const base = baseData();
  const sameMetadata = JSON.stringify([app, scope, exportedAt]) === JSON.stringify([base.app, base.scope, base.exportedAt]);
  return sameMetadata ? 'valid' : 'unsure';
}

/**
 * The oracle's own look at what the schema cannot know: the questionnaire is
 * on the device, every answer is to one of its questions and on its scale,
 * and no ballot is longer than the votes each person has.
 */
function linksToDevice(workshop: Workshop): boolean {
  const questionnaire = INSTALLED.questionnaires.find((q) => q.id === workshop.questionnaire.id && q.version === workshop.questionnaire.version);
  if (!questionnaire) return false;
  const questions = questionnaire.questions.map((q) => q.id);
  for (const answers of Object.values(workshop.answers)) {
    for (const [questionId, value] of Object.entries(answers)) {
      if (!questions.includes(questionId) || (value !== 'skip' && !INSTALLED.scale.includes(value))) return false;
    }
  }
  if (Object.values(workshop.voting.ballots).some((ballot) => ballot.length > workshop.votesPerPerson)) return false;
  if (workshop.voting.target === 'questions') {
    const voted = [...Object.values(workshop.voting.ballots).flat(), ...Object.keys(workshop.voting.tally).filter((id) => (workshop.voting.tally[id] ?? 0) > 0)];
    if (voted.some((id) => !questions.includes(id))) return false;
  }
  return true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasReservedKey(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next !== 'object' || next === null) continue;
    for (const key of Object.keys(next)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') return true;
      stack.push((next as Record<string, unknown>)[key]);
    }
  }
  return false;
}
