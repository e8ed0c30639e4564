/**
 * The participant's side of answering on one's own phone: their responses to
 * invitations, each checked by ResponseSchema before it is stored.
 */
import type { Response } from '../domain/own-device';
import type { KomIHusDatabase } from './database';
import { acrossFreezes } from './freeze-guard';
import { InvalidWorkshopError } from './workshops';

let validator: Promise<(value: unknown) => Response> | undefined;
function loadValidator() {
  validator ??= import('../domain/workshop-schema').then(({ checkResponse }) => (value: unknown) => {
    const check = checkResponse(value);
    if (!check.ok) throw new InvalidWorkshopError(check.problems);
    return check.response;
  });
  return validator;
}

/** The response to this invitation on this device, if any. */
export async function responseTo(db: KomIHusDatabase, invitationId: string): Promise<Response | undefined> {
  return db.responses.where('invitation.id').equals(invitationId).first();
}

/** Every response on this device, most recently changed first ("Mine besvarelser"). */
export async function listResponses(db: KomIHusDatabase): Promise<Response[]> {
  return db.responses.orderBy('updatedAt').reverse().toArray();
}

/** How many responses this device holds (the Forside links to them when there are any). */
export function countResponses(db: KomIHusDatabase): Promise<number> {
  return db.responses.count();
}

export async function createResponse(db: KomIHusDatabase, response: Response): Promise<Response> {
  const validated = (await loadValidator())(response);
  await acrossFreezes(() =>
    db.transaction('rw', db.responses, async () => {
      // One response per invitation: a second tab opening the same link finds the first one's.
      const existing = await db.responses.where('invitation.id').equals(response.invitation.id).first();
      if (!existing) await db.responses.add(validated);
    }),
  );
  return (await responseTo(db, response.invitation.id)) ?? validated;
}

/** Reads, changes and writes one response in one transaction; the result is checked first. */
export async function updateResponse(db: KomIHusDatabase, id: string, change: (response: Response) => Response, now: Date = new Date()): Promise<Response> {
  const validate = await loadValidator();
  return acrossFreezes(() =>
    db.transaction('rw', db.responses, async () => {
      const current = await db.responses.get(id);
      if (!current) throw new Error(`No response ${id}`);
      const changed = change(current);
      if (changed === current) return current;
      const next = validate({ ...changed, id, updatedAt: now.toISOString() });
      await db.responses.put(next);
      return next;
    }),
  );
}

export async function deleteResponse(db: KomIHusDatabase, id: string): Promise<void> {
  await acrossFreezes(() => db.responses.delete(id));
}
