/**
 * The action plan laid out on A4 pages, as a list of simple drawing operations
 * per page (millimetres, y downwards, text y = baseline). Pure: no jsPDF and no
 * DOM; the adapter in src/pdf/ supplies `measure` from the font metrics and
 * draws the ops. All words come in through `PdfLabels`.
 *
 * Pagination rules: text wraps within its column; a table row is never split
 * unless it is taller than a whole page (then it is split at line boundaries);
 * a table's column header is repeated on every page the table continues on;
 * headings stay with what follows them; long paragraphs split with at least
 * two lines on either side; nothing is drawn outside the margins.
 */
import type { PlanDocument, PlanDocumentItem } from './plan-document.ts';
import { pdfSafe } from './pdf-text.ts';
import type { BlockChange } from './rounds.ts';
import type { ItemStatus } from './workshop.ts';

export type Rgb = readonly [number, number, number];

/** What an op belongs to, so tests (and readers) can find headings, footers and bars. */
export type OpRole = 'title' | 'heading' | 'table-header' | 'footer' | 'page-number' | 'bar';

interface OpTags {
  role?: OpRole;
  /** The table row the op draws; every op of a row shares the id. */
  row?: string;
}

/** Text is always left-anchored at x: the layout measures, so no alignment is needed when drawing. */
export type TextOp = OpTags & { kind: 'text'; x: number; y: number; text: string; size: number; bold: boolean; colour?: Rgb };
export type RectOp = OpTags & { kind: 'rect'; x: number; y: number; w: number; h: number; fill?: Rgb; stroke?: Rgb };
export type LineOp = OpTags & { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; colour?: Rgb };
export type DrawOp = TextOp | RectOp | LineOp;

export interface PageModel {
  pages: Array<{ number: number; ops: DrawOp[] }>;
  /** Characters the standard PDF fonts cannot print; they are drawn as "?". */
  replaced: string[];
}

/** Width of `text` in mm at `fontSize` pt, in Helvetica (bold or regular). */
export type Measure = (text: string, fontSize: number, bold: boolean) => number;

/** Every word the PDF prints. The Danish set is DANISH_PDF_LABELS in src/i18n/pdf.da.ts. */
export interface PdfLabels {
  /** The document's language tag ("da") and search keywords, for the PDF's own metadata. */
  language: 'da' | 'en';
  keywords: string;
  title: string;
  subtitle: string;
  date: string;
  questionnaire: string;
  participants: string;
  scoresHeading: string;
  scoresIntro: string;
  scaleLegend: string;
  formatScore: (mean: number) => string;
  noScore: string;
  prioritiesHeading: string;
  priorityColumns: { rank: string; label: string; votes: string };
  rank: (rank: number, tied: boolean) => string;
  votes: (count: number) => string;
  chosen: string;
  /** Alone: the heading over the blocks the person chose in step 2 ("Dine valg (Trin 2)"). */
  chosenAloneHeading: string;
  notesHeading: string;
  proposals: string;
  planHeading: string;
  planIntro: string;
  columns: { what: string; who: string; when: string };
  discussion: (forum: string) => string;
  continued: (title: string) => string;
  noItems: string;
  effectHeading: string;
  effect: string;
  evidence: string;
  notFilled: string;
  followUpHeading: string;
  noFollowUp: string;
  closing: string;
  hotline: string;
  page: (page: number, pages: number) => string;
  /** Since the previous round (rounds.ts). */
  comparisonHeading: string;
  comparisonIntro: (date: string) => string;
  comparisonColumns: { block: string; now: string; before: string; change: string };
  /** One round's side: the mean and how many answered (alone: how many answers). */
  comparisonSide: (mean: number | null, respondents: number, answered: number, alone: boolean) => string;
  /** The change as the screen writes it: "↑ +0,4", "uændret", or why there is none. */
  comparisonChange: (change: Pick<BlockChange, 'change' | 'direction' | 'reason'>) => string;
  comparisonRule: (alone: boolean) => string;
  comparisonNotCompared: (count: number) => string;
  /** The previous round's questionnaire version is not on this device. */
  comparisonUnavailable: (date: string) => string;
  /** "Sidste gang aftalte I …". */
  reviewHeading: string;
  reviewIntro: (date: string) => string;
  reviewColumns: { what: string; status: string; comment: string };
  /** A status's word, or what an item not given one says. */
  reviewStatus: (status: ItemStatus | null) => string;
  reviewNone: string;
}

