/**
 * The unofficial English translation of the booklet's content, loaded only
 * when someone has chosen English. The build checks every file against its
 * Danish original (scripts/content-plugin.ts, checkTranslatedSet); parsing
 * it here gives typed data and guards against a hand-edited build.
 */
import type { ContentSet } from '../domain/content';
import { checkShipped } from './check-shipped';
import dialog from '../../questionnaires/en/dialog.json';
import guidance from '../../questionnaires/en/guidance.json';
import huset from '../../questionnaires/en/huset.json';
import inspiration from '../../questionnaires/en/inspiration.json';
import maalgruppe1 from '../../questionnaires/en/maalgruppe-1.json';
import maalgruppe2 from '../../questionnaires/en/maalgruppe-2.json';

export function englishContent(): ContentSet {
  return checkShipped({ huset, dialog, guidance, maalgruppe1, maalgruppe2, inspiration }, 'English content');
}
