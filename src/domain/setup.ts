/** Checks of the setup (step 0): the "Nyt dialogmøde" form and the workshop's settings. */
import { isIsoDate, LIMITS, STEPS, type Mode, type Participant, type Role, type Step, type Workshop } from './workshop.ts';

export interface SetupFields {
  title: string;
  date: string;
  questionnaireId: string;
}

export type SetupProblems = Partial<{
  title: 'required' | 'too-long';
  date: 'invalid';
  questionnaireId: 'required';
}>;

/** Problems in the first three fields; shared by the Forside form and the setup screen. */
export function checkSetup(fields: SetupFields): SetupProblems {
  const problems: SetupProblems = {};
  const title = fields.title.trim();
  if (!title) problems.title = 'required';
  else if (title.length > LIMITS.title) problems.title = 'too-long';
  if (!isIsoDate(fields.date)) problems.date = 'invalid';
  if (!fields.questionnaireId) problems.questionnaireId = 'required';
  return problems;
}

export type ParticipantProblem =
  | { code: 'none' }
  | { code: 'solo-needs-one'; count: number }
  | { code: 'duplicate-name'; name: string; participantIds: string[] };

/** Problems with the participants that must be fixed before step 1 starts; `invited`: the workshop has an own-device invitation. */
export function checkParticipants(mode: Mode, participants: readonly Participant[], invited = false): ParticipantProblem[] {
  const problems: ParticipantProblem[] = [];
  // A meeting with a facilitator that has invited participants to answer on their own phones gets them from there.
  if (participants.length === 0 && !(mode === 'group' && invited)) problems.push({ code: 'none' });
  if (mode === 'solo' && participants.length > 1) problems.push({ code: 'solo-needs-one', count: participants.length });
  const byName = new Map<string, Participant[]>();
  for (const p of participants) {
    const key = normaliseName(p.name);
    if (!key) continue;
    byName.set(key, [...(byName.get(key) ?? []), p]);
  }
  for (const group of byName.values()) {
    if (group.length > 1 && group[0]) {
      problems.push({ code: 'duplicate-name', name: group[0].name.trim(), participantIds: group.map((p) => p.id) });
    }
  }
  return problems;
}

/** Names compare without case and surrounding or repeated spaces ("maria " = "Maria"). */
export function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');
}

/** The later of two steps: moving around never makes a workshop look less far along. */
export function furthestStep(a: Step, b: Step): Step {
  return STEPS.indexOf(a) >= STEPS.indexOf(b) ? a : b;
}

/**
 * The role a new participant starts with: a leader first; after that the
 * group's usual member: another leader in a leadership group (Målgruppe 1), a
 * MED member in Målgruppe 2 (MED, Trio, working environment group).
 */
export function usualRole(workshop: Workshop): Role {
  if (workshop.participants.length === 0) return 'leder';
  return workshop.questionnaire.id === 'maalgruppe-1' ? 'leder' : 'med';
}

/** Adds a participant; in solo mode there is only ever one. */
export function addParticipant(workshop: Workshop, participant: Participant): Workshop {
  return { ...workshop, participants: [...workshop.participants, participant] };
}

/** Changes one participant's name, role or "answers later". */
export function updateParticipant(workshop: Workshop, id: string, change: Partial<Omit<Participant, 'id'>>): Workshop {
  return { ...workshop, participants: workshop.participants.map((p) => (p.id === id ? { ...p, ...change } : p)) };
}

/** Removes a participant together with everything they entered (answers, ballot, place in the cursor). */
export function removeParticipant(workshop: Workshop, id: string): Workshop {
  const { [id]: _answers, ...answers } = workshop.answers;
  const { [id]: _ballot, ...ballots } = workshop.voting.ballots;
  return {
    ...workshop,
    participants: workshop.participants.filter((p) => p.id !== id),
    answers,
    voting: { ...workshop.voting, ballots },
    cursor: workshop.cursor?.participantId === id ? null : workshop.cursor,
  };
}

/**
 * How each participant is shown: "Maria (TR)" with a name, the role alone
 * without one ("TR"), numbered when several unnamed share a role ("TR 2").
 */
export function participantLabels(
  participants: readonly Participant[],
  roleLabel: (role: Role) => string,
  /** In the anonymous view, each participant by number alone: (2) → "Deltager 2", no name and no role. */
  anonymous?: (n: number) => string,
  /** Someone who answered on their own phone and gave neither name nor role, by their number: "Deltager 4". */
  numbered?: (n: number) => string,
): Map<string, string> {
  const labels = new Map<string, string>();
  if (anonymous) {
    participants.forEach((p, i) => labels.set(p.id, anonymous(i + 1)));
    return labels;
  }
  const byNumber = (p: Participant) => !!numbered && !!p.responseId && p.role === 'andet' && !p.name.trim();
  const unnamedPerRole = new Map<Role, number>();
  for (const p of participants) if (!p.name.trim() && !byNumber(p)) unnamedPerRole.set(p.role, (unnamedPerRole.get(p.role) ?? 0) + 1);
  const seen = new Map<Role, number>();
  for (const [index, p] of participants.entries()) {
    const name = p.name.trim();
    if (numbered && byNumber(p)) {
      labels.set(p.id, numbered(index + 1));
      continue;
    }
    if (name) {
      // "Andet" says nothing about a named person: "Kim", not "Kim (andet)".
      labels.set(p.id, p.role === 'andet' ? name : `${name} (${roleLabel(p.role)})`);
      continue;
    }
    const n = (seen.get(p.role) ?? 0) + 1;
    seen.set(p.role, n);
    labels.set(p.id, (unnamedPerRole.get(p.role) ?? 0) > 1 ? `${roleLabel(p.role)} ${n}` : roleLabel(p.role));
  }
  return labels;
}

/** True when anyone has entered at least one answer. */
export function anyoneAnswered(workshop: Workshop): boolean {
  return Object.values(workshop.answers).some((answers) => Object.keys(answers).length > 0);
}

/** True when the participant has entered at least one answer (removing them loses data). */
export function hasAnswers(workshop: Workshop, participantId: string): boolean {
  return Object.keys(workshop.answers[participantId] ?? {}).length > 0;
}

/** Today's date as YYYY-MM-DD in local time (the date a user sees on their calendar). */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