/** 1 pt in mm. */
export const PT = 25.4 / 72;

/** A4 portrait with 18 mm margins; the footer sits inside the bottom margin line. */
export const PAGE = {
  width: 210,
  height: 297,
  left: 18,
  right: 192,
  top: 18,
  bottom: 279,
  /** Where body content must end; the footer lies below. */
  contentBottom: 267,
} as const;

const WIDTH = PAGE.right - PAGE.left;

const COLOUR = {
  ink: [33, 37, 41],
  muted: [84, 92, 98],
  accent: [20, 80, 92],
  tint: [226, 237, 239],
  soft: [244, 247, 248],
  border: [178, 188, 193],
  grid: [214, 220, 223],
  discussion: [138, 64, 0],
  white: [255, 255, 255],
} as const satisfies Record<string, Rgb>;

const SIZE = { title: 24, subtitle: 10.5, workplace: 15, h2: 13.5, h3: 11, body: 10, cell: 9.5, small: 8.5, footer: 8, tiny: 7 };

/** Line height for a font size. */
const lineHeight = (size: number) => size * PT * 1.3;
/** From the top of a line box to its baseline. */
const ascent = (size: number) => size * PT * 0.92;

/** Paragraphs keep at least this many lines together on either side of a page break. */
const MIN_LINES = 2;

interface Line {
  text: string;
  size: number;
  bold: boolean;
  colour: Rgb;
}

/**
 * A piece of content in reading order. A unit has `count` lines it may be
 * split between (1 for an indivisible unit) and draws any slice of them.
 */
interface Unit {
  /** Space above, dropped at the top of a page. */
  gap: number;
  keepWithNext: boolean;
  /** never: move whole to the next page; oversize: split only when taller than a page; lines: split freely. */
  split: 'never' | 'oversize' | 'lines';
  count: number;
  height(from: number, to: number): number;
  draw(y: number, from: number, to: number): DrawOp[];
  /** A table's column header, drawn again when this unit continues on a new page. */
  header?: Unit;
}

