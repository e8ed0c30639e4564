import { describe, expect, it } from 'vitest';
import { isPdfPrintable, pdfSafe, planFileName } from '../../src/domain/pdf-text';

describe('pdfSafe', () => {
  it('keeps Danish letters, dashes, quotes and the other WinAnsi extras', () => {
    const text = 'Æble, øl og ål – ÆØÅ æøå — “citat” ‘enkelt’ „dansk“ »guillemets« … • € ™ ½ é ü ß';
    expect(pdfSafe(text)).toEqual({ text, replaced: [] });
  });

  it('replaces letters the standard fonts lack with "?" and lists each once', () => {
    const result = pdfSafe('Łukasz, Ayşe Yılmaz, Doğan, ł ğ ş ı ł');
    expect(result.text).toBe('?ukasz, Ay?e Y?lmaz, Do?an, ? ? ? ? ?');
    expect(result.replaced).toEqual(['Ł', 'ş', 'ı', 'ğ', 'ł']);
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

  it('replaces a letter with a combining mark that has no precomposed form as one grapheme', () => {
    expect(pdfSafe('q\u0303x')).toEqual({ text: '?x', replaced: ['q\u0303'] });
  });

  it('keeps line breaks, turns tabs and odd spaces into spaces, and drops invisible characters', () => {
    expect(pdfSafe('a\r\nb\tc\u202Fd\u200Be\u00ADf\u0007g').text).toBe('a\nb c de' + 'fg');
    expect(pdfSafe('©\uFE0F 2025 \u2212 \u2011').text).toBe('© 2025 - -');
  });

  it('knows the printable WinAnsi range', () => {
    expect(isPdfPrintable('A')).toBe(true);
    expect(isPdfPrintable('ÿ')).toBe(true);
    expect(isPdfPrintable('€')).toBe(true);
    expect(isPdfPrintable('\u0081')).toBe(false);
    expect(isPdfPrintable('\u0100')).toBe(false);
    expect(isPdfPrintable('ab')).toBe(false);
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
