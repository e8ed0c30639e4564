import { describe, expect, it } from 'vitest';
import { BLOCK_IDS, type BlockId } from '../../src/domain/blocks';
import { layoutPlan, PAGE, wrap, type DrawOp, type PageModel, type TextOp } from '../../src/domain/pdf-layout';
import type { PlanDocument, PlanDocumentItem } from '../../src/domain/plan-document';
import { bundledContent } from '../../src/content/bundled';
import { danishPdfLabels } from '../../src/i18n/pdf.da';
import { BLOCK_TITLES } from '../e2e/expected-results';

const L = danishPdfLabels(bundledContent().dialog, bundledContent().guidance);

/** Deterministic metrics: every character is half an em wide. */
const measure = (text: string, size: number) => [...text].length * 0.5 * size * 0.3528;
const EPS = 1e-6;

/** The blocks' titles as the booklet has them, written out once for the tests (not read from the content). */
const TITLES: Record<BlockId, string> = BLOCK_TITLES;
const PROMPTS = [
  'Hvordan har I scoret spørgsmålene under denne byggesten?',
  'Hvad er jeres begrundelser for, hvorfor I har scoret på denne måde?',
  'Hvad oplever I, at I er gode til i forhold til denne byggesten?',
  'Hvad kunne I gøre bedre?',
  'Hvilke konkrete forslag har I til forbedringer?',
  'Hvilken indsats vil det kræve? Fra hvem? Hvornår?',
];
const MEANS = [3.4, 2.1, 3.9, 2.6, 1.5, 4.5];

/** Text of about `length` characters made of ordinary Danish words. */
function prose(length: number, seed = 0): string {
  const words = ['sygefravær', 'trivsel', 'samtale', 'leder', 'medarbejder', 'opfølgning', 'og', 'på', 'i', 'vi', 'arbejdsmiljø', 'fælles', 'indsats', 'hver', 'måned'];
  const out: string[] = [];
  for (let i = 0; out.join(' ').length < length; i++) out.push(words[(i * 7 + seed) % words.length] ?? 'x');
  return out.join(' ').slice(0, length).trim();
}

function doc(overrides: Partial<PlanDocument> = {}): PlanDocument {
  return {
    workplace: 'Plejecenter Søndergården',
    date: '12. marts 2025',
    questionnaire: 'Målgruppe 2: MED/Trio/arbejdsmiljøgruppe',
    participants: 'Mette (Leder), Jørgen (TR), Åse (AMR)',
    anonymous: false,
    alone: false,
    scores: BLOCK_IDS.map((block, i) => ({ block, title: TITLES[block], mean: MEANS[i] ?? null, respondents: 3 })),
    priorities: [
      { label: TITLES.statistik, votes: 3, rank: 1, tied: true, chosen: true },
      { label: TITLES['tidlige-indsatser'], votes: 3, rank: 1, tied: true, chosen: true },
      { label: TITLES.trivsel, votes: 1, rank: 3, tied: false, chosen: false },
    ],
    chosenAlone: [],
    notes: [],
    comparison: null,
    review: null,
    sections: [
      {
        block: 'statistik',
        title: TITLES.statistik,
        items: [
          { what: 'Fraværstal som fast punkt på LokalMED', who: 'Mette', when: '1. april 2025', kind: 'action', forum: '' },
          { what: 'Afklare brugen af advis', who: 'Trioen', when: 'Inden sommerferien', kind: 'discussion', forum: 'LokalMED' },
        ],
      },
    ],
    effect: 'Færre lange sygeforløb.',
    evidence: 'Fraværet falder til under 5 %.',
    followUp: '10. september 2025',
    itemCount: 2,
    ...overrides,
  };
}

/** 15 participants, full notes in all six prompts of six blocks, 60 long actions. */
function largeDoc(): PlanDocument {
  const sections = BLOCK_IDS.map((block, b) => ({
    block,
    title: TITLES[block],
    items: Array.from({ length: 10 }, (_, i): PlanDocumentItem => ({
      what: `${b + 1}.${i + 1} ${prose(300, b * 10 + i)}`,
      who: prose(80, i + 3),
      when: prose(30, i + 5),
      kind: i % 3 === 0 ? 'discussion' : 'action',
      forum: i % 3 === 0 ? 'LokalMED' : '',
    })),
  }));
  return doc({
    participants: Array.from({ length: 15 }, (_, i) => `Deltager ${i + 1} (MED-medlem)`).join(', '),
    notes: BLOCK_IDS.map((block, b) => ({
      title: TITLES[block],
      entries: PROMPTS.map((prompt, p) => ({ prompt, text: prose(400 + 60 * p, b + p) })),
      proposals: [prose(90, b), prose(120, b + 1)],
    })),
    sections,
    itemCount: 60,
  });
}