/** Lays out the plan document on A4 pages. Same input, same output. */
export function layoutPlan(doc: PlanDocument, labels: PdfLabels, measureText: Measure): PageModel {
  const measure = memoise(measureText);
  const replaced: string[] = [];
  const safe = (text: string) => {
    const result = pdfSafe(text);
    for (const c of result.replaced) if (!replaced.includes(c)) replaced.push(c);
    return result.text;
  };
  const d = mapStrings(doc, safe);
  const L = mapStrings(labels, safe);
  const wrapLines = (text: string, maxWidth: number, size: number, bold: boolean, colour: Rgb): Line[] =>
    wrap(text, maxWidth, (t) => measure(t, size, bold)).map((t) => ({ text: t, size, bold, colour }));

  const units: Unit[] = [];
  const build = new Builder(units, wrapLines);

  // Title, workplace and the facts of the meeting.
  build.block(wrapLines(L.title, WIDTH, SIZE.title, true, COLOUR.accent), { role: 'title' });
  build.paragraph(L.subtitle, { gap: 0.5, size: SIZE.subtitle, colour: COLOUR.muted });
  if (d.workplace) build.paragraph(d.workplace, { gap: 4, size: SIZE.workplace, bold: true });
  build.fact(L.date, d.date, 4);
  build.fact(L.questionnaire, d.questionnaire, 1);
  build.fact(L.participants, d.participants, 1);

  // Step 1: the six building blocks' means.
  build.heading(L.scoresHeading);
  build.paragraph(L.scoresIntro, { gap: 0, size: SIZE.body, keepWithNext: true });
  units.push(barChart(d, L, measure));

  // Since the previous round: the same numbers as Trin 1's comparison.
  if (d.comparison?.unavailable) {
    build.subheading(L.comparisonHeading, 7);
    build.paragraph(L.comparisonUnavailable(d.comparison.previousDate), { gap: 0, size: SIZE.body });
  } else if (d.comparison) {
    const c = d.comparison;
    build.subheading(L.comparisonHeading, 7);
    build.paragraph(L.comparisonIntro(c.previousDate), { gap: 0, size: SIZE.body, keepWithNext: true });
    const side = 36;
    const columns = [
      { title: L.comparisonColumns.block, width: WIDTH - 3 * side - 6 },
      { title: L.comparisonColumns.now, width: side },
      { title: L.comparisonColumns.before, width: side },
      { title: L.comparisonColumns.change, width: side + 6 },
    ];
    build.table(
      columns,
      c.blocks.map((b) => [
        [{ text: b.title, bold: true }],
        [{ text: L.comparisonSide(b.current.mean, b.current.respondents, b.current.answered, c.alone) }],
        [{ text: L.comparisonSide(b.previous.mean, b.previous.respondents, b.previous.answered, c.alone) }],
        [{ text: L.comparisonChange(b), bold: b.direction !== null }],
      ]),
      'comparison',
      L.continued(L.comparisonHeading),
    );
    build.paragraph(L.comparisonRule(c.alone), { gap: 2, size: SIZE.small, colour: COLOUR.muted });
    if (c.notCompared > 0) build.paragraph(L.comparisonNotCompared(c.notCompared), { gap: 1, size: SIZE.small, colour: COLOUR.muted });
  }

  // Step 2: the ranked priorities.
  if (d.priorities.length > 0) {
    build.heading(L.prioritiesHeading);
    const columns = [
      { title: L.priorityColumns.rank, width: 34 },
      { title: L.priorityColumns.label, width: WIDTH - 34 - 30 },
      { title: L.priorityColumns.votes, width: 30 },
    ];
    build.table(
      columns,
      d.priorities.map((p) => [
        [{ text: L.rank(p.rank, p.tied), bold: true }],
        [{ text: p.label }, ...(p.chosen ? [{ text: L.chosen, bold: true, size: SIZE.small, colour: COLOUR.accent }] : [])],
        [{ text: L.votes(p.votes) }],
      ]),
      'priority',
      L.continued(L.prioritiesHeading),
    );
  }

  // Step 2 alone: the blocks the person chose, no ranks and no votes.
  if (d.chosenAlone.length > 0) {
    build.heading(L.chosenAloneHeading);
    for (const title of d.chosenAlone) build.paragraph(title, { gap: 0.8, size: SIZE.body, bullet: true });
  }

  // "Sidste gang aftalte I …": how the previous plan went.
  if (d.review) {
    build.heading(L.reviewHeading);
    if (d.review.items.length === 0) {
      build.paragraph(L.reviewNone, { gap: 0, size: SIZE.body, colour: COLOUR.muted });
    } else {
      build.paragraph(L.reviewIntro(d.review.previousDate), { gap: 0, size: SIZE.body, keepWithNext: true });
      const statusWidth = 34;
      const commentWidth = 62;
      build.table(
        [
          { title: L.reviewColumns.what, width: WIDTH - statusWidth - commentWidth },
          { title: L.reviewColumns.status, width: statusWidth },
          { title: L.reviewColumns.comment, width: commentWidth },
        ],
        d.review.items.map((item) => [
          [{ text: item.what }, { text: item.block, size: SIZE.small, colour: COLOUR.muted }],
          [{ text: L.reviewStatus(item.status), bold: item.status !== null }],
          [{ text: item.comment }],
        ]),
        'review',
        L.continued(L.reviewHeading),
      );
    }
  }

  // Step 3: the dialogue notes, when the group chose to include them.
  if (d.notes.length > 0) {
    build.heading(L.notesHeading);
    d.notes.forEach((block, index) => {
      build.subheading(block.title, index === 0 ? 2 : 6);
      for (const entry of block.entries) {
        build.paragraph(entry.prompt, { gap: 3, size: SIZE.cell, bold: true, colour: COLOUR.muted, keepWithNext: true });
        build.paragraph(entry.text, { gap: 0.5, size: SIZE.body });
      }
      if (block.proposals.length > 0) {
        build.paragraph(L.proposals, { gap: 3, size: SIZE.cell, bold: true, colour: COLOUR.muted, keepWithNext: true });
        for (const proposal of block.proposals) build.paragraph(proposal, { gap: 0.8, size: SIZE.body, bullet: true });
      }
    });
  }

  // Step 4: the plan, one table per building block, then effect and follow-up.
  build.heading(L.planHeading);
  if (d.itemCount === 0 || d.sections.length === 0) {
    build.paragraph(L.noItems, { gap: 0, size: SIZE.body, bold: true });
  } else {
    build.paragraph(L.planIntro, { gap: 0, size: SIZE.body, colour: COLOUR.muted, keepWithNext: true });
    const whoWidth = 48;
    const whenWidth = 36;
    const columns = [
      { title: L.columns.what, width: WIDTH - whoWidth - whenWidth },
      { title: L.columns.who, width: whoWidth },
      { title: L.columns.when, width: whenWidth },
    ];
    d.sections.forEach((section, s) => {
      build.subheading(section.title, s === 0 ? 3 : 7);
      build.table(columns, section.items.map((item) => planRow(item, L)), `plan-${s}`, L.continued(section.title));
    });
  }

  build.subheading(L.effectHeading, 8);
  if (!d.effect && !d.evidence) build.paragraph(L.notFilled, { gap: 0, size: SIZE.body, colour: COLOUR.muted });
  if (d.effect) {
    build.paragraph(L.effect, { gap: 0, size: SIZE.cell, bold: true, colour: COLOUR.muted, keepWithNext: true });
    build.paragraph(d.effect, { gap: 0.5, size: SIZE.body });
  }
  if (d.evidence) {
    build.paragraph(L.evidence, { gap: d.effect ? 3 : 0, size: SIZE.cell, bold: true, colour: COLOUR.muted, keepWithNext: true });
    build.paragraph(d.evidence, { gap: 0.5, size: SIZE.body });
  }

  build.subheading(L.followUpHeading, 7);
  build.paragraph(d.followUp ?? L.noFollowUp, { gap: 0, size: SIZE.body, bold: !!d.followUp, colour: d.followUp ? COLOUR.ink : COLOUR.muted });

  units.push(closingBox(L.closing, wrapLines));

  const bodies = paginate(units);
  const pages = bodies.map((ops, index) => ({
    number: index + 1,
    ops: [...ops, ...footer(index + 1, bodies.length, d, L, measure)],
  }));
  return { pages, replaced };
}

