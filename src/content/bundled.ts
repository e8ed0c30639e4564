/**
 * The content shipped with this build. It was checked at build time by the
 * content plugin in vite.config.ts; parsing it again here gives typed data
 * and guards against a hand-edited build.
 */
import { checkContentFiles, type ContentSet } from '../domain/content';
import dialog from '../../questionnaires/dialog.json';
import guidance from '../../questionnaires/guidance.json';
import huset from '../../questionnaires/huset.json';
import inspiration from '../../questionnaires/inspiration.json';
import maalgruppe1 from '../../questionnaires/maalgruppe-1.json';
import maalgruppe2 from '../../questionnaires/maalgruppe-2.json';

let cached: ContentSet | undefined;

export function bundledContent(): ContentSet {
  if (cached) return cached;
  const check = checkContentFiles([
    { name: 'huset.json', json: huset },
    { name: 'dialog.json', json: dialog },
    { name: 'guidance.json', json: guidance },
    { name: 'maalgruppe-1.json', json: maalgruppe1 },
    { name: 'maalgruppe-2.json', json: maalgruppe2 },
    { name: 'inspiration.json', json: inspiration },
  ]);
  if (!check.ok) throw new Error(`The content of this build is invalid:\n${check.errors.join('\n')}`);
  cached = check.content;
  return cached;
}
