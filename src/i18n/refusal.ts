/**
 * Puts a refused backup (codes from data/backup-problems.ts) into one
 * language's words. The sentences are the language's (backup.da.ts …); the
 * rules are shared: which problem leads, how places and workshops are named,
 * and that "Vis detaljer" says each line once, at most 50 of them.
 */
import type { BackupDetail, BackupProblem, PlaceInFile, WorkshopInFile, WorkshopProblem } from '../data/backup-problems';
import type { LinkProblem } from '../domain/workshop-links';
import { LIMITS } from '../domain/workshop';
import type { z } from '../domain/zod';
import type { BackupDetailWords, BackupMessages } from './backup.da';

type Path = readonly PropertyKey[];

/** One language's words for a refusal: its messages and detail lines, and how it names a field or a problem inside a workshop. */
export interface RefusalWords {
  /** The Danish catalogue's shape: every language has the same messages with the same parameters. */
  messages: BackupMessages;
  details: BackupDetailWords;
  /** A field the schema refused, as a short clause (no full stop): "titlen er for lang (højst 200 tegn)". */
  describeIssue: (issue: z.core.$ZodIssue, workshop: unknown) => string;
  /** A contradiction inside a workshop or with this device's content, as a short clause. */
  describeLinkProblem: (problem: LinkProblem) => string;
  /** A path inside a workshop as a field's name: "titlen", "navnet på deltager 3". */
  fieldName: (path: Path) => string;
}

/** The "Vis detaljer" list stays readable even for a file with thousands of problems. */
const MAX_DETAILS = 50;
const MAX_DETAIL_LENGTH = 300;

/** A refused file in one language's words: one message, and the "Vis detaljer" lines. */
export function describeRefusalWith(
  words: RefusalWords,
  refusal: { problem: BackupProblem; details: readonly BackupDetail[] },
): { message: string; details: string[] } {
  const { messages } = words;
  const unique = [...new Set(refusal.details.map((detail) => describeDetail(words, detail)))];
  const shown = unique.slice(0, MAX_DETAILS).map(short);
  if (unique.length > MAX_DETAILS) shown.push(messages.moreDetails(unique.length - MAX_DETAILS));
  return { message: describeProblem(words, refusal.problem), details: shown };
}

function describeProblem(words: RefusalWords, problem: BackupProblem): string {
  const { messages } = words;
  switch (problem.code) {
    case 'too-large':
      return messages.tooLarge(problem.bytes);
    case 'empty':
      return messages.empty;
    case 'damaged':
      return messages.damaged;
    case 'not-backup':
      return messages.notBackup;
    case 'bad-version':
      return messages.badVersion;
    case 'newer':
      return messages.newer;
    case 'too-old':
      return messages.tooOld;
    case 'migration-failed':
      return messages.migrationFailed;
    case 'too-deep':
      return messages.tooDeep;
    case 'too-much':
      return messages.tooMuch;
    case 'forbidden-key':
      return messages.forbiddenKey(whereIs(words, problem.where));
    case 'too-long-text':
      return messages.tooLongText(whereIs(words, problem.where), problem.length);
    case 'envelope':
      return messages.envelope;
    case 'no-workshops':
      return messages.noWorkshops;
    case 'too-many-workshops':
      return messages.tooManyWorkshops(problem.count);
    case 'invalid-workshop': {
      let message = messages.invalidWorkshop(labelOf(words, problem.workshop), workshopProblem(words, problem.workshop, problem.problem));
      if (problem.moreProblems > 0) message += ` ${messages.moreProblems(problem.moreProblems)}`;
      if (problem.otherWorkshops > 0) message += ` ${messages.otherWorkshops(problem.otherWorkshops)}`;
      return message;
    }
    case 'not-a-workshop': {
      const message = messages.notAWorkshop(labelOf(words, problem.workshop));
      return problem.otherWorkshops > 0 ? `${message} ${messages.otherWorkshops(problem.otherWorkshops)}` : message;
    }
    case 'duplicate':
      return messages.duplicate(labelOf(words, problem.first), labelOf(words, problem.second));
    case 'unreadable':
      return messages.unreadable;
  }
}

function describeDetail(words: RefusalWords, detail: BackupDetail): string {
  const { details } = words;
  switch (detail.code) {
    case 'json-ends':
      return details.jsonEnds;
    case 'json-at':
      return details.jsonAt(detail.line, detail.column);
    case 'top-list':
      return details.topList;
    case 'top-value':
      return details.topValue;
    case 'no-format':
      return details.noFormat;
    case 'other-format':
      return details.otherFormat;
    case 'version-missing':
      return details.versionMissing;
    case 'version-not-whole':
      return details.versionNotWhole;
    case 'newer':
      return details.newer(detail.version, detail.newest);
    case 'version':
      return details.version(detail.version);
    case 'too-deep':
      return details.tooDeep(placeOf(words, detail.place));
    case 'too-much':
      return details.tooMuch(placeOf(words, detail.place));
    case 'long-text':
      return details.longText(placeOf(words, detail.place), detail.length);
    case 'bad-key':
      return details.badKey(placeOf(words, detail.place));
    case 'file-field':
      return details.fileProblem(details.fileField(detail.key) ?? details.fileField('?') ?? '', detail.missing);
    case 'unknown-fields':
      return details.unknownFields;
    case 'workshop':
      return words.messages.invalidWorkshop(labelOf(words, detail.workshop), workshopProblem(words, detail.workshop, detail.problem));
  }
}

function workshopProblem(words: RefusalWords, workshop: WorkshopInFile, problem: WorkshopProblem): string {
  return problem.kind === 'schema' ? words.describeIssue(problem.issue, workshop.raw) : words.describeLinkProblem(problem.problem);
}

function labelOf(words: RefusalWords, workshop: WorkshopInFile): string {
  return words.messages.workshopLabel(workshop.position, readableTitle(workshop.raw));
}

/** "Dialogmøde 2 (»Trioen«)" for a problem inside a workshop, otherwise "Filen". */
function whereIs(words: RefusalWords, workshop: WorkshopInFile | null): string {
  return workshop ? labelOf(words, workshop) : words.messages.theFile;
}

/** A place in the file in words: "Dialogmøde 2 (»Trioen«), titlen", "Filen, listen over dialogmøder". */
function placeOf(words: RefusalWords, place: PlaceInFile): string {
  const { details } = words;
  if (place.workshop) return details.place(labelOf(words, place.workshop), place.path.length > 0 ? words.fieldName(place.path) : null);
  return details.place(words.messages.theFile, details.fileField(place.key));
}

function short(text: string): string {
  return text.length > MAX_DETAIL_LENGTH ? `${text.slice(0, MAX_DETAIL_LENGTH - 1)}…` : text;
}

/** Longest title shown in a message; a full 200-character title would drown the sentence. */
const TITLE_IN_MESSAGE = 40;

/** The workshop's title as it may be shown in a message (in any language), or null if there is none worth showing. */
export function readableTitle(workshop: unknown): string | null {
  const title = workshop !== null && typeof workshop === 'object' && Object.prototype.hasOwnProperty.call(workshop, 'title') ? (workshop as { title: unknown }).title : undefined;
  if (typeof title !== 'string') return null;
  const clean = title.slice(0, LIMITS.title * 2).replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ').replace(/\s+/g, ' ').trim();
  if (!clean) return null;
  return clean.length > TITLE_IN_MESSAGE ? `${Array.from(clean).slice(0, TITLE_IN_MESSAGE - 1).join('').trimEnd()}…` : clean;
}
