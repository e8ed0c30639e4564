/**
 * Turns a zod issue in a workshop into a short English clause a leader can
 * act on ("the title is too long (at most 200 characters)"), mirroring
 * workshop-problems.da.ts. zod's own English messages are written for
 * developers ("Too big: expected string to have <=200 characters") and name
 * fields by their code names, so they are never shown.
 *
 * English adjectives do not agree with the noun as Danish ones do; only the
 * verb does ("the title is", "the answers are").
 */
import type { LinkProblem } from '../domain/workshop-links';
import { linkProblemOf } from '../domain/workshop-schema';
import type { z } from '../domain/zod';
import dialog from '../../questionnaires/en/dialog.json';
import huset from '../../questionnaires/en/huset.json';
import { workshopEn } from './workshop.en';
import { formatsFor } from './format';
import { count } from './plural.en';

const format = formatsFor('en');

// The plan's fields are named as the screen names them: the booklet's template labels come from its content file.
const TEMPLATE = dialog.planTemplate;

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

interface Subject {
  /** The field in plain words, with its article: "the title", "the name of participant 3". */
  noun: string;
  /** Takes "are" rather than "is": "the answers are missing". */
  plural?: boolean;
  /** What a list or number counts, singular and plural, for "at most 100 participants". */
  unit?: readonly [one: string, other: string];
  kind?: 'date' | 'time' | 'answer';
}

const is = (subject: Subject) => `${subject.noun} ${subject.plural ? 'are' : 'is'}`;

/** One plain clause (no final full stop) for the issue, e.g. "the date is not a valid date". */
export function describeIssue(issue: Issue, workshop: unknown): string {
  // A contradiction between fields (workshop-links.ts) carries its own problem.
  const link = linkProblemOf(issue);
  if (link) return describeLinkProblem(link);
  // A bad record key is reported on a path that ends in the key; the problem is the record's.
  const subject = subjectOf(issue.code === 'invalid_key' ? issue.path.slice(0, -1) : issue.path);
  const { noun } = subject;
  const has = subject.plural ? 'have' : 'has';
  const invalid = `${is(subject)} invalid`;
  const value = valueAt(workshop, issue.path);

  if (issue.code === 'invalid_key') return `${noun} ${subject.plural ? 'contain' : 'contains'} an invalid ID`;
  if (issue.code === 'unrecognized_keys') {
    if (issue.path.length === 1 && issue.path[0] === 'dialogue') return 'the dialogue mentions a building block that Kom i hus does not know';
    return `${noun} ${subject.plural ? 'contain' : 'contains'} fields that Kom i hus does not know`;
  }
  // A missing field is reported as a wrong type or, for a choice, a wrong value; either way it is missing.
  if (value === undefined) return `${is(subject)} missing`;
  if (subject.kind === 'answer') return `${invalid} (it must be 1–5 or “${dialog.skipLabel}”)`;

  switch (issue.code) {
    case 'too_big':
      return tooBig(subject, issue.origin, Number(issue.maximum));
    case 'too_small':
      if (issue.origin === 'string' || issue.origin === 'array') return `${is(subject)} missing`;
      return `${is(subject)} too small (at least ${amount(subject, Number(issue.minimum))})`;
    case 'invalid_type':
      return `${invalid}${expectedHint(issue.expected, subject.plural ? 'they' : 'it')}`;
    case 'invalid_format':
    case 'custom':
      if (subject.kind === 'date') return `${is(subject)} not a valid date`;
      if (subject.kind === 'time') return `${is(subject)} not a valid time`;
      return invalid;
    case 'invalid_value':
      return `${noun} ${has} a value that Kom i hus does not know`;
    default:
      return invalid;
  }
}

function tooBig(subject: Subject, origin: string, maximum: number): string {
  if (origin === 'string') return `${is(subject)} too long (at most ${count(maximum, 'character', 'characters')})`;
  if (origin === 'array') return `${is(subject)} too long (at most ${amount(subject, maximum)})`;
  return `${is(subject)} too large (at most ${amount(subject, maximum)})`;
}

/** "100 participants", or the bare number for a field that counts nothing in particular. */
function amount(subject: Subject, n: number): string {
  return subject.unit ? count(n, ...subject.unit) : format.number(n);
}

