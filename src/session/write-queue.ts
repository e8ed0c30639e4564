/**
 * One serial, coalescing write queue for one stored record (a workshop).
 *
 * - `update(change)` applies the change to the local copy at once, so the
 *   screen shows a tap before any write, and queues it.
 * - Only one write runs at a time. Changes made while it runs are written
 *   together by the next one, in the order they were made: a burst of taps
 *   or keystrokes becomes one write, and none is applied to a stale copy.
 * - Each write re-applies its changes to the record as stored at that moment
 *   (the `write` callback reads, applies and stores in one transaction), so a
 *   change made in another tab in between is kept, not overwritten. So a
 *   change must give the same result each time it is applied: an id or a
 *   time it needs is made before, outside it.
 * - A change the record's check refuses is dropped alone (the others in its
 *   batch are still written) and reported. A write that fails for another
 *   reason (disk full, connection lost) keeps every change queued and on
 *   screen, and is tried again by `retry()` or by the next change.
 * - `receive(stored)` takes the record as stored by someone else (another
 *   tab, a restore); the changes still queued are re-applied on top of it.
 *
 * Plain TypeScript: the database write, the error classification and the
 * listener are handed in, so the queue is tested without a browser.
 */

export type Change<T> = (record: T) => T;

/** Why a write failed, as far as the user can do something about it. */
export type WriteProblem = 'full' | 'closed' | 'invalid' | 'other';

export interface WriteQueueOptions<T> {
  /** Reads the stored record, applies `change` to it and stores the result in one transaction; resolves with what was stored. */
  write: (change: Change<T>) => Promise<T>;
  /** Tells a refused change ('invalid') from a storage failure. */
  classify: (error: unknown) => WriteProblem;
  /** Called with the local copy (stored + queued changes) whenever it changes. */
  onChange?: (record: T) => void;
  /** Called with the record as stored whenever that changes (a write, or another tab's). */
  onStored?: (record: T) => void;
  /** Called when changes start waiting for a write (true) and when every one is written or has failed (false). */
  onBusy?: (busy: boolean) => void;
  /** Called with the latest problem, or null once writes succeed again. */
  onProblem?: (problem: WriteProblem | null, error?: unknown) => void;
}

interface Queued<T> {
  change: Change<T>;
  settle: (stored: boolean) => void;
}

export class WriteQueue<T> {
  #stored: T;
  #local: T;
  #queued: Queued<T>[] = [];
  /** The changes of the write now running (still part of the local copy until it is done). */
  #inFlight: Queued<T>[] = [];
  #running: Promise<void> | null = null;
  /** Callers' answers for the batch being written, given once the local copy shows the outcome. */
  #verdicts: Array<() => void> = [];
  /** A change or retry came while a write was running. */
  #again = false;
  #failed = false;
  /** The worst thing that happened to the batch being written. */
  #problem: { problem: WriteProblem; error: unknown } | null = null;
  readonly #options: WriteQueueOptions<T>;

  constructor(stored: T, options: WriteQueueOptions<T>) {
    this.#stored = stored;
    this.#local = stored;
    this.#options = options;
  }

  /** What the screen shows: the stored record with every change not yet written applied. */
  get local(): T {
    return this.#local;
  }

  /** The record as last read from or written to storage. */
  get stored(): T {
    return this.#stored;
  }

  /** True while a change is waiting for, or in, a write. */
  get busy(): boolean {
    return this.#queued.length > 0 || this.#inFlight.length > 0;
  }

