/**
 * The answer file: the same answer code as the QR code, in a small JSON file
 * a participant can mail or share before the meeting. Reading it is as
 * strict as reading a backup: anything else is "not an answer file".
 */
import { ANSWER_CODE_PREFIX } from './answer-code';

export const ANSWER_FILE_FORMAT = 'kom-i-hus-svar';
/** Larger than any answer file can be: a bigger file is not read at all. */
export const ANSWER_FILE_MAX_BYTES = 20_000;

export function answerFileText(code: string, meeting: string): string {
  return `${JSON.stringify({ format: ANSWER_FILE_FORMAT, version: 1, meeting, code }, null, 2)}\n`;
}

/** The code inside an answer file's text, or null when the text is not an answer file. */
export function codeInAnswerFile(text: string): string | null {
  if (text.length > ANSWER_FILE_MAX_BYTES) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const file = value as Record<string, unknown>;
  if (file.format !== ANSWER_FILE_FORMAT || typeof file.code !== 'string' || !file.code.startsWith(ANSWER_CODE_PREFIX)) return null;
  return file.code;
}
