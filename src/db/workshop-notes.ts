/**
 * How a workshop is laid out in storage (since database version 4): the
 * dialogue notes, which are most of a large workshop (up to 20,000
 * characters per prompt per block), each live in a record of their own in
 * the `notes` table; the `workshops` record holds the rest with every
 * block's `notes` empty. A keystroke in a note then writes that note and the
 * small rest, not the whole workshop (issue #14: a 750 KB `put` per write
 * made typing stutter).
 *
 * The rest of the app never sees this: the repository (workshops.ts,
 * backup.ts) joins a workshop back together on every read and splits it on
 * every write. Plain functions, tested without a database.
 */
import type { Workshop } from '../domain/workshop';

/** One note: the text for one dialogue prompt of one building block of one workshop. */
export interface NoteRecord {
  workshopId: string;
  block: string;
  prompt: string;
  text: string;
}

/** The primary key of a note record. */
export type NoteKey = [workshopId: string, block: string, prompt: string];

type Dialogue = Workshop['dialogue'];
type Notes = Record<string, string>;

const NO_NOTES: Notes = Object.freeze({}) as Notes;

/** The workshop record without its notes, and the notes as records. */
export function splitWorkshop(workshop: Workshop): { core: Workshop; notes: NoteRecord[] } {
  const notes: NoteRecord[] = [];
  const dialogue: Dialogue = {};
  for (const [block, d] of Object.entries(workshop.dialogue) as Array<[keyof Dialogue, NonNullable<Dialogue[keyof Dialogue]>]>) {
    for (const [prompt, text] of Object.entries(d.notes)) notes.push({ workshopId: workshop.id, block, prompt, text });
    dialogue[block] = { ...d, notes: {} };
  }
  return { core: { ...workshop, dialogue }, notes };
}

/**
 * The workshop with its notes put back. A note whose block the record no
 * longer has is left out; notes still inside the record (written there
 * before version 4, or by hand) are kept, and a note record wins over them.
 */
export function joinWorkshop(core: Workshop, notes: readonly NoteRecord[]): Workshop {
  if (notes.length === 0) return core;
  const byBlock = new Map<string, Notes>();
  for (const note of notes) {
    if (note.workshopId !== core.id) continue;
    let texts = byBlock.get(note.block);
    if (!texts) byBlock.set(note.block, (texts = {}));
    texts[note.prompt] = note.text;
  }
  const dialogue: Dialogue = { ...core.dialogue };
  for (const [block, texts] of byBlock) {
    const d = dialogue[block as keyof Dialogue];
    if (d) dialogue[block as keyof Dialogue] = { ...d, notes: { ...d.notes, ...texts } };
  }
  return { ...core, dialogue };
}

/** True when the stored record still holds notes of its own (see joinWorkshop). */
export function hasNotesInside(core: Workshop): boolean {
  return Object.values(core.dialogue).some((d) => d !== undefined && Object.keys(d.notes).length > 0);
}

/**
 * What a write must do to the note records to go from `before` to `after`
 * (the same workshop): the notes that are new or changed, and the keys of
 * those that are gone. A block whose notes object is the same one in both is
 * not looked into, so a keystroke costs one note, not all of them.
 */
export function noteChanges(before: Workshop | null, after: Workshop): { put: NoteRecord[]; remove: NoteKey[] } {
  const put: NoteRecord[] = [];
  const remove: NoteKey[] = [];
  const blocks = new Set([...Object.keys(before?.dialogue ?? {}), ...Object.keys(after.dialogue)]) as Set<keyof Dialogue>;
  for (const block of blocks) {
    const was = before?.dialogue[block]?.notes ?? NO_NOTES;
    const now = after.dialogue[block]?.notes ?? NO_NOTES;
    if (was === now) continue;
    for (const [prompt, text] of Object.entries(now)) {
      if (!Object.hasOwn(was, prompt) || was[prompt] !== text) put.push({ workshopId: after.id, block, prompt, text });
    }
    for (const prompt of Object.keys(was)) if (!Object.hasOwn(now, prompt)) remove.push([after.id, block, prompt]);
  }
  return { put, remove };
}
