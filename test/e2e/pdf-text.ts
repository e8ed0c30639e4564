/**
 * Reading an exported PDF back with poppler's pdftotext/pdfinfo (independent
 * of the app's own layout code). Pure: no Playwright, so the WebKit suite
 * (test/webkit/) reads its download with the same functions.
 */
import { execFileSync } from 'node:child_process';

export function poppler(tool: 'pdftotext' | 'pdfinfo', args: string[]): string {
  return execFileSync(`/usr/bin/${tool}`, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** `pdftotext -layout`: the page as it looks, columns side by side. */
export function pdfLayoutText(path: string): string {
  return poppler('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-']);
}

/** `pdftotext -raw`: text in the order it is drawn (a table cell's lines one after another). */
export function pdfRawText(path: string): string {
  return poppler('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-']);
}

/** Whitespace (line breaks, page breaks, runs of spaces) collapsed to single spaces. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function pdfPages(path: string): number {
  const match = /^Pages:\s+(\d+)$/m.exec(poppler('pdfinfo', [path]));
  if (!match?.[1]) throw new Error('pdfinfo gave no page count');
  return Number(match[1]);
}