function expectedHint(expected: string, pronoun: 'it' | 'they'): string {
  switch (expected) {
    case 'int':
      return ` (${pronoun} must be ${pronoun === 'it' ? 'a whole number' : 'whole numbers'})`;
    case 'number':
      return ` (${pronoun} must be ${pronoun === 'it' ? 'a number' : 'numbers'})`;
    case 'string':
      return ` (${pronoun} must be text)`;
    case 'boolean':
      return ` (${pronoun} must be yes or no)`;
    default:
      return '';
  }
}

/** The field at `path` in plain words. Unknown paths still get a usable, if vague, name. */
export function subjectOf(path: Path): Subject {
  const [head, ...rest] = path;
  switch (head) {
    case undefined:
      return { noun: 'the meeting' };
    case 'schemaVersion':
      return { noun: 'the meeting’s version number' };
    case 'id':
      return { noun: 'the meeting’s ID' };
    case 'title':
      return { noun: 'the title' };
    case 'date':
      return { noun: 'the date', kind: 'date' };
    case 'questionnaire':
      if (rest[0] === 'id') return { noun: 'the questionnaire’s ID' };
      if (rest[0] === 'version') return { noun: 'the questionnaire’s version number' };
      return { noun: 'the information about the questionnaire' };
    case 'mode':
      return { noun: 'the meeting format' };
    case 'participants':
      return participantSubject(rest);
    case 'votesPerPerson':
      return { noun: 'the number of votes per participant' };
    case 'timeBudgetMinutes':
      return { noun: 'the time for the whole process', unit: ['minute', 'minutes'] };
    case 'answers':
      return rest.length >= 2 ? { noun: 'an answer', kind: 'answer' } : { noun: 'the answers', plural: true };
    case 'cursor':
      return { noun: 'the information on where the answering continues' };
    case 'anonymous':
      return { noun: 'the setting for anonymous participants' };
    case 'voting':
      return votingSubject(rest);
    case 'dialogue':
      return dialogueSubject(rest);
    case 'plan':
      return planSubject(rest);
    case 'step':
      return { noun: 'the information on how far the meeting has got' };
    case 'createdAt':
      return { noun: 'the time it was created', kind: 'time' };
    case 'updatedAt':
      return { noun: 'the time of the latest change', kind: 'time' };
    default:
      return { noun: 'an unknown field' };
  }
}

function participantSubject([index, field]: Path): Subject {
  if (typeof index !== 'number') return { noun: 'the list of participants', unit: ['participant', 'participants'] };
  const who = `participant ${index + 1}`;
  switch (field) {
    case 'name':
      return { noun: `the name of ${who}` };
    case 'role':
      return { noun: `the role of ${who}` };
    case 'id':
      return { noun: `the ID of ${who}` };
    case 'answersLater':
      return { noun: `the note that ${who} will answer later` };
    default:
      return { noun: `the information about ${who}` };
  }
}

function votingSubject([field, key]: Path): Subject {
  switch (field) {
    case 'ballots':
      return key === undefined ? { noun: 'the ballots', plural: true } : { noun: 'a ballot', unit: ['vote', 'votes'] };
    case 'tally':
      return { noun: 'the vote count' };
    case 'order':
      return { noun: 'the order of the ranking', unit: ['element', 'elements'] };
    case 'chosen':
      return { noun: 'the list of chosen building blocks', unit: ['building block', 'building blocks'] };
    case undefined:
      return { noun: 'the vote' };
    default:
      return { noun: 'a setting for the vote' };
  }
}

function dialogueSubject([block, field, key]: Path): Subject {
  if (block === undefined) return { noun: 'the dialogue' };
  if (field === 'notes') return key === undefined ? { noun: 'the notes from the dialogue', plural: true } : { noun: 'a note from the dialogue' };
  if (field === 'proposals') {
    return key === undefined
      ? { noun: 'the list of proposals in the dialogue', unit: ['proposal', 'proposals'] }
      : { noun: 'a proposal in the dialogue' };
  }
  return { noun: 'the dialogue about a building block' };
}

