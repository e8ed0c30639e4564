/**
 * Reading a backup file: text in, either every workshop in it (checked
 * against the schema) or one Danish message saying why the file is refused.
 * All or nothing: a single bad workshop refuses the whole file, so a restore
 * never stores half a file. Never throws; the caller only shows the message.
 *
 * The checks run from cheap to expensive, and each guards the next: size
 * before JSON.parse, the envelope and its version before anything looks
 * inside, the structure walk before any recursive code (protoKeyPaths, zod,
 * migrations) touches the data.
 */
import type { Workshop } from '../domain/workshop';
import { checkWorkshop, WorkshopSchema } from '../domain/workshop-schema';
import { parseStrict, protoKeyPaths, z } from '../domain/zod';
import {
  BACKUP_SCOPES,
  FORMAT_NAME,
  FORMAT_VERSION,
  MAX_FILE_BYTES,
  MAX_WORKSHOPS,
  type BackupScope,
} from './envelope';
import { messages } from '../i18n/backup.da';
import { isPlainRecord, MIGRATIONS, migrateWith, MissingMigrationError, type MigrationRegistry } from './migrations';
import { findStructureProblem, type Path } from './structure';
import { describeIssue, readableTitle } from '../i18n/workshop-problems.da';

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
    return refuse(messages.unreadable, [error instanceof Error ? `${error.name}: ${error.message}` : String(error)]);
  }
}

function parseUnguarded(text: string, options: ParseOptions): ParseResult {
  // A UTF-8 file has at least as many bytes as the text has UTF-16 units, so
  // the text's length is a second check should the caller pass a wrong size.
  const size = Math.max(Number.isFinite(options.byteLength) ? options.byteLength : 0, text.length);
  if (size > MAX_FILE_BYTES) return refuse(messages.tooLarge(size), [`${size} bytes > ${MAX_FILE_BYTES} bytes`]);

  // Some editors put a byte-order mark first; it is not part of the JSON.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return refuse(messages.empty);

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return refuse(messages.damaged, [`JSON: ${error instanceof Error ? error.message : String(error)}`]);
  }

  if (!isPlainRecord(data) || !hasOwn(data, 'format') || data.format !== FORMAT_NAME) {
    return refuse(messages.notBackup, [describeTopLevel(data)]);
  }
  const version = hasOwn(data, 'formatVersion') ? data.formatVersion : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return refuse(messages.badVersion, [`formatVersion: ${short(JSON.stringify(version) ?? 'undefined')}`]);
  }
  if (version > FORMAT_VERSION) {
    return refuse(messages.newer, [`formatVersion ${version} > ${FORMAT_VERSION}`]);
  }

  const structure = checkStructure(data);
  if (structure) return structure;

  let current: unknown = data;
  if (version < FORMAT_VERSION) {
    try {
      current = migrateWith(options.migrations ?? MIGRATIONS, data, version, FORMAT_VERSION);
    } catch (error) {
      if (error instanceof MissingMigrationError) return refuse(messages.tooOld, [`formatVersion ${version}`]);
      return refuse(messages.migrationFailed, [error instanceof Error ? error.message : String(error)]);
    }
    // A migration builds new objects; check what it built as strictly as the original.
    const after = checkStructure(current);
    if (after) return after;
  }

  return checkContents(current, version);
}

/** Depth, size, huge strings and keys that reach Object.prototype. */
function checkStructure(data: unknown): ParseFailure | null {
  const problem = findStructureProblem(data);
  if (problem?.kind === 'too-deep') return refuse(messages.tooDeep, [`${formatPath(problem.path)}: for mange niveauer`]);
  if (problem?.kind === 'too-much') return refuse(messages.tooMuch, [`${formatPath(problem.path)}: for stor`]);
  if (problem?.kind === 'long-text') {
    return refuse(messages.tooLongText(whereIs(data, problem.path), problem.length), [
      `${formatPath(problem.path)}: ${problem.length} tegn`,
    ]);
  }
  // Safe only now: protoKeyPaths recurses, and the walk has bounded the depth.
  const proto = protoKeyPaths(data);
  const reserved = problem?.kind === 'reserved-key' ? problem.paths : [];
  if (proto.length > 0 || reserved.length > 0) {
    const first = reserved[0];
    const where = proto.length === 0 && first ? whereIs(data, first) : whereIsProto(data, proto[0] ?? '');
    return refuse(messages.forbiddenKey(where), [
      ...proto,
      ...reserved.map((path) => `${formatPath(path)}: ugyldig nøgle "${String(path[path.length - 1])}"`),
    ]);
  }
  return null;
}

