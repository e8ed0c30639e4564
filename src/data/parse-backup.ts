/**
 * Reading a backup file: text in, either every workshop in it (checked
 * against the schema) or one Danish message saying why the file is refused.
 * All or nothing: a single bad workshop refuses the whole file, so a restore
 * never stores half a file. Never throws; the caller only shows the message.
 *
 * The checks run from cheap to expensive, and each guards the next: size
 * before JSON.parse, the envelope and its version before anything looks
 * inside, the structure walk before any recursive code (protoKeyPaths, zod,
 * migrations) touches the data. Last come the links: a workshop that passes
 * the schema but contradicts itself, or names a questionnaire, question or
 * answer this device does not have, is refused too (workshop-links.ts).
 */
import type { Workshop } from '../domain/workshop';
import { importProblems, type InstalledContent, type LinkProblem } from '../domain/workshop-links';
import { checkWorkshop, WorkshopSchema } from '../domain/workshop-schema';
import { protoKeyLocations, z } from '../domain/zod';
import {
  BACKUP_SCOPES,
  FORMAT_NAME,
  FORMAT_VERSION,
  MAX_FILE_BYTES,
  MAX_WORKSHOPS,
  type BackupScope,
} from './envelope';
import { details as said, messages } from '../i18n/backup.da';
import { isPlainRecord, MIGRATIONS, migrateWith, MissingMigrationError, type MigrationRegistry } from './migrations';
import { findStructureProblem, type Path } from './structure';
import { describeIssue, describeLinkProblem, readableTitle, subjectOf } from '../i18n/workshop-problems.da';

export type ParseResult =
  | {
      ok: true;
      workshops: Workshop[];
      /** The version the file was written in (before any migration). */
      formatVersion: number;
      migrated: boolean;
      exportedAt: string;
      scope: BackupScope;
    }
  | { ok: false; message: string; details: string[] };

export type ParseFailure = Extract<ParseResult, { ok: false }>;

export interface ParseOptions {
  /** The file's size in bytes as the browser reports it (File.size). */
  byteLength: number;
  /** The questionnaires and scale on this device: every workshop must link to them. */
  installed: InstalledContent;
  /** Only for tests of old formats; the app always uses MIGRATIONS. */
  migrations?: MigrationRegistry;
}

/** Metadata is checked too, so a file that is half ours and half something else is refused. */
const EnvelopeSchema = z.strictObject({
  format: z.literal(FORMAT_NAME),
  formatVersion: z.literal(FORMAT_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  app: z.strictObject({ name: z.string().check(z.maxLength(100)), version: z.string().check(z.maxLength(100)) }),
  scope: z.enum(BACKUP_SCOPES),
  workshops: z.array(z.unknown()).check(z.minLength(1), z.maxLength(MAX_WORKSHOPS)),
});

/** The "Vis detaljer" list stays readable even for a file with thousands of problems. */
const MAX_DETAILS = 50;
const MAX_DETAIL_LENGTH = 300;

/** Checks a backup file's text; see the module comment for the order of checks. */
export function parseBackup(text: string, options: ParseOptions): ParseResult {
  try {
    return parseUnguarded(text, options);
  } catch (error) {
    // Only a bug gets here; the user is told the file could not be read, the console has the rest.
    console.error(error);
    return refuse(messages.unreadable);
  }
}

function parseUnguarded(text: string, options: ParseOptions): ParseResult {
  // A UTF-8 file has at least as many bytes as the text has UTF-16 units, so
  // the text's length is a second check should the caller pass a wrong size.
  const size = Math.max(Number.isFinite(options.byteLength) ? options.byteLength : 0, text.length);
  if (size > MAX_FILE_BYTES) return refuse(messages.tooLarge(size));

  // Some editors put a byte-order mark first; it is not part of the JSON.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return refuse(messages.empty);

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return refuse(messages.damaged, whereJsonBreaks(body, error));
  }

  if (!isPlainRecord(data) || !hasOwn(data, 'format') || data.format !== FORMAT_NAME) {
    return refuse(messages.notBackup, [describeTopLevel(data)]);
  }
  const version = hasOwn(data, 'formatVersion') ? data.formatVersion : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return refuse(messages.badVersion, [version === undefined ? said.versionMissing : said.versionNotWhole]);
  }
  if (version > FORMAT_VERSION) {
    return refuse(messages.newer, [said.newer(version, FORMAT_VERSION)]);
  }

  const structure = checkStructure(data);
  if (structure) return structure;

  let current: unknown = data;
  if (version < FORMAT_VERSION) {
    try {
      current = migrateWith(options.migrations ?? MIGRATIONS, data, version, FORMAT_VERSION);
    } catch (error) {
      if (error instanceof MissingMigrationError) return refuse(messages.tooOld, [said.version(version)]);
      console.error(error);
      return refuse(messages.migrationFailed, [said.version(version)]);
    }
    // A migration builds new objects; check what it built as strictly as the original.
    const after = checkStructure(current);
    if (after) return after;
  }

  return checkContents(current, version, options.installed);
}

