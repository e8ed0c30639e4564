/**
 * The zod schemas of a workshop: every write to the database and every
 * imported file is checked against WorkshopSchema. Loaded on the first
 * write, so zod stays out of the start-up bundle.
 */
import { BlockIdSchema } from './content.ts';
import { isIsoDate, ITEM_STATUSES, LIMITS, MODES, ROLES, STEPS, WORKSHOP_SCHEMA_VERSION } from './workshop.ts';
import { selfContradictions, type LinkProblem } from './workshop-links.ts';
import { parseStrict, protoKeyPaths, z } from './zod.ts';

/** Ids of participants, questions, prompts and items: plain slugs, never `__proto__`. */
export const IdSchema = z
  .string()
  .check(
    z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'invalid-id'),
    // Names every plain object inherits: as record keys they would shadow built-ins.
    z.refine((id) => id !== 'constructor' && id !== 'prototype', 'invalid-id'),
  );

/** The own-device ids and keys (src/own-devices/), base64url of a fixed number of bytes. */
const base64url = (chars: number, message: string) => z.string().check(z.regex(new RegExp(`^[A-Za-z0-9_-]{${chars}}$`), message));
/** A participant's answer set (8 bytes), an invitation (6 bytes), a compressed P-256 public key (33 bytes), a private scalar (32 bytes). */
const ResponseIdSchema = base64url(11, 'invalid-id');
const InvitationIdSchema = base64url(8, 'invalid-id');
const PublicKeySchema = base64url(44, 'invalid-key');
const PrivateKeySchema = base64url(43, 'invalid-key');

export const IsoDateSchema = z.string().check(z.refine(isIsoDate, 'not-an-iso-date'));
const text = (max: number) => z.string().check(z.maxLength(max));
const required = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

export const ParticipantSchema = z.strictObject({
  id: IdSchema,
  name: text(LIMITS.name),
  role: z.enum(ROLES),
  /** Group mode: this person will hand in answers later (paper or own device). */
  answersLater: z.optional(z.boolean()),
  /** Answered on their own phone: the answer set's id, so the same answers received twice count once (own-device.ts). */
  responseId: z.optional(ResponseIdSchema),
});
export type Participant = z.infer<typeof ParticipantSchema>;

/** 1–5 on the booklet's scale, or 'skip' for "Ved ikke / ikke relevant" (never a zero). */
export const AnswerValueSchema = z.union([z.int().check(z.gte(1), z.lte(5)), z.literal('skip')]);
export type AnswerValue = z.infer<typeof AnswerValueSchema>;

const ElementIdSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'invalid-id'));

export const VotingSchema = z.strictObject({
  /** Vote on the six building blocks, or on single questions. */
  target: z.enum(['blocks', 'questions']),
  /** May one person put more than one vote on the same element? */
  allowRepeat: z.boolean(),
  /** Private ballots per participant, or a tally typed in from a whiteboard. */
  method: z.enum(['ballots', 'tally']),
  ballots: z.record(IdSchema, z.array(ElementIdSchema).check(z.maxLength(LIMITS.votesPerPerson))),
  tally: z.record(ElementIdSchema, z.int().check(z.gte(0), z.lte(10_000))),
  revealed: z.boolean(),
  /** The facilitator's order of the ranked elements; empty = as tallied. */
  order: z.array(ElementIdSchema).check(z.maxLength(200)),
  /** The building blocks the group takes into the dialogue, in order. */
  chosen: z.array(BlockIdSchema).check(z.maxLength(6)),
});
export type Voting = z.infer<typeof VotingSchema>;

export const ProposalSchema = z.strictObject({
  id: IdSchema,
  text: text(LIMITS.itemText),
  toPlan: z.boolean(),
});
export type Proposal = z.infer<typeof ProposalSchema>;

/** A block's time-box (see timebox.ts): kept, so a reload or a visit to another block does not restart it. */
export const CountdownSchema = z.strictObject({
  durationMs: z.int().check(z.gte(0), z.lte(LIMITS.countdownMs)),
  /** Wall-clock milliseconds when the current run started; null while stopped. */
  startedAt: z.nullable(z.int().check(z.gte(0))),
  elapsedBeforeMs: z.int().check(z.gte(0)),
});

export const BlockDialogueSchema = z.strictObject({
  /** Notes per dialogue prompt id. */
  notes: z.record(IdSchema, text(LIMITS.note)),
  proposals: z.array(ProposalSchema).check(z.maxLength(LIMITS.proposals)),
  timer: z.optional(CountdownSchema),
});
export type BlockDialogue = z.infer<typeof BlockDialogueSchema>;

