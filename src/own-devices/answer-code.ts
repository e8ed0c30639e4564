/**
 * A participant's answers on the way from their phone to the facilitator's
 * device, as a QR code or inside a file (the same text either way). Only the
 * facilitator's device can read it: it is encrypted with AES-GCM under a key
 * agreed by ECDH (P-256) between a key pair made for this one code and the
 * facilitator's key pair for the meeting, whose public half is in the
 * invitation. Holding the invitation (every participant does) is not enough
 * to read anyone's answers.
 *
 * The code: "KIH:" then base45 of
 *   version 1 ‖ length (u16, of all bytes) ‖ invitation id (6)
 *   ‖ this code's public key (33, compressed) ‖ IV (12)
 *   ‖ AES-GCM(answers) with the bytes before it as associated data
 *   ‖ CRC-32 of everything before it.
 * The length tells a code cut short; the CRC tells a code damaged on the
 * way (a flipped bit) from one that is whole but made for another device's
 * key; so each gets its own message. Inside, the answers:
 *   response id (8) ‖ questionnaire id (short text) ‖ version (u16)
 *   ‖ role (0 = none, else 1 + its place in ROLES) ‖ name (short text)
 *   ‖ number of questions (u8) ‖ 3 bits per answer in questionnaire order
 *     (0 = not answered, 1–5, 6 = "Ved ikke").
 */
import type { AnswerCodeProblem, AnswerSet } from '../domain/own-device';
import { ROLES, type AnswerValue } from '../domain/workshop';
import { type Bytes, ByteReader, ByteWriter, crc32, fitUtf8, fromBase45, fromBase64Url, toBase45, toBase64Url } from './bytes';
import { compressPoint, decompressPoint } from './p256';

export type { AnswerCodeProblem, AnswerSet } from '../domain/own-device';

export const ANSWER_CODE_PREFIX = 'KIH:';
export const ANSWER_CODE_VERSION = 1;
/** Bytes of a name in the code; the app's own limit on names is shorter than this in practice. */
export const NAME_BYTES = 120;
const HEADER = 1 + 2 + 6 + 33 + 12;
const TAG = 16;
const CRC = 4;
const INFO = new TextEncoder().encode('kom-i-hus svar 1');


/** The facilitator's key pair for one meeting, as stored with the workshop: both halves base64url. */
export interface MeetingKeys {
  /** Compressed P-256 public key (33 bytes). */
  publicKey: string;
  /** The private scalar d (32 bytes). */
  privateKey: string;
}

/** A new key pair for a meeting's invitation. */
export async function newMeetingKeys(): Promise<MeetingKeys> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  if (!jwk.d) throw new Error('the browser gave no private key');
  return { publicKey: toBase64Url(compressPoint(raw)), privateKey: jwk.d };
}

/** Six random bytes as base64url: an invitation's id. */
export function newInvitationId(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(6)));
}

/** Eight random bytes as base64url: a participant's response id. */
export function newResponseId(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(8)));
}

function importPublic(compressed: Bytes): Promise<CryptoKey> {
  const raw = decompressPoint(compressed);
  if (!raw) throw new RangeError('not a P-256 public key');
  return crypto.subtle.importKey('raw', raw, { name: 'ECDH', namedCurve: 'P-256' }, false, []);
}