  /**
   * Applies `change` now and queues it. Resolves true once it is stored,
   * false if it was refused or the write failed (the frame shows why).
   */
  update(change: Change<T>): Promise<boolean> {
    const next = change(this.#local);
    if (next === this.#local) return this.#running ? this.#running.then(() => !this.#failed) : Promise.resolve(true);
    return new Promise<boolean>((settle) => {
      this.#queued.push({ change, settle });
      this.#options.onBusy?.(true);
      this.#setLocal(next);
      void this.#drain();
    });
  }

  /** Takes the record as it is now stored (another tab wrote it); queued changes are re-applied on top. */
  receive(stored: T): void {
    if (stored === this.#stored) return;
    this.#stored = stored;
    this.#options.onStored?.(stored);
    this.#setLocal(this.#replay());
  }

  /** Tries the queued changes again after a failed write. */
  retry(): Promise<void> {
    return this.#drain();
  }

  /** Resolves when every change made so far has been written or has failed. */
  async flushed(): Promise<void> {
    while (this.#running) await this.#running;
  }

  #replay(): T {
    let record = this.#stored;
    for (const q of [...this.#inFlight, ...this.#queued]) record = q.change(record);
    return record;
  }

  #setLocal(record: T): void {
    if (record === this.#local) return;
    this.#local = record;
    this.#options.onChange?.(record);
  }

  #drain(): Promise<void> {
    if (this.#running) {
      // A write is running: the changes queued now go with the next one, even if this one fails.
      this.#again = true;
      // ... which starts as this one ends: resolve when that one is done too.
      return this.#running.then(() => this.#running ?? undefined);
    }
    this.#running = this.#run().finally(() => {
      this.#running = null;
      if (this.#again) void this.#drain();
      else this.#options.onBusy?.(false);
    });
    return this.#running;
  }

  async #run(): Promise<void> {
    // Let the rest of this task's changes join the batch.
    await Promise.resolve();
    while (this.#queued.length > 0) {
      this.#again = false;
      const batch = this.#queued.splice(0);
      this.#inFlight = batch;
      this.#problem = null;
      const unwritten = await this.#writeBatch(batch);
      this.#inFlight = [];
      this.#failed = unwritten.length > 0;
      // (Set by #attempt during the write; TypeScript cannot see that across the await.)
      const problem = this.#problem as { problem: WriteProblem; error: unknown } | null;
      this.#options.onProblem?.(problem?.problem ?? null, problem?.error);
      // Keep what could not be written queued, first in line, and on screen; retry() or the next change tries again.
      this.#queued.unshift(...unwritten);
      // Stored may now hold another tab's change, and a refused change is gone: show that,
      // then tell the callers (so one that looks finds the screen as it now is).
      this.#setLocal(this.#replay());
      for (const tell of this.#verdicts.splice(0)) tell();
      if (unwritten.length > 0 && !this.#again) return;
    }
  }

  /**
   * Writes a batch as one change; if the check refuses it, writes its changes
   * one by one and drops the refused ones. Returns the changes that a storage
   * failure left unwritten (their callers are told false).
   */
  async #writeBatch(batch: Queued<T>[]): Promise<Queued<T>[]> {
    const all: Change<T> = (record) => batch.reduce((r, q) => q.change(r), record);
    const result = await this.#attempt(all);
    if (result === 'stored') {
      for (const q of batch) this.#verdicts.push(() => q.settle(true));
      return [];
    }
    if (result === 'invalid') {
      for (const [index, q] of batch.entries()) {
        const one = batch.length === 1 ? 'invalid' : await this.#attempt(q.change);
        if (one === 'stored') this.#verdicts.push(() => q.settle(true));
        else if (one === 'invalid') this.#verdicts.push(() => q.settle(false));
        else return this.#failedFrom(batch.slice(index));
      }
      return [];
    }
    return this.#failedFrom(batch);
  }

  #failedFrom(batch: Queued<T>[]): Queued<T>[] {
    for (const q of batch) this.#verdicts.push(() => q.settle(false));
    return batch.map((q) => ({ change: q.change, settle: () => undefined }));
  }

  async #attempt(change: Change<T>): Promise<'stored' | WriteProblem> {
    try {
      this.#stored = await this.#options.write(change);
      this.#options.onStored?.(this.#stored);
      return 'stored';
    } catch (error) {
      const problem = this.#options.classify(error);
      // A storage failure outranks a refused change in what the user is told.
      if (!this.#problem || this.#problem.problem === 'invalid') this.#problem = { problem, error };
      return problem;
    }
  }
}
