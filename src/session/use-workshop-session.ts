/**
 * Opens a workshop for a screen: its session (store and write queue) and its
 * content. The live query stays only to bring in what another tab writes.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { KomIHusDatabase } from '../db/database';
import { useLiveQuery } from '../db/use-live-query';
import { getWorkshop, workshopStamp } from '../db/workshops';
import { loadWorkshopContent, type WorkshopContent } from './content';
import { createWorkshopSession, type WorkshopSession } from './workshop-session';

export type OpenedWorkshop =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'not-found' }
  | { status: 'ready'; session: WorkshopSession; content: WorkshopContent };

/** The live query's answer when the stored workshop is one the session already has. */
const KNOWN = Symbol('known');

export function useWorkshopSession(db: KomIHusDatabase, id: string, now: () => Date): OpenedWorkshop {
  const [session, setSession] = useState<WorkshopSession | null>(null);
  const open = useRef<WorkshopSession | null>(null);
  open.current = session?.id === id ? session : null;
  // Every write to the table re-runs this, this tab's own too (about four times a second while
  // someone types). The workshop is read whole only when its stamp is news to the session: reading
  // and dropping a large workshop after each of this tab's own writes made typing stutter (issue #14).
  const read = useLiveQuery(async () => {
    const known = open.current;
    if (known) {
      const stamp = await workshopStamp(db, id);
      if (stamp !== undefined && known.knows(stamp)) return KNOWN;
    }
    return getWorkshop(db, id);
  }, [db, id]);
  // The last workshop actually read: a "known" answer keeps it.
  const lastRead = useRef<typeof read>({ status: 'loading' });
  if (read.status !== 'ready' || read.value !== KNOWN) lastRead.current = read;
  const stored = lastRead.current;
  const latest = stored.status === 'ready' && stored.value !== KNOWN ? stored.value : undefined;

  // One session per workshop id; later reads are another tab's writes (or the echo of this tab's).
  const current = session?.id === id ? session : null;
  useEffect(() => {
    if (!latest) return;
    if (current) current.receive(latest);
    else setSession(createWorkshopSession(db, latest, now));
  }, [latest, current, db]);

  const ref = current?.structure.value.questionnaire;
  const [content, setContent] = useState<{ key: string; value: WorkshopContent } | { key: string; error: true } | null>(null);
  const key = ref ? `${ref.id}@${ref.version}` : '';
  useEffect(() => {
    if (!ref) return;
    let live = true;
    loadWorkshopContent(db, ref).then(
      (value) => live && setContent({ key, value }),
      () => live && setContent({ key, error: true }),
    );
    return () => {
      live = false;
    };
  }, [db, key]);

  return useMemo((): OpenedWorkshop => {
    if (stored.status === 'error') return { status: 'error' };
    if (stored.status === 'ready' && !stored.value) return { status: 'not-found' };
    if (!current || !content || content.key !== key) {
      // A questionnaire change keeps the old content on screen until the new one is read.
      if (current && content && 'value' in content && content.key !== key) return { status: 'ready', session: current, content: content.value };
      return { status: 'loading' };
    }
    if ('error' in content) return { status: 'error' };
    return { status: 'ready', session: current, content: content.value };
  }, [stored, current, content, key]);
}
