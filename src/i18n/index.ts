/** The active locale. Danish is the only one today; English will be a second `Strings`. */
import { da, type Strings } from './da';

export const t: Strings = da;
