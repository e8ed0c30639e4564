/**
 * The English messages of a refused backup file, mirroring backup.da.ts.
 * The readers are leaders and union reps, so each message says what is
 * wrong, and where, in plain words; it opens with "The file" or with the
 * meeting ("Meeting 2 (“Trioen”)") and ends with a full stop. Field paths,
 * byte counts and parser messages never appear, not even under "Show details".
 */
import { LIMITS } from '../domain/workshop';
import type { BackupDetail, BackupProblem } from '../data/backup-problems';
import { MAX_FILE_BYTES, MAX_WORKSHOPS } from '../data/envelope';
import type { BackupDetailWords, BackupMessages } from './backup.da';
import { describeRefusalWith, type RefusalWords } from './refusal';
import { describeIssue, describeLinkProblem, fieldName } from './workshop-problems.en';
import { formatsFor } from './format';
import { count, plural } from './plural.en';

const format = formatsFor('en');

/** Megabytes with one decimal, rounded up so a refused file never shows as "5.0 MB". */
function megabytes(bytes: number): string {
  const tenths = Math.ceil(bytes / (1024 * 1024) / 0.1 - 1e-9);
  return format.decimal(tenths / 10, 1);
}

const characters = (n: number) => count(n, 'character', 'characters');

export const messages: BackupMessages = {
  tooLarge: (bytes: number) =>
    `The file is too large (${megabytes(bytes)} MB). It can be at most ${MAX_FILE_BYTES / (1024 * 1024)} MB.`,
  empty: 'The file is empty.',
  damaged: 'The file cannot be read. It is damaged or was not saved completely, or it is not a backup from Kom i hus.',
  notBackup: 'The file is not a backup from Kom i hus.',
  badVersion: 'The file looks like a backup from Kom i hus, but its version number is missing or wrong.',
  newer: 'The file was made with a newer version of Kom i hus. Update the app and try again.',
  tooOld: 'The file was made with a version of Kom i hus that this app cannot read.',
  migrationFailed: 'The file was made with an older version of Kom i hus and could not be made ready for this version.',
  tooDeep: 'The file is built the wrong way (too many levels). It is not a backup from Kom i hus, or it has been changed.',
  tooMuch: 'The file contains far too much information to be a backup from Kom i hus.',
  forbiddenKey: (where: string) => `${where} contains a field name that is not allowed. The file may have been changed outside Kom i hus.`,
  tooLongText: (where: string, length: number) =>
    `${where} contains a text of ${characters(length)}. No text in Kom i hus can be longer than ${characters(LIMITS.note)}.`,
  envelope: 'The file looks like a backup from Kom i hus, but the information about the file itself is missing or wrong.',
  noWorkshops: 'The file contains no meetings, so there is nothing to restore.',
  tooManyWorkshops: (n: number) => `The file contains ${count(n, 'meeting', 'meetings')}. There can be at most ${MAX_WORKSHOPS} in one file.`,
  invalidWorkshop: (label: string, problem: string) => `${label}: ${problem}.`,
  notAWorkshop: (label: string) => `${label} is not a valid meeting.`,
  moreProblems: (n: number) =>
    plural(n, { one: 'There is also 1 other problem in this meeting.', other: `There are also ${format.number(n)} other problems in this meeting.` }),
  otherWorkshops: (n: number) =>
    plural(n, { one: '1 other meeting in the file also has problems.', other: `${format.number(n)} other meetings in the file also have problems.` }),
  duplicate: (first: string, second: string) =>
    `${first} and ${second.charAt(0).toLowerCase()}${second.slice(1)} are the same meeting (they have the same ID). The file may have been changed outside Kom i hus.`,
  unreadable: 'The file could not be read.',
  /** "Meeting 2 (“Trioen”)": the workshop's place in the file and, if readable, its title. */
  workshopLabel: (position: number, title: string | null) => (title ? `Meeting ${position} (“${title}”)` : `Meeting ${position}`),
  theFile: 'The file',
  moreDetails: (n: number) => `… and ${format.number(n)} more`,
};

/**
 * The lines under "Show details": naming the meeting and the field in
 * words, never a field path, a byte count or a parser's own message.
 */
export const details: BackupDetailWords = {
  /** "Meeting 2 (“Trioen”), the title": a place in the file, for the lines below. */
  place: (where: string, field: string | null) => (field ? `${where}, ${field}` : where),
  jsonEnds: 'The file stops in the middle of its content, as if it was not saved completely.',
  jsonAt: (line: number, column: number) =>
    `The file is not built the way it should be at line ${format.number(line)}, character ${format.number(column)}.`,
  topList: 'The file contains a list, not a backup.',
  topValue: 'The file contains only a single value, not a backup.',
  noFormat: 'The file lacks the mark that shows it is a backup from Kom i hus.',
  otherFormat: 'The file is marked as some other kind of file, not a backup from Kom i hus.',
  versionMissing: 'The file’s version number is missing.',
  versionNotWhole: 'The file’s version number is not a whole number.',
  newer: (version: number, newest: number) =>
    `The file has version number ${version}. This version of the app can read backups up to and including number ${newest}.`,
  version: (version: number) => `The file has version number ${version}.`,
  tooDeep: (place: string) => `${place}: too many levels nested inside one another.`,
  tooMuch: (place: string) => `${place}: too much information.`,
  longText: (place: string, length: number) => `${place}: a text of ${characters(length)}.`,
  badKey: (place: string) => `${place}: a field with a name that is not allowed.`,
  /** A problem with the file's own information, not a meeting's: `field` from fileField. */
  fileProblem: (field: string, missing: boolean) => `The file: ${field} ${missing ? 'is missing' : 'is wrong'}.`,
  unknownFields: 'The file: there are fields that Kom i hus does not know.',
  /** The file's own fields, by their names in the file. */
  fileField: (key: string | number | undefined): string | null => {
    switch (key) {
      case 'format':
        return 'the mark showing that the file is a backup';
      case 'formatVersion':
        return 'the version number';
      case 'exportedAt':
        return 'the time the file was saved';
      case 'app':
        return 'the information about the app that saved the file';
      case 'scope':
        return 'the information about what the file contains';
      case 'workshops':
        return 'the list of meetings';
      case undefined:
        return null;
      default:
        return 'a field that Kom i hus does not know';
    }
  },
};

/** The English words of a refused backup, for describeRefusalWith. */
export const englishRefusalWords: RefusalWords = {
  messages,
  details,
  describeIssue,
  describeLinkProblem,
  fieldName,
};

/** A refused file in English words: one message, and the "Show details" lines. */
export function describeRefusal(refusal: { problem: BackupProblem; details: readonly BackupDetail[] }): { message: string; details: string[] } {
  return describeRefusalWith(englishRefusalWords, refusal);
}
