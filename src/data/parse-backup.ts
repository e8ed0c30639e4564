/**
 * Reading a backup file: text in, either every workshop in it (checked
 * against the schema) or why the file is refused: one problem for the
 * message and every problem for "Vis detaljer", as codes (backup-problems.ts)
 * that src/i18n/ puts into words.
 * All or nothing: a single bad workshop refuses the whole file, so a restore
 * never stores half a file. Never throws; the caller only shows the refusal.
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
import type { BackupDetail, BackupProblem, PlaceInFile, WorkshopInFile } from './backup-problems';
import {
  BACKUP_SCOPES,
  FORMAT_NAME,
  FORMAT_VERSION,
  MAX_FILE_BYTES,
  MAX_WORKSHOPS,
  type BackupScope,
} from './envelope';
import { isPlainRecord, MIGRATIONS, migrateWith, MissingMigrationError, type MigrationRegistry } from './migrations';
import { findStructureProblem, type Path } from './structure';

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
  | { ok: false; problem: BackupProblem; details: BackupDetail[] };

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

/** Checks a backup file's text; see the module comment for the order of checks. */
export function parseBackup(text: string, options: ParseOptions): ParseResult {
  try {
    return parseUnguarded(text, options);
  } catch (error) {
    // Only a bug gets here; the user is told the file could not be read, the console has the rest.
    console.error(error);
    return refuse({ code: 'unreadable' });
  }
}

