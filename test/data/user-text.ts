/**
 * What a refusal shown to a leader must never contain, in any language:
 * shared by the Danish (hostile-corpus.test.ts) and English
 * (refusal-en.test.ts) checks of the hostile corpus.
 */

/** zod's and JavaScript's own English, and signs of a value printed without care. */
export const NOT_FOR_USERS = /Invalid input|Expected|expected|Unexpected|\[object Object\]|undefined|NaN|SyntaxError|TypeError|RangeError|JSON/;

/** Field paths, code names and units a leader should never see under "Vis detaljer" / "Show details". */
export const DETAIL_NOT_FOR_USERS = /workshops|\[\d+\]|\bbytes?\b|formatVersion|exportedAt|__proto__|\w\.\w+:/;
