/**
 * The whole catalogue in each language, as `t` is once a workshop screen has
 * loaded its words (src/i18n/index.ts, loadWorkshopWords): the core words of
 * da.ts / en.ts with the steps' words of workshop.da.ts / workshop.en.ts.
 */
import { da as daCore, type Strings } from '../../src/i18n/da';
import { en as enCore } from '../../src/i18n/en';
import { workshopDa } from '../../src/i18n/workshop.da';
import { workshopEn } from '../../src/i18n/workshop.en';

export const da: Strings = { ...daCore, ...workshopDa };
export const en: Strings = { ...enCore, ...workshopEn };
