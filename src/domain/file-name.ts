/**
 * File names for what the app saves (PDF, calendar, backup): one cleaning
 * rule for all, safe on Windows, macOS, iOS and Android.
 */
const MAX_TITLE_IN_FILE_NAME = 80;

/**
 * A title made safe inside a file name: characters Windows, macOS or Android
 * refuse (\ / : * ? " < > |) become "-"; control and invisible format
 * characters (which could, e.g., flip the text direction and disguise the
 * extension) become spaces; trailing dots are dropped because Windows drops them.
 */
export function safeFileNamePart(title: string): string {
  const cleaned = title
    .replace(/[\\/:*?"<>|]/g, '-')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const cut = cleaned.length > MAX_TITLE_IN_FILE_NAME ? `${cutAt(cleaned, MAX_TITLE_IN_FILE_NAME - 1).trimEnd()}…` : cleaned;
  return cut.replace(/[.\s]+$/u, '');
}

/** The first `length` UTF-16 units, never splitting an emoji or other surrogate pair. */
export function cutAt(text: string, length: number): string {
  if (text.length <= length) return text;
  const code = text.charCodeAt(length - 1);
  const endsInHighSurrogate = code >= 0xd800 && code <= 0xdbff;
  return text.slice(0, endsInHighSurrogate ? length - 1 : length);
}

/** "<part> – <part> – <part>.<extension>", each part cleaned, empty parts left out. */
export function fileName(parts: readonly string[], extension: string): string {
  return `${parts.map(safeFileNamePart).filter(Boolean).join(' – ')}.${extension}`;
}