function importPrivate(keys: MeetingKeys): Promise<CryptoKey> {
  const raw = decompressPoint(fromBase64Url(keys.publicKey) ?? new Uint8Array());
  if (!raw) throw new RangeError('not a P-256 public key');
  const jwk: JsonWebKey = { kty: 'EC', crv: 'P-256', x: toBase64Url(raw.subarray(1, 33)), y: toBase64Url(raw.subarray(33)), d: keys.privateKey, ext: false };
  return crypto.subtle.importKey('jwk', jwk, { name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
}

async function aesKey(privateKey: CryptoKey, publicKey: CryptoKey, invitationId: Bytes): Promise<CryptoKey> {
  const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const base = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: invitationId, info: INFO }, base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

function packAnswers(set: AnswerSet): Bytes {
  const writer = new ByteWriter();
  const id = fromBase64Url(set.responseId);
  if (!id || id.length !== 8) throw new RangeError('response id of the wrong size');
  writer
    .bytes(id)
    .text(set.questionnaire.id)
    .u16(set.questionnaire.version)
    .u8(set.role ? ROLES.indexOf(set.role) + 1 : 0)
    .text(fitUtf8(set.name.trim(), NAME_BYTES));
  if (set.answers.length > 255) throw new RangeError('too many questions');
  writer.u8(set.answers.length);
  let bits = 0;
  let value = 0;
  for (const answer of set.answers) {
    value = (value << 3) | (answer === null ? 0 : answer === 'skip' ? 6 : answer);
    bits += 3;
    while (bits >= 8) {
      bits -= 8;
      writer.u8(value >> bits);
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) writer.u8(value << (8 - bits));
  return writer.done();
}

function unpackAnswers(bytes: Bytes): AnswerSet | null {
  try {
    const reader = new ByteReader(bytes);
    const responseId = toBase64Url(reader.take(8));
    const questionnaire = { id: reader.text(), version: reader.u16() };
    const roleByte = reader.u8();
    const name = reader.text();
    const count = reader.u8();
    const packed = reader.take(Math.ceil((count * 3) / 8));
    if (reader.left !== 0 || roleByte > ROLES.length) return null;
    const answers: Array<AnswerValue | null> = [];
    for (let i = 0; i < count; i++) {
      const bit = i * 3;
      const pair = (packed[bit >> 3]! << 8) | (packed[(bit >> 3) + 1] ?? 0);
      const v = (pair >> (13 - (bit & 7))) & 7;
      if (v === 7) return null;
      answers.push(v === 0 ? null : v === 6 ? 'skip' : (v as 1 | 2 | 3 | 4 | 5));
    }
    return { responseId, questionnaire, role: roleByte === 0 ? null : ROLES[roleByte - 1]!, name, answers };
  } catch {
    return null;
  }
}

/** The answer code for a set of answers, readable only with the private key behind `publicKey` (the invitation's). */
export async function sealAnswers(set: AnswerSet, invitation: { id: string; publicKey: string }): Promise<string> {
  const invitationId = fromBase64Url(invitation.id);
  const theirs = fromBase64Url(invitation.publicKey);
  if (!invitationId || invitationId.length !== 6 || !theirs) throw new RangeError('not an invitation');
  const mine = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const myPublic = compressPoint(new Uint8Array(await crypto.subtle.exportKey('raw', mine.publicKey)));
  const key = await aesKey(mine.privateKey, await importPublic(theirs), invitationId);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = packAnswers(set);
  const length = HEADER + plain.length + TAG + CRC;
  const header = new ByteWriter().u8(ANSWER_CODE_VERSION).u16(length).bytes(invitationId).bytes(myPublic).bytes(iv).done();
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header }, key, plain));
  const body = new ByteWriter().bytes(header).bytes(sealed).done();
  const bytes = new ByteWriter().bytes(body).u32(crc32(body)).done();
  return ANSWER_CODE_PREFIX + toBase45(bytes);
}

export type OpenedAnswers = { ok: true; set: AnswerSet } | { ok: false; problem: AnswerCodeProblem };

/** What the code's bytes say before any key is used: which meeting it is for, or why it cannot be read. */
function readFrame(code: string): { ok: true; bytes: Bytes; invitationId: string } | { ok: false; problem: AnswerCodeProblem } {
  // Not trim(): a space is one of base45's digits. Line ends around a pasted code are not.
  const text = code.replace(/^[\r\n\t]+|[\r\n\t]+$/g, '');
  if (!text.startsWith(ANSWER_CODE_PREFIX)) return { ok: false, problem: 'not-answer-code' };
  let digits = text.slice(ANSWER_CODE_PREFIX.length);
  // A code cut off mid-group: read what is whole, and let its length say it is short.
  const cut = digits.length % 3 === 1;
  if (cut) digits = digits.slice(0, -1);
  // Cut two digits into a group, the last two may be no byte at all (`pair`): the whole groups before them tell.
  const decoded = fromBase45(digits);
  const pair = !decoded && digits.length % 3 === 2;
  const bytes = decoded ?? (pair ? fromBase45(digits.slice(0, -2)) : null);
  if (!bytes) return { ok: false, problem: 'damaged' };
  if (bytes.length < 3) return { ok: false, problem: 'truncated' };
  if (bytes[0] !== ANSWER_CODE_VERSION) return { ok: false, problem: bytes[0]! > ANSWER_CODE_VERSION ? 'newer-version' : 'damaged' };
  const length = (bytes[1]! << 8) | bytes[2]!;
  if (length < HEADER + TAG + CRC) return { ok: false, problem: 'damaged' };
  if (bytes.length + (pair ? 1 : 0) < length) return { ok: false, problem: 'truncated' };
  if (bytes.length > length || cut || pair) return { ok: false, problem: 'damaged' };
  const body = bytes.subarray(0, length - CRC);
  const crc = new ByteReader(bytes.subarray(length - CRC)).u32();
  if (crc !== crc32(body)) return { ok: false, problem: 'damaged' };
  return { ok: true, bytes: body, invitationId: toBase64Url(body.subarray(3, 9)) };
}

/** Opens an answer code with the meeting's keys; every way it can fail has its own problem. */
export async function openAnswerCode(code: string, meeting: { invitationId: string; keys: MeetingKeys }): Promise<OpenedAnswers> {
  const frame = readFrame(code);
  if (!frame.ok) return frame;
  if (frame.invitationId !== meeting.invitationId) return { ok: false, problem: 'other-meeting' };
  const header = frame.bytes.subarray(0, HEADER);
  let plain: Bytes;
  try {
    const theirs = await importPublic(header.subarray(9, 42));
    const key = await aesKey(await importPrivate(meeting.keys), theirs, header.subarray(3, 9));
    plain = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: header.subarray(42, 54), additionalData: header }, key, frame.bytes.subarray(HEADER)));
  } catch {
    // The frame is whole (its CRC holds), so the key is the wrong one: made for another device's invitation.
    return { ok: false, problem: 'wrong-key' };
  }
  const set = unpackAnswers(plain);
  return set ? { ok: true, set } : { ok: false, problem: 'damaged' };
}
