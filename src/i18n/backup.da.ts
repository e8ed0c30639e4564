/**
 * The Danish messages of a refused backup file. The readers are leaders and
 * union reps, so each message says what is wrong, and where, in plain words;
 * field paths go to the "Vis detaljer" list only. A part of the Danish
 * catalogue of its own, so it travels with the lazily loaded import code
 * instead of the start-up bundle.
 */
import { LIMITS } from '../domain/workshop';
import type { BackupDetail, BackupProblem } from '../data/backup-problems';
import { MAX_FILE_BYTES, MAX_WORKSHOPS } from '../data/envelope';
import { describeRefusalWith, type RefusalWords } from './refusal';
import { describeIssue, describeLinkProblem, subjectOf } from './workshop-problems.da';
import { formatsFor } from './format';
import { plural } from './plural';

const format = formatsFor('da');

/** 20000 → "20.000". */
export const danishNumber = format.number;

/** Megabytes with one decimal and a Danish comma, rounded up so a refused file never shows as "5,0 MB". */
export function megabytes(bytes: number): string {
  const tenths = Math.ceil(bytes / (1024 * 1024) / 0.1 - 1e-9);
  return format.decimal(tenths / 10, 1);
}

export const messages = {
  tooLarge: (bytes: number) =>
    `Filen er for stor (${megabytes(bytes)} MB). Den må højst være ${MAX_FILE_BYTES / (1024 * 1024)} MB.`,
  empty: 'Filen er tom.',
  damaged: 'Filen kan ikke læses. Den er beskadiget eller ikke gemt helt, eller også er den ikke en sikkerhedskopi fra Kom i hus.',
  notBackup: 'Filen er ikke en sikkerhedskopi fra Kom i hus.',
  badVersion: 'Filen ligner en sikkerhedskopi fra Kom i hus, men dens versionsnummer mangler eller er forkert.',
  newer: 'Filen er lavet med en nyere version af Kom i hus. Opdater appen, og prøv igen.',
  tooOld: 'Filen er lavet med en version af Kom i hus, som denne app ikke kan læse.',
  migrationFailed: 'Filen er lavet med en ældre version af Kom i hus og kunne ikke gøres klar til denne version.',
  tooDeep: 'Filen er bygget forkert op (for mange niveauer). Den er ikke en sikkerhedskopi fra Kom i hus, eller den er ændret.',
  tooMuch: 'Filen indeholder alt for mange oplysninger til at være en sikkerhedskopi fra Kom i hus.',
  forbiddenKey: (where: string) => `${where} indeholder et ugyldigt feltnavn. Filen kan være ændret uden for Kom i hus.`,
  tooLongText: (where: string, length: number) =>
    `${where} indeholder en tekst på ${danishNumber(length)} tegn. Ingen tekst i Kom i hus må være på mere end ${danishNumber(LIMITS.note)} tegn.`,
  envelope: 'Filen ligner en sikkerhedskopi fra Kom i hus, men oplysningerne om selve filen mangler eller er forkerte.',
  noWorkshops: 'Filen indeholder ingen dialogmøder, så der er intet at gendanne.',
  tooManyWorkshops: (count: number) =>
    `Filen indeholder ${danishNumber(count)} dialogmøder. Der må højst være ${MAX_WORKSHOPS} i én fil.`,
  invalidWorkshop: (label: string, problem: string) => `${label}: ${problem}.`,
  notAWorkshop: (label: string) => `${label} er ikke et gyldigt dialogmøde.`,
  moreProblems: (count: number) =>
    plural(count, { one: 'Der er også 1 anden fejl i dette dialogmøde.', other: `Der er også ${count} andre fejl i dette dialogmøde.` }),
  otherWorkshops: (count: number) =>
    plural(count, { one: '1 andet dialogmøde i filen har også fejl.', other: `${count} andre dialogmøder i filen har også fejl.` }),
  duplicate: (first: string, second: string) =>
    `${first} og ${second.charAt(0).toLowerCase()}${second.slice(1)} er det samme dialogmøde (de har samme id). Filen kan være ændret uden for Kom i hus.`,
  unreadable: 'Filen kunne ikke læses.',
  /** "Dialogmøde 2 (»Trioen«)": the workshop's place in the file and, if readable, its title. */
  workshopLabel: (position: number, title: string | null) =>
    title ? `Dialogmøde ${position} (»${title}«)` : `Dialogmøde ${position}`,
  theFile: 'Filen',
  moreDetails: (count: number) => `… og ${count} mere`,
};

