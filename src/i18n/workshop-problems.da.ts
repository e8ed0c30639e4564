/**
 * Turns a zod issue in a workshop into a short Danish sentence a leader can
 * act on ("titlen er for lang (højst 200 tegn)"). zod's own Danish messages
 * are written for developers ("For stor: forventede streng havde <= 200
 * tegn") and name fields by their code names, so they only go to the details.
 */
import type { LinkProblem } from '../domain/workshop-links';
import { linkProblemOf } from '../domain/workshop-schema';
import type { z } from '../domain/zod';
import dialog from '../../questionnaires/dialog.json';
import huset from '../../questionnaires/huset.json';
import { danishNumber } from './backup.da';
import { workshopDa } from './workshop.da';
import { count } from './plural';

// The plan's fields are named as the screen names them: the booklet's template labels come from its content file.
const TEMPLATE = dialog.planTemplate;

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/** Danish adjectives agree with the noun: common gender (-en), neuter (-et) or plural. */
type Gender = 'c' | 'n' | 'pl';

interface Subject {
  /** The field in plain words, in the definite form: "titlen", "navnet på deltager 3". */
  noun: string;
  gender: Gender;
  /** What a list or number counts, for "højst 100 deltagere". */
  unit?: string;
  kind?: 'date' | 'time' | 'answer';
}

const ADJECTIVES = {
  long: { c: 'lang', n: 'langt', pl: 'lange' },
  invalid: { c: 'ugyldig', n: 'ugyldigt', pl: 'ugyldige' },
  big: { c: 'stor', n: 'stort', pl: 'store' },
  small: { c: 'lille', n: 'lille', pl: 'små' },
} as const;

/** One plain sentence (no final full stop) for the issue, e.g. "datoen er ikke en gyldig dato". */
export function describeIssue(issue: Issue, workshop: unknown): string {
  // A contradiction between fields (workshop-links.ts) carries its own problem.
  const link = linkProblemOf(issue);
  if (link) return describeLinkProblem(link);
  // A bad record key is reported on a path that ends in the key; the problem is the record's.
  const subject = subjectOf(issue.code === 'invalid_key' ? issue.path.slice(0, -1) : issue.path);
  const { noun, gender } = subject;
  const invalid = `${noun} er ${ADJECTIVES.invalid[gender]}`;
  const value = valueAt(workshop, issue.path);

  if (issue.code === 'invalid_key') return `${noun} indeholder et ugyldigt id`;
  if (issue.code === 'unrecognized_keys') {
    if (issue.path.length === 1 && issue.path[0] === 'dialogue') return 'dialogen nævner en byggesten, som Kom i hus ikke kender';
    return `${noun} indeholder felter, som Kom i hus ikke kender`;
  }
  // A missing field is reported as a wrong type or, for a choice, a wrong value; either way it is missing.
  if (value === undefined) return `${noun} mangler`;
  if (subject.kind === 'answer') return `${noun} er ${ADJECTIVES.invalid[gender]} (det skal være 1–5 eller »Ved ikke«)`;

  switch (issue.code) {
    case 'too_big':
      return tooBig(subject, issue.origin, Number(issue.maximum));
    case 'too_small':
      if (issue.origin === 'string' || issue.origin === 'array') return `${noun} mangler`;
      return `${noun} er for ${ADJECTIVES.small[gender]} (mindst ${danishNumber(Number(issue.minimum))}${unitSuffix(subject)})`;
    case 'invalid_type':
      return `${invalid}${expectedHint(issue.expected)}`;
    case 'invalid_format':
    case 'custom':
      if (subject.kind === 'date') return `${noun} er ikke en gyldig dato`;
      if (subject.kind === 'time') return `${noun} er ikke et gyldigt tidspunkt`;
      return invalid;
    case 'invalid_value':
      return `${noun} har en værdi, som Kom i hus ikke kender`;
    default:
      return invalid;
  }
}

function tooBig(subject: Subject, origin: string, maximum: number): string {
  const { noun, gender } = subject;
  const most = `højst ${danishNumber(maximum)}`;
  if (origin === 'string') return `${noun} er for ${ADJECTIVES.long[gender]} (${most} tegn)`;
  if (origin === 'array') return `${noun} er for ${ADJECTIVES.long[gender]} (${most}${unitSuffix(subject)})`;
  return `${noun} er for ${ADJECTIVES.big[gender]} (${most}${unitSuffix(subject)})`;
}

function unitSuffix(subject: Subject): string {
  return subject.unit ? ` ${subject.unit}` : '';
}

function expectedHint(expected: string): string {
  switch (expected) {
    case 'int':
      return ' (det skal være et helt tal)';
    case 'number':
      return ' (det skal være et tal)';
    case 'string':
      return ' (det skal være en tekst)';
    case 'boolean':
      return ' (det skal være ja eller nej)';
    default:
      return '';
  }
}

