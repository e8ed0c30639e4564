/**
 * The own-device codes (issue #10): the invitation link and the encrypted
 * answer code round-trip every answer, and every way a code can be wrong is
 * refused with its own problem, never with an exception.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/domain/workshop-schema';
import { crc32, fitUtf8, fromBase45, fromBase64Url, toBase45, toBase64Url } from '../../src/own-devices/bytes';
import { compressPoint, decompressPoint } from '../../src/own-devices/p256';
import { decodeInvitation, encodeInvitation, INVITATION_VERSION, invitationLink, type Invitation } from '../../src/own-devices/invitation';
import {
  ANSWER_CODE_PREFIX,
  newInvitationId,
  newMeetingKeys,
  newResponseId,
  openAnswerCode,
  sealAnswers,
  type AnswerSet,
} from '../../src/own-devices/answer-code';
import { damagedCodes } from './damaged-codes';
import type { Questionnaire } from '../../src/domain/content';
import { receiveAnswers } from '../../src/domain/own-device';
import { ownDeviceWordsDa } from '../../src/i18n/own-devices.da';
import { twoPersonWorkshop } from '../domain/builders';

const questionnaires = ['maalgruppe-1', 'maalgruppe-2'].map((file) => JSON.parse(readFileSync(`questionnaires/${file}.json`, 'utf8')) as { id: string; version: number; questions: { id: string }[] });
const VALUES: Array<AnswerValue | null> = [1, 2, 3, 4, 5, 'skip', null];

function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(n));
}

describe('bytes', () => {
  it('base64url and base45 round-trip any bytes', () => {
    for (let n = 0; n < 60; n++) {
      const bytes = randomBytes(n);
      expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      expect(fromBase45(toBase45(bytes))).toEqual(bytes);
    }
  });

  it('base45 follows RFC 9285 and refuses what is not base45', () => {
    const enc = (s: string) => toBase45(new TextEncoder().encode(s));
    expect(enc('AB')).toBe('BB8');
    expect(enc('Hello!!')).toBe('%69 VD92EX0');
    expect(enc('base-45')).toBe('UJCLQE7W581');
    expect(fromBase45('GGW')).toBeNull(); // 65,536 does not fit two bytes
    expect(fromBase45('ab8')).toBeNull();
    expect(fromBase64Url('a+b/')).toBeNull();
  });

  it('crc32 is the usual one', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('cuts a text to a number of UTF-8 bytes between characters', () => {
    expect(fitUtf8('Ærø Kommune', 4)).toBe('Ær');
    expect(fitUtf8('Nguyễn', 100)).toBe('Nguyễn');
  });
});

describe('P-256 point compression', () => {
  it('gives back the browser’s own uncompressed keys', async () => {
    for (let i = 0; i < 10; i++) {
      const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
      const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
      expect(decompressPoint(compressPoint(raw))).toEqual(raw);
    }
  });

  it('refuses an x that is not on the curve, and a wrong prefix; every point it makes is one WebCrypto takes', async () => {
    let refused = 0;
    for (let x = 1; x <= 20; x++) {
      const compressed = new Uint8Array(33);
      compressed[0] = 2 + (x & 1);
      compressed[32] = x;
      const raw = decompressPoint(compressed);
      if (raw === null) refused += 1;
      else await expect(crypto.subtle.importKey('raw', raw, { name: 'ECDH', namedCurve: 'P-256' }, false, [])).resolves.toBeDefined();
    }
    // About half of all x have no point.
    expect(refused).toBeGreaterThan(3);
    const wrongPrefix = new Uint8Array(33);
    wrongPrefix[0] = 4;
    expect(decompressPoint(wrongPrefix)).toBeNull();
  });
});

async function invitation(title = 'Børnehuset Solsikken – ledergruppen'): Promise<{ invitation: Invitation; keys: Awaited<ReturnType<typeof newMeetingKeys>> }> {
  const keys = await newMeetingKeys();
  return { keys, invitation: { id: newInvitationId(), questionnaire: { id: 'maalgruppe-1', version: 1 }, title, date: '2027-03-04', publicKey: keys.publicKey } };
}

describe('the invitation', () => {
  it('round-trips through the link’s fragment, which is all URL-safe', async () => {
    const { invitation: inv } = await invitation();
    const link = invitationLink('https://example.dk/kom-i-hus/#/moede/x', inv);
    expect(link).toMatch(/^https:\/\/example\.dk\/kom-i-hus\/#\/svar\/[A-Za-z0-9_-]+$/);
    const decoded = decodeInvitation(link.split('#/svar/')[1]!);
    expect(decoded).toEqual({ ok: true, invitation: inv });
  });

  it('cuts a long name between characters and keeps the link short enough for a QR code across a room', async () => {
    const { invitation: inv } = await invitation('Ældreplejen Østerbro – MED-udvalgets årlige møde om sygefravær, trivsel og fællesskab');
    const code = encodeInvitation(inv);
    const decoded = decodeInvitation(code);
    const title = decoded.ok ? decoded.invitation.title : '';
    expect(new TextEncoder().encode(title).length).toBeLessThanOrEqual(48);
    expect(title.length).toBeGreaterThan(40);
    expect(inv.title.startsWith(title)).toBe(true);
    expect(code.length).toBeLessThanOrEqual(160);
  });

  it('refuses what is not an invitation, a damaged one and one from a newer version', async () => {
    const code = encodeInvitation((await invitation()).invitation);
    expect(decodeInvitation('hello world')).toEqual({ ok: false, problem: 'not-invitation' });
    expect(decodeInvitation('')).toEqual({ ok: false, problem: 'not-invitation' });
    expect(decodeInvitation(code.slice(0, 30))).toEqual({ ok: false, problem: 'damaged' });
    expect(decodeInvitation(`${code}AAAA`)).toEqual({ ok: false, problem: 'damaged' });
    const newer = fromBase64Url(code)!;
    newer[0] = INVITATION_VERSION + 1;
    expect(decodeInvitation(toBase64Url(newer))).toEqual({ ok: false, problem: 'newer-version' });
  });

  it('carries the deadline ("Svar senest") when there is one; without one the link is as before (version 1), so an older app still opens it', async () => {
    const { invitation: inv } = await invitation();
    const plain = fromBase64Url(encodeInvitation(inv))!;
    expect(plain[0]).toBe(1);
    const withDeadline = { ...inv, deadline: '2027-03-01' };
    const code = encodeInvitation(withDeadline);
    const bytes = fromBase64Url(code)!;
    // Version 2: version 1's bytes, then year, month and day.
    expect(bytes[0]).toBe(2);
    expect(bytes.slice(1, -4)).toEqual(plain.slice(1));
    expect(decodeInvitation(code)).toEqual({ ok: true, invitation: withDeadline });
    // A version 2 link without its deadline, or with a day that is not a day, is damaged; a version 1 link with bytes after it too.
    expect(decodeInvitation(toBase64Url(bytes.slice(0, -4)))).toEqual({ ok: false, problem: 'damaged' });
    const notADay = bytes.slice();
    notADay[notADay.length - 1] = 31;
    notADay[notADay.length - 2] = 2;
    expect(decodeInvitation(toBase64Url(notADay))).toEqual({ ok: false, problem: 'damaged' });
    const oldWithMore = bytes.slice();
    oldWithMore[0] = 1;
    expect(decodeInvitation(toBase64Url(oldWithMore))).toEqual({ ok: false, problem: 'damaged' });
  });
});

function answerSet(questionCount: number, seed: number, extra: Partial<AnswerSet> = {}): AnswerSet {
  return {
    responseId: newResponseId(),
    questionnaire: { id: 'maalgruppe-1', version: 1 },
    name: 'Şükrü Yılmaz',
    role: 'amr',
    answers: Array.from({ length: questionCount }, (_, i) => VALUES[(i + seed) % VALUES.length]!),
    ...extra,
  };
}

describe('the answer code', () => {
  it('round-trips every answer value, "Ved ikke" and unanswered included, for both questionnaires', async () => {
    for (const questionnaire of questionnaires) {
      const { invitation: inv, keys } = await invitation();
      for (let seed = 0; seed < VALUES.length; seed++) {
        const set = answerSet(questionnaire.questions.length, seed, { questionnaire: { id: questionnaire.id, version: questionnaire.version } });
        const code = await sealAnswers(set, inv);
        expect(code.startsWith(ANSWER_CODE_PREFIX)).toBe(true);
        // Every character fits a QR code's alphanumeric mode.
        expect(code).toMatch(/^[0-9A-Z $%*+\-./:]+$/);
        expect(await openAnswerCode(code, { invitationId: inv.id, keys })).toEqual({ ok: true, set });
      }
    }
  });

  it('carries no name or role when none was given, and every role when one was', async () => {
    const { invitation: inv, keys } = await invitation();
    for (const role of [null, 'leder', 'tr', 'amr', 'med', 'andet'] as const) {
      const set = answerSet(28, 1, { name: '', role });
      expect(await openAnswerCode(await sealAnswers(set, inv), { invitationId: inv.id, keys })).toEqual({ ok: true, set });
    }
  });

  it('is different every time, even for the same answers (nobody can tell two people answered alike)', async () => {
    const { invitation: inv } = await invitation();
    const set = answerSet(28, 2);
    expect(await sealAnswers(set, inv)).not.toBe(await sealAnswers(set, inv));
  });

  it('refuses a flipped bit, a cut-off code, another meeting’s code and a code for another device’s key, each with its own problem', async () => {
    const { invitation: inv, keys } = await invitation();
    const meeting = { invitationId: inv.id, keys };
    const code = await sealAnswers(answerSet(28, 3), inv);
    const bytes = fromBase45(code.slice(ANSWER_CODE_PREFIX.length))!;
    const flipped = bytes.slice();
    flipped[60]! ^= 0x10;
    expect(await openAnswerCode(ANSWER_CODE_PREFIX + toBase45(flipped), meeting)).toEqual({ ok: false, problem: 'damaged' });
    expect(await openAnswerCode(code.slice(0, -10), meeting)).toEqual({ ok: false, problem: 'truncated' });
    expect(await openAnswerCode(code.slice(0, -11), meeting)).toEqual({ ok: false, problem: 'truncated' });
    const other = await invitation();
    expect(await openAnswerCode(await sealAnswers(answerSet(28, 3), other.invitation), meeting)).toEqual({ ok: false, problem: 'other-meeting' });
    // The same meeting id, but the invitation was made again on another device: another key.
    const sameIdOtherKey = await sealAnswers(answerSet(28, 3), { ...other.invitation, id: inv.id });
    expect(await openAnswerCode(sameIdOtherKey, meeting)).toEqual({ ok: false, problem: 'wrong-key' });
    expect(await openAnswerCode('https://example.dk/#/svar/abc', meeting)).toEqual({ ok: false, problem: 'not-answer-code' });
    const newer = bytes.slice();
    newer[0] = 9;
    expect(await openAnswerCode(ANSWER_CODE_PREFIX + toBase45(newer), meeting)).toEqual({ ok: false, problem: 'newer-version' });
  });

  it('refuses 300 damaged or foreign codes without ever throwing', async () => {
    const { invitation: inv, keys } = await invitation();
    const meeting = { invitationId: inv.id, keys };
    const code = await sealAnswers(answerSet(28, 4), inv);
    const damaged = damagedCodes(code, { seed: Date.now() });
    expect(damaged.length).toBeGreaterThanOrEqual(300);
    for (const text of damaged) {
      const opened = await openAnswerCode(text, meeting);
      expect(opened.ok, text).toBe(false);
    }
  });
});

describe('a real sealed code, end to end', () => {
  const mg1 = JSON.parse(readFileSync('questionnaires/maalgruppe-1.json', 'utf8')) as Questionnaire;

  it('replayed: sealed once and received twice, it is one participant, and the second time names the first', async () => {
    const { invitation: inv, keys } = await invitation();
    const meeting = { invitationId: inv.id, keys };
    const code = await sealAnswers(answerSet(mg1.questions.length, 5), inv);
    const workshop = twoPersonWorkshop();
    const first = await openAnswerCode(code, meeting);
    if (!first.ok) throw new Error(first.problem);
    const received = receiveAnswers(workshop, mg1, first.set, 'p3');
    if (!received.ok) throw new Error(received.problem.code);
    expect(received.workshop.participants).toHaveLength(workshop.participants.length + 1);
    // The same text again (a second scan, the file loaded twice): it opens as before, and is refused as already received.
    const again = await openAnswerCode(code, meeting);
    expect(again).toEqual(first);
    if (!again.ok) throw new Error(again.problem);
    expect(receiveAnswers(received.workshop, mg1, again.set, 'p4')).toEqual({ ok: false, problem: { code: 'already-received', participantId: 'p3' } });
  });

  it('refuses a code with any single bit flipped, at every position, and never throws', async () => {
    const { invitation: inv, keys } = await invitation();
    const meeting = { invitationId: inv.id, keys };
    const code = await sealAnswers(answerSet(28, 6), inv);
    const bytes = fromBase45(code.slice(ANSWER_CODE_PREFIX.length))!;
    const seen = new Set<string>();
    for (let at = 0; at < bytes.length; at++) {
      for (let bit = 0; bit < 8; bit++) {
        const flipped = bytes.slice();
        flipped[at]! ^= 1 << bit;
        const opened = await openAnswerCode(ANSWER_CODE_PREFIX + toBase45(flipped), meeting);
        const where = `byte ${at}, bit ${bit}`;
        expect(opened.ok, where).toBe(false);
        const problem = opened.ok ? '' : opened.problem;
        seen.add(problem);
        // The version byte and the length say what they then say; anywhere else, the CRC tells the code is damaged.
        if (at === 0) expect(['damaged', 'newer-version'], where).toContain(problem);
        else if (at <= 2) expect(['damaged', 'truncated'], where).toContain(problem);
        else expect(problem, where).toBe('damaged');
      }
    }
    expect([...seen].sort()).toEqual(['damaged', 'newer-version', 'truncated']);
  });

  it('refuses a code altered with a matching CRC (made by hand, not by the way): AES-GCM tells, and it changes nothing', async () => {
    const { invitation: inv, keys } = await invitation();
    const meeting = { invitationId: inv.id, keys };
    const bytes = fromBase45((await sealAnswers(answerSet(28, 0), inv)).slice(ANSWER_CODE_PREFIX.length))!;
    // In the IV, the ciphertext and the tag.
    for (const at of [45, 60, 80, bytes.length - 10]) {
      const forged = bytes.slice(0, -4);
      forged[at]! ^= 0x01;
      const withCrc = new Uint8Array([...forged, 0, 0, 0, 0]);
      new DataView(withCrc.buffer).setUint32(forged.length, crc32(forged));
      expect(await openAnswerCode(ANSWER_CODE_PREFIX + toBase45(withCrc), meeting), `byte ${at}`).toEqual({ ok: false, problem: 'wrong-key' });
    }
  });

  it('says "truncated" for a code cut off anywhere, also two digits into a group of three', async () => {
    const { invitation: inv, keys } = await invitation();
    const meeting = { invitationId: inv.id, keys };
    for (let k = 0; k < 5; k++) {
      const code = await sealAnswers(answerSet(28, k), inv);
      for (let n = ANSWER_CODE_PREFIX.length; n < code.length; n++) {
        expect(await openAnswerCode(code.slice(0, n), meeting), `${n} of ${code.length}`).toEqual({ ok: false, problem: 'truncated' });
      }
    }
    // A whole code whose last byte (two digits) is no byte at all is damaged, not short.
    const whole = await sealAnswers(answerSet(28, 0, { name: '' }), inv);
    expect((whole.length - ANSWER_CODE_PREFIX.length) % 3).toBe(2);
    expect(await openAnswerCode(`${whole.slice(0, -2)}::`, meeting)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('tells the facilitator, in these words, that a code is damaged or cut short, and nothing changed', async () => {
    const { invitation: inv, keys } = await invitation();
    const meeting = { invitationId: inv.id, keys };
    const code = await sealAnswers(answerSet(28, 1), inv);
    const bytes = fromBase45(code.slice(ANSWER_CODE_PREFIX.length))!;
    bytes[70]! ^= 0x04;
    const damaged = await openAnswerCode(ANSWER_CODE_PREFIX + toBase45(bytes), meeting);
    const truncated = await openAnswerCode(code.slice(0, -30), meeting);
    const said = (opened: Awaited<ReturnType<typeof openAnswerCode>>) => (opened.ok ? '' : ownDeviceWordsDa.ownDevices.refused('svar.json', opened.problem, ''));
    expect(said(damaged)).toBe('svar.json: Svarene er beskadiget undervejs. Bed deltageren om at vise koden igen eller sende filen igen. Intet er ændret.');
    expect(said(truncated)).toBe('svar.json: Svarene er ufuldstændige – koden eller filen er afkortet. Bed deltageren om at sende dem igen. Intet er ændret.');
    // Every problem has a sentence of its own.
    const problems = ['not-answer-file', 'not-answer-code', 'unreadable', 'damaged', 'truncated', 'newer-version', 'other-meeting', 'wrong-key', 'other-questionnaire', 'already-received', 'full'] as const;
    const sentences = problems.map((p) => ownDeviceWordsDa.ownDevices.refused('f', p, 'Deltager 2'));
    expect(new Set(sentences).size).toBe(problems.length);
  });
});
