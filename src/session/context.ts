/** The open workshop's session, for the fields deep inside a step that save as they are edited. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { WorkshopSession } from './workshop-session';

export const SessionContext = createContext<WorkshopSession | null>(null);

export function useSession(): WorkshopSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside a workshop');
  return session;
}
