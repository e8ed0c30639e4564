/**
 * The live workshop of the screen that has it open: one store the steps read
 * from, and one write queue every change goes through (see write-queue.ts).
 * A tap shows at once; the write follows, validated by the schema, in order,
 * applied to the workshop as stored at that moment so another tab's change
 * is kept. Another tab's writes come in through `receive`.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { Workshop } from '../domain/workshop';
import type { KomIHusDatabase } from '../db/database';
import { classifyStorageError } from '../db/storage';
import { InvalidWorkshopError, updateWorkshop } from '../db/workshops';
import { apartFromNoteText } from './note-text';
import { WriteQueue, type Change, type WriteProblem } from './write-queue';

export type { WriteProblem } from './write-queue';

export interface WorkshopSession {
  readonly id: string;
  /** The workshop as the screen shows it: stored, plus every change not yet written. */
  readonly workshop: ReadonlySignal<Workshop>;
  /**
   * Moves with `workshop` except when only note text changed (note-text.ts): what a screen whose
   * notes are fields of their own subscribes to. Render from `workshop.peek()`.
   */
  readonly structure: ReadonlySignal<Workshop>;
  /** True while a change waits for, or is in, a write. */
  readonly saving: ReadonlySignal<boolean>;
  /** Why the last write failed, or null. */
  readonly problem: ReadonlySignal<WriteProblem | null>;
  /** The workshop as last read from or written to the database (without the changes still queued). */
  readonly saved: ReadonlySignal<Workshop>;
  /** Applies the change now and saves it; resolves false if it could not be saved (the frame says why). */
  update(change: Change<Workshop>): Promise<boolean>;
  retry(): void;
  /** The workshop as another tab (or a restore) stored it. */
  receive(stored: Workshop): void;
  /** True when a workshop stored with this `updatedAt` is one this session already has: its own write, or what it read last. */
  knows(updatedAt: string): boolean;
  /** Resolves when everything changed so far is written or has failed. */
  flushed(): Promise<void>;
  /** How long the last write took, in ms (0 before the first): typed text waits for its write in proportion (use-saved-text.ts). */
  readonly lastWriteMs: number;
}

export function classifyWriteError(error: unknown): WriteProblem {
  if (error instanceof InvalidWorkshopError) return 'invalid';
  const storage = classifyStorageError(error);
  return storage === 'full' || storage === 'closed' ? storage : 'other';
}

export function createWorkshopSession(db: KomIHusDatabase, stored: Workshop, now: () => Date): WorkshopSession {
  const write = async (change: Change<Workshop>, known: Workshop): Promise<Workshop> => {
    try {
      // (A write cut off as the page went into the back-forward cache is written when the page is back: updateWorkshop.)
      return await updateWorkshop(db, stored.id, change, now(), known);
    } catch (error) {
      // The connection was lost (e.g. the browser closed it): reopen once and try again.
      if (classifyStorageError(error) !== 'closed') throw error;
      if (!db.isOpen()) await db.open();
      return updateWorkshop(db, stored.id, change, now(), known);
    }
  };
  return createSession(stored, write);
}

/**
 * A session over any storage `write` (read, change and store in one step; `known` is the workshop as
 * this session last saw it stored, which the write may use when the store still has exactly that one);
 * tests hand in their own.
 */
export function createSession(stored: Workshop, write: (change: Change<Workshop>, known: Workshop) => Promise<Workshop>): WorkshopSession {
  // This tab's recent writes, by the moment each stamped on the workshop (`updatedAt`). The live
  // query may bring one back after a later one is done (its read ran before the later write): that
  // echo is old news, not another tab's change, and taking it would undo a tap on screen for a moment.
  // Every write stamps a new moment, so the stamp alone tells an echo: comparing whole workshops
  // (750 KB of JSON on a large one, several times per write) made typing stutter (issue #14).
  // Another tab writing in the very same millisecond would be taken for an echo; its change is
  // still kept in the database, and shows with this tab's next write or the next one of its own.
  const written: string[] = [];
  let lastWriteMs = 0;
  const remember = async (change: Change<Workshop>) => {
    const started = Date.now();
    const result = await write(change, queue.stored);
    lastWriteMs = Date.now() - started;
    written.push(result.updatedAt);
    if (written.length > 20) written.shift();
    return result;
  };
  const workshop = signal(stored);
  const problem = signal<WriteProblem | null>(null);
  const saved = signal(stored);
  const saving = signal(false);
  const queue = new WriteQueue<Workshop>(stored, {
    write: remember,
    classify: classifyWriteError,
    onChange: (next) => (workshop.value = next),
    onStored: (next) => (saved.value = next),
    onBusy: (busy) => (saving.value = busy),
    onProblem: (next, error) => {
      if (next) console.error(error);
      problem.value = next;
    },
  });

  return {
    id: stored.id,
    workshop,
    structure: apartFromNoteText(workshop),
    problem,
    saved,
    saving,
    update: (change) => queue.update(change),
    retry: () => void queue.retry(),
    receive(next) {
      if (next === queue.stored || this.knows(next.updatedAt)) return;
      queue.receive(next);
    },
    knows: (updatedAt) => updatedAt === queue.stored.updatedAt || written.includes(updatedAt),
    flushed: () => queue.flushed(),
    get lastWriteMs() {
      return lastWriteMs;
    },
  };
}
