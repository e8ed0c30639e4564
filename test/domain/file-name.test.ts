import { describe, expect, it } from 'vitest';
import { cutAt, fileName, safeFileNamePart } from '../../src/domain/file-name';

const DATE = '2026-03-12';

describe('fileName', () => {
  it('joins the parts with a spaced en dash and adds the extension', () => {
    expect(fileName(['Handleplan', 'Plejecenter Søndergården', DATE], 'pdf')).toBe('Handleplan – Plejecenter Søndergården – 2026-03-12.pdf');
    expect(fileName(['Handleplan', 'Trio', DATE], 'ics')).toBe('Handleplan – Trio – 2026-03-12.ics');
  });

  it('keeps Danish letters and other accented letters as they are', () => {
    expect(fileName(['Handleplan', 'Æblegården, Østerbro & Ålholm – Café Müller', DATE], 'pdf')).toBe(
      'Handleplan – Æblegården, Østerbro & Ålholm – Café Müller – 2026-03-12.pdf',
    );
    expect(fileName(['Handleplan', 'æøå ÆØÅ', DATE], 'pdf')).toBe('Handleplan – æøå ÆØÅ – 2026-03-12.pdf');
  });

  it('leaves out an empty or blank title', () => {
    expect(fileName(['Handleplan', '', DATE], 'pdf')).toBe('Handleplan – 2026-03-12.pdf');
    expect(fileName(['Handleplan', ' \t\n ', DATE], 'pdf')).toBe('Handleplan – 2026-03-12.pdf');
    expect(fileName(['Handleplan', '...', DATE], 'pdf')).toBe('Handleplan – 2026-03-12.pdf');
    expect(fileName(['Handleplan', '\u202E\u200B', DATE], 'pdf')).toBe('Handleplan – 2026-03-12.pdf');
  });

  it('cleans every part, not only the title', () => {
    expect(fileName(['Plan: A/B', 'Trio', '2026/03/12'], 'pdf')).toBe('Plan- A-B – Trio – 2026-03-12.pdf');
  });

  it('cuts a very long title but keeps the date and the extension', () => {
    const name = fileName(['Handleplan', 'Ø'.repeat(300), DATE], 'pdf');
    expect(name).toBe(`Handleplan – ${'Ø'.repeat(79)}… – 2026-03-12.pdf`);
    expect(name.length).toBe('Handleplan – '.length + 80 + ' – 2026-03-12.pdf'.length);
  });

  it('never gives a file name with characters file systems refuse', () => {
    const name = fileName(['Handleplan', 'A\\B/C:D*E?F"G<H>I|J\u0000K\u001FL\u007FM', DATE], 'pdf');
    expect(name).toBe('Handleplan – A-B-C-D-E-F-G-H-I-J K L M – 2026-03-12.pdf');
    expect(name).not.toMatch(/[\\/:*?"<>|\p{Cc}\p{Cf}]/u);
  });
});

describe('safeFileNamePart', () => {
  it.each(['\\', '/', ':', '*', '?', '"', '<', '>', '|'])('turns %s into "-"', (character) => {
    expect(safeFileNamePart(`Team${character}Øst`)).toBe('Team-Øst');
  });

  it('turns a title of refused characters only into dashes rather than nothing', () => {
    expect(safeFileNamePart('???')).toBe('---');
  });

  it('keeps other punctuation that is allowed in file names', () => {
    expect(safeFileNamePart("MED-udvalget (Nord) & TR's team, 2. sal #1 [A] {B} 50% ~ ! @ = +")).toBe(
      "MED-udvalget (Nord) & TR's team, 2. sal #1 [A] {B} 50% ~ ! @ = +",
    );
  });

  it('turns line breaks, tabs and invisible characters into single spaces', () => {
    expect(safeFileNamePart('Team\r\nØst')).toBe('Team Øst');
    expect(safeFileNamePart('Team\u00A0\u00A0Øst')).toBe('Team Øst');
    expect(safeFileNamePart('Team\u200BØst')).toBe('Team Øst');
    expect(safeFileNamePart('Team\u2029Øst')).toBe('Team Øst');
    expect(safeFileNamePart('  Team    Øst  ')).toBe('Team Øst');
  });

  it('breaks up a right-to-left override so it cannot disguise the extension', () => {
    expect(safeFileNamePart('Plan\u202Efdp.exe')).toBe('Plan fdp.exe');
    expect(safeFileNamePart('\u2066Plan\u2069')).toBe('Plan');
  });

  it('drops trailing dots and spaces but keeps dots inside and at the start', () => {
    expect(safeFileNamePart('Afd. 3.')).toBe('Afd. 3');
    expect(safeFileNamePart('Møde . . .')).toBe('Møde');
    expect(safeFileNamePart('.Trio')).toBe('.Trio');
  });

  it('gives an empty string for an empty or blank title', () => {
    expect(safeFileNamePart('')).toBe('');
    expect(safeFileNamePart('   ')).toBe('');
    expect(safeFileNamePart('\u0001\u0002')).toBe('');
  });

  it('keeps a title of exactly 80 characters and cuts one of 81 to 79 plus "…"', () => {
    expect(safeFileNamePart('å'.repeat(80))).toBe('å'.repeat(80));
    expect(safeFileNamePart('å'.repeat(81))).toBe(`${'å'.repeat(79)}…`);
  });

  it('measures the length after cleaning, so spaces that collapse do not count', () => {
    const title = `${'a'.repeat(40)}          ${'b'.repeat(39)}`;
    expect(safeFileNamePart(title)).toBe(`${'a'.repeat(40)} ${'b'.repeat(39)}`);
  });

  it('does not leave a space before the "…" when the cut falls after a word', () => {
    expect(safeFileNamePart(`${'a'.repeat(78)} bcd`)).toBe(`${'a'.repeat(78)}…`);
  });

  it('never splits an emoji at the cut', () => {
    const part = safeFileNamePart(`${'a'.repeat(78)}🙂🙂`);
    expect(part).toBe(`${'a'.repeat(78)}…`);
    expect(safeFileNamePart(`${'a'.repeat(77)}🙂🙂`)).toBe(`${'a'.repeat(77)}🙂…`);
  });
});

describe('cutAt', () => {
  it('gives the first units of a longer text and the whole of a shorter one', () => {
    expect(cutAt('Søndergården', 5)).toBe('Sønde');
    expect(cutAt('Søndergården', 12)).toBe('Søndergården');
    expect(cutAt('Søndergården', 50)).toBe('Søndergården');
    expect(cutAt('abc', 0)).toBe('');
  });

  it('drops a half emoji at the end instead of splitting it', () => {
    expect(cutAt('🙂🙂', 3)).toBe('🙂');
    expect(cutAt('🙂🙂', 2)).toBe('🙂');
    expect(cutAt('🙂🙂', 1)).toBe('');
  });
});