export const ActionItemSchema = z.strictObject({
  id: IdSchema,
  block: BlockIdSchema,
  /** A concrete action, or a need for further discussion or clarification. */
  kind: z.enum(['action', 'discussion']),
  what: text(LIMITS.itemText),
  who: text(LIMITS.itemText),
  /** Free text such as "inden sommerferien"; `whenDate` holds a real date when there is one. */
  when: text(LIMITS.name),
  whenDate: z.nullable(IsoDateSchema),
  /** For a discussion: where it is taken ("LokalMED"). */
  forum: text(LIMITS.name),
  fromProposal: z.optional(IdSchema),
});
export type ActionItem = z.infer<typeof ActionItemSchema>;

export const PlanSchema = z.strictObject({
  items: z.array(ActionItemSchema).check(z.maxLength(LIMITS.items)),
  effect: text(LIMITS.note),
  evidence: text(LIMITS.note),
  followUpDate: z.nullable(IsoDateSchema),
  /** The date of the next round for the calendar file: absent = one year after the meeting (rounds.ts), null = none. */
  nextRound: z.optional(z.nullable(IsoDateSchema)),
});
export type Plan = z.infer<typeof PlanSchema>;

/** How one item of the previous round's plan went: a status once chosen, and a short comment (rounds.ts). */
export const ItemReviewSchema = z.strictObject({
  status: z.nullable(z.enum(ITEM_STATUSES)),
  comment: text(LIMITS.reviewComment),
});
export type ItemReview = z.infer<typeof ItemReviewSchema>;

