/**
 * The Danish messages of a refused backup file. The readers are leaders and
 * union reps, so each message says what is wrong, and where, in plain words;
 * field paths go to the "Vis detaljer" list only. A part of the Danish
 * catalogue of its own, so it travels with the lazily loaded import code
 * instead of the start-up bundle.
 */
import { LIMITS } from '../domain/workshop';
import type { BackupDetail, BackupProblem, PlaceInFile, WorkshopInFile, WorkshopProblem } from '../data/backup-problems';
import { MAX_FILE_BYTES, MAX_WORKSHOPS } from '../data/envelope';
import { describeIssue, describeLinkProblem, readableTitle, subjectOf } from './workshop-problems.da';
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

/** The "Vis detaljer" list stays readable even for a file with thousands of problems. */
const MAX_DETAILS = 50;
const MAX_DETAIL_LENGTH = 300;

/** A refused file in words: one message, and the "Vis detaljer" lines (each said once, at most 50 and a count). */
export function describeRefusal(refusal: { problem: BackupProblem; details: readonly BackupDetail[] }): { message: string; details: string[] } {
  const unique = [...new Set(refusal.details.map(describeDetail))];
  const shown = unique.slice(0, MAX_DETAILS).map(short);
  if (unique.length > MAX_DETAILS) shown.push(messages.moreDetails(unique.length - MAX_DETAILS));
  return { message: describeProblem(refusal.problem), details: shown };
}

function describeProblem(problem: BackupProblem): string {
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
      return messages.forbiddenKey(whereIs(problem.where));
    case 'too-long-text':
      return messages.tooLongText(whereIs(problem.where), problem.length);
    case 'envelope':
      return messages.envelope;
    case 'no-workshops':
      return messages.noWorkshops;
    case 'too-many-workshops':
      return messages.tooManyWorkshops(problem.count);
    case 'invalid-workshop': {
      let message = messages.invalidWorkshop(labelOf(problem.workshop), workshopProblem(problem.workshop, problem.problem));
      if (problem.moreProblems > 0) message += ` ${messages.moreProblems(problem.moreProblems)}`;
      if (problem.otherWorkshops > 0) message += ` ${messages.otherWorkshops(problem.otherWorkshops)}`;
      return message;
    }
    case 'not-a-workshop': {
      const message = messages.notAWorkshop(labelOf(problem.workshop));
      return problem.otherWorkshops > 0 ? `${message} ${messages.otherWorkshops(problem.otherWorkshops)}` : message;
    }
    case 'duplicate':
      return messages.duplicate(labelOf(problem.first), labelOf(problem.second));
    case 'unreadable':
      return messages.unreadable;
  }
}

function describeDetail(detail: BackupDetail): string {
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
      return details.tooDeep(placeOf(detail.place));
    case 'too-much':
      return details.tooMuch(placeOf(detail.place));
    case 'long-text':
      return details.longText(placeOf(detail.place), detail.length);
    case 'bad-key':
      return details.badKey(placeOf(detail.place));
    case 'file-field':
      return details.fileProblem(details.fileField(detail.key) ?? details.fileField('?') ?? '', detail.missing);
    case 'unknown-fields':
      return details.unknownFields;
    case 'workshop':
      return messages.invalidWorkshop(labelOf(detail.workshop), workshopProblem(detail.workshop, detail.problem));
  }
}

function workshopProblem(workshop: WorkshopInFile, problem: WorkshopProblem): string {
  return problem.kind === 'schema' ? describeIssue(problem.issue, workshop.raw) : describeLinkProblem(problem.problem);
}

function labelOf(workshop: WorkshopInFile): string {
  return messages.workshopLabel(workshop.position, readableTitle(workshop.raw));
}

/** "Dialogmøde 2 (»Trioen«)" for a problem inside a workshop, otherwise "Filen". */
function whereIs(workshop: WorkshopInFile | null): string {
  return workshop ? labelOf(workshop) : messages.theFile;
}

/** A place in the file in words: "Dialogmøde 2 (»Trioen«), titlen", "Filen, listen over dialogmøder". */
function placeOf(place: PlaceInFile): string {
  if (place.workshop) return details.place(labelOf(place.workshop), place.path.length > 0 ? subjectOf(place.path).noun : null);
  return details.place(messages.theFile, details.fileField(place.key));
}

function short(text: string): string {
  return text.length > MAX_DETAIL_LENGTH ? `${text.slice(0, MAX_DETAIL_LENGTH - 1)}…` : text;
}
