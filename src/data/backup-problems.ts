/**
 * Why a backup file is refused, as typed codes with their parameters. The
 * reading code (parse-backup.ts) says what is wrong and where; the words,
 * in the chosen language, are src/i18n/'s business (describeRefusal).
 */
import type { LinkProblem } from '../domain/workshop-links';
import type { z } from '../domain/zod';
import type { Path } from './structure';

/** A workshop in the file: its place in the file's list (from 1) and the workshop as read, so it can be named by its title. */
export interface WorkshopInFile {
  position: number;
  raw: unknown;
}

/** What is wrong inside one workshop: a field the schema refuses, or a contradiction between its parts or with this device's content. */
export type WorkshopProblem = { kind: 'schema'; issue: z.core.$ZodIssue } | { kind: 'link'; problem: LinkProblem };

/**
 * A place in the file: a field inside a workshop (an empty path is the
 * workshop itself), or one of the file's own fields by its key.
 */
export type PlaceInFile = { workshop: WorkshopInFile; path: Path } | { workshop: null; key: string | number | undefined };

/** The one problem the message names. `where` is null when the problem is in the file's own fields. */
export type BackupProblem =
  | { code: 'too-large'; bytes: number }
  | { code: 'empty' }
  | { code: 'damaged' }
  | { code: 'not-backup' }
  | { code: 'bad-version' }
  | { code: 'newer' }
  | { code: 'too-old' }
  | { code: 'migration-failed' }
  | { code: 'too-deep' }
  | { code: 'too-much' }
  | { code: 'forbidden-key'; where: WorkshopInFile | null }
  | { code: 'too-long-text'; where: WorkshopInFile | null; length: number }
  | { code: 'envelope' }
  | { code: 'no-workshops' }
  | { code: 'too-many-workshops'; count: number }
  /** `moreProblems` in the same workshop, `otherWorkshops` with problems of their own. */
  | { code: 'invalid-workshop'; workshop: WorkshopInFile; problem: WorkshopProblem; moreProblems: number; otherWorkshops: number }
  | { code: 'not-a-workshop'; workshop: WorkshopInFile; otherWorkshops: number }
  | { code: 'duplicate'; first: WorkshopInFile; second: WorkshopInFile }
  | { code: 'unreadable' };

/** One line under "Vis detaljer". */
export type BackupDetail =
  | { code: 'json-ends' }
  | { code: 'json-at'; line: number; column: number }
  | { code: 'top-list' }
  | { code: 'top-value' }
  | { code: 'no-format' }
  | { code: 'other-format' }
  | { code: 'version-missing' }
  | { code: 'version-not-whole' }
  | { code: 'newer'; version: number; newest: number }
  | { code: 'version'; version: number }
  | { code: 'too-deep'; place: PlaceInFile }
  | { code: 'too-much'; place: PlaceInFile }
  | { code: 'long-text'; place: PlaceInFile; length: number }
  | { code: 'bad-key'; place: PlaceInFile }
  | { code: 'file-field'; key: string | number | undefined; missing: boolean }
  | { code: 'unknown-fields' }
  | { code: 'workshop'; workshop: WorkshopInFile; problem: WorkshopProblem };

export type BackupProblemCode = BackupProblem['code'];
export type BackupDetailCode = BackupDetail['code'];
