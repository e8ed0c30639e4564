/**
 * The invitation: what the facilitator's QR code and link carry to a
 * participant's phone, all of it in the URL's fragment (after `#`), which a
 * browser never sends to a server. It holds the questionnaire (id and
 * version), a short id for this meeting's invitation, the meeting's name and
 * date, and the facilitator's public key, to which each participant's
 * answers are encrypted (answer-code.ts).
 *
 * Bytes, then base64url: version 1 ‖ id (6) ‖ questionnaire id (short text)
 * ‖ version (u16) ‖ date (year u16, month, day) ‖ public key (33, compressed)
 * ‖ name (short text, cut to NAME_BYTES so the QR code stays readable from
 * the back of a room). Version 2 is version 1 followed by the deadline ("Svar
 * senest", year u16, month, day); a link without one stays version 1, so an
 * older app opens it, and says "newer version" to one with a deadline.
 */
import { isIsoDate } from '../domain/workshop';
import { ByteReader, ByteWriter, fitUtf8, fromBase64Url, toBase64Url } from './bytes';
import { decompressPoint } from './p256';

/** The newest layout this app reads and writes. */
export const INVITATION_VERSION = 2;
const WITHOUT_DEADLINE = 1;
/** Bytes of the meeting's name in the link; a longer name is cut (the whole name is not needed to answer). */
export const NAME_BYTES = 48;
/** The route the link opens; the code follows it. */
export const ANSWER_ROUTE = '#/svar/';

export interface Invitation {
  /** Eight base64url characters (six random bytes): which meeting an answer code belongs to. */
  id: string;
  questionnaire: { id: string; version: number };
  /** The meeting's name, perhaps cut short. */
  title: string;
  date: string;
  /** "Svar senest": the last day to answer, if the facilitator set one (else the meeting's date is the limit). */
  deadline?: string;
  /** The facilitator's public key, compressed P-256, base64url. */
  publicKey: string;
}

export type InvitationProblem = 'not-invitation' | 'newer-version' | 'damaged';

export function encodeInvitation(invitation: Invitation): string {
  const id = fromBase64Url(invitation.id);
  const key = fromBase64Url(invitation.publicKey);
  if (!id || id.length !== 6 || !key || key.length !== 33) throw new RangeError('invitation id or key of the wrong size');
  const [year, month, day] = dayOf(invitation.date);
  const writer = new ByteWriter()
    .u8(invitation.deadline ? INVITATION_VERSION : WITHOUT_DEADLINE)
    .bytes(id)
    .text(invitation.questionnaire.id)
    .u16(invitation.questionnaire.version)
    .u16(year)
    .u8(month)
    .u8(day)
    .bytes(key)
    .text(fitUtf8(invitation.title, NAME_BYTES));
  if (invitation.deadline) {
    const [y, m, d] = dayOf(invitation.deadline);
    writer.u16(y).u8(m).u8(d);
  }
  return toBase64Url(writer.done());
}

function dayOf(iso: string): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number];
}

function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The link to give participants: this app's address with the invitation in its fragment. */
export function invitationLink(appUrl: string, invitation: Invitation): string {
  return `${appUrl.split('#')[0]}${ANSWER_ROUTE}${encodeInvitation(invitation)}`;
}

export function decodeInvitation(code: string): { ok: true; invitation: Invitation } | { ok: false; problem: InvitationProblem } {
  const bytes = fromBase64Url(code.trim());
  if (!bytes || bytes.length === 0) return { ok: false, problem: 'not-invitation' };
  const version = bytes[0]!;
  if (version < WITHOUT_DEADLINE || version > INVITATION_VERSION) return { ok: false, problem: version > INVITATION_VERSION ? 'newer-version' : 'not-invitation' };
  try {
    const reader = new ByteReader(bytes);
    reader.u8();
    const id = toBase64Url(reader.take(6));
    const questionnaireId = reader.text();
    const questionnaireVersion = reader.u16();
    const year = reader.u16();
    const month = reader.u8();
    const day = reader.u8();
    const key = reader.take(33);
    const title = reader.text();
    const date = isoOf(year, month, day);
    const deadline = version === WITHOUT_DEADLINE ? undefined : isoOf(reader.u16(), reader.u8(), reader.u8());
    const slug = /^[a-z0-9][a-z0-9-]{0,63}$/;
    if (reader.left !== 0 || !slug.test(questionnaireId) || questionnaireVersion < 1 || !isIsoDate(date) || (deadline !== undefined && !isIsoDate(deadline)) || !decompressPoint(key)) {
      return { ok: false, problem: 'damaged' };
    }
    const invitation: Invitation = { id, questionnaire: { id: questionnaireId, version: questionnaireVersion }, title, date, publicKey: toBase64Url(key) };
    return { ok: true, invitation: deadline === undefined ? invitation : { ...invitation, deadline } };
  } catch {
    return { ok: false, problem: 'damaged' };
  }
}
