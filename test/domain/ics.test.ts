import { describe, expect, it } from 'vitest';
import { buildIcs, isCalendarDate, LAST_CALENDAR_DATE, type IcsInput, type IcsItem } from '../../src/domain/ics';

// The tests read the file back the way a calendar client does: unfold, split
// into properties, unescape. Checking substrings of the raw text would miss folds.

interface Prop {
  name: string;
  params: string[];
  /** The value as written, still escaped. */
  raw: string;
}

interface Component {
  name: string;
  props: Prop[];
  children: Component[];
}

const TEXT_PROPS = new Set(['SUMMARY', 'DESCRIPTION', 'UID', 'X-WR-CALNAME']);

/** The physical lines, without their CRLF; the file must end with one. */
function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  return ics.slice(0, -2).split('\r\n');
}

/** RFC 5545 §3.1: a CRLF followed by one space or tab is removed. */
function unfold(ics: string): string[] {
  return physicalLines(ics.replace(/\r\n[ \t]/g, ''));
}

/** RFC 5545 §3.3.11; throws on a bare `;` `,` or `\` so a missing escape cannot pass. */
function unescapeText(raw: string): string {
  const rest = raw.replace(/\\[\\;,nN]/g, '');
  if (/[\\;,]/.test(rest)) throw new Error(`unescaped character in ${JSON.stringify(raw)}`);
  return raw.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Parses unfolded lines into components; throws when BEGIN/END do not pair up. */
function parse(ics: string): Component {
  const root: Component = { name: '', props: [], children: [] };
  const stack: Component[] = [root];
  for (const line of unfold(ics)) {
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`no colon: ${line}`);
    const [name = '', ...params] = line.slice(0, colon).split(';');
    const raw = line.slice(colon + 1);
    const top = stack[stack.length - 1];
    if (!top) throw new Error('END without BEGIN');
    if (name === 'BEGIN') {
      const child: Component = { name: raw, props: [], children: [] };
      top.children.push(child);
      stack.push(child);
    } else if (name === 'END') {
      if (top.name !== raw || stack.length === 1) throw new Error(`END:${raw} closes ${top.name || 'nothing'}`);
      stack.pop();
    } else {
      if (TEXT_PROPS.has(name)) unescapeText(raw);
      top.props.push({ name, params, raw });
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed ${stack.map((c) => c.name).join(' > ')}`);
  const [calendar, ...extra] = root.children;
  if (!calendar || extra.length > 0 || root.props.length > 0) throw new Error('not one VCALENDAR');
  return calendar;
}

/** The one property of that name, unescaped when it is text. */
function prop(component: Component, name: string): string {
  const found = component.props.filter((p) => p.name === name);
  expect(found, `${component.name} ${name}`).toHaveLength(1);
  const raw = found[0]?.raw ?? '';
  return TEXT_PROPS.has(name) ? unescapeText(raw) : raw;
}

function events(ics: string): Component[] {
  const calendar = parse(ics);
  expect(calendar.name).toBe('VCALENDAR');
  return calendar.children.filter((c) => c.name === 'VEVENT');
}

function byUid(ics: string): Map<string, Component> {
  return new Map(events(ics).map((event) => [prop(event, 'UID'), event]));
}

const labels: IcsInput['labels'] = {
  followUpSummary: (workplace) => `Opfølgning på handleplanen – ${workplace}`,
  nextRoundSummary: (workplace) => `Næste runde af Kom i hus – ${workplace}`,
  itemSummary: (what) => `Handleplan: ${what}`,
  who: 'Hvem',
  block: 'Byggesten',
  discussion: (forum) => (forum ? `Til drøftelse i ${forum}` : 'Til drøftelse'),
  description: 'Fra handleplanen lavet med Kom i hus.',
};

const item = (id: string, whenDate: string | null, change: Partial<IcsItem> = {}): IcsItem => ({
  id,
  what: `Gør noget (${id})`,
  who: 'Lederen',
  whenDate,
  kind: 'action',
  forum: '',
  blockTitle: 'Kultur og fællesskab',
  ...change,
});

const NOW = new Date(Date.UTC(2026, 4, 7, 9, 5, 3, 456));

const input = (change: Partial<IcsInput> = {}): IcsInput => ({
  workshopId: 'ws-1',
  workplace: 'Børnehuset Åbjerg',
  followUpDate: '2026-09-01',
  items: [item('item-a', '2026-06-15'), item('item-b', null)],
  now: NOW,
  labels,
  ...change,
});

function build(change: Partial<IcsInput> = {}): string {
  const ics = buildIcs(input(change));
  if (ics === null) throw new Error('expected a calendar');
  return ics;
}

const LONG_DANISH = [
  'Vi aftaler på næste personalemøde, hvordan vi går i dialog med en kollega, der er sygemeldt – og hvem der ringer første gang 📞.',
  'Lederen og arbejdsmiljørepræsentanten følger op på spørgsmålene om ærlighed, åbenhed og tillid på både Østerbro og Amager 🧑🏽‍🤝‍🧑🏻.',
  'Særlige hensyn: øget fleksibilitet, færre vagter og gradvis tilbagevenden – på mødet i uge 34 vurderer vi, om det virker 😊.',
].join(' ');

describe('buildIcs', () => {
  it('ends every line, the last too, with CRLF and has no bare CR or LF', () => {
    const ics = build({ items: [item('item-a', '2026-06-15', { what: `To linjer\nmed LF og\r\nCRLF og\rCR. ${LONG_DANISH}` })] });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes the calendar header the clients expect', () => {
    const calendar = parse(build({ workplace: 'Hjemmeplejen Nord; Team 2, aften' }));
    expect(prop(calendar, 'VERSION')).toBe('2.0');
    expect(prop(calendar, 'PRODID')).toBe('-//Kom i hus//Handleplan//DA');
    expect(prop(calendar, 'CALSCALE')).toBe('GREGORIAN');
    expect(prop(calendar, 'METHOD')).toBe('PUBLISH');
    expect(prop(calendar, 'X-WR-CALNAME')).toBe('Hjemmeplejen Nord; Team 2, aften');
  });

  it('keeps every physical line within 75 octets, folded with one leading space', () => {
    const ics = build({
      workplace: `Æblehavens Børne- og Ungehus – Ørestad Syd ${'å'.repeat(60)}`,
      items: [item('item-a', '2026-06-15', { what: LONG_DANISH, who: `Åse, Søren og Ærø-holdet 👩‍👩‍👧 ${'ø'.repeat(50)}`, blockTitle: 'Trivsel og arbejdsmiljø' })],
    });
    const lines = physicalLines(ics);
    const continued = lines.filter((line) => line.startsWith(' '));
    expect(continued.length).toBeGreaterThan(5);
    lines.forEach((line, index) => {
      expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
      // Folds use the room there is: a line followed by a continuation holds at
      // least 72 octets (the next unit, at most 4 octets, did not fit).
      if (lines[index + 1]?.startsWith(' ')) expect(Buffer.byteLength(line, 'utf8'), line).toBeGreaterThanOrEqual(72);
    });
    // Folds add exactly one space; that unfolding removes only that one is checked by the round-trip test.
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
  });

  it('never splits a multi-byte UTF-8 character across a fold', () => {
    // Every offset of the text against the fold points, so some fold lands inside æ, – or an emoji.
    for (let shift = 0; shift < 8; shift++) {
      const ics = build({ items: [item('item-a', '2026-06-15', { what: `${'x'.repeat(shift)}${LONG_DANISH}` })] });
      const bytes = Buffer.from(ics, 'utf8');
      // A fold between the halves of an emoji's surrogate pair would come out of
      // the encoder as two U+FFFD, so the file would not read back the same.
      expect(new TextDecoder('utf-8').decode(bytes)).toBe(ics);
      let start = 0;
      for (let i = 0; i < bytes.length - 1; i++) {
        if (bytes[i] !== 0x0d || bytes[i + 1] !== 0x0a) continue;
        const line = bytes.subarray(start, i);
        // A physical line must be valid UTF-8 on its own: fatal decoding throws on a cut character.
        expect(() => new TextDecoder('utf-8', { fatal: true }).decode(line)).not.toThrow();
        start = i + 2;
      }
    }
  });

  it('restores the exact texts on unfolding', () => {
    const who = 'Åse (leder), Søren (AMR) og Ærø-holdet 👩‍👩‍👧';
    const ics = build({
      workplace: 'Børnehuset Åbjerg',
      items: [item('item-a', '2026-06-15', { what: LONG_DANISH, who, kind: 'discussion', forum: 'LokalMED – Område Øst', blockTitle: 'Trivsel og arbejdsmiljø' })],
    });
    const event = byUid(ics).get('item-a@kom-i-hus');
    if (!event) throw new Error('no event for item-a');
    expect(prop(event, 'DESCRIPTION')).toBe(
      [LONG_DANISH, `Hvem: ${who}`, 'Byggesten: Trivsel og arbejdsmiljø', 'Til drøftelse i LokalMED – Område Øst', '', labels.description].join('\n'),
    );
    const followUp = byUid(ics).get('followup-ws-1@kom-i-hus');
    if (!followUp) throw new Error('no follow-up event');
    expect(prop(followUp, 'SUMMARY')).toBe('Opfølgning på handleplanen – Børnehuset Åbjerg');
  });

  it('escapes backslash, semicolon, comma and line breaks so they round-trip', () => {
    const what = 'Sti: C:\\Delt\\Sygefravær; ring, skriv\r\nNy linje\nog én til\rslut \\n ikke linjeskift';
    const ics = build({ items: [item('item-a', '2026-06-15', { what, who: 'Ib; Bo, Åse \\ Co' })] });
    const event = byUid(ics).get('item-a@kom-i-hus');
    if (!event) throw new Error('no event for item-a');
    const description = prop(event, 'DESCRIPTION');
    expect(description.split('\n').slice(0, 5)).toEqual([
      'Sti: C:\\Delt\\Sygefravær; ring, skriv',
      'Ny linje',
      'og én til',
      'slut \\n ikke linjeskift',
      'Hvem: Ib; Bo, Åse \\ Co',
    ]);
    const raw = event.props.find((p) => p.name === 'DESCRIPTION')?.raw ?? '';
    expect(raw).toContain('C:\\\\Delt\\\\Sygefravær\\; ring\\, skriv\\nNy linje\\nog én til\\nslut \\\\n ikke');
    // The summary is one line: breaks become spaces there, and its escapes round-trip too.
    expect(prop(event, 'SUMMARY')).toBe('Handleplan: Sti: C:\\Delt\\Sygefravær; ring, skriv Ny linje og én til slut \\n ikke linjeskift');
  });

  it('strips control characters other than line breaks', () => {
    const ics = build({ items: [item('item-a', '2026-06-15', { what: 'Bip\u0007 nul\u0000 esc\u001b del\u007f c1\u0085 tab\there' })] });
    expect(ics).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/); // eslint-disable-line no-control-regex
    const event = byUid(ics).get('item-a@kom-i-hus');
    expect(event && prop(event, 'SUMMARY')).toBe('Handleplan: Bip nul esc del c1 tab here');
  });

  it('makes all-day events ending the next day across month, year and leap-day ends', () => {
    const dates: Record<string, [string, string]> = {
      '2026-12-31': ['20261231', '20270101'],
      '2028-02-28': ['20280228', '20280229'],
      '2028-02-29': ['20280229', '20280301'],
      '2027-02-28': ['20270228', '20270301'],
      '2026-04-30': ['20260430', '20260501'],
      '2026-03-29': ['20260329', '20260330'],
    };
    const ics = build({ followUpDate: null, items: Object.keys(dates).map((date, i) => item(`d${i}`, date)) });
    const found = byUid(ics);
    Object.entries(dates).forEach(([date, [start, end]], i) => {
      const event = found.get(`d${i}@kom-i-hus`);
      if (!event) throw new Error(`no event for ${date}`);
      for (const [name, value] of [['DTSTART', start], ['DTEND', end]] as const) {
        const p = event.props.find((candidate) => candidate.name === name);
        expect(p?.params, `${date} ${name}`).toEqual(['VALUE=DATE']);
        expect(p?.raw, `${date} ${name}`).toBe(value);
      }
    });
  });

  it('writes every date with a four-digit year (RFC 5545), up to the last day a calendar can end on', () => {
    const dates: Record<string, [string, string]> = {
      '9999-12-30': ['99991230', '99991231'],
      '9998-12-31': ['99981231', '99990101'],
      '1000-01-01': ['10000101', '10000102'],
      '0100-03-01': ['01000301', '01000302'],
    };
    const ics = build({ followUpDate: LAST_CALENDAR_DATE, items: Object.keys(dates).map((date, i) => item(`d${i}`, date)) });
    const found = byUid(ics);
    Object.entries(dates).forEach(([date, [start, end]], i) => {
      const event = found.get(`d${i}@kom-i-hus`);
      expect(event && prop(event, 'DTSTART'), date).toBe(start);
      expect(event && prop(event, 'DTEND'), date).toBe(end);
    });
    for (const event of events(ics)) {
      for (const name of ['DTSTART', 'DTEND']) expect(prop(event, name), name).toMatch(/^\d{8}$/);
    }
  });

  it('leaves out a date whose end would need a five-digit year (9999-12-31 would end 100000101)', () => {
    expect(buildIcs(input({ followUpDate: '9999-12-31', items: [] }))).toBeNull();
    const ics = build({ followUpDate: '9999-12-31', items: [item('item-a', '2026-06-15'), item('item-z', '9999-12-31')] });
    expect([...byUid(ics).keys()]).toEqual(['item-a@kom-i-hus']);
    expect(ics).not.toContain('10000101');
    expect(ics).not.toMatch(/DTEND;VALUE=DATE:\d{9}/);
  });

  it('isCalendarDate: real dates up to LAST_CALENDAR_DATE', () => {
    expect(LAST_CALENDAR_DATE).toBe('9999-12-30');
    for (const ok of ['2026-09-01', '9999-12-30', '2028-02-29']) expect(isCalendarDate(ok), ok).toBe(true);
    for (const bad of ['9999-12-31', '10000-01-01', '2026-02-30', '', 'i morgen']) expect(isCalendarDate(bad), bad).toBe(false);
  });

  it('keeps UIDs stable across exports while DTSTAMP follows the clock', () => {
    const first = build();
    const second = build({ now: new Date(Date.UTC(2026, 10, 30, 23, 59, 59)) });
    const uids = (ics: string) => events(ics).map((event) => prop(event, 'UID'));
    expect(uids(first)).toEqual(['followup-ws-1@kom-i-hus', 'item-a@kom-i-hus']);
    expect(uids(second)).toEqual(uids(first));
    expect(events(first).map((event) => prop(event, 'DTSTAMP'))).toEqual(['20260507T090503Z', '20260507T090503Z']);
    expect(events(second).map((event) => prop(event, 'DTSTAMP'))).toEqual(['20261130T235959Z', '20261130T235959Z']);
  });

  it('leaves out undated items and items whose date is not a real date', () => {
    const ics = build({ items: [item('item-a', '2026-06-15'), item('item-b', null), item('item-c', '2026-02-30'), item('item-d', '2026-07-01')] });
    expect([...byUid(ics).keys()]).toEqual(['followup-ws-1@kom-i-hus', 'item-a@kom-i-hus', 'item-d@kom-i-hus']);
    expect(ics).not.toContain('item-b');
    expect(ics).not.toContain('item-c');
  });

  it('returns null when nothing is dated', () => {
    expect(buildIcs(input({ followUpDate: null, items: [item('item-a', null), item('item-b', '')] }))).toBeNull();
    expect(buildIcs(input({ followUpDate: null, items: [] }))).toBeNull();
    expect(buildIcs(input({ followUpDate: '2026-09-01', items: [] }))).not.toBeNull();
    expect(buildIcs(input({ followUpDate: null, items: [item('item-a', '2026-06-15')] }))).not.toBeNull();
  });

  it('gives the follow-up event a display reminder the day before, and the items none', () => {
    const found = byUid(build());
    const followUp = found.get('followup-ws-1@kom-i-hus');
    if (!followUp) throw new Error('no follow-up event');
    expect(prop(followUp, 'DTSTART')).toBe('20260901');
    const alarms = followUp.children.filter((c) => c.name === 'VALARM');
    expect(alarms).toHaveLength(1);
    const [alarm] = alarms;
    if (!alarm) throw new Error('no alarm');
    expect(prop(alarm, 'ACTION')).toBe('DISPLAY');
    expect(prop(alarm, 'TRIGGER')).toBe('-P1D');
    expect(prop(alarm, 'DESCRIPTION')).toBe('Opfølgning på handleplanen – Børnehuset Åbjerg');
    expect(found.get('item-a@kom-i-hus')?.children).toEqual([]);
  });

  it('holds the next round as an all-day event with a reminder, when it is given a real date', () => {
    const found = byUid(build({ nextRoundDate: '2027-05-07' }));
    const next = found.get('nextround-ws-1@kom-i-hus');
    if (!next) throw new Error('no next-round event');
    expect(prop(next, 'DTSTART')).toBe('20270507');
    expect(prop(next, 'SUMMARY')).toBe('Næste runde af Kom i hus – Børnehuset Åbjerg');
    expect(next.children.map((c) => c.name)).toEqual(['VALARM']);
    expect(byUid(build({ nextRoundDate: null })).has('nextround-ws-1@kom-i-hus')).toBe(false);
    expect(byUid(build({ nextRoundDate: '2027-02-30' })).has('nextround-ws-1@kom-i-hus')).toBe(false);
    expect(buildIcs(input({ followUpDate: null, items: [], nextRoundDate: '2027-05-07' }))).not.toBeNull();
  });

  it('balances BEGIN and END, with the events inside the calendar', () => {
    const ics = build({ items: [item('item-a', '2026-06-15'), item('item-d', '2026-07-01')] });
    const calendar = parse(ics);
    expect(calendar.children.map((c) => c.name)).toEqual(['VEVENT', 'VEVENT', 'VEVENT']);
    const begins = unfold(ics).filter((line) => line.startsWith('BEGIN:')).length;
    expect(unfold(ics).filter((line) => line.startsWith('END:')).length).toBe(begins);
    expect(begins).toBe(5);
    // The parser itself must notice a missing or crossed END, or this test proves nothing.
    expect(() => parse(ics.replace('END:VALARM\r\n', ''))).toThrow();
    expect(() => parse(ics.replace('END:VCALENDAR\r\n', ''))).toThrow();
  });

  it('marks each event as free time', () => {
    for (const event of events(build())) expect(prop(event, 'TRANSP')).toBe('TRANSPARENT');
  });

  it('describes who and the block, the forum only for discussions, and no empty "Hvem"', () => {
    const ics = build({
      items: [
        item('act', '2026-06-15', { what: 'Ring til Bo', who: '  ', forum: 'LokalMED' }),
        item('talk', '2026-06-16', { what: 'Drøft vagtplanen', kind: 'discussion', forum: '' }),
      ],
    });
    const found = byUid(ics);
    const description = (uid: string) => {
      const event = found.get(uid);
      return event ? prop(event, 'DESCRIPTION') : '';
    };
    expect(description('act@kom-i-hus')).toBe(['Ring til Bo', 'Byggesten: Kultur og fællesskab', '', labels.description].join('\n'));
    expect(description('talk@kom-i-hus')).toBe(['Drøft vagtplanen', 'Hvem: Lederen', 'Byggesten: Kultur og fællesskab', 'Til drøftelse', '', labels.description].join('\n'));
  });

  it('shortens a long summary to about 80 characters with an ellipsis, keeping short ones whole', () => {
    const found = byUid(build({ items: [item('long', '2026-06-15', { what: LONG_DANISH }), item('short', '2026-06-16', { what: '  Ring til Bo  ' })] }));
    const summary = (uid: string) => {
      const event = found.get(uid);
      return event ? prop(event, 'SUMMARY') : '';
    };
    const long = summary('long@kom-i-hus');
    expect(long.startsWith('Handleplan: Vi aftaler på næste personalemøde')).toBe(true);
    expect(long.endsWith('…')).toBe(true);
    const shortened = Array.from(long.slice('Handleplan: '.length));
    expect(shortened.length).toBeLessThanOrEqual(80);
    expect(shortened.length).toBeGreaterThan(60);
    expect(LONG_DANISH.startsWith(shortened.slice(0, -1).join(''))).toBe(true);
    expect(summary('short@kom-i-hus')).toBe('Handleplan: Ring til Bo');
  });
});
