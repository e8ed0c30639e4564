/**
 * The booklet's content as data: Huset (the six building blocks), the two
 * questionnaires, the scale, dialogue prompts and plan template, the
 * booklet's guidance (purpose, who it is for, time, and the advice for each
 * step), and the inspiration per building block for steps 3 and 4. The
 * files live in /questionnaires; these schemas check them at build time, in
 * the unit tests and when the app seeds them into its database.
 */
import { BLOCK_IDS, type BlockId } from './blocks.ts';
import { parseStrict, z } from './zod.ts';

export { BLOCK_IDS, type BlockId };

export const BlockIdSchema = z.enum(BLOCK_IDS);

const nonEmpty = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const contentId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lower-case letters, digits and hyphens'));
const contentVersion = z.int().check(z.gte(1));

/** The languages content files are written in; a file without `language` is Danish. */
export const CONTENT_LANGUAGES = ['da', 'en'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

/**
 * What a translated file says about itself: which Danish file (id and
 * version) it translates, that it is unofficial, and the notice to show with
 * it. The Danish files have no such field; checkTranslation
 * (translation.ts) holds a translation to its original.
 */
export const TranslationMarkSchema = z.strictObject({
  of: z.strictObject({ id: contentId, version: contentVersion }),
  status: z.literal('unofficial'),
  notice: nonEmpty(200),
});
export type TranslationMark = z.infer<typeof TranslationMarkSchema>;

/**
 * What every content file starts with: its kind, id, version and the
 * document it comes from; a translation also says its language and what it
 * translates.
 */
function fileHeader<Kind extends string>(kind: Kind) {
  return {
    kind: z.literal(kind),
    id: contentId,
    version: contentVersion,
    source: nonEmpty(300),
    language: z.optional(z.enum(CONTENT_LANGUAGES)),
    translation: z.optional(TranslationMarkSchema),
  };
}

export const BuildingBlockSchema = z.strictObject({
  id: BlockIdSchema,
  title: nonEmpty(120),
  shortTitle: nonEmpty(40),
  description: z.array(nonEmpty(400)).check(z.minLength(1)),
});
export type BuildingBlock = z.infer<typeof BuildingBlockSchema>;

export const HusetSchema = z.strictObject({
  ...fileHeader('huset'),
  title: nonEmpty(80),
  subtitle: nonEmpty(200),
  intro: nonEmpty(2000),
  blocks: z.array(BuildingBlockSchema).check(z.length(BLOCK_IDS.length)),
});
export type Huset = z.infer<typeof HusetSchema>;

export const QuestionSchema = z.strictObject({
  id: contentId,
  number: z.int().check(z.gte(1)),
  block: BlockIdSchema,
  text: nonEmpty(600),
  star: z.optional(z.boolean()),
});
export type Question = z.infer<typeof QuestionSchema>;

export const QuestionnaireSchema = z.strictObject({
  ...fileHeader('questionnaire'),
  title: nonEmpty(120),
  shortTitle: nonEmpty(60),
  audience: nonEmpty(300),
  starNote: z.optional(nonEmpty(300)),
  questions: z.array(QuestionSchema).check(z.minLength(1)),
});
export type Questionnaire = z.infer<typeof QuestionnaireSchema>;

export const DialogSchema = z.strictObject({
  ...fileHeader('dialog'),
  leadIn: nonEmpty(60),
  scale: z
    .array(z.strictObject({ value: z.int().check(z.gte(1), z.lte(5)), label: nonEmpty(40) }))
    .check(z.length(5)),
  skipLabel: nonEmpty(60),
  /** Says that the skip option is the app's addition, not the booklet's (shown on "Om værktøjet"). */
  skipLabelNote: nonEmpty(400),
  dialoguePromptsIntro: nonEmpty(200),
  dialoguePrompts: z.array(z.strictObject({ id: contentId, text: nonEmpty(200) })).check(z.length(6)),
  planTemplate: z.strictObject({
    title: nonEmpty(80),
    what: nonEmpty(80),
    who: nonEmpty(80),
    when: nonEmpty(80),
    effect: nonEmpty(200),
    followUp: nonEmpty(200),
    guidance: nonEmpty(400),
    repeatAdvice: nonEmpty(400),
  }),
  /**
   * Not the booklet's words: the app's adaptation of its prompts and plan headings for one person
   * alone (solo mode), in the singular ("Hvad kunne du gøre bedre?"), each as close to the booklet's
   * as the grammar allows. The same prompt ids, so notes stay where they are.
   */
  alone: z.optional(
    z.strictObject({
      dialoguePromptsIntro: nonEmpty(200),
      dialoguePrompts: z.array(z.strictObject({ id: contentId, text: nonEmpty(200) })).check(z.length(6)),
      planTemplate: z.strictObject({
        title: nonEmpty(80),
        what: nonEmpty(80),
        effect: nonEmpty(200),
        followUp: nonEmpty(200),
        repeatAdvice: nonEmpty(400),
      }),
    }),
  ),
});
export type Dialog = z.infer<typeof DialogSchema>;

/** A piece of the booklet's guidance: an optional heading, then paragraphs (strings) and bullet lists (arrays). */
export const GuidanceSectionSchema = z.strictObject({
  heading: z.optional(nonEmpty(120)),
  body: z.array(z.union([nonEmpty(1000), z.array(nonEmpty(300)).check(z.minLength(1))])).check(z.minLength(1)),
});
export type GuidanceSection = z.infer<typeof GuidanceSectionSchema>;

/** The steps of the flow that the booklet gives advice for ("Sådan gør I"). */
export const GUIDED_STEPS = ['score', 'prioritise', 'dialogue', 'plan'] as const;
export type GuidedStep = (typeof GUIDED_STEPS)[number];

export const StepGuidanceSchema = z.strictObject({
  step: z.enum(GUIDED_STEPS),
  number: z.int().check(z.gte(1), z.lte(GUIDED_STEPS.length)),
  title: nonEmpty(80),
  /** The step's paragraph under "Sådan bruger I dialogværktøjet". */
  overview: nonEmpty(1000),
  advice: z.array(GuidanceSectionSchema).check(z.minLength(1)),
});
export type StepGuidance = z.infer<typeof StepGuidanceSchema>;

/** The booklet's guidance for running the meeting: "Om værktøjet" and each step's "Sådan gør I". */
export const GuidanceSchema = z.strictObject({
  ...fileHeader('guidance'),
  title: nonEmpty(120),
  subtitle: nonEmpty(120),
  /** The booklet's back page: the municipality's absence hotline. */
  hotline: z.strictObject({ name: nonEmpty(60), number: z.string().check(z.regex(/^\d{4} \d{4}$/, 'must be eight digits like "1234 5678"')) }),
  about: z.array(GuidanceSectionSchema).check(z.minLength(1)),
  howToHeading: nonEmpty(120),
  steps: z.array(StepGuidanceSchema).check(z.length(GUIDED_STEPS.length)),
});
export type Guidance = z.infer<typeof GuidanceSchema>;

/**
 * What an inspiration item is: a current municipal offer, a course, an
 * initiative from the inspiration catalogue, or an example from
 * Socialforvaltningen's 2011 policy. The last is history, never a current
 * rule: its title or summary must say "2011" (checked below).
 */
export const INSPIRATION_KINDS = ['offer', 'course', 'initiative', 'example-2011'] as const;
export type InspirationKind = (typeof INSPIRATION_KINDS)[number];

/** Each building block needs at least this many inspiration items for steps 3 and 4. */
export const MIN_INSPIRATION_PER_BLOCK = 4;

export const InspirationItemSchema = z.strictObject({
  id: contentId,
  title: nonEmpty(120),
  summary: nonEmpty(600),
  blocks: z.array(BlockIdSchema).check(z.minLength(1)),
  source: contentId,
  kind: z.enum(INSPIRATION_KINDS),
});
export type InspirationItem = z.infer<typeof InspirationItemSchema>;

export const InspirationSchema = z.strictObject({
  ...fileHeader('inspiration'),
  sources: z.array(z.strictObject({ id: contentId, title: nonEmpty(300) })).check(z.minLength(1)),
  items: z.array(InspirationItemSchema).check(z.minLength(1)),
});
export type Inspiration = z.infer<typeof InspirationSchema>;

export const ContentFileSchema = z.discriminatedUnion('kind', [HusetSchema, QuestionnaireSchema, DialogSchema, GuidanceSchema, InspirationSchema]);
export type ContentFile = z.infer<typeof ContentFileSchema>;

/** The content the app cannot work without; a missing one fails the build. */
export const REQUIRED_CONTENT = ['huset', 'dialog', 'guidance', 'maalgruppe-1', 'maalgruppe-2', 'inspiration'] as const;

export interface ContentSet {
  huset: Huset;
  dialog: Dialog;
  guidance: Guidance;
  questionnaires: Questionnaire[];
  inspiration: Inspiration;
}

export type ContentCheck = { ok: true; content: ContentSet } | { ok: false; errors: string[] };

/**
 * Checks a set of content files: each against its schema, then the rules
 * that span files (every question in a known block, numbers 1..n in order,
 * unique ids, every block used by every questionnaire; inspiration items
 * with unique ids, a known source, "2011" on every 2011 example and at least
 * four items per block).
 * Errors name the file and the field, in English: they are for whoever
 * edits the content files, at build time, and are never shown in the app.
 */
export function checkContentFiles(files: ReadonlyArray<{ name: string; json: unknown }>): ContentCheck {
  const errors: string[] = [];
  const parsed: Array<{ name: string; file: ContentFile }> = [];
  for (const { name, json } of files) {
    const result = parseStrict(ContentFileSchema, json);
    if (!result.ok) errors.push(...result.problems.map((line) => `${name}: ${line}`));
    else if (name !== `${result.data.id}.json`) errors.push(`${name}: id: the file must be named "${result.data.id}.json" after its id`);
    else parsed.push({ name, file: result.data });
  }

  for (const required of REQUIRED_CONTENT) {
    // A required file that exists but is broken has already been reported above.
    if (!parsed.some(({ file }) => file.id === required) && !files.some(({ name }) => name === `${required}.json`)) {
      errors.push(`${required}.json: the file is missing (required content)`);
    }
  }

  const seenIds = new Map<string, string>();
  for (const { name, file } of parsed) {
    const previous = seenIds.get(file.id);
    if (previous) errors.push(`${name}: id "${file.id}" is also used in ${previous}`);
    seenIds.set(file.id, name);
  }

  const huset = parsed.find((p) => p.file.kind === 'huset');
  if (huset?.file.kind === 'huset') {
    const ids = huset.file.blocks.map((b) => b.id);
    BLOCK_IDS.forEach((id, i) => {
      if (ids[i] !== id) errors.push(`${huset.name}: blocks[${i}].id: expected "${id}", found "${ids[i] ?? 'nothing'}"`);
    });
  }

  const questionIds = new Map<string, string>();
  for (const { name, file } of parsed) {
    if (file.kind !== 'questionnaire') continue;
    file.questions.forEach((q, i) => {
      if (q.number !== i + 1) errors.push(`${name}: questions[${i}].number: expected ${i + 1}, found ${q.number}`);
      const other = questionIds.get(q.id);
      if (other) errors.push(`${name}: questions[${i}].id: "${q.id}" is also used in ${other}`);
      questionIds.set(q.id, name);
    });
    for (const block of BLOCK_IDS) {
      if (!file.questions.some((q) => q.block === block)) errors.push(`${name}: questions: no question under the building block "${block}"`);
    }
  }

  for (const { name, file } of parsed) {
    if (file.kind !== 'guidance') continue;
    GUIDED_STEPS.forEach((step, i) => {
      const found = file.steps[i];
      if (found?.step !== step) errors.push(`${name}: steps[${i}].step: expected "${step}", found "${found?.step ?? 'nothing'}"`);
      else if (found.number !== i + 1) errors.push(`${name}: steps[${i}].number: expected ${i + 1}, found ${found.number}`);
    });
  }

  for (const { name, file } of parsed) {
    if (file.kind !== 'inspiration') continue;
    const sourceIds = new Set<string>();
    file.sources.forEach((source, i) => {
      if (sourceIds.has(source.id)) errors.push(`${name}: sources[${i}].id: "${source.id}" is used twice`);
      sourceIds.add(source.id);
    });
    const itemIds = new Map<string, number>();
    file.items.forEach((item, i) => {
      const other = itemIds.get(item.id);
      if (other !== undefined) errors.push(`${name}: items[${i}].id: "${item.id}" is also used in items[${other}]`);
      else itemIds.set(item.id, i);
      if (!sourceIds.has(item.source)) errors.push(`${name}: items[${i}].source: unknown source "${item.source}" (not in sources)`);
      if (new Set(item.blocks).size !== item.blocks.length) errors.push(`${name}: items[${i}].blocks: the same building block is listed more than once`);
      if (item.kind === 'example-2011' && !`${item.title} ${item.summary}`.includes('2011')) {
        errors.push(`${name}: items[${i}].title: an example from 2011 must say "2011" in its title or summary`);
      }
    });
    for (const block of BLOCK_IDS) {
      const count = file.items.filter((item) => item.blocks.includes(block)).length;
      if (count < MIN_INSPIRATION_PER_BLOCK) {
        errors.push(`${name}: items: the building block "${block}" has ${count} inspiration items, it needs at least ${MIN_INSPIRATION_PER_BLOCK}`);
      }
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  const pick = <K extends ContentFile['kind']>(kind: K) =>
    parsed.filter((p) => p.file.kind === kind).map((p) => p.file as Extract<ContentFile, { kind: K }>);
  const [husetFile] = pick('huset');
  const [dialogFile] = pick('dialog');
  const [guidanceFile] = pick('guidance');
  const [inspirationFile] = pick('inspiration');
  if (!husetFile || !dialogFile || !guidanceFile || !inspirationFile) {
    return { ok: false, errors: ['huset.json, dialog.json, guidance.json or inspiration.json is missing'] };
  }
  const questionnaires = pick('questionnaire').sort((a, b) => a.id.localeCompare(b.id));
  return { ok: true, content: { huset: husetFile, dialog: dialogFile, guidance: guidanceFile, questionnaires, inspiration: inspirationFile } };
}

/**
 * The questions grouped by building block in the questionnaire's own order
 * (the booklet starts with Tydelig ledelse, not with Huset's first block).
 */
export function questionsByBlock(questionnaire: Questionnaire): Array<{ block: BlockId; questions: Question[] }> {
  const groups: Array<{ block: BlockId; questions: Question[] }> = [];
  for (const question of questionnaire.questions) {
    const last = groups[groups.length - 1];
    if (last?.block === question.block) last.questions.push(question);
    else groups.push({ block: question.block, questions: [question] });
  }
  return groups;
}