/** The field at `path` in plain words. Unknown paths still get a usable, if vague, name. */
export function subjectOf(path: Path): Subject {
  const [head, ...rest] = path;
  switch (head) {
    case undefined:
      return { noun: 'dialogmødet', gender: 'n' };
    case 'schemaVersion':
      return { noun: 'dialogmødets versionsnummer', gender: 'n' };
    case 'id':
      return { noun: 'dialogmødets id', gender: 'n' };
    case 'title':
      return { noun: 'titlen', gender: 'c' };
    case 'date':
      return { noun: 'datoen', gender: 'c', kind: 'date' };
    case 'questionnaire':
      if (rest[0] === 'id') return { noun: 'spørgeskemaets id', gender: 'n' };
      if (rest[0] === 'version') return { noun: 'spørgeskemaets versionsnummer', gender: 'n' };
      return { noun: 'oplysningen om spørgeskemaet', gender: 'c' };
    case 'mode':
      return { noun: 'mødeformen', gender: 'c' };
    case 'participants':
      return participantSubject(rest);
    case 'votesPerPerson':
      return { noun: 'antallet af stemmer pr. deltager', gender: 'n' };
    case 'timeBudgetMinutes':
      return { noun: 'tiden til hele processen', gender: 'c', unit: 'minutter' };
    case 'answers':
      return rest.length >= 2 ? { noun: 'et svar', gender: 'n', kind: 'answer' } : { noun: 'svarene', gender: 'pl' };
    case 'cursor':
      return { noun: 'oplysningen om, hvor besvarelsen fortsætter,', gender: 'c' };
    case 'anonymous':
      return { noun: 'indstillingen om anonyme deltagere', gender: 'c' };
    case 'voting':
      return votingSubject(rest);
    case 'dialogue':
      return dialogueSubject(rest);
    case 'plan':
      return planSubject(rest);
    case 'step':
      return { noun: 'oplysningen om, hvor langt mødet er nået,', gender: 'c' };
    case 'createdAt':
      return { noun: 'tidspunktet for oprettelsen', gender: 'n', kind: 'time' };
    case 'updatedAt':
      return { noun: 'tidspunktet for seneste ændring', gender: 'n', kind: 'time' };
    default:
      return { noun: 'et ukendt felt', gender: 'n' };
  }
}

function participantSubject([index, field]: Path): Subject {
  if (typeof index !== 'number') return { noun: 'deltagerlisten', gender: 'c', unit: 'deltagere' };
  const who = `deltager ${index + 1}`;
  switch (field) {
    case undefined:
      return { noun: `oplysningerne om ${who}`, gender: 'pl' };
    case 'name':
      return { noun: `navnet på ${who}`, gender: 'n' };
    case 'role':
      return { noun: `rollen for ${who}`, gender: 'c' };
    case 'id':
      return { noun: `id'et for ${who}`, gender: 'n' };
    case 'answersLater':
      return { noun: `oplysningen om, at ${who} svarer senere,`, gender: 'c' };
    default:
      return { noun: `oplysningerne om ${who}`, gender: 'pl' };
  }
}

function votingSubject([field, key]: Path): Subject {
  switch (field) {
    case 'ballots':
      return key === undefined
        ? { noun: 'stemmesedlerne', gender: 'pl' }
        : { noun: 'en stemmeseddel', gender: 'c', unit: 'stemmer' };
    case 'tally':
      return { noun: 'optællingen af stemmer', gender: 'c' };
    case 'order':
      return { noun: 'rækkefølgen i prioriteringen', gender: 'c', unit: 'elementer' };
    case 'chosen':
      return { noun: 'listen over valgte byggesten', gender: 'c', unit: 'byggesten' };
    case undefined:
      return { noun: 'afstemningen', gender: 'c' };
    default:
      return { noun: 'indstillingerne for afstemningen', gender: 'pl' };
  }
}

function dialogueSubject([block, field, key]: Path): Subject {
  if (block === undefined) return { noun: 'dialogen', gender: 'c' };
  if (field === 'notes') return key === undefined ? { noun: 'noterne i dialogen', gender: 'pl' } : { noun: 'en note i dialogen', gender: 'c' };
  if (field === 'proposals') {
    return key === undefined
      ? { noun: 'listen over forslag i dialogen', gender: 'c', unit: 'forslag' }
      : { noun: 'et forslag i dialogen', gender: 'n' };
  }
  return { noun: 'dialogen om en byggesten', gender: 'c' };
}

