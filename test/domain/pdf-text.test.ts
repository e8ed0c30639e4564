import { describe, expect, it } from 'vitest';
import { isPdfPrintable, pdfSafe, planFileName } from '../../src/domain/pdf-text';

describe('pdfSafe', () => {
  it('keeps Danish letters, dashes, quotes, arrows and the other typographic characters', () => {
    const text = 'Æble, øl og ål – ÆØÅ æøå — “citat” ‘enkelt’ „dansk“ »guillemets« … • € ™ ½ é ü ß ↑ +0,4 ↓ −0,2';
    expect(pdfSafe(text)).toEqual({ text, replaced: [] });
  });

  it('keeps the names of Copenhagen’s staff: Polish, Turkish, Vietnamese, Czech, Romanian, Icelandic', () => {
    const text = 'Łukasz Wójcik, Şükrü Yılmaz, Nguyễn Thị Hà, Doğan, Dvořák, Ştefan Ţurcanu, Þórður, Đặng Văn Ơn, Ưng';
    expect(pdfSafe(text)).toEqual({ text, replaced: [] });
  });

  it('replaces characters the font lacks (Arabic, CJK, Greek, Cyrillic) with "?" and lists each once', () => {
    const result = pdfSafe('محمد 王芳 Ελένη Ольга 王');
    expect(result.text).toBe('???? ?? ????? ????? ?');
    expect(result.replaced).toEqual(['م', 'ح', 'د', '王', '芳', 'Ε', 'λ', 'έ', 'ν', 'η', 'О', 'л', 'ь', 'г', 'а']);
  });

  it('turns a whole emoji, with skin tone, ZWJ sequence or flag, into one "?"', () => {
    const result = pdfSafe('Godt 👍🏽 familie 👨‍👩‍👧 Danmark 🇩🇰 keycap 1️⃣ graf 📊');
    expect(result.text).toBe('Godt ? familie ? Danmark ? keycap ? graf ?');
    expect(result.replaced).toEqual(['👍🏽', '👨‍👩‍👧', '🇩🇰', '1️⃣', '📊']);
  });

  it('normalises to NFC first, so a decomposed å stays å', () => {
    const decomposed = 'Sa\u030Angar og O\u0308sterbro';
    expect(pdfSafe(decomposed)).toEqual({ text: 'Sångar og Österbro', replaced: [] });
  });

  it('keeps a letter with a combining mark that has no precomposed form, and replaces it as one grapheme when the letter is missing', () => {
    expect(pdfSafe('q\u0303x')).toEqual({ text: 'q\u0303x', replaced: [] });
    expect(pdfSafe('\u0416\u0303x')).toEqual({ text: '?x', replaced: ['\u0416\u0303'] });
  });

  it('keeps line breaks, turns tabs and odd spaces into spaces, and drops invisible characters', () => {
    expect(pdfSafe('a\r\nb\tc\u202Fd\u200Be\u00ADf\u0007g').text).toBe('a\nb c de' + 'fg');
    expect(pdfSafe('©\uFE0F 2025 \u2212 \u2011').text).toBe('© 2025 \u2212 \u2011');
  });

  it('knows what the font holds', () => {
    for (const char of ['A', 'ÿ', '€', 'Ā', 'ǿ', 'ễ', 'ị', 'ơ', 'ư', 'ə', '↑']) expect(isPdfPrintable(char), char).toBe(true);
    for (const char of ['\u0081', '\u00AD', '', 'Ж', '王', '😀']) expect(isPdfPrintable(char), char).toBe(false);
  });
});

describe('planFileName', () => {
  it('names the file after the workplace and the date', () => {
    expect(planFileName('Handleplan', 'Plejecenter Søndergården', '2025-03-12')).toBe('Handleplan – Plejecenter Søndergården – 2025-03-12.pdf');
  });

  it('replaces characters that file systems do not allow', () => {
    expect(planFileName('Handleplan', 'Børn/Unge: "Nord" <A|B>? *', '2025-03-12')).toBe('Handleplan – Børn-Unge- -Nord- -A-B-- - – 2025-03-12.pdf');
    expect(planFileName('Handleplan', 'Team\nØst\t...', '2025-03-12')).toBe('Handleplan – Team Øst – 2025-03-12.pdf');
  });

  it('leaves out an empty workplace and cuts a very long one', () => {
    expect(planFileName('Handleplan', '  ', '2025-03-12')).toBe('Handleplan – 2025-03-12.pdf');
    const name = planFileName('Handleplan', 'x'.repeat(300), '2025-03-12');
    expect(name.length).toBeLessThan(120);
    expect(name.endsWith(' – 2025-03-12.pdf')).toBe(true);
  });
});
