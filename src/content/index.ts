/**
 * Makes sure the database holds the content this build ships. The content
 * itself (and its schemas) is loaded only when something is missing: on the
 * first start, and after an update that brings a new content version.
 */
import manifest from 'virtual:content-manifest';
import { missingContent, seedContent } from '../db/content';
import type { KomIHusDatabase } from '../db/database';

export async function ensureContent(db: KomIHusDatabase): Promise<number> {
  if ((await missingContent(db, manifest)).length === 0) return 0;
  const { bundledContent } = await import('./bundled');
  return seedContent(db, bundledContent());
}
