/**
 * The links inside a workshop, and from it to the content on the device. A
 * workshop can pass the schema field by field and still contradict itself:
 * two participants with one id (editing one rewrites the other), a building
 * block chosen twice, a vote for something that cannot be voted on, answers
 * from nobody, or a questionnaire this device does not have (every screen
 * then says it is missing). These checks find such contradictions.
 *
 * Problems are codes with parameters, never sentences; the Danish words are
 * in src/i18n/workshop-problems.da.ts. Positions are 0-based places in the
 * workshop's lists, so a message can say "deltager 2" without showing an id.
 *
 * Two sets:
 * - selfContradictions: what no write of the app can produce. The schema
 *   runs them on every write (WorkshopSchema), so the app guards itself too.
 * - importProblems: those, plus what only the import path can judge: links
 *   to the installed questionnaires and scale, and ballots longer than the
 *   workshop's votes per person (a limit the app has let a group lower after
 *   voting, so it is not forced on stored workshops).
 */
import { BLOCK_IDS } from './blocks.ts';
import type { Workshop } from './workshop.ts';

export type LinkProblem =
  | { code: 'duplicate-participant-id'; id: string; positions: [number, number] }
  | { code: 'duplicate-item-id'; id: string; positions: [number, number] }
  | { code: 'duplicate-proposal-id'; id: string }
  | { code: 'duplicate-chosen-block'; block: string }
  | { code: 'duplicate-order-element'; elementId: string }
  | { code: 'repeated-vote'; participantId: string; position: number; elementId: string }
  | { code: 'ballot-too-long'; participantId: string; position: number; votes: number; max: number }
  | { code: 'ballot-of-unknown-participant'; participantId: string }
  | { code: 'vote-for-unknown-element'; participantId: string; position: number | null; elementId: string }
  | { code: 'tally-for-unknown-element'; elementId: string; count: number }
  | { code: 'answers-of-unknown-participant'; participantId: string }
  | { code: 'unknown-questionnaire'; id: string; version: number }
  | { code: 'newer-questionnaire'; id: string; version: number; newest: number }
  | { code: 'missing-questionnaire-version'; id: string; version: number }
  | { code: 'unknown-question'; participantId: string; position: number; questionId: string }
  | { code: 'answer-off-scale'; participantId: string; position: number; questionId: string; value: number };

export type LinkProblemCode = LinkProblem['code'];

/** What the device has installed, as far as the links need it. */
export interface InstalledContent {
  /** Every questionnaire version stored on the device. */
  questionnaires: ReadonlyArray<{ id: string; version: number; questions: ReadonlyArray<{ id: string }> }>;
  /** The values of the answer scale (dialog.json): 1–5. */
  scale: readonly number[];
}

/** Own keys only: ids such as "constructor" are valid slugs and must not reach Object.prototype. */
function entries<T>(record: Record<string, T>): Array<[string, T]> {
  return Object.keys(record).map((key) => [key, record[key] as T]);
}

/** The first repeat in a list: [first position, second position]. */
function firstRepeat(ids: readonly string[]): [number, number] | null {
  const seen = new Map<string, number>();
  for (const [index, id] of ids.entries()) {
    const earlier = seen.get(id);
    if (earlier !== undefined) return [earlier, index];
    seen.set(id, index);
  }
  return null;
}

/** Every id that occurs more than once, each once. */
function repeated(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

/** The elements a vote may go to when they are known without content: the six blocks. */
function blockElements(workshop: Workshop): ReadonlySet<string> | null {
  return workshop.voting.target === 'blocks' ? new Set<string>(BLOCK_IDS) : null;
}

function voteElementProblems(workshop: Workshop, elements: ReadonlySet<string>, positions: ReadonlyMap<string, number>): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const [participantId, ballot] of entries(workshop.voting.ballots)) {
    for (const elementId of new Set(ballot)) {
      if (!elements.has(elementId)) problems.push({ code: 'vote-for-unknown-element', participantId, position: positions.get(participantId) ?? null, elementId });
    }
  }
  // A count of 0 says "no votes": the app leaves such entries when the group switches what it votes on.
  for (const [elementId, count] of entries(workshop.voting.tally)) {
    if (count > 0 && !elements.has(elementId)) problems.push({ code: 'tally-for-unknown-element', elementId, count });
  }
  return problems;
}

function participantPositions(workshop: Workshop): Map<string, number> {
  const positions = new Map<string, number>();
  workshop.participants.forEach((p, i) => {
    if (!positions.has(p.id)) positions.set(p.id, i);
  });
  return positions;
}