/** A cell: lines of text, each optionally bold, smaller or coloured. */
type CellSpec = Array<{ text: string; bold?: boolean; size?: number; colour?: Rgb }>;

function planRow(item: PlanDocumentItem, L: PdfLabels): CellSpec[] {
  const what: CellSpec = [{ text: item.what }];
  if (item.kind === 'discussion') what.push({ text: L.discussion(item.forum), bold: true, size: SIZE.small, colour: COLOUR.discussion });
  return [what, [{ text: item.who }], [{ text: item.when }]];
}

/** Collects units for the common kinds of content. */
class Builder {
  constructor(
    private readonly units: Unit[],
    private readonly wrapLines: (text: string, maxWidth: number, size: number, bold: boolean, colour: Rgb) => Line[],
  ) {}

  /** An indivisible block of lines at the left margin. */
  block(lines: Line[], tags: OpTags = {}): void {
    this.units.push(linesUnit(lines, PAGE.left, { gap: 0, keepWithNext: false, split: 'never', tags }));
  }

  /** A section heading with a rule under it; always kept with what follows. */
  heading(text: string): void {
    const lines = this.wrapLines(text, WIDTH, SIZE.h2, true, COLOUR.accent);
    const textHeight = lines.length * lineHeight(SIZE.h2);
    const height = textHeight + 4;
    this.units.push({
      gap: 9,
      keepWithNext: true,
      split: 'never',
      count: 1,
      height: () => height,
      draw: (y) => [
        ...drawLines(lines, PAGE.left, y, { role: 'heading' }),
        { kind: 'line', x1: PAGE.left, y1: y + textHeight + 0.8, x2: PAGE.right, y2: y + textHeight + 0.8, width: 0.5, colour: COLOUR.accent, role: 'heading' },
      ],
    });
  }

