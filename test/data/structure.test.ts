import { describe, expect, it } from 'vitest';
import { findStructureProblem, STRUCTURE_LIMITS } from '../../src/data/structure';
import { backupData } from './fixtures';

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

describe('findStructureProblem', () => {
  it('finds nothing in a real backup', () => {
    expect(findStructureProblem(backupData())).toBeNull();
  });

  it('allows nesting up to the limit and refuses one level more', () => {
    expect(findStructureProblem(nested(STRUCTURE_LIMITS.depth))).toBeNull();
    expect(findStructureProblem(nested(STRUCTURE_LIMITS.depth + 1))).toMatchObject({ kind: 'too-deep' });
  });

  it('walks a million levels without using the call stack', () => {
    expect(findStructureProblem(nested(1_000_000))).toMatchObject({ kind: 'too-deep', path: Array(12).fill(0) });
  });

  it('refuses huge lists, records, keys and texts', () => {
    expect(findStructureProblem({ a: Array(10_001).fill(0) })).toEqual({ kind: 'too-much', path: ['a'] });
    expect(findStructureProblem(Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`k${i}`, 0])))).toMatchObject({ kind: 'too-much' });
    expect(findStructureProblem({ ['k'.repeat(201)]: 1 })).toMatchObject({ kind: 'too-much' });
    expect(findStructureProblem({ a: ['x'.repeat(100_001)] })).toEqual({ kind: 'long-text', path: ['a', 0], length: 100_001 });
    expect(findStructureProblem({ a: 'x'.repeat(100_000) })).toBeNull();
  });

  it('lists every constructor and prototype key, after checking the rest', () => {
    expect(findStructureProblem({ a: { constructor: 1 }, b: [{ prototype: { constructor: 2 } }] })).toEqual({
      kind: 'reserved-key',
      paths: [['a', 'constructor'], ['b', 0, 'prototype'], ['b', 0, 'prototype', 'constructor']],
    });
    expect(findStructureProblem({ a: { constructor: 1 }, b: nested(20) })).toMatchObject({ kind: 'too-deep' });
  });

  it('leaves __proto__ to protoKeyPaths but still walks into it', () => {
    const value = JSON.parse('{"__proto__": {"constructor": 1}}') as unknown;
    expect(findStructureProblem(value)).toEqual({ kind: 'reserved-key', paths: [['__proto__', 'constructor']] });
  });
});
