import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { contentPlugin, readContentFolder } from '../../scripts/content-plugin';
import {
  BLOCK_IDS,
  checkContentFiles,
  questionsByBlock,
  type BlockId,
  type ContentCheck,
  type ContentSet,
  type Dialog,
  type Guidance,
  type Huset,
  type Inspiration,
  type Questionnaire,
} from '../../src/domain/content';

const FOLDER = fileURLToPath(new URL('../../questionnaires', import.meta.url));

type ContentFiles = Array<{ name: string; json: unknown }>;

/** A fresh deep copy of the shipped files, safe to break. */
function copyOfFiles(): ContentFiles {
  return readContentFolder(FOLDER).map(({ name, json }) => ({ name, json: JSON.parse(JSON.stringify(json)) as unknown }));
}

function fileIn<T>(files: ContentFiles, name: string): T {
  const file = files.find((f) => f.name === name);
  if (!file) throw new Error(`test setup: ${name} not found`);
  return file.json as T;
}

function contentOf(check: ContentCheck): ContentSet {
  if (!check.ok) throw new Error(`expected the content to pass, got:\n${check.errors.join('\n')}`);
  return check.content;
}

function errorsOf(check: ContentCheck): string[] {
  if (check.ok) throw new Error('expected the content check to fail, but it passed');
  return check.errors;
}

function questionnaire(content: ContentSet, id: string): Questionnaire {
  const found = content.questionnaires.find((q) => q.id === id);
  if (!found) throw new Error(`questionnaire ${id} missing`);
  return found;
}

/** Expands [from, to, block] ranges into the block of question 1..n. */
function blocksFromRanges(ranges: Array<[number, number, BlockId]>): BlockId[] {
  const blocks: BlockId[] = [];
  for (const [from, to, block] of ranges) {
    expect(from).toBe(blocks.length + 1);
    for (let n = from; n <= to; n += 1) blocks.push(block);
  }
  return blocks;
}