  /** A smaller heading (a building block's title, or a question of the plan). */
  subheading(text: string, gap: number): void {
    const lines = this.wrapLines(text, WIDTH, SIZE.h3, true, COLOUR.accent);
    this.units.push(linesUnit(lines, PAGE.left, { gap, keepWithNext: true, split: 'never', tags: { role: 'heading' }, padBottom: 1.2 }));
  }

  /** Running text, split between pages at line boundaries; optionally a bullet point. */
  paragraph(text: string, o: { gap: number; size: number; bold?: boolean; colour?: Rgb; keepWithNext?: boolean; bullet?: boolean }): void {
    const indent = o.bullet ? 4 : 0;
    const lines = this.wrapLines(collapseBlankLines(text), WIDTH - indent, o.size, !!o.bold, o.colour ?? COLOUR.ink);
    if (lines.length === 0) return;
    const unit = linesUnit(lines, PAGE.left + indent, { gap: o.gap, keepWithNext: !!o.keepWithNext, split: o.keepWithNext ? 'never' : 'lines' });
    if (o.bullet) {
      const draw = unit.draw;
      const bullet: Line = { text: '•', size: o.size, bold: false, colour: COLOUR.accent };
      unit.draw = (y, from, to) => [...(from === 0 ? drawLines([bullet], PAGE.left + 0.5, y) : []), ...draw(y, from, to)];
    }
    this.units.push(unit);
  }

  /** "Dato  12. marts 2025": a label column and a wrapped value. */
  fact(label: string, value: string, gap: number): void {
    const labelWidth = 30;
    const labelLine = this.wrapLines(label, labelWidth - 2, SIZE.cell, true, COLOUR.muted).slice(0, 1);
    const lines = this.wrapLines(value || '–', WIDTH - labelWidth, SIZE.body, false, COLOUR.ink);
    const unit = linesUnit(lines, PAGE.left + labelWidth, { gap, keepWithNext: false, split: 'lines' });
    const draw = unit.draw;
    unit.draw = (y, from, to) => [...(from === 0 ? drawLines(labelLine, PAGE.left, y, {}, lineHeight(SIZE.body)) : []), ...draw(y, from, to)];
    this.units.push(unit);
  }

  /** A table: the column header, then one unit per row; the header repeats on continuation pages. */
  table(columns: Array<{ title: string; width: number }>, rows: CellSpec[][], id: string, continuedTitle: string): void {
    const header = rowUnit(
      columns.map((c) => this.wrapLines(c.title, c.width - 2 * CELL_PAD, SIZE.cell, true, COLOUR.ink)),
      columns.map((c) => c.width),
      { gap: 0, fill: COLOUR.tint, tags: { role: 'table-header' } },
    );
    header.keepWithNext = true;
    const caption = this.wrapLines(continuedTitle, WIDTH, SIZE.small, true, COLOUR.muted);
    const captionHeight = caption.length * lineHeight(SIZE.small) + 0.8;
    const repeated: Unit = {
      ...header,
      height: () => captionHeight + header.height(0, header.count),
      draw: (y) => [...drawLines(caption, PAGE.left, y, { role: 'table-header' }), ...header.draw(y + captionHeight, 0, header.count)],
    };
    this.units.push(header);
    rows.forEach((cells, r) => {
      const lines = cells.map((cell, c) =>
        cell.flatMap((part) => this.wrapLines(collapseBlankLines(part.text), (columns[c]?.width ?? 0) - 2 * CELL_PAD, part.size ?? SIZE.cell, !!part.bold, part.colour ?? COLOUR.ink)),
      );
      const unit = rowUnit(lines, columns.map((c) => c.width), { gap: 0, tags: { row: `${id}-${r}` } });
      unit.header = repeated;
      this.units.push(unit);
    });
  }
}

const CELL_PAD = 2;

/** Lines drawn from the top of their first line box, one line height apart. */
function drawLines(lines: Line[], x: number, top: number, tags: OpTags = {}, boxLineHeight?: number): DrawOp[] {
  let y = top;
  return lines.map((line) => {
    const lh = boxLineHeight ?? lineHeight(line.size);
    const op: TextOp = { kind: 'text', x, y: y + ascent(line.size) + (lh - lineHeight(line.size)) / 2, text: line.text, size: line.size, bold: line.bold, colour: line.colour, ...tags };
    y += lh;
    return op;
  }).filter((op) => op.text !== '');
}