function parseUnguarded(text: string, options: ParseOptions): ParseResult {
  // A UTF-8 file has at least as many bytes as the text has UTF-16 units, so
  // the text's length is a second check should the caller pass a wrong size.
  const size = Math.max(Number.isFinite(options.byteLength) ? options.byteLength : 0, text.length);
  if (size > MAX_FILE_BYTES) return refuse({ code: 'too-large', bytes: size });

  // Some editors put a byte-order mark first; it is not part of the JSON.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return refuse({ code: 'empty' });

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return refuse({ code: 'damaged' }, whereJsonBreaks(body, error));
  }

  if (!isPlainRecord(data) || !hasOwn(data, 'format') || data.format !== FORMAT_NAME) {
    return refuse({ code: 'not-backup' }, [describeTopLevel(data)]);
  }
  const version = hasOwn(data, 'formatVersion') ? data.formatVersion : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return refuse({ code: 'bad-version' }, [{ code: version === undefined ? 'version-missing' : 'version-not-whole' }]);
  }
  if (version > FORMAT_VERSION) {
    return refuse({ code: 'newer' }, [{ code: 'newer', version, newest: FORMAT_VERSION }]);
  }

  const structure = checkStructure(data);
  if (structure) return structure;

  let current: unknown = data;
  if (version < FORMAT_VERSION) {
    try {
      current = migrateWith(options.migrations ?? MIGRATIONS, data, version, FORMAT_VERSION);
    } catch (error) {
      if (error instanceof MissingMigrationError) return refuse({ code: 'too-old' }, [{ code: 'version', version }]);
      console.error(error);
      return refuse({ code: 'migration-failed' }, [{ code: 'version', version }]);
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
  if (problem?.kind === 'too-deep') return refuse({ code: 'too-deep' }, [{ code: 'too-deep', place: placeOf(data, problem.path) }]);
  if (problem?.kind === 'too-much') return refuse({ code: 'too-much' }, [{ code: 'too-much', place: placeOf(data, problem.path) }]);
  if (problem?.kind === 'long-text') {
    return refuse({ code: 'too-long-text', where: workshopAt(data, problem.path), length: problem.length }, [
      { code: 'long-text', place: placeOf(data, problem.path), length: problem.length },
    ]);
  }
  // Safe only now: protoKeyLocations recurses, and the walk has bounded the depth.
  const proto = protoKeyLocations(data);
  // A reserved key is reported at its own path; the place is the object that holds it.
  const reserved = problem?.kind === 'reserved-key' ? problem.paths.map((path) => path.slice(0, -1)) : [];
  const bad = [...proto, ...reserved];
  const first = bad[0];
  if (first) {
    return refuse(
      { code: 'forbidden-key', where: workshopAt(data, first) },
      bad.map((path) => ({ code: 'bad-key', place: placeOf(data, path) })),
    );
  }
  return null;
}

function checkContents(data: unknown, originalVersion: number, installed: InstalledContent): ParseResult {
  if (!isPlainRecord(data)) return refuse({ code: 'not-backup' }, [describeTopLevel(data)]);
  const workshops = hasOwn(data, 'workshops') ? data.workshops : undefined;
  if (Array.isArray(workshops) && workshops.length === 0) return refuse({ code: 'no-workshops' });
  if (Array.isArray(workshops) && workshops.length > MAX_WORKSHOPS) return refuse({ code: 'too-many-workshops', count: workshops.length });
  // (__proto__ keys were refused by the structure check above.)
  const envelope = EnvelopeSchema.safeParse(data);
  if (!envelope.success) return refuse({ code: 'envelope' }, envelope.error.issues.map((issue) => envelopeProblem(issue, data)));

  const valid: Workshop[] = [];
  const failures: WorkshopInFile[] = [];
  envelope.data.workshops.forEach((raw, index) => {
    const check = checkWorkshop(raw);
    if (check.ok) valid.push(check.workshop);
    else failures.push(inFile(index, raw));
  });
  if (failures.length > 0) return refuseWorkshops(failures);

  const duplicate = findDuplicate(valid);
  if (duplicate) {
    const [a, b] = duplicate;
    return refuse({ code: 'duplicate', first: inFile(a, valid[a]), second: inFile(b, valid[b]) });
  }

  const contradictions = valid
    .map((workshop, index) => ({ workshop: inFile(index, workshop), problems: importProblems(workshop, installed) }))
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

/** The first bad workshop's first problem for the message, with counts of the rest; every problem in the details. */
function refuseWorkshops(failures: WorkshopInFile[]): ParseFailure {
  const details: BackupDetail[] = [];
  let problem: BackupProblem = { code: 'unreadable' };
  failures.forEach((workshop, n) => {
    const issues = issuesOf(workshop.raw);
    for (const issue of issues) details.push({ code: 'workshop', workshop, problem: { kind: 'schema', issue } });
    if (n > 0) return;
    const first = issues[0];
    const otherWorkshops = failures.length - 1;
    problem =
      !first || (first.path.length === 0 && first.code === 'invalid_type')
        ? { code: 'not-a-workshop', workshop, otherWorkshops }
        : { code: 'invalid-workshop', workshop, problem: { kind: 'schema', issue: first }, moreProblems: issues.length - 1, otherWorkshops };
  });
  return refuse(problem, details);
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
function refuseContradictions(failures: { workshop: WorkshopInFile; problems: LinkProblem[] }[]): ParseFailure {
  const lead = failures.find((f) => f.problems.some(needsUpdate)) ?? failures[0];
  const first = lead?.problems.find(needsUpdate) ?? lead?.problems[0];
  if (!lead || !first) return refuse({ code: 'unreadable' });
  const details = failures.flatMap(({ workshop, problems }) =>
    problems.map((problem): BackupDetail => ({ code: 'workshop', workshop, problem: { kind: 'link', problem } })),
  );
  return refuse(
    {
      code: 'invalid-workshop',
      workshop: lead.workshop,
      problem: { kind: 'link', problem: first },
      moreProblems: lead.problems.length - 1,
      otherWorkshops: failures.length - 1,
    },
    details,
  );
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

function inFile(index: number, raw: unknown): WorkshopInFile {
  return { position: index + 1, raw };
}

/** The workshop a path inside the file leads into, or null for the file's own fields. */
function workshopAt(data: unknown, path: Path): WorkshopInFile | null {
  const [top, index] = path;
  if (top !== 'workshops' || typeof index !== 'number' || !isPlainRecord(data) || !Array.isArray(data.workshops)) return null;
  return inFile(index, data.workshops[index]);
}

/** A path in the file as a place: a field inside a workshop, or one of the file's own fields. */
function placeOf(data: unknown, path: Path): PlaceInFile {
  const workshop = workshopAt(data, path);
  return workshop ? { workshop, path: path.slice(2) } : { workshop: null, key: path[0] };
}

/** What is wrong with the file's own fields (not a workshop's). */
function envelopeProblem(issue: z.core.$ZodIssue, data: unknown): BackupDetail {
  if (issue.code === 'unrecognized_keys' && issue.path.length === 0) return { code: 'unknown-fields' };
  const key = issue.path[0];
  const missing = !isPlainRecord(data) || typeof key !== 'string' || !hasOwn(data, key);
  return { code: 'file-field', key: typeof key === 'symbol' ? '?' : key, missing };
}

/** Where JSON.parse gave up, as line and column, or that the file ends too early. */
function whereJsonBreaks(body: string, error: unknown): BackupDetail[] {
  const text = error instanceof Error ? error.message : '';
  if (/end of (JSON )?input|unterminated/i.test(text)) return [{ code: 'json-ends' }];
  const position = /at position (\d+)/.exec(text);
  if (!position) return [];
  const offset = Math.min(Number(position[1]), body.length);
  if (offset >= body.length) return [{ code: 'json-ends' }];
  const before = body.slice(0, offset).split('\n');
  return [{ code: 'json-at', line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 }];
}

function describeTopLevel(data: unknown): BackupDetail {
  if (Array.isArray(data)) return { code: 'top-list' };
  if (data === null || typeof data !== 'object') return { code: 'top-value' };
  return { code: hasOwn(data as Record<string, unknown>, 'format') ? 'other-format' : 'no-format' };
}

function hasOwn(value: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(value, key);
}

function refuse(problem: BackupProblem, details: BackupDetail[] = []): ParseFailure {
  return { ok: false, problem, details };
}
