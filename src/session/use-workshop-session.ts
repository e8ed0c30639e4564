/**
 * Opens a workshop for a screen: its session (store and write queue) and its
 * content. The live query stays only to bring in what another tab writes.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { KomIHusDatabase } from '../db/database';
import { useLiveQuery } from '../db/use-live-query';
import { getWorkshop } from '../db/workshops';
import { loadWorkshopContent, type WorkshopContent } from './content';
import { createWorkshopSession, type WorkshopSession } from './workshop-session';

export type OpenedWorkshop =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'not-found' }
  | { status: 'ready'; session: WorkshopSession; content: WorkshopContent };

export function useWorkshopSession(db: KomIHusDatabase, id: string, now: () => Date): OpenedWorkshop {
  const stored = useLiveQuery(() => getWorkshop(db, id), [db, id]);
  const [session, setSession] = useState<WorkshopSession | null>(null);
  const latest = stored.status === 'ready' ? stored.value : undefined;

  // One session per workshop id; later reads are another tab's writes (or the echo of this tab's).
  const current = session?.id === id ? session : null;
  useEffect(() => {
    if (!latest) return;
    if (current) current.receive(latest);
    else setSession(createWorkshopSession(db, latest, now));
  }, [latest, current, db]);

  const ref = current?.workshop.value.questionnaire;
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