/** Depth, size, huge strings and keys that reach Object.prototype. */
function checkStructure(data: unknown): ParseFailure | null {
  const problem = findStructureProblem(data);
  if (problem?.kind === 'too-deep') return refuse(messages.tooDeep, [said.tooDeep(placeOf(data, problem.path))]);
  if (problem?.kind === 'too-much') return refuse(messages.tooMuch, [said.tooMuch(placeOf(data, problem.path))]);
  if (problem?.kind === 'long-text') {
    return refuse(messages.tooLongText(whereIs(data, problem.path), problem.length), [said.longText(placeOf(data, problem.path), problem.length)]);
  }
  // Safe only now: protoKeyLocations recurses, and the walk has bounded the depth.
  const proto = protoKeyLocations(data);
  // A reserved key is reported at its own path; the place is the object that holds it.
  const reserved = problem?.kind === 'reserved-key' ? problem.paths.map((path) => path.slice(0, -1)) : [];
  const bad = [...proto, ...reserved];
  const first = bad[0];
  if (first) return refuse(messages.forbiddenKey(whereIs(data, first)), bad.map((path) => said.badKey(placeOf(data, path))));
  return null;
}

function checkContents(data: unknown, originalVersion: number, installed: InstalledContent): ParseResult {
  if (!isPlainRecord(data)) return refuse(messages.notBackup, [describeTopLevel(data)]);
  const workshops = hasOwn(data, 'workshops') ? data.workshops : undefined;
  if (Array.isArray(workshops) && workshops.length === 0) return refuse(messages.noWorkshops);
  if (Array.isArray(workshops) && workshops.length > MAX_WORKSHOPS) return refuse(messages.tooManyWorkshops(workshops.length));
  // (__proto__ keys were refused by the structure check above.)
  const envelope = EnvelopeSchema.safeParse(data);
  if (!envelope.success) return refuse(messages.envelope, envelope.error.issues.map((issue) => envelopeProblem(issue, data)));

  const valid: Workshop[] = [];
  const failures: { index: number; raw: unknown }[] = [];
  envelope.data.workshops.forEach((raw, index) => {
    const check = checkWorkshop(raw);
    if (check.ok) valid.push(check.workshop);
    else failures.push({ index, raw });
  });
  if (failures.length > 0) return refuseWorkshops(failures);

  const duplicate = findDuplicate(valid);
  if (duplicate) {
    const [a, b] = duplicate;
    return refuse(messages.duplicate(labelOf(a, valid[a]), labelOf(b, valid[b])));
  }

  const contradictions = valid
    .map((workshop, index) => ({ index, workshop, problems: importProblems(workshop, installed) }))
    .filter((failure) => failure.problems.length > 0);
  if (contradictions.length > 0) return refuseContradictions(contradictions);

  return {
    ok: true,
    workshops: valid,
    formatVersion: originalVersion,
    migrated: originalVersion !== FORMAT_VERSION,
    exportedAt: envelope.data.exportedAt,
    scope: envelope.data.scope,
  };
}

/** One message for the first bad workshop, with a count of the rest; every problem in the details. */
function refuseWorkshops(failures: { index: number; raw: unknown }[]): ParseFailure {
  const details: string[] = [];
  let message = '';
  failures.forEach(({ index, raw }, n) => {
    const issues = issuesOf(raw);
    const label = labelOf(index, raw);
    for (const issue of issues) details.push(messages.invalidWorkshop(label, describeIssue(issue, raw)));
    if (n > 0) return;
    const first = issues[0];
    const rootNotObject = !first || (first.path.length === 0 && first.code === 'invalid_type');
    message = rootNotObject ? messages.notAWorkshop(label) : messages.invalidWorkshop(label, describeIssue(first, raw));
    if (!rootNotObject && issues.length > 1) message += ` ${messages.moreProblems(issues.length - 1)}`;
  });
  if (failures.length > 1) message += ` ${messages.otherWorkshops(failures.length - 1)}`;
  return refuse(message, details);
}

/** A problem that a newer version of the app would solve: the user is asked to update. */
function needsUpdate(problem: LinkProblem): boolean {
  return problem.code === 'newer-questionnaire' || problem.code === 'unknown-questionnaire';
}

/**
 * Workshops that passed the schema but contradict themselves or the content
 * on this device. The message names the first (or the first that asks for an
 * update, since updating may mend the whole file); the details list them all.
 */
