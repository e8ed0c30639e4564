import { da } from '../support/catalogues';
import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  cutAt,
  FORMAT_NAME,
  FORMAT_VERSION,
  MAX_FILE_BYTES,
  safeFileNamePart,
  serialiseBackup,
} from '../../src/data/envelope';
import { assertValid, backupText, fullWorkshop, INSTALLED, NOW, twoWorkshops } from './fixtures';
import { parseAsShown } from './shown';

/** Local noon, so the date in the file name is the same in every time zone the tests run in. */
const LOCAL_NOON = new Date(2026, 10, 25, 12, 0, 0);

describe('serialiseBackup', () => {
  it('writes the envelope with the format, version, export time, app and scope', () => {
    const text = serialiseBackup([fullWorkshop()], { now: NOW, appVersion: '1.2.3', scope: 'workshop' });
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(data).toMatchObject({
      format: FORMAT_NAME,
      formatVersion: FORMAT_VERSION,
      exportedAt: '2026-11-25T09:15:00.000Z',
      app: { name: 'Kom i hus', version: '1.2.3' },
      scope: 'workshop',
    });
    expect(Object.keys(data)).toEqual(['format', 'formatVersion', 'exportedAt', 'app', 'scope', 'workshops']);
  });

  it('is pretty JSON with two spaces, ending in a newline', () => {
    const text = backupText();
    expect(text.startsWith('{\n  "format": "kom-i-hus-backup",\n  "formatVersion": 1,')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('round-trips: serialise → parse gives the same workshops, in order', () => {
    const workshops = twoWorkshops();
    workshops.forEach(assertValid);
    const text = backupText(workshops);
    const result = parseAsShown(text, { installed: INSTALLED, byteLength: new TextEncoder().encode(text).length });
    expect(result).toEqual({
      ok: true,
      workshops,
      formatVersion: 1,
      migrated: false,
      exportedAt: NOW.toISOString(),
      scope: 'all',
    });
  });

  it('round-trips Danish letters, emoji, quotes, newlines and text at its limits', () => {
    const w = fullWorkshop('w-9', `Æblegården – »Trio« "A/B" 🙂 ${'ø'.repeat(170)}`);
    const tricky = {
      ...w,
      title: w.title.slice(0, 200),
      dialogue: { trivsel: { notes: { scoring: 'linje 1\nlinje 2\t\u2028 "citat" \\ ' + 'x'.repeat(19_900) }, proposals: [] } },
    };
    assertValid(tricky);
    const text = backupText([tricky]);
    const result = parseAsShown(text, { installed: INSTALLED, byteLength: text.length });
    expect(result.ok && result.workshops).toEqual([tricky]);
  });

  it('does not change the workshops it is given', () => {
    const workshops = twoWorkshops();
    const before = structuredClone(workshops);
    backupText(workshops);
    expect(workshops).toEqual(before);
  });

  it('a real backup of 500 full workshops is far below the size limit', () => {
    const many = Array.from({ length: 500 }, (_, i) => fullWorkshop(`w-${i}`, `Dialogmøde ${i}`));
    const text = backupText(many);
    expect(text.length).toBeLessThan(MAX_FILE_BYTES);
    const result = parseAsShown(text, { installed: INSTALLED, byteLength: text.length });
    expect(result.ok && result.workshops.length).toBe(500);
  });
});

describe('backupFileName', () => {
  it('names a backup of everything by date', () => {
    expect(backupFileName('all', LOCAL_NOON, da.data.fileNames)).toBe('Kom i hus – sikkerhedskopi – 2026-11-25.json');
  });

  it('ignores a title for a backup of everything', () => {
    expect(backupFileName('all', LOCAL_NOON, da.data.fileNames, 'Trioen')).toBe('Kom i hus – sikkerhedskopi – 2026-11-25.json');
  });

  it('names a single workshop by its title', () => {
    expect(backupFileName('workshop', LOCAL_NOON, da.data.fileNames, 'Børnehuset Solsikken')).toBe('Kom i hus – Børnehuset Solsikken – 2026-11-25.json');
  });

  it('uses the local date, not the UTC date, just after midnight', () => {
    expect(backupFileName('all', new Date(2027, 0, 1, 0, 5), da.data.fileNames)).toBe('Kom i hus – sikkerhedskopi – 2027-01-01.json');
  });

  it('replaces characters that file systems refuse', () => {
    expect(backupFileName('workshop', LOCAL_NOON, da.data.fileNames, 'A/B\\C:D*E?F"G<H>I|J')).toBe('Kom i hus – A-B-C-D-E-F-G-H-I-J – 2026-11-25.json');
  });

  it('turns control and invisible direction characters into spaces', () => {
    expect(safeFileNamePart('Trio\n\tA\u0000B\u202Egpj.exe')).toBe('Trio A B gpj.exe');
    expect(safeFileNamePart('a\u007Fb\u2028c')).toBe('a b c');
  });

  it('drops trailing dots and spaces, which Windows strips', () => {
    expect(safeFileNamePart('Møde ...  ')).toBe('Møde');
  });

  it('falls back to »dialogmøde« when nothing of the title is left', () => {
    expect(backupFileName('workshop', LOCAL_NOON, da.data.fileNames, ' \u0001 ')).toBe('Kom i hus – dialogmøde – 2026-11-25.json');
    expect(backupFileName('workshop', LOCAL_NOON, da.data.fileNames)).toBe('Kom i hus – dialogmøde – 2026-11-25.json');
    expect(backupFileName('workshop', LOCAL_NOON, da.data.fileNames, '...')).toBe('Kom i hus – dialogmøde – 2026-11-25.json');
  });

  it('shortens a long title and never splits an emoji', () => {
    const part = safeFileNamePart(`${'a'.repeat(78)}🙂🙂🙂`);
    expect(part.length).toBeLessThanOrEqual(80);
    expect(part.endsWith('…')).toBe(true);
    expect(part).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(safeFileNamePart('x'.repeat(200))).toBe(`${'x'.repeat(79)}…`);
  });

  it('cutAt keeps surrogate pairs whole', () => {
    expect(cutAt('ab🙂', 3)).toBe('ab');
    expect(cutAt('ab🙂', 4)).toBe('ab🙂');
    expect(cutAt('abc', 10)).toBe('abc');
  });
});