const texts = (ops: DrawOp[]) => ops.filter((op): op is TextOp => op.kind === 'text');
const body = (ops: DrawOp[]) => ops.filter((op) => op.role !== 'footer' && op.role !== 'page-number');
const allText = (model: PageModel) => model.pages.flatMap((p) => texts(p.ops).map((op) => op.text));

function expectWithinMargins(model: PageModel) {
  for (const page of model.pages) {
    for (const op of page.ops) {
      const where = `page ${page.number}: ${JSON.stringify(op)}`;
      if (op.kind === 'text') {
        expect(op.x, where).toBeGreaterThanOrEqual(PAGE.left - EPS);
        expect(op.x + measure(op.text, op.size), where).toBeLessThanOrEqual(PAGE.right + EPS);
        expect(op.y - op.size * 0.3528 * 0.75, where).toBeGreaterThanOrEqual(PAGE.top - EPS);
        expect(op.y, where).toBeLessThanOrEqual(PAGE.bottom + EPS);
        if (op.role !== 'footer' && op.role !== 'page-number') expect(op.y, where).toBeLessThanOrEqual(PAGE.contentBottom + EPS);
      } else if (op.kind === 'rect') {
        expect(op.x, where).toBeGreaterThanOrEqual(PAGE.left - EPS);
        expect(op.x + op.w, where).toBeLessThanOrEqual(PAGE.right + EPS);
        expect(op.y, where).toBeGreaterThanOrEqual(PAGE.top - EPS);
        expect(op.y + op.h, where).toBeLessThanOrEqual(PAGE.contentBottom + EPS);
      } else {
        for (const x of [op.x1, op.x2]) expect(x, where).toBeGreaterThanOrEqual(PAGE.left - EPS);
        for (const x of [op.x1, op.x2]) expect(x, where).toBeLessThanOrEqual(PAGE.right + EPS);
        for (const y of [op.y1, op.y2]) expect(y, where).toBeGreaterThanOrEqual(PAGE.top - EPS);
        for (const y of [op.y1, op.y2]) expect(y, where).toBeLessThanOrEqual(PAGE.bottom + EPS);
      }
    }
  }
}

/** Page numbers each row id appears on. */
function rowPages(model: PageModel): Map<string, Set<number>> {
  const rows = new Map<string, Set<number>>();
  for (const page of model.pages)
    for (const op of page.ops) if (op.row) rows.set(op.row, (rows.get(op.row) ?? new Set()).add(page.number));
  return rows;
}