/** A workshop field by field, without the links between fields (for tests that need a contradiction to pass it). */
export const WorkshopFieldsSchema = z.strictObject({
  schemaVersion: z.literal(WORKSHOP_SCHEMA_VERSION),
  id: IdSchema,
  /** The series of rounds this workshop is one of (rounds.ts); a workshop alone is a series of one, named by its own id. */
  series: IdSchema,
  title: required(LIMITS.title),
  date: IsoDateSchema,
  /** The questionnaire and the content version it was run with; later text revisions never rewrite it. */
  questionnaire: z.strictObject({ id: IdSchema, version: z.int().check(z.gte(1)) }),
  mode: z.enum(MODES),
  participants: z.array(ParticipantSchema).check(z.maxLength(LIMITS.participants)),
  votesPerPerson: z.int().check(z.gte(1), z.lte(LIMITS.votesPerPerson)),
  timeBudgetMinutes: z.int().check(z.gte(LIMITS.timeBudgetMinutes.min), z.lte(LIMITS.timeBudgetMinutes.max)),
  /** participant id → question id → answer. A missing entry is "not answered yet". */
  answers: z.record(IdSchema, z.record(IdSchema, AnswerValueSchema)),
  /** Where scoring resumes after a reload. */
  cursor: z.nullable(z.strictObject({ participantId: IdSchema, questionId: IdSchema })),
  /** Hide participant names on shared screens and in the PDF. */
  anonymous: z.boolean(),
  voting: VotingSchema,
  dialogue: z.partialRecord(BlockIdSchema, BlockDialogueSchema),
  plan: PlanSchema,
  /** "Sidste gang aftalte I …": the previous round's plan item id → how it went. Empty in a first round. */
  review: z.record(IdSchema, ItemReviewSchema),
  /**
   * The invitation to answer on one's own phone, once made: its id and the meeting's key pair
   * (base64url; the private half never leaves this device except in a backup), see src/own-devices/.
   */
  invitation: z.optional(
    z.strictObject({
      id: InvitationIdSchema,
      publicKey: PublicKeySchema,
      privateKey: PrivateKeySchema,
      /** How many the facilitator invited, if said: progress reads "5 af 8 har afleveret". */
      expected: z.optional(z.int().check(z.gte(1), z.lte(LIMITS.participants))),
      /** "Svar senest" on the invitation, if the facilitator set it; without it the meeting's date is the limit. */
      deadline: z.optional(IsoDateSchema),
    }),
  ),
  step: z.enum(STEPS),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/** Where in the workshop a link problem is, for the issue's path (the message comes from its code). */
function pathOf(problem: LinkProblem): PropertyKey[] {
  switch (problem.code) {
    case 'duplicate-participant-id':
      return ['participants', problem.positions[1], 'id'];
    case 'duplicate-item-id':
      return ['plan', 'items', problem.positions[1], 'id'];
    case 'duplicate-proposal-id':
      return ['dialogue'];
    case 'duplicate-chosen-block':
      return ['voting', 'chosen'];
    case 'duplicate-order-element':
      return ['voting', 'order'];
    case 'repeated-vote':
    case 'ballot-too-long':
    case 'ballot-of-unknown-participant':
    case 'vote-for-unknown-element':
      return ['voting', 'ballots', problem.participantId];
    case 'tally-for-unknown-element':
      return ['voting', 'tally', problem.elementId];
    case 'answers-of-unknown-participant':
      return ['answers', problem.participantId];
    case 'unknown-question':
    case 'answer-off-scale':
      return ['answers', problem.participantId, problem.questionId];
    default:
      return ['questionnaire'];
  }
}

/**
 * A workshop: its fields, and links between them that hold (workshop-links.ts).
 * Each contradiction becomes a custom issue whose message is its code and
 * whose `params.link` is the problem itself, for a Danish description.
 * Run only on a workshop whose fields all passed, so each problem is told once.
 */
export const WorkshopSchema = WorkshopFieldsSchema.check(
  z.superRefine((workshop, ctx) => {
    for (const problem of selfContradictions(workshop)) {
      ctx.addIssue({ code: 'custom', message: problem.code, path: pathOf(problem), params: { link: problem }, input: workshop });
    }
  }, { when: (payload) => payload.issues.length === 0 }),
);
export type Workshop = z.infer<typeof WorkshopFieldsSchema>;

/** The link problem a zod issue stands for, if it is one (see WorkshopSchema). */
export function linkProblemOf(issue: z.core.$ZodIssue): LinkProblem | null {
  if (issue.code !== 'custom') return null;
  const link: unknown = issue.params?.link;
  return typeof link === 'object' && link !== null && 'code' in link ? (link as LinkProblem) : null;
}

export type WorkshopCheck = { ok: true; workshop: Workshop } | { ok: false; problems: string[] };

/** Validates anything claiming to be a workshop; problems are readable lines. */
export function checkWorkshop(value: unknown): WorkshopCheck {
  const result = parseStrict(WorkshopSchema, value);
  return result.ok ? { ok: true, workshop: result.data } : { ok: false, problems: result.problems };
}


/**
 * Checks `after`, a change of `before` (a workshop that passed this check),
 * with the same verdict and result as checkWorkshop(after), but parses only
 * the top-level fields that changed (a different value, not just equal): a
 * keystroke in one note of a large workshop re-checks the dialogue, not
 * 1,400 answers and 750 KB of text (issue #14). The links between fields are
 * always checked; they are cheap. Whenever anything is amiss, or the set of
 * fields differs, the whole check decides, so problems read the same.
 */
export function checkWorkshopChange(before: Workshop, after: unknown): WorkshopCheck {
  if (typeof after !== 'object' || after === null || Array.isArray(after)) return checkWorkshop(after);
  const old = before as unknown as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  const keys = Object.keys(now);
  const shape = WorkshopFieldsSchema.shape as Record<string, z.ZodMiniType | undefined>;
  if (keys.length !== Object.keys(old).length || Object.hasOwn(now, '__proto__')) return checkWorkshop(after);
  const result: Record<string, unknown> = {};
  for (const key of keys) {
    const schema = Object.hasOwn(old, key) ? shape[key] : undefined;
    if (!schema) return checkWorkshop(after);
    if (now[key] === old[key]) {
      result[key] = old[key];
      continue;
    }
    if (protoKeyPaths(now[key]).length > 0) return checkWorkshop(after);
    const parsed = schema.safeParse(now[key]);
    if (!parsed.success) return checkWorkshop(after);
    result[key] = parsed.data;
  }
  const workshop = result as Workshop;
  return selfContradictions(workshop).length === 0 ? { ok: true, workshop } : checkWorkshop(after);
}

/** A participant's answers to an invitation, on their own phone (own-device.ts). */
export const ResponseSchema = z.strictObject({
  id: ResponseIdSchema,
  invitation: z.strictObject({
    id: InvitationIdSchema,
    questionnaire: z.strictObject({ id: IdSchema, version: z.int().check(z.gte(1), z.lte(0xffff)) }),
    title: text(LIMITS.title),
    date: IsoDateSchema,
    /** "Svar senest", as the invitation said (invitation.ts), if it said one. */
    deadline: z.optional(IsoDateSchema),
    publicKey: PublicKeySchema,
  }),
  name: text(LIMITS.name),
  role: z.nullable(z.enum(ROLES)),
  answers: z.record(IdSchema, AnswerValueSchema),
  handedInAt: z.nullable(z.iso.datetime()),
  /** The answer code made when they were handed in (answer-code.ts), shown again each time. */
  code: z.nullable(z.string().check(z.maxLength(2000))),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type Response = z.infer<typeof ResponseSchema>;

export function checkResponse(value: unknown): { ok: true; response: Response } | { ok: false; problems: string[] } {
  const result = parseStrict(ResponseSchema, value);
  return result.ok ? { ok: true, response: result.data } : { ok: false, problems: result.problems };
}
