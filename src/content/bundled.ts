/**
 * The content shipped with this build. It was checked at build time by the
 * content plugin in vite.config.ts; parsing it again here gives typed data
 * and guards against a hand-edited build.
 */
import type { ContentSet } from '../domain/content';
import { checkShipped } from './check-shipped';
import dialog from '../../questionnaires/dialog.json';
import guidance from '../../questionnaires/guidance.json';
import huset from '../../questionnaires/huset.json';
import inspiration from '../../questionnaires/inspiration.json';
import maalgruppe1 from '../../questionnaires/maalgruppe-1.json';
import maalgruppe2 from '../../questionnaires/maalgruppe-2.json';

let cached: ContentSet | undefined;

export function bundledContent(): ContentSet {
  cached ??= checkShipped({ huset, dialog, guidance, maalgruppe1, maalgruppe2, inspiration }, 'content');
  return cached;
}
