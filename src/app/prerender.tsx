/**
 * Build time only (scripts/prerender-plugin.ts writes the result into
 * index.html): the start page as a first-time visitor meets it, in Danish,
 * so the first paint is the page itself instead of an empty one. app/start.tsx
 * then renders over the same elements once it has read this device's data.
 */
import { renderToString } from 'preact-render-to-string';
import { bundledContent } from '../content/bundled';
import type { KomIHusDatabase } from '../db/database';
import { t } from '../i18n';
import { App } from './App';
import type { AppState } from './app-state';

export function prerenderStartPage(): { html: string; title: string } {
  // The shipped questionnaires, newest version of each, in the order the database gives them.
  const newest = new Map(bundledContent().questionnaires.sort((a, b) => a.version - b.version).map((q) => [q.id, q]));
  const state: AppState = {
    // Never touched: the app reads the database only in effects, which do not run here.
    db: undefined as unknown as KomIHusDatabase,
    ready: new Promise<void>(() => undefined),
    now: () => new Date(),
    newId: () => '',
    prerendering: true,
    firstHome: { workshops: [], responses: 0, questionnaires: [...newest.values()].sort((a, b) => a.id.localeCompare(b.id)) },
  };
  const html = renderToString(<App state={state} />);
  return { html, title: `${t.nav.home} – ${t.appName}` };
}