/** Contradictions no write of the app produces; the schema refuses a workshop that has any. */
export function selfContradictions(workshop: Workshop): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const participants = firstRepeat(workshop.participants.map((p) => p.id));
  if (participants) {
    problems.push({ code: 'duplicate-participant-id', id: workshop.participants[participants[0]]?.id ?? '', positions: participants });
  }
  const items = firstRepeat(workshop.plan.items.map((item) => item.id));
  if (items) problems.push({ code: 'duplicate-item-id', id: workshop.plan.items[items[0]]?.id ?? '', positions: items });
  // Proposal ids are matched across all blocks (an item remembers the proposal it came from).
  const proposals = Object.values(workshop.dialogue).flatMap((d) => d?.proposals.map((p) => p.id) ?? []);
  for (const id of repeated(proposals)) problems.push({ code: 'duplicate-proposal-id', id });
  for (const block of repeated(workshop.voting.chosen)) problems.push({ code: 'duplicate-chosen-block', block });
  for (const elementId of repeated(workshop.voting.order)) problems.push({ code: 'duplicate-order-element', elementId });

  const positions = participantPositions(workshop);
  for (const [participantId, ballot] of entries(workshop.voting.ballots)) {
    const position = positions.get(participantId);
    // An empty ballot holds no votes; a removed participant's ballot goes with them.
    if (position === undefined) {
      if (ballot.length > 0) problems.push({ code: 'ballot-of-unknown-participant', participantId });
      continue;
    }
    if (!workshop.voting.allowRepeat) {
      for (const elementId of repeated(ballot)) problems.push({ code: 'repeated-vote', participantId, position, elementId });
    }
  }
  const blocks = blockElements(workshop);
  if (blocks) problems.push(...voteElementProblems(workshop, blocks, positions));
  for (const [participantId, answers] of entries(workshop.answers)) {
    if (!positions.has(participantId) && Object.keys(answers).length > 0) problems.push({ code: 'answers-of-unknown-participant', participantId });
  }
  return problems;
}

/** The questionnaire the workshop names, or what is wrong with that name on this device. */
function questionnaireProblem(workshop: Workshop, installed: InstalledContent): LinkProblem | null {
  const { id, version } = workshop.questionnaire;
  const versions = installed.questionnaires.filter((q) => q.id === id).map((q) => q.version);
  if (versions.includes(version)) return null;
  if (versions.length === 0) return { code: 'unknown-questionnaire', id, version };
  const newest = Math.max(...versions);
  return version > newest ? { code: 'newer-questionnaire', id, version, newest } : { code: 'missing-questionnaire-version', id, version };
}

/**
 * Everything an imported workshop must satisfy before it is stored: its
 * self-contradictions, ballots within its votes per person, and its links to
 * the questionnaire (which must be installed), its questions and the scale.
 * A questionnaire problem comes first; without the questionnaire, its
 * questions cannot be checked.
 */
export function importProblems(workshop: Workshop, installed: InstalledContent): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const missing = questionnaireProblem(workshop, installed);
  if (missing) problems.push(missing);
  problems.push(...selfContradictions(workshop));

  const positions = participantPositions(workshop);
  for (const [participantId, ballot] of entries(workshop.voting.ballots)) {
    const position = positions.get(participantId);
    if (position !== undefined && ballot.length > workshop.votesPerPerson) {
      problems.push({ code: 'ballot-too-long', participantId, position, votes: ballot.length, max: workshop.votesPerPerson });
    }
  }
  if (missing) return problems;

  const questionnaire = installed.questionnaires.find((q) => q.id === workshop.questionnaire.id && q.version === workshop.questionnaire.version);
  const questions = new Set(questionnaire?.questions.map((q) => q.id) ?? []);
  if (workshop.voting.target === 'questions') problems.push(...voteElementProblems(workshop, questions, positions));
  const scale = new Set(installed.scale);
  for (const [participantId, answers] of entries(workshop.answers)) {
    const position = positions.get(participantId);
    // Answers from nobody are reported once, above; their questions are beside the point.
    if (position === undefined) continue;
    for (const [questionId, value] of entries(answers)) {
      if (!questions.has(questionId)) problems.push({ code: 'unknown-question', participantId, position, questionId });
      else if (value !== 'skip' && !scale.has(value)) problems.push({ code: 'answer-off-scale', participantId, position, questionId, value });
    }
  }
  return problems;
}
