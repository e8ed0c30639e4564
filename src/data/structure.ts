/**
 * Limits on the *shape* of a parsed file, checked before zod or any
 * migration sees it. The schema knows every field's limit, but it only
 * looks where a workshop's fields are; these bounds protect the checks
 * themselves: zod throws "Maximum call stack size exceeded" on a record of
 * ~150,000 bad entries, and recursive helpers would on deep nesting. Every
 * limit is far above what a real backup holds, so a genuine file never meets one.
 */
import { LIMITS } from '../domain/workshop';
import { MAX_FILE_BYTES } from './envelope';

export const STRUCTURE_LIMITS = {
  /** A real file is at most 7 levels deep (file → workshops → workshop → dialogue → block → proposals → proposal). */
  depth: 12,
  /** The longest list in a real file is 500 (workshops, action items). */
  arrayLength: 10_000,
  /** Records are keyed by participants (≤ 100) and questions (≤ 28). */
  keysPerObject: 10_000,
  /** Ids are at most 64 characters and field names shorter still. */
  keyLength: 200,
  /**
   * Five times the longest text any field may hold (a note). Below this the
   * schema refuses an over-long text and names the field; above it the text
   * is plainly not ours, and is refused before anything else reads it.
   */
  stringLength: 5 * LIMITS.note,
  /** Every value and key in the file: bounds the work a file can cause. */
  nodes: 1_000_000,
  /** All characters of all strings together, a second bound for the same purpose. */
  totalChars: MAX_FILE_BYTES,
} as const;

/**
 * Keys that lead to Object.prototype (`obj.constructor.prototype`) and that
 * the schema's id rule would still let through as record keys. No field or id
 * of ours is ever one of them. `__proto__` is refused separately by
 * protoKeyPaths, the check every write shares.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['constructor', 'prototype']);

export type Path = (string | number)[];

export type StructureProblem =
  | { kind: 'too-deep'; path: Path }
  | { kind: 'too-much'; path: Path }
  | { kind: 'reserved-key'; paths: Path[] }
  | { kind: 'long-text'; path: Path; length: number };

interface Pending {
  value: unknown;
  path: Path;
  depth: number;
}

/**
 * The first structural problem in parsed JSON, or null. Iterative, so
 * nesting a million levels deep costs memory for the list only, never the
 * stack. Reserved keys are reported only after the whole walk, so when this
 * returns null or 'reserved-key' every other limit (depth included) holds.
 */
export function findStructureProblem(root: unknown): StructureProblem | null {
  const stack: Pending[] = [{ value: root, path: [], depth: 0 }];
  let nodes = 0;
  let chars = 0;
  const reserved: Path[] = [];
  const tooMuch = (path: Path): StructureProblem => ({ kind: 'too-much', path });

  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, path, depth } = next;
    nodes += 1;
    if (nodes > STRUCTURE_LIMITS.nodes) return tooMuch(path);
    if (typeof value === 'string') {
      chars += value.length;
      if (value.length > STRUCTURE_LIMITS.stringLength) return { kind: 'long-text', path, length: value.length };
      if (chars > STRUCTURE_LIMITS.totalChars) return tooMuch(path);
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= STRUCTURE_LIMITS.depth) return { kind: 'too-deep', path };

    if (Array.isArray(value)) {
      if (value.length > STRUCTURE_LIMITS.arrayLength) return tooMuch(path);
      for (let i = value.length - 1; i >= 0; i -= 1) stack.push({ value: value[i] as unknown, path: [...path, i], depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > STRUCTURE_LIMITS.keysPerObject) return tooMuch(path);
    for (let i = keys.length - 1; i >= 0; i -= 1) {
      const key = keys[i] as string;
      chars += key.length;
      if (key.length > STRUCTURE_LIMITS.keyLength || chars > STRUCTURE_LIMITS.totalChars) return tooMuch([...path, key.slice(0, 40)]);
      if (RESERVED_KEYS.has(key)) reserved.push([...path, key]);
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key], depth: depth + 1 });
    }
  }
  return reserved.length > 0 ? { kind: 'reserved-key', paths: reserved } : null;
}