function linesUnit(
  lines: Line[],
  x: number,
  o: { gap: number; keepWithNext: boolean; split: Unit['split']; tags?: OpTags; padBottom?: number },
): Unit {
  const lh = lines.map((line) => lineHeight(line.size));
  const sum = (from: number, to: number) => lh.slice(from, to).reduce((a, b) => a + b, 0);
  return {
    gap: o.gap,
    keepWithNext: o.keepWithNext,
    split: o.split,
    count: lines.length,
    height: (from, to) => sum(from, to) + (to === lines.length ? (o.padBottom ?? 0) : 0),
    draw: (y, from, to) => drawLines(lines.slice(from, to), x, y, o.tags),
  };
}

/** A table row (or header): cells side by side, borders drawn per row so a row is self-contained. */
function rowUnit(cells: Line[][], widths: number[], o: { gap: number; fill?: Rgb; tags: OpTags }): Unit {
  const size = Math.max(...cells.flat().map((l) => l.size), SIZE.cell);
  const lh = lineHeight(size);
  const count = Math.max(1, ...cells.map((c) => c.length));
  const height = (from: number, to: number) => 2 * CELL_PAD + (to - from) * lh;
  return {
    gap: o.gap,
    keepWithNext: false,
    split: 'oversize',
    count,
    height,
    draw: (y, from, to) => {
      const h = height(from, to);
      const ops: DrawOp[] = [{ kind: 'rect', x: PAGE.left, y, w: WIDTH, h, ...(o.fill ? { fill: o.fill } : {}), stroke: COLOUR.border, ...o.tags }];
      let x = PAGE.left;
      cells.forEach((cell, c) => {
        if (c > 0) ops.push({ kind: 'line', x1: x, y1: y, x2: x, y2: y + h, width: 0.2, colour: COLOUR.border, ...o.tags });
        ops.push(...drawLines(cell.slice(from, to), x + CELL_PAD, y + CELL_PAD, o.tags, lh));
        x += widths[c] ?? 0;
      });
      return ops;
    },
  };
}

/** Step 1 as a horizontal bar chart on the 1–5 scale, drawn with rects, lines and text. */
function barChart(d: PlanDocument, L: PdfLabels, measure: Measure): Unit {
  const labelWidth = 62;
  const x0 = PAGE.left + labelWidth + 4;
  const barMax = 92;
  const size = 9;
  const lh = lineHeight(size);
  const barHeight = 4.6;
  const rows = d.scores.map((score) => {
    const lines = wrap(score.title, labelWidth, (t) => measure(t, size, false));
    return { score, lines, height: Math.max(lines.length * lh, barHeight) + 3 };
  });
  const axisGap = 1;
  const chartHeight = rows.reduce((a, r) => a + r.height, 0);
  const legend = wrap(L.scaleLegend, WIDTH, (t) => measure(t, SIZE.tiny + 0.5, false));
  const legendSize = SIZE.tiny + 0.5;
  const height = 2 + chartHeight + axisGap + lineHeight(SIZE.small) + 1 + legend.length * lineHeight(legendSize);
  const tickX = (v: number) => x0 + (v / 5) * barMax;

  return {
    gap: 3,
    keepWithNext: false,
    split: 'never',
    count: 1,
    height: () => height,
    draw: (top) => {
      const ops: DrawOp[] = [];
      const y = top + 2;
      for (let v = 1; v <= 5; v++) {
        ops.push({ kind: 'line', x1: tickX(v), y1: y, x2: tickX(v), y2: y + chartHeight, width: 0.2, colour: COLOUR.grid });
        const label = String(v);
        ops.push({ kind: 'text', x: tickX(v) - measure(label, SIZE.small, false) / 2, y: y + chartHeight + axisGap + ascent(SIZE.small), text: label, size: SIZE.small, bold: false, colour: COLOUR.muted });
      }
      ops.push({ kind: 'line', x1: x0, y1: y, x2: x0, y2: y + chartHeight, width: 0.4, colour: COLOUR.muted });
      let rowTop = y;
      for (const { score, lines, height: rowHeight } of rows) {
        const mid = rowTop + rowHeight / 2;
        const labelTop = mid - (lines.length * lh) / 2;
        ops.push(...drawLines(lines.map((text) => ({ text, size, bold: false, colour: COLOUR.ink })), PAGE.left, labelTop));
        const baseline = mid + size * PT * 0.35;
        // Values sit on a white patch so the grid lines do not run through them.
        const value = (x: number, text: string, bold: boolean, colour: Rgb) => {
          const w = measure(text, size, bold);
          ops.push({ kind: 'rect', x: x - 0.6, y: mid - barHeight / 2, w: w + 1.2, h: barHeight, fill: COLOUR.white });
          ops.push({ kind: 'text', x, y: baseline, text, size, bold, colour });
        };
        if (score.mean === null) {
          value(x0 + 2, L.noScore, false, COLOUR.muted);
        } else {
          const w = (Math.min(Math.max(score.mean, 0), 5) / 5) * barMax;
          ops.push({ kind: 'rect', x: x0, y: mid - barHeight / 2, w, h: barHeight, fill: COLOUR.accent, role: 'bar' });
          value(x0 + w + 1.5, L.formatScore(score.mean), true, COLOUR.ink);
        }
        rowTop += rowHeight;
      }
      const legendTop = y + chartHeight + axisGap + lineHeight(SIZE.small) + 1;
      ops.push(...drawLines(legend.map((text) => ({ text, size: legendSize, bold: false, colour: COLOUR.muted })), PAGE.left, legendTop));
      return ops;
    },
  };
}