const ITEM_FIELDS: Record<string, (item: string) => Subject> = {
  what: (item) => ({ noun: `feltet »${TEMPLATE.what}« i ${item}`, gender: 'n' }),
  who: (item) => ({ noun: `feltet »${TEMPLATE.who}« i ${item}`, gender: 'n' }),
  when: (item) => ({ noun: `feltet »${TEMPLATE.when}« i ${item}`, gender: 'n' }),
  whenDate: (item) => ({ noun: `datoen i ${item}`, gender: 'c', kind: 'date' }),
  forum: (item) => ({ noun: `feltet »Hvor drøftes det?« i ${item}`, gender: 'n' }),
  block: (item) => ({ noun: `byggestenen for ${item}`, gender: 'c' }),
  kind: (item) => ({ noun: `typen af ${item}`, gender: 'c' }),
  id: (item) => ({ noun: `id'et for ${item}`, gender: 'n' }),
  fromProposal: (item) => ({ noun: `henvisningen til et forslag i ${item}`, gender: 'c' }),
};

function planSubject([field, index, itemField]: Path): Subject {
  switch (field) {
    case 'items': {
      if (typeof index !== 'number') return { noun: 'handleplanen', gender: 'c', unit: 'punkter' };
      const item = `punkt ${index + 1} i handleplanen`;
      const describe = typeof itemField === 'string' && Object.hasOwn(ITEM_FIELDS, itemField) ? ITEM_FIELDS[itemField] : undefined;
      return describe ? describe(item) : { noun: item, gender: 'n' };
    }
    case 'effect':
      return { noun: `feltet »${workshopDa.plan.effect}«`, gender: 'n' };
    case 'evidence':
      return { noun: `feltet »${workshopDa.plan.evidence}«`, gender: 'n' };
    case 'followUpDate':
      return { noun: 'datoen for opfølgning', gender: 'c', kind: 'date' };
    default:
      return { noun: 'handleplanen', gender: 'c' };
  }
}

/** The raw value at `path`, read through own properties only. */
function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || typeof key === 'symbol') return undefined;
    if (!Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** A building block by the short title Huset gives it (from the content file, never retyped). */
function blockName(id: string): string {
  return huset.blocks.find((b) => b.id === id)?.shortTitle ?? id;
}

const SAME_ID = 'er gemt med samme id, så de ikke kan skelnes fra hinanden';
const NOT_LISTED = 'som ikke er på deltagerlisten';
const NOT_VOTABLE = 'noget, som ikke kan vælges i afstemningen';

/**
 * One plain sentence (no final full stop) for a contradiction in a workshop
 * or between it and the content on this device: which participant, item or
 * block, and what is wrong, by place in the list and never by id.
 */
export function describeLinkProblem(problem: LinkProblem): string {
  const participant = (position: number) => `deltager ${position + 1}`;
  switch (problem.code) {
    case 'duplicate-participant-id':
      return `${participant(problem.positions[0])} og ${participant(problem.positions[1])} ${SAME_ID}`;
    case 'duplicate-item-id':
      return `punkt ${problem.positions[0] + 1} og punkt ${problem.positions[1] + 1} i handleplanen ${SAME_ID}`;
    case 'duplicate-proposal-id':
      return `to forslag i dialogen ${SAME_ID}`;
    case 'duplicate-chosen-block':
      return `byggestenen »${blockName(problem.block)}« er valgt to gange til dialogen`;
    case 'duplicate-order-element':
      return 'det samme står to gange i rækkefølgen i prioriteringen';
    case 'repeated-vote':
      return `${participant(problem.position)} har flere stemmer på det samme, selv om det ikke er tilladt i dette dialogmøde`;
    case 'ballot-too-long':
      return `${participant(problem.position)} har ${count(problem.votes, 'stemme', 'stemmer')}, men hver deltager har kun ${problem.max}`;
    case 'ballot-of-unknown-participant':
      return `der er stemmer fra en deltager, ${NOT_LISTED}`;
    case 'vote-for-unknown-element':
      return problem.position === null ? `der er en stemme på ${NOT_VOTABLE}` : `${participant(problem.position)} har stemt på ${NOT_VOTABLE}`;
    case 'tally-for-unknown-element':
      return `optællingen af stemmer har stemmer på ${NOT_VOTABLE}`;
    case 'answers-of-unknown-participant':
      return `der er svar fra en deltager, ${NOT_LISTED}`;
    case 'unknown-questionnaire':
      return 'mødet bruger et spørgeskema, som denne app ikke kender. Er filen lavet med en nyere version af Kom i hus, så opdater appen, og prøv igen';
    case 'newer-questionnaire':
      return 'mødet bruger en nyere udgave af spørgeskemaet, end denne app har. Opdater appen, og prøv igen';
    case 'missing-questionnaire-version':
      return 'mødet bruger en ældre udgave af spørgeskemaet, som ikke findes på denne enhed';
    case 'unknown-question':
      return `${participant(problem.position)} har svaret på et spørgsmål, som spørgeskemaet ikke har`;
    case 'answer-off-scale':
      return `${participant(problem.position)} har et svar, som ikke er på skalaen (det skal være 1–5 eller »Ved ikke«)`;
  }
}
