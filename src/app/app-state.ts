/**
 * What every screen shares: the database, a clock and an id maker. Built by
 * createAppState() and handed down by context, so tests can pass their own.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { ensureContent } from '../content';
import { openDatabase, type KomIHusDatabase } from '../db/database';
import type { HomeData } from '../screens/home/data';

export interface AppState {
  db: KomIHusDatabase;
  /** Resolves when the shipped content is in the database. */
  ready: Promise<void>;
  now: () => Date;
  newId: () => string;
  /**
   * The Forside's data, read before the first render when the page came
   * prerendered (app/start.tsx); the Forside takes it once.
   */
  firstHome?: HomeData;
  /** Set only while the start page is rendered to HTML at build time (prerender.tsx): nothing of this device is known. */
  prerendering?: boolean;
}

/** A short random id that fits the schema's id rule (lowercase, digits, dashes). */
export function randomId(): string {
  return crypto.randomUUID();
}

export function createAppState(options: { databaseName?: string } = {}): AppState {
  const db = openDatabase(options.databaseName);
  const ready = ensureContent(db).then(() => undefined);
  return { db, ready, now: () => new Date(), newId: randomId };
}

export const AppContext = createContext<AppState | null>(null);

export function useAppState(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error('useAppState() outside <AppContext.Provider>');
  return state;
}
