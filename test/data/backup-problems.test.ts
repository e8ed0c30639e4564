/**
 * A refused backup comes back from data/ as codes with their parameters;
 * only src/i18n/ turns them into words (issue #14, "problems as codes").
 */
import { describe, expect, it } from 'vitest';
import { parseBackup, type ParseFailure } from '../../src/data/parse-backup';
import { describeRefusal } from '../../src/i18n/backup.da';
import { backupData, INSTALLED } from './fixtures';
import { hostileCorpus } from './hostile-corpus';

function refused(text: string, byteLength = text.length): ParseFailure {
  const result = parseBackup(text, { installed: INSTALLED, byteLength });
  if (result.ok) throw new Error('expected a refusal');
  return result;
}

/** Every string in a refusal, outside the workshop and zod issue it carries as evidence. */
function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) if (key !== 'raw' && key !== 'issue') stringsIn(child, out);
  }
  return out;
}

describe('parseBackup refuses with codes, not words', () => {
  it('names the problem and its numbers, and the catalogue says it', () => {
    const failure = refused('', 6 * 1024 * 1024);
    expect(failure.problem).toEqual({ code: 'too-large', bytes: 6 * 1024 * 1024 });
    expect(describeRefusal(failure).message).toBe('Filen er for stor (6,0 MB). Den må højst være 5 MB.');
  });

  it('points at the workshop and the field, not at a sentence', () => {
    const data = backupData();
    (data.workshops as Array<Record<string, unknown>>)[1]!.title = 'x'.repeat(300);
    const failure = refused(JSON.stringify(data));
    expect(failure.problem).toMatchObject({ code: 'invalid-workshop', workshop: { position: 2 }, problem: { kind: 'schema', issue: { path: ['title'] } }, moreProblems: 0, otherWorkshops: 0 });
    expect(failure.details).toMatchObject([{ code: 'workshop', workshop: { position: 2 } }]);
  });

  it('carries no sentence in any refusal of the hostile corpus: every string is a code, a key or a field name', () => {
    for (const item of hostileCorpus().slice(0, 400)) {
      const result = parseBackup(item.text, { installed: INSTALLED, byteLength: item.byteLength ?? item.text.length });
      if (result.ok) continue;
      for (const text of stringsIn({ problem: result.problem, details: result.details })) {
        expect(text, item.name).not.toMatch(/\s/);
      }
    }
  });
});