/** The booklet's advice to repeat steps 1–4, in a tinted box. */
function closingBox(text: string, wrapLines: (text: string, maxWidth: number, size: number, bold: boolean, colour: Rgb) => Line[]): Unit {
  const pad = 4;
  const lines = wrapLines(text, WIDTH - 2 * pad - 1.5, SIZE.body, false, COLOUR.ink);
  const height = 2 * pad + lines.length * lineHeight(SIZE.body);
  return {
    gap: 10,
    keepWithNext: false,
    split: 'never',
    count: 1,
    height: () => height,
    draw: (y) => [
      { kind: 'rect', x: PAGE.left, y, w: WIDTH, h: height, fill: COLOUR.soft },
      { kind: 'rect', x: PAGE.left, y, w: 1.5, h: height, fill: COLOUR.accent },
      ...drawLines(lines, PAGE.left + 1.5 + pad, y + pad),
    ],
  };
}

/** The hotline and the page number, then the workplace and date, under a thin rule. */
function footer(page: number, pages: number, d: PlanDocument, L: PdfLabels, measure: Measure): DrawOp[] {
  const first = PAGE.bottom - 4.3;
  const pageText = L.page(page, pages);
  const pageWidth = measure(pageText, SIZE.footer, false);
  const hotline = fit(L.hotline, WIDTH - pageWidth - 6, (t) => measure(t, SIZE.footer, true));
  const place = fit([d.workplace, d.date].filter(Boolean).join(' · '), WIDTH, (t) => measure(t, SIZE.tiny, false));
  return [
    { kind: 'line', x1: PAGE.left, y1: PAGE.contentBottom + 2.5, x2: PAGE.right, y2: PAGE.contentBottom + 2.5, width: 0.3, colour: COLOUR.border, role: 'footer' },
    { kind: 'text', x: PAGE.left, y: first, text: hotline, size: SIZE.footer, bold: true, colour: COLOUR.accent, role: 'footer' },
    { kind: 'text', x: PAGE.right - pageWidth, y: first, text: pageText, size: SIZE.footer, bold: false, colour: COLOUR.muted, role: 'page-number' },
    ...(place ? [{ kind: 'text', x: PAGE.left, y: PAGE.bottom - 0.5, text: place, size: SIZE.tiny, bold: false, colour: COLOUR.muted, role: 'footer' } as const] : []),
  ];
}