/**
 * The lines under "Vis detaljer": Danish only, naming the meeting and the
 * field in words, never a field path, a byte count or a parser's own message.
 */
export const details = {
  /** "Dialogmøde 2 (»Trioen«), titlen": a place in the file, for the lines below. */
  place: (where: string, field: string | null) => (field ? `${where}, ${field.replace(/,$/, '')}` : where),
  jsonEnds: 'Filen holder op midt i indholdet, som om den ikke er gemt helt.',
  jsonAt: (line: number, column: number) =>
    `Filen er ikke bygget op, som den skal være, i linje ${danishNumber(line)}, tegn ${danishNumber(column)}.`,
  topList: 'Filen indeholder en liste, ikke en sikkerhedskopi.',
  topValue: 'Filen indeholder kun en enkelt værdi, ikke en sikkerhedskopi.',
  noFormat: 'Filen mangler mærket, der viser, at den er en sikkerhedskopi fra Kom i hus.',
  otherFormat: 'Filen er mærket som en anden slags fil end en sikkerhedskopi fra Kom i hus.',
  versionMissing: 'Filens versionsnummer mangler.',
  versionNotWhole: 'Filens versionsnummer er ikke et helt tal.',
  newer: (version: number, newest: number) =>
    `Filen har versionsnummer ${version}. Denne version af appen kan læse sikkerhedskopier til og med nummer ${newest}.`,
  version: (version: number) => `Filen har versionsnummer ${version}.`,
  tooDeep: (place: string) => `${place}: for mange niveauer inden i hinanden.`,
  tooMuch: (place: string) => `${place}: for mange oplysninger.`,
  longText: (place: string, length: number) => `${place}: en tekst på ${danishNumber(length)} tegn.`,
  badKey: (place: string) => `${place}: et felt med et navn, som ikke er tilladt.`,
  /** A problem with the file's own information, not a workshop's: `field` from fileField. */
  fileProblem: (field: string, missing: boolean) => `Filen: ${field} ${missing ? 'mangler' : 'er forkert'}.`,
  unknownFields: 'Filen: der er felter, som Kom i hus ikke kender.',
  /** The file's own fields, by their names in the file. */
  fileField: (key: string | number | undefined): string | null => {
    switch (key) {
      case 'format':
        return 'mærket, der viser, at filen er en sikkerhedskopi,';
      case 'formatVersion':
        return 'versionsnummeret';
      case 'exportedAt':
        return 'tidspunktet, hvor filen blev gemt,';
      case 'app':
        return 'oplysningen om den app, der gemte filen,';
      case 'scope':
        return 'oplysningen om, hvad filen indeholder,';
      case 'workshops':
        return 'listen over dialogmøder';
      case undefined:
        return null;
      default:
        return 'et felt, som Kom i hus ikke kender,';
    }
  },
};

export type BackupMessages = typeof messages;
export type BackupDetailWords = typeof details;

/** The Danish words of a refused backup, for describeRefusalWith. */
export const danishRefusalWords: RefusalWords = {
  messages,
  details,
  describeIssue,
  describeLinkProblem,
  fieldName: (path) => subjectOf(path).noun,
};

/** A refused file in Danish words: one message, and the "Vis detaljer" lines. */
export function describeRefusal(refusal: { problem: BackupProblem; details: readonly BackupDetail[] }): { message: string; details: string[] } {
  return describeRefusalWith(danishRefusalWords, refusal);
}
