/**
 * How big the answer code's QR code is (issue #10 asks it reported): a real
 * code for all 28 questions of Målgruppe 1, sealed as a phone seals it, drawn
 * as the app draws it (qrMatrix: error correction M). The smaller the
 * version, the larger each module on a phone's screen, and the easier the
 * facilitator's camera reads it. Measured with the `qr` library's own
 * encoder: a symbol of version v is 17 + 4v modules a side.
 */
import { readFileSync } from 'node:fs';
import encodeQR from 'qr';
import { describe, expect, it } from 'vitest';
import { newInvitationId, newMeetingKeys, newResponseId, sealAnswers, type AnswerSet } from '../../src/own-devices/answer-code';
import type { Invitation } from '../../src/own-devices/invitation';
import { qrMatrix, qrVersion } from '../../src/own-devices/qr-code';
import { LIMITS } from '../../src/domain/workshop';

const m1 = JSON.parse(readFileSync('questionnaires/maalgruppe-1.json', 'utf8')) as { id: string; version: number; questions: { id: string }[] };

/** The QR version (1–40) the library chooses for `text` at error correction M. */
function versionAtM(text: string): number {
  const border = 1;
  const size = encodeQR(text, 'raw', { ecc: 'medium', border }).length - 2 * border;
  return (size - 17) / 4;
}

async function code(name: string, role: AnswerSet['role']): Promise<string> {
  const keys = await newMeetingKeys();
  const invitation: Invitation = { id: newInvitationId(), questionnaire: { id: m1.id, version: m1.version }, title: 'Ledergruppen Nord', date: '2026-12-03', publicKey: keys.publicKey };
  const answers = m1.questions.map((_, i) => ([1, 2, 3, 4, 5, 'skip'] as const)[i % 6]!);
  return sealAnswers({ responseId: newResponseId(), questionnaire: { id: m1.id, version: m1.version }, name, role, answers }, invitation);
}

describe('the answer code’s QR code, 28 answers, error correction M', () => {
  it('Målgruppe 1 has 28 questions', () => {
    expect(m1.questions).toHaveLength(28);
  });

  it('is version 7 (45 × 45 modules) without a name, and as the app draws it', async () => {
    const text = await code('', null);
    // Every code is as long: the answers are packed, 3 bits each, and encrypted.
    expect(text).toHaveLength(171);
    expect(versionAtM(text)).toBe(7);
    const drawn = await qrMatrix(text);
    expect(qrVersion(drawn)).toBe(7);
    expect(drawn).toHaveLength(45 + 2 * 4);
  });

  it('is version 8 (49 × 49) with a name and a role, and version 11 (61 × 61) with the longest name the code carries', async () => {
    expect(versionAtM(await code('Şükrü Yılmaz', 'amr'))).toBe(8);
    // 80 letters of two UTF-8 bytes each, cut to the 120 bytes of a name the code carries: the largest code there is.
    expect(versionAtM(await code('Æ'.repeat(LIMITS.name), 'leder'))).toBe(11);
  });
});