const ITEM_FIELDS: Record<string, (item: string) => Subject> = {
  what: (item) => ({ noun: `the field “${TEMPLATE.what}” in ${item}` }),
  who: (item) => ({ noun: `the field “${TEMPLATE.who}” in ${item}` }),
  when: (item) => ({ noun: `the field “${TEMPLATE.when}” in ${item}` }),
  whenDate: (item) => ({ noun: `the date in ${item}`, kind: 'date' }),
  forum: (item) => ({ noun: `the field “Where will it be discussed?” in ${item}` }),
  block: (item) => ({ noun: `the building block of ${item}` }),
  kind: (item) => ({ noun: `the type of ${item}` }),
  id: (item) => ({ noun: `the ID of ${item}` }),
  fromProposal: (item) => ({ noun: `the link to a proposal in ${item}` }),
};

function planSubject([field, index, itemField]: Path): Subject {
  switch (field) {
    case 'items': {
      if (typeof index !== 'number') return { noun: 'the action plan', unit: ['item', 'items'] };
      const item = `item ${index + 1} of the action plan`;
      const describe = typeof itemField === 'string' && Object.hasOwn(ITEM_FIELDS, itemField) ? ITEM_FIELDS[itemField] : undefined;
      return describe ? describe(item) : { noun: item };
    }
    case 'effect':
      return { noun: `the field “${workshopEn.plan.effect}”` };
    case 'evidence':
      return { noun: `the field “${workshopEn.plan.evidence}”` };
    case 'followUpDate':
      return { noun: 'the date for follow-up', kind: 'date' };
    default:
      return { noun: 'the action plan' };
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

/** A path inside a workshop as a field's name, for the "Show details" lines: "the title", "the name of participant 3". */
export function fieldName(path: Path): string {
  return subjectOf(path).noun;
}

/** A building block by the short title the House gives it (from the content file, never retyped). */
function blockName(id: string): string {
  return huset.blocks.find((b) => b.id === id)?.shortTitle ?? id;
}

const SAME_ID = 'have been saved with the same ID, so they cannot be told apart';
const NOT_LISTED = 'who is not on the list of participants';
const NOT_VOTABLE = 'something that cannot be chosen in the vote';

/**
 * One plain clause (no final full stop) for a contradiction in a workshop
 * or between it and the content on this device: which participant, item or
 * block, and what is wrong, by place in the list and never by ID.
 */
export function describeLinkProblem(problem: LinkProblem): string {
  const participant = (position: number) => `participant ${position + 1}`;
  switch (problem.code) {
    case 'duplicate-participant-id':
      return `${participant(problem.positions[0])} and ${participant(problem.positions[1])} ${SAME_ID}`;
    case 'duplicate-item-id':
      return `item ${problem.positions[0] + 1} and item ${problem.positions[1] + 1} of the action plan ${SAME_ID}`;
    case 'duplicate-proposal-id':
      return `two proposals in the dialogue ${SAME_ID}`;
    case 'duplicate-chosen-block':
      return `the building block “${blockName(problem.block)}” has been chosen twice for the dialogue`;
    case 'duplicate-order-element':
      return 'the same thing appears twice in the ranking';
    case 'repeated-vote':
      return `${participant(problem.position)} has more than one vote on the same thing, although that is not allowed in this meeting`;
    case 'ballot-too-long':
      return `${participant(problem.position)} has ${count(problem.votes, 'vote', 'votes')}, but each participant has only ${format.number(problem.max)}`;
    case 'ballot-of-unknown-participant':
      return `there are votes from a participant ${NOT_LISTED}`;
    case 'vote-for-unknown-element':
      return problem.position === null ? `there is a vote for ${NOT_VOTABLE}` : `${participant(problem.position)} has voted for ${NOT_VOTABLE}`;
    case 'tally-for-unknown-element':
      return `the vote count has votes for ${NOT_VOTABLE}`;
    case 'answers-of-unknown-participant':
      return `there are answers from a participant ${NOT_LISTED}`;
    case 'unknown-questionnaire':
      return 'the meeting uses a questionnaire that this app does not know. If the file was made with a newer version of Kom i hus, update the app and try again';
    case 'newer-questionnaire':
      return 'the meeting uses a newer edition of the questionnaire than this app has. Update the app and try again';
    case 'missing-questionnaire-version':
      return 'the meeting uses an older edition of the questionnaire, which is not on this device';
    case 'unknown-question':
      return `${participant(problem.position)} has answered a question that the questionnaire does not have`;
    case 'answer-off-scale':
      return `${participant(problem.position)} has an answer that is not on the scale (it must be 1–5 or “${dialog.skipLabel}”)`;
  }
}