function checkContents(data: unknown, originalVersion: number): ParseResult {
  if (!isPlainRecord(data)) return refuse(messages.notBackup, [describeTopLevel(data)]);
  const workshops = hasOwn(data, 'workshops') ? data.workshops : undefined;
  if (Array.isArray(workshops) && workshops.length === 0) return refuse(messages.noWorkshops, ['workshops: []']);
  if (Array.isArray(workshops) && workshops.length > MAX_WORKSHOPS) {
    return refuse(messages.tooManyWorkshops(workshops.length), [`workshops: ${workshops.length} > ${MAX_WORKSHOPS}`]);
  }
  const envelope = parseStrict(EnvelopeSchema, data);
  if (!envelope.ok) return refuse(messages.envelope, envelope.problems);

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
    return refuse(messages.duplicate(labelOf(a, valid[a]), labelOf(b, valid[b])), [
      `workshops[${a}].id = workshops[${b}].id = "${valid[a]?.id ?? ''}"`,
    ]);
  }

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
    for (const issue of issues) details.push(`${formatPath(['workshops', index, ...pathOf(issue)])}: ${issue.message}`);
    if (n > 0) return;
    const label = labelOf(index, raw);
    const first = issues[0];
    const rootNotObject = !first || (first.path.length === 0 && first.code === 'invalid_type');
    message = rootNotObject ? messages.notAWorkshop(label) : messages.invalidWorkshop(label, describeIssue(first, raw));
    if (!rootNotObject && issues.length > 1) message += ` ${messages.moreProblems(issues.length - 1)}`;
  });
  if (failures.length > 1) message += ` ${messages.otherWorkshops(failures.length - 1)}`;
  return refuse(message, details);
}

/** zod's issues for a workshop checkWorkshop refused; structured, so the message can name the field. */
function issuesOf(raw: unknown): z.core.$ZodIssue[] {
  const result = WorkshopSchema.safeParse(raw);
  return result.success ? [] : result.error.issues;
}

function pathOf(issue: z.core.$ZodIssue): Path {
  return issue.path.filter((part): part is string | number => typeof part !== 'symbol');
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

/** protoKeyPaths gives lines like "workshops[2].plan: …"; the workshop number is read back from them. */
function whereIsProto(data: unknown, line: string): string {
  const match = /^workshops\[(\d+)\]/.exec(line);
  return match ? whereIs(data, ['workshops', Number(match[1])]) : messages.theFile;
}

function describeTopLevel(data: unknown): string {
  if (Array.isArray(data)) return 'JSON: en liste, ikke et objekt';
  if (data === null) return 'JSON: null';
  if (typeof data !== 'object') return `JSON: ${typeof data}`;
  const format = hasOwn(data as Record<string, unknown>, 'format') ? (data as Record<string, unknown>).format : undefined;
  return `format: ${short(JSON.stringify(format) ?? 'mangler')}`;
}

function hasOwn(value: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(value, key);
}

function formatPath(path: Path): string {
  const text = path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${part}`)).join('');
  return text || '(rod)';
}

function short(text: string): string {
  return text.length > MAX_DETAIL_LENGTH ? `${text.slice(0, MAX_DETAIL_LENGTH - 1)}…` : text;
}

function refuse(message: string, details: string[] = []): ParseFailure {
  const shown = details.slice(0, MAX_DETAILS).map(short);
  if (details.length > MAX_DETAILS) shown.push(messages.moreDetails(details.length - MAX_DETAILS));
  return { ok: false, message, details: shown };
}
