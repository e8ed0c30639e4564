/**
 * The action plan as an iCalendar file (RFC 5545): the follow-up date and
 * every dated item become all-day events that Outlook, Google and Apple
 * calendars can import. Pure string building; the screen makes the download.
 */
import { isIsoDate } from './workshop.ts';

/** One plan item as the calendar needs it; `blockTitle` is the building block's display name. */
export interface IcsItem {
  id: string;
  what: string;
  who: string;
  whenDate: string | null;
  kind: 'action' | 'discussion';
  forum: string;
  blockTitle: string;
}

/** The words of the calendar file; Danish in the app, passed in so the domain holds no UI text. */
export interface IcsLabels {
  followUpSummary: (workplace: string) => string;
  /** The next round of the series (steps 1–4 again). */
  nextRoundSummary: (workplace: string) => string;
  itemSummary: (what: string) => string;
  /** Prefix of the "who" line: "Hvem". */
  who: string;
  /** Prefix of the building-block line: "Byggesten". */
  block: string;
  /** The line that marks a discussion and where it is taken. */
  discussion: (forum: string) => string;
  /** Closing line of every event's description (where the event came from). */
  description: string;
}

/** What buildIcs needs: the plan's dates and texts, the clock, and the labels. */
export interface IcsInput {
  workshopId: string;
  workplace: string;
  followUpDate: string | null;
  /** The date of the next round, if the calendar should hold it. */
  nextRoundDate?: string | null;
  items: readonly IcsItem[];
  now: Date;
  labels: IcsLabels;
}

/**
 * The last date a calendar file can hold. An all-day event ends the next day
 * (DTEND is exclusive), and RFC 5545 dates have four-digit years: the end of
 * 9999-12-31 would be written 100000101, which no calendar reads.
 */
export const LAST_CALENDAR_DATE = '9999-12-30';

/** True for a real date (YYYY-MM-DD) that a calendar file can carry, end day included. */
export function isCalendarDate(value: string): boolean {
  return isIsoDate(value) && value <= LAST_CALENDAR_DATE;
}

/** Longest summary in characters before it is cut with "…"; calendar views show little more. */
export const SUMMARY_MAX = 80;

// RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break.
const MAX_OCTETS = 75;
const CRLF = '\r\n';
const UID_DOMAIN = 'kom-i-hus';

// Checked by code point rather than with a regex of control characters, which lint rightly distrusts.
function isAllowedChar(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code === 0x0a) return true;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return false;
  return code < 0xd800 || code > 0xdfff;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11); line breaks of any kind become `\n`, other control characters go. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r|\n/g, '\n')
    // A tab would join two words if stripped, so it becomes a space.
    .replace(/\t/g, ' ')
    // Control characters are not allowed in TEXT; lone surrogates would not survive UTF-8 encoding.
    .replace(/[^]/gu, (char) => (isAllowedChar(char) ? char : ''))
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds a content line into physical lines of at most 75 UTF-8 octets each
 * (continuations start with one space), never inside a character.
 */
export function foldLine(line: string): string[] {
  // Units are whole code points, and an escape like `\n` or `\,` is kept in one
  // piece: unfolding first makes a split legal, but some importers unescape per line.
  const units = line.match(/\\.|[^]/gsu) ?? [];
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const unit of units) {
    let size = 0;
    for (const char of unit) size += utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS && current !== ' ' && current !== '') {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += unit;
    octets += size;
  }
  lines.push(current);
  return lines;
}

/** The date as YYYYMMDD, plus `days` days; UTC so no time zone or DST can shift it. */
function icsDate(isoDate: string, days = 0): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (day ?? 1) + days));
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

/** A moment as UTC basic format, YYYYMMDDTHHMMSSZ (RFC 5545 §3.3.5, form 2). */
function icsStamp(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** Cuts a text for a one-line summary: whitespace collapsed, at most SUMMARY_MAX characters with "…". */
export function shortSummary(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  // Counted in code points so an emoji is never cut in half.
  const chars = Array.from(flat);
  if (chars.length <= SUMMARY_MAX) return flat;
  const head = chars.slice(0, SUMMARY_MAX - 1).join('');
  // End at a word when one ends near the limit, so the summary does not stop mid-word.
  const space = head.lastIndexOf(' ');
  const cut = space >= head.length - 20 ? head.slice(0, space) : head;
  return `${cut.trimEnd()}…`;
}

interface EventData {
  uid: string;
  date: string;
  summary: string;
  description: string;
  alarm: boolean;
}

function eventLines(event: EventData, stamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
    // DTEND is exclusive (RFC 5545 §3.6.1), so a one-day event ends the next day.
    `DTEND;VALUE=DATE:${icsDate(event.date, 1)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    // A reminder in the calendar, not a busy day: nobody is away for it.
    'TRANSP:TRANSPARENT',
  ];
  if (event.alarm) {
    // DISPLAY alarms must carry a DESCRIPTION (RFC 5545 §3.6.6).
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(event.summary)}`, 'TRIGGER:-P1D', 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}

function itemDescription(item: IcsItem, labels: IcsLabels): string {
  const parts = [item.what.trim()];
  // An empty "Hvem:" line says nothing, so it is left out.
  if (item.who.trim()) parts.push(`${labels.who}: ${item.who.trim()}`);
  parts.push(`${labels.block}: ${item.blockTitle}`);
  if (item.kind === 'discussion') parts.push(labels.discussion(item.forum.trim()));
  return [...parts.filter(Boolean), '', labels.description].join('\n');
}

/**
 * The plan's follow-up date and dated items as an .ics file (CRLF lines,
 * folded at 75 octets), or null when nothing is dated.
 */
export function buildIcs(input: IcsInput): string | null {
  const { labels } = input;
  const events: EventData[] = [];
  // Dates are checked again here (a workshop may come from a file): a bad or too late date would
  // make the whole file unreadable to some clients, so it is left out rather than written wrong.
  if (input.followUpDate && isCalendarDate(input.followUpDate)) {
    events.push({
      // Stable UIDs make a re-import update the events instead of adding copies.
      uid: `followup-${input.workshopId}@${UID_DOMAIN}`,
      date: input.followUpDate,
      summary: labels.followUpSummary(input.workplace.trim()),
      description: labels.description,
      alarm: true,
    });
  }
  if (input.nextRoundDate && isCalendarDate(input.nextRoundDate)) {
    events.push({
      uid: `nextround-${input.workshopId}@${UID_DOMAIN}`,
      date: input.nextRoundDate,
      summary: labels.nextRoundSummary(input.workplace.trim()),
      description: labels.description,
      alarm: true,
    });
  }
  for (const item of input.items) {
    if (!item.whenDate || !isCalendarDate(item.whenDate)) continue;
    events.push({
      uid: `${item.id}@${UID_DOMAIN}`,
      date: item.whenDate,
      summary: labels.itemSummary(shortSummary(item.what)),
      description: itemDescription(item, labels),
      alarm: false,
    });
  }
  if (events.length === 0) return null;

  const stamp = icsStamp(input.now);
  const workplace = input.workplace.trim();
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kom i hus//Handleplan//DA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    // Apple and Google name an imported or subscribed calendar from this.
    ...(workplace ? [`X-WR-CALNAME:${escapeText(workplace)}`] : []),
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.flatMap(foldLine).join(CRLF) + CRLF;
}
