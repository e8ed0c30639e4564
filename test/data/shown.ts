/**
 * parseBackup as the restore screen shows it: a refusal in Danish words.
 * Kept apart from fixtures.ts, which the end-to-end tests import too: this
 * one pulls in the catalogue and its JSON content, which Playwright's loader
 * does not import.
 */
import { parseBackup, type ParseOptions, type ParseResult } from '../../src/data/parse-backup';
import { describeRefusal } from '../../src/i18n/backup.da';

/** A backup file's verdict as the user is shown it: an accepted file as is, a refusal in Danish words. */
export type ShownResult = Exclude<ParseResult, { ok: false }> | { ok: false; message: string; details: string[] };

/** parseBackup, with a refusal put into words by the Danish catalogue, as the restore screen does. */
export function parseAsShown(text: string, options: ParseOptions): ShownResult {
  const result = parseBackup(text, options);
  return result.ok ? result : { ok: false, ...describeRefusal(result) };
}