function refuseContradictions(failures: { index: number; workshop: Workshop; problems: LinkProblem[] }[]): ParseFailure {
  const lead = failures.find((f) => f.problems.some(needsUpdate)) ?? failures[0];
  if (!lead) return refuse(messages.unreadable);
  const details = failures.flatMap(({ index, workshop, problems }) =>
    problems.map((problem) => messages.invalidWorkshop(labelOf(index, workshop), describeLinkProblem(problem))),
  );
  const first = lead.problems.find(needsUpdate) ?? lead.problems[0];
  if (!first) return refuse(messages.unreadable);
  let message = messages.invalidWorkshop(labelOf(lead.index, lead.workshop), describeLinkProblem(first));
  if (lead.problems.length > 1) message += ` ${messages.moreProblems(lead.problems.length - 1)}`;
  if (failures.length > 1) message += ` ${messages.otherWorkshops(failures.length - 1)}`;
  return refuse(message, details);
}

/** zod's issues for a workshop checkWorkshop refused; structured, so the message can name the field. */
function issuesOf(raw: unknown): z.core.$ZodIssue[] {
  const result = WorkshopSchema.safeParse(raw);
  return result.success ? [] : result.error.issues;
}

function findDuplicate(workshops: readonly Workshop[]): [number, number] | null {
  const seen = new Map<string, number>();
  for (const [index, workshop] of workshops.entries()) {
    const earlier = seen.get(workshop.id);
    if (earlier !== undefined) return [earlier, index];
    seen.set(workshop.id, index);
  }
  return null;
}

function labelOf(index: number, workshop: unknown): string {
  return messages.workshopLabel(index + 1, readableTitle(workshop));
}

/** "Dialogmøde 2 (»Trioen«)" for a path inside a workshop, otherwise "Filen". */
function whereIs(data: unknown, path: Path): string {
  const [top, index] = path;
  if (top !== 'workshops' || typeof index !== 'number' || !isPlainRecord(data) || !Array.isArray(data.workshops)) {
    return messages.theFile;
  }
  return labelOf(index, data.workshops[index]);
}

/** A place in the file in words: "Dialogmøde 2 (»Trioen«), titlen", "Filen, listen over dialogmøder". */
function placeOf(data: unknown, path: Path): string {
  const [top, index, ...rest] = path;
  if (top === 'workshops' && typeof index === 'number' && isPlainRecord(data) && Array.isArray(data.workshops)) {
    return said.place(labelOf(index, data.workshops[index]), rest.length > 0 ? subjectOf(rest).noun : null);
  }
  return said.place(messages.theFile, said.fileField(top));
}

/** What is wrong with the file's own fields (not a workshop's), in words. */
function envelopeProblem(issue: z.core.$ZodIssue, data: unknown): string {
  if (issue.code === 'unrecognized_keys' && issue.path.length === 0) return said.unknownFields;
  const key = issue.path[0];
  const field = said.fileField(typeof key === 'symbol' ? undefined : key) ?? said.fileField('?') ?? '';
  const missing = !isPlainRecord(data) || typeof key !== 'string' || !hasOwn(data, key);
  return said.fileProblem(field, missing);
}

/** Where JSON.parse gave up, as line and column, or that the file ends too early. */
function whereJsonBreaks(body: string, error: unknown): string[] {
  const text = error instanceof Error ? error.message : '';
  if (/end of (JSON )?input|unterminated/i.test(text)) return [said.jsonEnds];
  const position = /at position (\d+)/.exec(text);
  if (!position) return [];
  const offset = Math.min(Number(position[1]), body.length);
  if (offset >= body.length) return [said.jsonEnds];
  const before = body.slice(0, offset).split('\n');
  return [said.jsonAt(before.length, (before[before.length - 1]?.length ?? 0) + 1)];
}

function describeTopLevel(data: unknown): string {
  if (Array.isArray(data)) return said.topList;
  if (data === null || typeof data !== 'object') return said.topValue;
  return hasOwn(data as Record<string, unknown>, 'format') ? said.otherFormat : said.noFormat;
}

function hasOwn(value: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(value, key);
}

function short(text: string): string {
  return text.length > MAX_DETAIL_LENGTH ? `${text.slice(0, MAX_DETAIL_LENGTH - 1)}…` : text;
}

function refuse(message: string, details: string[] = []): ParseFailure {
  const unique = [...new Set(details)];
  const shown = unique.slice(0, MAX_DETAILS).map(short);
  if (unique.length > MAX_DETAILS) shown.push(messages.moreDetails(unique.length - MAX_DETAILS));
  return { ok: false, message, details: shown };
}