describe('layoutPlan', () => {
  const large = layoutPlan(largeDoc(), L, measure);

  it('keeps every text, box and line within the margins', () => {
    expectWithinMargins(layoutPlan(doc(), L, measure));
    expectWithinMargins(large);
    expectWithinMargins(layoutPlan(doc({ sections: [], itemCount: 0, priorities: [] }), L, measure));
    // A word longer than its column is broken between characters.
    const longWords = doc({ workplace: 'Ø'.repeat(150), sections: [{ block: 'trivsel', title: TITLES.trivsel, items: [{ what: 'x'.repeat(400), who: 'https://example.dk/'.repeat(8), when: '2025-01-01–2025-12-31', kind: 'action', forum: '' }] }] });
    expectWithinMargins(layoutPlan(longWords, L, measure));
  });

  it('lays 60 long actions out on several pages without splitting a row', () => {
    expect(large.pages.length).toBeGreaterThanOrEqual(6);
    const rows = [...rowPages(large)].filter(([id]) => id.startsWith('plan-'));
    expect(rows).toHaveLength(60);
    for (const [id, pages] of rows) expect(pages.size, id).toBe(1);
    // Every op of a row lies inside the row's own box.
    for (const page of large.pages) {
      for (const box of page.ops.filter((op) => op.kind === 'rect' && op.row)) {
        if (box.kind !== 'rect') continue;
        for (const op of page.ops.filter((o) => o.row === box.row)) {
          const [top, bottom] = op.kind === 'line' ? [op.y1, op.y2] : op.kind === 'rect' ? [op.y, op.y + op.h] : [op.y, op.y];
          expect(top).toBeGreaterThanOrEqual(box.y - EPS);
          expect(bottom).toBeLessThanOrEqual(box.y + box.h + EPS);
        }
      }
    }
    // Nothing is lost in wrapping: each action's text reads in full, line after line.
    const joined = allText(large).join(' ');
    for (const section of largeDoc().sections) for (const item of section.items) expect(joined).toContain(item.what);
  });

  it('repeats the table header above the rows on every page a table continues on', () => {
    const planPages = large.pages.filter((p) => p.ops.some((op) => op.row?.startsWith('plan-')));
    expect(planPages.length).toBeGreaterThanOrEqual(3);
    for (const page of planPages) {
      const firstRow = Math.min(...page.ops.filter((op) => op.row?.startsWith('plan-') && op.kind === 'rect').map((op) => (op.kind === 'rect' ? op.y : 0)));
      const headers = texts(page.ops).filter((op) => op.role === 'table-header' && op.text === L.columns.what);
      expect(headers.length, `page ${page.number}`).toBeGreaterThanOrEqual(1);
      expect(Math.min(...headers.map((h) => h.y))).toBeLessThan(firstRow);
    }
    const continued = large.pages.filter((p) => texts(p.ops).some((op) => op.text.endsWith('– fortsat')));
    expect(continued.length).toBeGreaterThanOrEqual(1);
  });

  it('never leaves a heading or a table header as the last thing on a page', () => {
    // Shift everything down a little at a time so headings land at every height on the page.
    for (let n = 0; n < 60; n++) {
      const shifted = largeDoc();
      shifted.participants = prose(10 + n * 37, n);
      shifted.notes = shifted.notes.slice(0, 2);
      const model = layoutPlan(shifted, L, measure);
      for (const page of model.pages) {
        const last = body(page.ops).at(-1);
        expect(last?.role, `n=${n}, page ${page.number}`).not.toBe('heading');
        expect(last?.role, `n=${n}, page ${page.number}`).not.toBe('table-header');
      }
      for (const [id, pages] of rowPages(model)) expect(pages.size, `n=${n}, ${id}`).toBe(1);
    }
    // 60 full layouts: about 2½ s alone, past Vitest's 5 s default on a busy machine. The limit is not what is tested.
  }, 30_000);

  it('splits a row taller than a page at line boundaries and repeats the header', () => {
    const huge = doc({
      sections: [{ block: 'trivsel', title: TITLES.trivsel, items: [{ what: 'Kort tekst', who: prose(2000, 1), when: 'Hver uge', kind: 'action', forum: '' }] }],
      itemCount: 1,
    });
    const model = layoutPlan(huge, L, measure);
    const pages = rowPages(model).get('plan-0-0');
    expect(pages?.size).toBeGreaterThanOrEqual(2);
    for (const number of pages ?? []) {
      const page = model.pages[number - 1];
      expect(texts(page?.ops ?? []).some((op) => op.role === 'table-header' && op.text === L.columns.who)).toBe(true);
    }
    const whoColumn = (op: TextOp) => op.row === 'plan-0-0' && op.text !== 'Kort tekst' && op.text !== 'Hver uge';
    const rowText = model.pages.flatMap((p) => texts(p.ops).filter(whoColumn).map((op) => op.text));
    expect(rowText.join(' ')).toContain(prose(2000, 1));
    expectWithinMargins(model);
  });

  it('says so when the plan has no actions, and draws no table', () => {
    const model = layoutPlan(doc({ sections: [], itemCount: 0 }), L, measure);
    expect(allText(model)).toContain(L.noItems);
    expect(allText(model)).not.toContain(L.columns.what);
    expect(model.pages.flatMap((p) => p.ops).some((op) => op.row?.startsWith('plan-'))).toBe(false);
    expect(allText(layoutPlan(doc(), L, measure))).not.toContain(L.noItems);
  });

  it('numbers every page "Side N af M" and puts the footer on every page', () => {
    for (const model of [large, layoutPlan(doc(), L, measure)]) {
      const total = model.pages.length;
      model.pages.forEach((page, index) => {
        expect(page.number).toBe(index + 1);
        const numbers = texts(page.ops).filter((op) => op.role === 'page-number').map((op) => op.text);
        expect(numbers).toEqual([`Side ${index + 1} af ${total}`]);
        const footer = texts(page.ops).filter((op) => op.role === 'footer').map((op) => op.text);
        expect(footer).toContain('Fraværslinjen 3366 5766');
        expect(footer.some((t) => t.includes('Plejecenter Søndergården'))).toBe(true);
      });
    }
  });

  it('shows the priorities with ranks and votes, and leaves the section out when there are none', () => {
    const withPriorities = allText(layoutPlan(doc(), L, measure));
    expect(withPriorities).toContain(L.prioritiesHeading);
    expect(withPriorities.filter((t) => t === 'Delt 1. plads')).toHaveLength(2);
    expect(withPriorities).toContain('3 stemmer');
    expect(withPriorities).toContain('3. plads');
    const without = allText(layoutPlan(doc({ priorities: [] }), L, measure));
    expect(without).not.toContain(L.prioritiesHeading);
    expect(without).not.toContain(L.priorityColumns.votes);
  });

  it('draws six bars with widths proportional to the means, and "ingen svar" without a bar', () => {
    const bars = layoutPlan(doc(), L, measure).pages.flatMap((p) => p.ops).filter((op) => op.role === 'bar');
    expect(bars).toHaveLength(6);
    const widths = bars.map((op) => (op.kind === 'rect' ? op.w : NaN));
    const scale = (widths[0] ?? 0) / MEANS[0]!;
    expect(scale).toBeGreaterThan(0);
    widths.forEach((w, i) => expect(w).toBeCloseTo(scale * MEANS[i]!, 6));
    const values = allText(layoutPlan(doc(), L, measure));
    for (const mean of MEANS) expect(values).toContain(mean.toFixed(1).replace('.', ','));

    const scores = doc().scores.map((s, i) => (i === 4 ? { ...s, mean: null, respondents: 0 } : s));
    const withGap = layoutPlan(doc({ scores }), L, measure);
    expect(withGap.pages.flatMap((p) => p.ops).filter((op) => op.role === 'bar')).toHaveLength(5);
    expect(allText(withGap)).toContain(L.noScore);
  });

  it('includes the dialogue notes only when the document carries them', () => {
    expect(allText(layoutPlan(doc(), L, measure))).not.toContain(L.notesHeading);
    const text = allText(large);
    expect(text).toContain(L.notesHeading);
    expect(text).toContain(PROMPTS[5]);
  });

  it('marks discussion items with their forum, and ends with effect, follow-up and the advice to repeat', () => {
    const text = allText(layoutPlan(doc(), L, measure));
    expect(text).toContain('Til drøftelse – LokalMED');
    for (const label of [L.effectHeading, L.followUpHeading, 'Færre lange sygeforløb.', '10. september 2025']) expect(text).toContain(label);
    expect(text.join(' ')).toContain('gentage trin 1-4');
    expect(text.indexOf(L.planHeading)).toBeLessThan(text.indexOf(L.effectHeading));
    expect(text.indexOf(L.effectHeading)).toBeLessThan(text.indexOf(L.followUpHeading));
  });

  it('prints unprintable characters as "?" and reports them', () => {
    const model = layoutPlan(doc({ participants: 'Łukasz (TR), Ayşe (AMR), 王芳 👍' }), L, measure);
    expect(model.replaced).toEqual(['王', '芳', '👍']);
    expect(allText(model).join(' ')).toContain('Łukasz (TR), Ayşe (AMR), ?? ?');
    expect(layoutPlan(doc(), L, measure).replaced).toEqual([]);
  });

  it('is pure: the same input gives the same output', () => {
    expect(layoutPlan(largeDoc(), L, measure)).toEqual(large);
  });
});

describe('wrap', () => {
  const widthOf = (t: string) => t.length;
  it('wraps at spaces, keeps blank lines and breaks over-long words', () => {
    expect(wrap('aa bb cc', 5, widthOf)).toEqual(['aa bb', 'cc']);
    expect(wrap('aa\n\nbb', 5, widthOf)).toEqual(['aa', '', 'bb']);
    expect(wrap('abcdefghijkl', 5, widthOf)).toEqual(['abcde', 'fghij', 'kl']);
  });
});

describe('layoutPlan: since the previous round', () => {
  it("says why nothing is compared when the previous round's questionnaire version is not on this device", () => {
    const model = layoutPlan(doc({ comparison: { previousDate: '12. marts 2024', alone: false, blocks: [], notCompared: 0, unavailable: true } }), L, measure);
    const text = allText(model).join(' ');
    expect(text).toContain('Siden sidste runde');
    expect(text).toContain('Svarene fra runden 12. marts 2024 kan ikke sammenlignes med denne runde');
    expect(text).not.toContain(L.comparisonIntro('12. marts 2024'));
  });
});
