/**
 * The unofficial English translation of the booklet's content, loaded only
 * when someone has chosen English. The build checks every file against its
 * Danish original (scripts/content-plugin.ts, checkTranslatedSet); parsing
 * it here gives typed data and guards against a hand-edited build.
 */
import { checkContentFiles, type ContentSet } from '../domain/content';
import dialog from '../../questionnaires/en/dialog.json';
import guidance from '../../questionnaires/en/guidance.json';
import huset from '../../questionnaires/en/huset.json';
import inspiration from '../../questionnaires/en/inspiration.json';
import maalgruppe1 from '../../questionnaires/en/maalgruppe-1.json';
import maalgruppe2 from '../../questionnaires/en/maalgruppe-2.json';

export function englishContent(): ContentSet {
  const check = checkContentFiles([
    { name: 'huset.json', json: huset },
    { name: 'dialog.json', json: dialog },
    { name: 'guidance.json', json: guidance },
    { name: 'maalgruppe-1.json', json: maalgruppe1 },
    { name: 'maalgruppe-2.json', json: maalgruppe2 },
    { name: 'inspiration.json', json: inspiration },
  ]);
  if (!check.ok) throw new Error(`The English content of this build is invalid:\n${check.errors.join('\n')}`);
  return check.content;
}
