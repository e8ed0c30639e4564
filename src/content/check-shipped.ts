/**
 * The six content files of one language, as the build shipped them, parsed
 * into typed content. The build has checked them already (the content plugin);
 * checking again guards against a hand-edited build.
 */
import { checkContentFiles, type ContentSet } from '../domain/content';

export interface ShippedFiles {
  huset: unknown;
  dialog: unknown;
  guidance: unknown;
  maalgruppe1: unknown;
  maalgruppe2: unknown;
  inspiration: unknown;
}

export function checkShipped(files: ShippedFiles, which: string): ContentSet {
  const check = checkContentFiles([
    { name: 'huset.json', json: files.huset },
    { name: 'dialog.json', json: files.dialog },
    { name: 'guidance.json', json: files.guidance },
    { name: 'maalgruppe-1.json', json: files.maalgruppe1 },
    { name: 'maalgruppe-2.json', json: files.maalgruppe2 },
    { name: 'inspiration.json', json: files.inspiration },
  ]);
  if (!check.ok) throw new Error(`The ${which} of this build is invalid:\n${check.errors.join('\n')}`);
  return check.content;
}