/** Places units on pages; see the rules at the top of the file. */
function paginate(units: Unit[]): DrawOp[][] {
  const pages: DrawOp[][] = [[]];
  let y: number = PAGE.top;
  let pageStart: number = PAGE.top;
  const room = () => PAGE.contentBottom - y;
  const put = (unit: Unit, from: number, to: number) => {
    pages[pages.length - 1]?.push(...unit.draw(y, from, to));
    y += unit.height(from, to);
  };
  const newPage = (header?: Unit) => {
    pages.push([]);
    y = PAGE.top;
    if (header) put(header, 0, header.count);
    pageStart = y;
  };
  const full = (u: Unit) => u.height(0, u.count);
  const capacity = (u: Unit) => PAGE.contentBottom - PAGE.top - (u.header ? full(u.header) : 0);
  const splittable = (u: Unit) => u.split === 'lines' || (u.split === 'oversize' && full(u) > capacity(u));
  /** The smallest first part of a unit that may end a page. */
  const minFirst = (u: Unit) => (splittable(u) && u.count >= 2 * MIN_LINES ? u.height(0, MIN_LINES) : full(u));
  /** What unit i needs on the current page, with everything it must stay with. */
  const minNeed = (i: number): number => {
    const u = units[i];
    if (!u) return 0;
    return u.gap + (u.keepWithNext ? full(u) + minNeed(i + 1) : minFirst(u));
  };

  units.forEach((unit, i) => {
    let from = 0;
    for (;;) {
      const fresh = y === pageStart;
      const gap = from === 0 && !fresh ? unit.gap : 0;
      const rest = unit.height(from, unit.count);
      if (gap + rest + (unit.keepWithNext ? minNeed(i + 1) : 0) <= room()) {
        y += gap;
        put(unit, from, unit.count);
        return;
      }
      if (splittable(unit)) {
        let fit = 0;
        while (from + fit < unit.count && unit.height(from, from + fit + 1) <= room() - gap) fit++;
        const left = unit.count - from;
        const take = Math.min(fit, left - MIN_LINES);
        if (take >= MIN_LINES || (fresh && take >= 1)) {
          y += gap;
          put(unit, from, from + take);
          from += take;
          newPage(unit.header);
          continue;
        }
      }
      if (!fresh) {
        newPage(unit.header);
        continue;
      }
      // A fresh page and still too tall: only a chain of kept-together units can get here.
      put(unit, from, unit.count);
      return;
    }
  });
  return pages;
}

/**
 * Greedy word wrap; a word wider than the column is broken between characters.
 * Blank lines inside the text are kept. Widths are summed per word (the
 * standard fonts are drawn without kerning, so widths add up exactly).
 */
export function wrap(text: string, maxWidth: number, widthOf: (text: string) => number): string[] {
  const space = widthOf(' ');
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(' ')) {
      if (!word) continue;
      const w = widthOf(word);
      if (line && lineWidth + space + w <= maxWidth) {
        line += ` ${word}`;
        lineWidth += space + w;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      lineWidth = w;
      if (w <= maxWidth) continue;
      line = '';
      lineWidth = 0;
      for (const char of word) {
        const cw = widthOf(char);
        if (line && lineWidth + cw > maxWidth) {
          lines.push(line);
          line = '';
          lineWidth = 0;
        }
        line += char;
        lineWidth += cw;
      }
    }
    lines.push(line);
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Cuts text with "…" so it fits one line. */
function fit(text: string, maxWidth: number, widthOf: (text: string) => number): string {
  if (widthOf(text) <= maxWidth) return text;
  const room = maxWidth - widthOf('…');
  let out = '';
  let width = 0;
  for (const char of text) {
    width += widthOf(char);
    if (width > room) break;
    out += char;
  }
  return out.trimEnd() ? `${out.trimEnd()}…` : '';
}

/** Remembers widths: the same words come back again and again, and measuring is the costly part. */
function memoise(measure: Measure): Measure {
  const cache = new Map<string, number>();
  return (text, size, bold) => {
    const key = `${size}|${bold ? 1 : 0}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      width = measure(text, size, bold);
      cache.set(key, width);
    }
    return width;
  };
}

/** Trims, and keeps at most one blank line between paragraphs. */
function collapseBlankLines(text: string): string {
  return text.trim().replace(/[ \t]*\n[ \t]*/g, '\n').replace(/\n{3,}/g, '\n\n');
}

/** A copy with every string (and every string a function returns) passed through `f`. */
function mapStrings<T>(value: T, f: (text: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (typeof value === 'function') return ((...args: unknown[]) => mapStrings((value as (...a: unknown[]) => unknown)(...args), f)) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)])) as T;
  return value;
}
