/**
 * The active locale. Danish is the only one today; English will be a second
 * `Strings`. The screens' words are in da.ts; the words of the lazily loaded
 * parts have files of their own here, so they load with those parts:
 * pdf.da.ts (the PDF), backup.da.ts and workshop-problems.da.ts (why a
 * backup file is refused).
 */
import { da, type Strings } from './da';

export const t: Strings = da;