describe('the shipped content in /questionnaires', () => {
  const content = contentOf(checkContentFiles(readContentFolder(FOLDER)));
  const m1 = questionnaire(content, 'maalgruppe-1');
  const m2 = questionnaire(content, 'maalgruppe-2');

  it('passes the content check and contains exactly the two questionnaires', () => {
    expect(content.questionnaires.map((q) => q.id)).toEqual(['maalgruppe-1', 'maalgruppe-2']);
  });

  it('has 28 questions in Målgruppe 1 and 24 in Målgruppe 2, numbered 1..n in order', () => {
    expect(m1.questions.map((q) => q.number)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    expect(m2.questions.map((q) => q.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
  });

  it('puts every question of Målgruppe 1 in the booklet’s building block', () => {
    const expected = blocksFromRanges([
      [1, 6, 'tydelig-ledelse'],
      [7, 9, 'faelles-ejerskab'],
      [10, 13, 'trivsel'],
      [14, 17, 'statistik'],
      [18, 25, 'samtaler'],
      [26, 28, 'tidlige-indsatser'],
    ]);
    expect(m1.questions.map((q) => q.block)).toEqual(expected);
  });

  it('puts every question of Målgruppe 2 in the booklet’s building block', () => {
    const expected = blocksFromRanges([
      [1, 4, 'tydelig-ledelse'],
      [5, 9, 'faelles-ejerskab'],
      [10, 14, 'trivsel'],
      [15, 17, 'statistik'],
      [18, 20, 'samtaler'],
      [21, 24, 'tidlige-indsatser'],
    ]);
    expect(m2.questions.map((q) => q.block)).toEqual(expected);
  });

  it('marks exactly questions 1, 4, 5, 8, 10, 13, 14, 15, 16, 17, 21, 22 of Målgruppe 2 with a star, and none of Målgruppe 1', () => {
    expect(m2.questions.filter((q) => q.star === true).map((q) => q.number)).toEqual([1, 4, 5, 8, 10, 13, 14, 15, 16, 17, 21, 22]);
    expect(m1.questions.filter((q) => q.star === true)).toEqual([]);
    expect(m2.starNote).toContain('*');
  });

  it('uses every question id only once across both questionnaires', () => {
    const ids = [...m1.questions, ...m2.questions].map((q) => q.id);
    expect(ids).toHaveLength(52);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has questions under every building block in both questionnaires', () => {
    for (const q of [m1, m2]) {
      for (const block of BLOCK_IDS) {
        expect(q.questions.filter((question) => question.block === block).length, `${q.id} / ${block}`).toBeGreaterThan(0);
      }
    }
  });

  it('has the six building blocks of Huset in the booklet’s order with their titles', () => {
    expect(content.huset.blocks.map((b) => [b.id, b.title])).toEqual([
      ['trivsel', 'Trivsel, arbejdsmiljø, social kapital og arbejdsfællesskaber'],
      ['statistik', 'Ordentlig statistik'],
      ['samtaler', 'Systematiske samtaler'],
      ['tidlige-indsatser', 'Tidlige indsatser'],
      ['faelles-ejerskab', 'Fælles ejerskab'],
      ['tydelig-ledelse', 'Tydelig ledelse'],
    ]);
    for (const block of content.huset.blocks) expect(block.description.length).toBeGreaterThan(0);
  });

  it('has the five-point scale and the six dialogue prompts', () => {
    expect(content.dialog.scale).toEqual([
      { value: 1, label: 'Slet ikke' },
      { value: 2, label: 'I nogen grad' },
      { value: 3, label: 'I middel grad' },
      { value: 4, label: 'I høj grad' },
      { value: 5, label: 'I meget høj grad' },
    ]);
    const prompts = content.dialog.dialoguePrompts.map((p) => p.text);
    expect(prompts).toHaveLength(6);
    expect(prompts[0]).toBe('Hvordan har I scoret spørgsmålene under denne byggesten?');
    expect(prompts[5]).toBe('Hvilken indsats vil det kræve? Fra hvem? Hvornår?');
    expect(new Set(content.dialog.dialoguePrompts.map((p) => p.id)).size).toBe(6);
  });

  it('carries the booklet’s question texts verbatim', () => {
    const text = (q: Questionnaire, n: number) => q.questions.find((question) => question.number === n)?.text;
    expect(text(m1, 1)).toBe(
      'Går jeg som leder foran i sygefraværsindsatsen, og kommunikerer jeg tydeligt om mål for indsatsen og meningen bag indsatsen – i tråd med forvaltningens sygefraværspolitik?',
    );
    expect(text(m1, 14)).toBe('Indberettes sygefravær korrekt og rettidigt?');
    expect(text(m1, 23)).toBe(
      'Bruger jeg relevante værktøjer, såsom samtale- og referatskabeloner fra min forvaltning, deltidssyge- og raskmeldinger, mulighedserklæringer, tilbagevendelsesplaner og fastholdelsesplaner?',
    );
    expect(text(m1, 28)).toBe(
      'Har jeg en god fornemmelse af mine medarbejderes aktuelle trivsel, og tager jeg en snak med medarbejdere, hvis jeg fornemmer, at de mistrives?',
    );
    expect(text(m2, 1)).toBe('Kommunikerer vi tydeligt om meningen med sygefraværsindsatsen på alle niveauer i organisationen?');
    expect(text(m2, 22)).toBe('Bruger vi hos os støttefunktionerne rettidigt og relevant?');
    expect(text(m2, 24)).toBe('Er vi afklarede omkring, hvordan vi handler på mistrivsel, og hvem der gør hvad?');
  });

  describe('question texts carry no traces of the PDF’s line breaks', () => {
    const all = [...m1.questions, ...m2.questions];
    // The only "word- word" hyphens in the booklet's questions are real Danish compounds ("tillids- og …").
    const ALLOWED_OPEN_HYPHENS = ['tillids- og', 'arbejdsmiljø- og', 'samtale- og', 'deltidssyge- og'];
    // Words the booklet's PDF text splits across lines without a hyphen; none may survive joined by a space.
    const SPLIT_WORDS = [
      'kommuni kerer',
      'ind satsen',
      'sygefraværsind satsen',
      'arbejds vilkår',
      'med arbejderne',
      'arbejds miljøgruppe',
      'sam arbejde',
      'for valtningens',
      'referatskabe loner',
      'mulig hedserklæringer',
      'Fraværs hotline',
      'sygefraværs arbejdet',
      'syge fravær',
      'arbejdsmiljø repræsentant',
    ];

    it('has no whitespace at the ends, no double spaces, no line breaks or tabs', () => {
      for (const q of all) {
        expect(q.text, q.id).toBe(q.text.trim());
        expect(q.text, q.id).not.toMatch(/\s{2}|[\n\r\t\u00ad]/);
      }
    });

    it('has no hyphen left over from a line break', () => {
      for (const q of all) {
        const open = [...q.text.matchAll(/[\p{L}\p{N}]+- [\p{L}\p{N}]+/gu)].map((m) => m[0]);
        for (const hyphen of open) expect(ALLOWED_OPEN_HYPHENS, `${q.id}: "${hyphen}"`).toContain(hyphen);
        expect(q.text, q.id).not.toMatch(/\s-\s|\s-$|^-|[\p{L}]\s-[\p{L}]/u);
      }
      // The allowed compounds really occur, so the allow-list is not stale.
      const joined = all.map((q) => q.text).join('\n');
      for (const hyphen of ALLOWED_OPEN_HYPHENS) expect(joined).toContain(hyphen);
    });

    it('has no word split in two by a line break', () => {
      for (const q of all) {
        for (const split of SPLIT_WORDS) expect(q.text.includes(split), `${q.id} contains "${split}"`).toBe(false);
      }
    });

    it('ends every question with a question mark and has no stray star marker', () => {
      for (const q of all) {
        expect(q.text.endsWith('?'), q.id).toBe(true);
        expect(q.text, q.id).not.toContain('*');
      }
    });
  });
});

describe('checkContentFiles on broken copies', () => {
  it('rejects a question in an unknown block, naming the file and the field', () => {
    const files = copyOfFiles();
    const m1 = fileIn<{ questions: Array<{ block: string }> }>(files, 'maalgruppe-1.json');
    m1.questions[2]!.block = 'nope';
    const errors = errorsOf(checkContentFiles(files));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('maalgruppe-1.json');
    expect(errors[0]).toContain('questions[2]');
    expect(errors[0]).toContain('block');
  });

  it('rejects a set without a required file, naming that file', () => {
    const files = copyOfFiles().filter((f) => f.name !== 'maalgruppe-2.json');
    const errors = errorsOf(checkContentFiles(files));
    expect(errors).toEqual([expect.stringContaining('maalgruppe-2.json')]);
  });

  // KNOWN BUG (reported): the required-file check also accepts a file merely *named*
  // maalgruppe-2.json, so one whose id is something else passes and the set has no
  // maalgruppe-2 at all. Remove `.fails` when fixed.
  it('rejects a set where maalgruppe-2.json carries another id', () => {
    const files = copyOfFiles();
    fileIn<Questionnaire>(files, 'maalgruppe-2.json').id = 'maalgruppe-3';
    expect(errorsOf(checkContentFiles(files))).toEqual([expect.stringContaining('maalgruppe-2')]);
  });

  it('rejects a question id used twice', () => {
    const files = copyOfFiles();
    const m2 = fileIn<Questionnaire>(files, 'maalgruppe-2.json');
    m2.questions[0]!.id = 'm1-05';
    const errors = errorsOf(checkContentFiles(files));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('maalgruppe-2.json');
    expect(errors[0]).toContain('questions[0].id');
    expect(errors[0]).toContain('m1-05');
  });

  it('rejects a question id used twice within one questionnaire', () => {
    const files = copyOfFiles();
    const m1 = fileIn<Questionnaire>(files, 'maalgruppe-1.json');
    m1.questions[9]!.id = m1.questions[8]!.id;
    const errors = errorsOf(checkContentFiles(files));
    expect(errors).toEqual([expect.stringContaining('questions[9].id')]);
  });

  it('rejects a misnumbered question', () => {
    const files = copyOfFiles();
    const m1 = fileIn<Questionnaire>(files, 'maalgruppe-1.json');
    m1.questions[4]!.number = 7;
    const errors = errorsOf(checkContentFiles(files));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('maalgruppe-1.json');
    expect(errors[0]).toContain('questions[4].number');
  });

  it('rejects two questions swapped out of order', () => {
    const files = copyOfFiles();
    const m2 = fileIn<Questionnaire>(files, 'maalgruppe-2.json');
    const [first, second] = [m2.questions[0]!, m2.questions[1]!];
    m2.questions[0] = second;
    m2.questions[1] = first;
    const errors = errorsOf(checkContentFiles(files));
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(error).toMatch(/^maalgruppe-2\.json: questions\[[01]\]\.number/);
  });

  it('rejects a questionnaire without any question in one building block', () => {
    const files = copyOfFiles();
    const m2 = fileIn<Questionnaire>(files, 'maalgruppe-2.json');
    for (const q of m2.questions) if (q.block === 'statistik') q.block = 'trivsel';
    const errors = errorsOf(checkContentFiles(files));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('maalgruppe-2.json');
    expect(errors[0]).toContain('statistik');
  });

  it('rejects a Huset with its building blocks in a different order', () => {
    const files = copyOfFiles();
    const huset = fileIn<Huset>(files, 'huset.json');
    huset.blocks.reverse();
    const errors = errorsOf(checkContentFiles(files));
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error).toContain('huset.json');
      expect(error).toContain('blocks[');
    }
  });

  it('rejects a dialog file with four scale steps', () => {
    const files = copyOfFiles();
    fileIn<Dialog>(files, 'dialog.json').scale.pop();
    expect(errorsOf(checkContentFiles(files))).toEqual([expect.stringMatching(/^dialog\.json: scale/)]);
  });

  it('rejects a content file with an unknown field', () => {
    const files = copyOfFiles();
    (fileIn<Record<string, unknown>>(files, 'dialog.json')).extra = true;
    expect(errorsOf(checkContentFiles(files))).toEqual([expect.stringMatching(/^dialog\.json: /)]);
  });

  // KNOWN BUG (reported): describeIssues drops zod's `keys` for an unrecognized key, so the
  // message is "dialog.json: Invalid input" and does not name the field. Remove `.fails` when fixed.
  it('names the unknown field in its error', () => {
    const files = copyOfFiles();
    (fileIn<Record<string, unknown>>(files, 'dialog.json')).extra = true;
    expect(errorsOf(checkContentFiles(files))).toEqual([expect.stringMatching(/^dialog\.json: .*extra/)]);
  });

  it('accepts the unbroken copy, so the failures above come from the breakage', () => {
    expect(checkContentFiles(copyOfFiles()).ok).toBe(true);
  });
});

describe('questionsByBlock', () => {
  const content = contentOf(checkContentFiles(readContentFolder(FOLDER)));

  it('groups Målgruppe 1 in its own order, starting with Tydelig ledelse', () => {
    const groups = questionsByBlock(questionnaire(content, 'maalgruppe-1'));
    expect(groups.map((g) => [g.block, g.questions.length])).toEqual([
      ['tydelig-ledelse', 6],
      ['faelles-ejerskab', 3],
      ['trivsel', 4],
      ['statistik', 4],
      ['samtaler', 8],
      ['tidlige-indsatser', 3],
    ]);
    expect(groups[0]!.questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('groups Målgruppe 2 in its own order', () => {
    const groups = questionsByBlock(questionnaire(content, 'maalgruppe-2'));
    expect(groups.map((g) => [g.block, g.questions.length])).toEqual([
      ['tydelig-ledelse', 4],
      ['faelles-ejerskab', 5],
      ['trivsel', 5],
      ['statistik', 3],
      ['samtaler', 3],
      ['tidlige-indsatser', 4],
    ]);
  });
});

describe('the content plugin and readContentFolder', () => {
  const temps: string[] = [];
  afterEach(() => {
    for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function tempCopy(change: (files: ContentFiles) => void = () => {}): string {
    const dir = mkdtempSync(join(tmpdir(), 'kom-i-hus-content-'));
    temps.push(dir);
    const files = copyOfFiles();
    change(files);
    for (const { name, json } of files) writeFileSync(join(dir, name), JSON.stringify(json, null, 2));
    return dir;
  }

  type Hook = ((...args: unknown[]) => unknown) | { handler: (...args: unknown[]) => unknown } | undefined;
  function callHook(hook: unknown, thisArg: unknown, ...args: unknown[]): unknown {
    const h = hook as Hook;
    if (!h) throw new Error('hook missing');
    const fn = typeof h === 'function' ? h : h.handler;
    return fn.apply(thisArg, args);
  }

  it('stops the build on a broken copy with a message naming the file and the field', () => {
    const dir = tempCopy((files) => {
      fileIn<{ questions: Array<{ block: string }> }>(files, 'maalgruppe-2.json').questions[5]!.block = 'nope';
    });
    const plugin = contentPlugin(dir);
    expect(() => callHook(plugin.buildStart, {}, {})).toThrow(/maalgruppe-2\.json: questions\[5\]\.block/);
  });

  it('stops the build when a required file is missing', () => {
    const dir = tempCopy();
    rmSync(join(dir, 'huset.json'));
    expect(() => callHook(contentPlugin(dir).buildStart, {}, {})).toThrow(/huset\.json/);
  });

  it('passes a good copy and serves its ids and versions as the content manifest', () => {
    const dir = tempCopy();
    const plugin = contentPlugin(dir);
    expect(() => callHook(plugin.buildStart, {}, {})).not.toThrow();
    const resolved = callHook(plugin.resolveId, {}, 'virtual:content-manifest', undefined, {});
    expect(typeof resolved).toBe('string');
    const code = callHook(plugin.load, { addWatchFile: () => {} }, resolved, {});
    expect(typeof code).toBe('string');
    const manifest = JSON.parse(String(code).replace(/^export default /, '').replace(/;\s*$/, '')) as unknown;
    // The versions the files have now, so that a text revision (a new version) needs no change here.
    const shipped = readContentFolder(dir).map(({ json }) => {
      const { id, version } = json as { id: string; version: number };
      return { id, version };
    });
    expect(shipped.map((file) => file.id).sort()).toEqual(['dialog', 'guidance', 'huset', 'inspiration', 'maalgruppe-1', 'maalgruppe-2']);
    expect(manifest).toEqual(expect.arrayContaining(shipped));
    expect(manifest).toHaveLength(6);
  });

  it('reads only the .json files of a folder', () => {
    const dir = tempCopy();
    writeFileSync(join(dir, 'README.md'), '# not content');
    expect(readContentFolder(dir).map((f) => f.name)).toEqual([
      'dialog.json',
      'guidance.json',
      'huset.json',
      'inspiration.json',
      'maalgruppe-1.json',
      'maalgruppe-2.json',
    ]);
  });

  it('throws on a file that is not JSON, naming the file', () => {
    const dir = tempCopy();
    writeFileSync(join(dir, 'maalgruppe-1.json'), '{ "kind": "questionnaire", oops');
    expect(() => readContentFolder(dir)).toThrow(/maalgruppe-1\.json/);
  });
});

describe('the inspiration for steps 3 and 4', () => {
  const content = contentOf(checkContentFiles(readContentFolder(FOLDER)));
  const { inspiration } = content;

  it('passes the content check and is returned in the content set', () => {
    expect(inspiration.kind).toBe('inspiration');
    expect(inspiration.id).toBe('inspiration');
    expect(inspiration.items.length).toBeGreaterThan(0);
  });

  it('has at least four items under every building block', () => {
    for (const block of BLOCK_IDS) {
      expect(inspiration.items.filter((item) => item.blocks.includes(block)).length, block).toBeGreaterThanOrEqual(4);
    }
  });

  it('has all 15 initiatives of the inspiration catalogue, named as in the catalogue', () => {
    const initiatives = inspiration.items.filter((item) => item.source === 'katalog' && item.kind === 'initiative');
    expect(initiatives).toHaveLength(15);
    expect(initiatives.map((item) => item.title)).toEqual(
      expect.arrayContaining([
        'Systematisk opfølgning på trivsel og arbejdsmiljø',
        'Forebyggende tiltag rettet mod oplevelse af høje krav på arbejdspladsen',
        'Styrket indsats mod vold og trusler på arbejdspladsen',
        'Forebyggelse af sygefravær med hygiejnepolitik',
        'Fleksibel vagtplanlægning forebygger enkeltstående fraværsdage',
        'Systematisk implementering af sygefraværspolitik',
        'Sæt sygefraværet på dagsordenen i hele styringskæden',
        'Følg op på det sygefravær, der udfordrer',
        'Giv personaleledere relevant ledelsesinformation om sygefravær',
        'Tydelig ledelse omkring håndtering af sygefravær',
        'Klare krav for sygemeldingen på første fraværsdag',
        'Klart fokus i sygefraværssamtaler',
        'Fokus på muligheder for tilbagevenden til arbejde',
        'Klæd ledere på med viden om ordninger og redskaber',
        'Styrk samarbejdet med jobcentrets sygedagpengeafdeling',
      ]),
    );
  });

  it('covers the common offers, the courses and the 2011 policy, the latter only as dated examples', () => {
    const kinds = (source: string) => inspiration.items.filter((item) => item.source === source).map((item) => item.kind);
    expect(kinds('tilbud').length).toBeGreaterThanOrEqual(10);
    expect(new Set(kinds('tilbud'))).toEqual(new Set(['offer']));
    expect(kinds('kurser')).toEqual(Array.from({ length: 7 }, () => 'course'));
    expect(kinds('politik').length).toBeGreaterThanOrEqual(4);
    expect(new Set(kinds('politik'))).toEqual(new Set(['example-2011']));
    for (const item of inspiration.items.filter((i) => i.source === 'politik')) {
      expect(item.title, item.id).toMatch(/^Eksempel fra 2011: /);
    }
    const text = inspiration.items.map((item) => `${item.title} ${item.summary}`).join('\n');
    for (const fact of ['3366 5766', '10 sygedage eller 3 sygeforløb', 'Personalejura og Forhandling', 'Dansk Erhvervspsykologi']) {
      expect(text).toContain(fact);
    }
  });

  it('shows the current common rule beside the 2011 criteria for sickness-absence conversations', () => {
    const criteria = inspiration.items.find((item) => item.id === 'samtalekriterier-2011');
    expect(criteria?.summary).toContain('advis-mail ved 10 sygedage eller 3 forløb');
    const advis = inspiration.items.find((item) => item.id === 'advis-mail');
    expect(advis?.kind).toBe('offer');
    expect(advis?.title).toBe('Advis-mail ved 10 sygedage eller 3 forløb');
  });

  it('uses every item id once and only sources it declares', () => {
    const ids = inspiration.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    const sources = new Set(inspiration.sources.map((source) => source.id));
    for (const item of inspiration.items) expect(sources.has(item.source), item.id).toBe(true);
  });

  it('has Danish text without line-break leftovers', () => {
    for (const item of inspiration.items) {
      for (const text of [item.title, item.summary]) {
        expect(text, item.id).toBe(text.trim());
        expect(text, item.id).not.toMatch(/\s{2}|[\n\r\t\u00ad]/);
      }
    }
  });

  describe('on broken copies', () => {
    function brokenInspiration(change: (inspiration: Inspiration) => void): string[] {
      const files = copyOfFiles();
      change(fileIn<Inspiration>(files, 'inspiration.json'));
      return errorsOf(checkContentFiles(files));
    }

    it('rejects an item in an unknown building block, naming the file and the field', () => {
      const errors = brokenInspiration((file) => {
        (file.items[3]!.blocks as string[]) = ['nope'];
      });
      expect(errors.length).toBeGreaterThan(0);
      expect(errors[0]).toMatch(/^inspiration\.json: items\[3\]\.blocks\[0\]/);
    });

    it('rejects an item with an unknown source, naming the file and the field', () => {
      const errors = brokenInspiration((file) => {
        file.items[3]!.source = 'ukendt';
      });
      expect(errors).toEqual([expect.stringMatching(/^inspiration\.json: items\[3\]\.source: .*ukendt/)]);
    });

    it('rejects a building block with fewer than four items, naming the file and the block', () => {
      const errors = brokenInspiration((file) => {
        file.items = file.items.filter((item) => !item.blocks.includes('statistik')).concat(
          file.items.filter((item) => item.blocks.includes('statistik')).slice(0, 3),
        );
      });
      expect(errors).toEqual([expect.stringMatching(/^inspiration\.json: items: .*"statistik".*3/)]);
    });

    it('rejects an item id used twice', () => {
      const errors = brokenInspiration((file) => {
        file.items[5]!.id = file.items[2]!.id;
      });
      expect(errors).toEqual([expect.stringMatching(/^inspiration\.json: items\[5\]\.id: .*items\[2\]/)]);
    });

    it('rejects an unknown item kind and a summary that is too long', () => {
      const errors = brokenInspiration((file) => {
        (file.items[0] as { kind: string }).kind = 'tip';
        file.items[1]!.summary = 'x'.repeat(601);
      });
      expect(errors).toEqual([
        expect.stringMatching(/^inspiration\.json: items\[0\]\.kind/),
        expect.stringMatching(/^inspiration\.json: items\[1\]\.summary/),
      ]);
    });

    it('rejects a 2011 example that does not say 2011, naming the item', () => {
      let index = -1;
      const errors = brokenInspiration((file) => {
        index = file.items.findIndex((item) => item.kind === 'example-2011');
        file.items[index]!.title = 'Skærpet indsats ved meget højt sygefravær';
        file.items[index]!.summary = 'Enheder langt over deres måltal sætter en skærpet indsats i gang.';
      });
      expect(index).toBeGreaterThanOrEqual(0);
      expect(errors).toEqual([expect.stringMatching(new RegExp(`^inspiration\\.json: items\\[${index}\\]\\.title: .*2011`))]);
    });

    it('rejects the old kind "rule": a policy item can no longer pass as a current rule', () => {
      const errors = brokenInspiration((file) => {
        (file.items[0] as { kind: string }).kind = 'rule';
      });
      expect(errors).toEqual([expect.stringMatching(/^inspiration\.json: items\[0\]\.kind/)]);
    });

    it('rejects a set without inspiration.json', () => {
      const files = copyOfFiles().filter((f) => f.name !== 'inspiration.json');
      expect(errorsOf(checkContentFiles(files))).toEqual([expect.stringContaining('inspiration.json')]);
    });
  });
});

describe('the booklet’s guidance (Om værktøjet and “Sådan gør I”)', () => {
  const { guidance, dialog } = contentOf(checkContentFiles(readContentFolder(FOLDER)));
  const texts = (g: Guidance) =>
    [...g.about, ...g.steps.flatMap((s) => s.advice)].flatMap((section) => [section.heading ?? '', ...section.body.flat()]).filter(Boolean);

  it('has advice for steps 1–4 in order, with the booklet’s step titles', () => {
    expect(guidance.steps.map((s) => [s.number, s.step, s.title])).toEqual([
      [1, 'score', 'Besvar spørgeskemaet'],
      [2, 'prioritise', 'Udvælg emner I vil drøfte i fællesskab'],
      [3, 'dialogue', 'Gå i dialog'],
      [4, 'plan', 'Lav en handleplan'],
    ]);
  });

  it('carries the booklet’s time guidance, both questionnaires, the yearly repetition and the hotline', () => {
    const all = texts(guidance).join('\n');
    expect(all).toContain('ca. 1½ time');
    expect(all).toContain('ca. 2½ time');
    expect(all).toContain('Det er vigtigt, at I besvarer spørgsmålene til begge målgrupper, men det vil typisk foregå i forskellige fora.');
    expect(all).toContain('fx en gang om året');
    expect(all).toContain('tillidsrepræsentant (TR) og Arbejdsmiljørepræsentant (AMR)');
    expect(guidance.hotline).toEqual({ name: 'Fraværslinjen', number: '3366 5766' });
  });

  it('has Danish text without line-break leftovers', () => {
    for (const text of texts(guidance)) {
      expect(text).toBe(text.trim());
      expect(text).not.toMatch(/\s{2}|[\n\r\t\u00ad◻]/);
    }
  });

  it('documents “Ved ikke / ikke relevant” as the app’s addition', () => {
    expect(dialog.skipLabelNote).toMatch(/står ikke i hæftet/);
  });

  it('rejects the steps in another order, naming the file and the field', () => {
    const files = copyOfFiles();
    fileIn<Guidance>(files, 'guidance.json').steps.reverse();
    const errors = errorsOf(checkContentFiles(files));
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(error).toMatch(/^guidance\.json: steps\[\d\]\.step/);
  });

  it('rejects a hotline number that is not eight digits', () => {
    const files = copyOfFiles();
    fileIn<Guidance>(files, 'guidance.json').hotline.number = '3366';
    expect(errorsOf(checkContentFiles(files))).toEqual([expect.stringMatching(/^guidance\.json: hotline\.number/)]);
  });
});
