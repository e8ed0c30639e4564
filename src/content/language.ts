/**
 * Content in the chosen language. The database holds the booklet's Danish
 * files; when English is chosen, `localise` swaps each file for its
 * translation of the same kind, id and version, and `originalOf` gives the
 * Danish file back, so every question can show the original one tap away.
 * A file with no translation (an older questionnaire version kept for old
 * meetings) stays Danish. Answers are stored by question id either way, so
 * people who answered in different languages are one group.
 */
import type { ContentFile, ContentSet } from '../domain/content';
import type { Locale } from '../i18n';

let translations: ContentFile[] = [];
const originals = new WeakMap<ContentFile, ContentFile>();

/** Loads the translation for the chosen language before the first render; Danish needs nothing. */
export async function prepareContentLanguage(locale: Locale): Promise<void> {
  if (locale === 'da') {
    translations = [];
    return;
  }
  try {
    const { englishContent } = await import('./english');
    setTranslations(englishContent());
  } catch (error) {
    // Offline before the translation was ever fetched: the Danish content still works.
    console.error(error);
    translations = [];
  }
}

/** Also for tests: the translated files to use from now on. */
export function setTranslations(set: ContentSet | undefined): void {
  translations = set ? [set.huset, set.dialog, set.guidance, ...set.questionnaires, set.inspiration] : [];
}

/** The file in the chosen language: its translation when there is one for exactly this id and version. */
export function localise<T extends ContentFile>(file: T): T;
export function localise<T extends ContentFile>(file: T | undefined): T | undefined;
export function localise<T extends ContentFile>(file: T | undefined): T | undefined {
  if (!file || file.language) return file;
  const translated = translations.find((f) => f.kind === file.kind && f.id === file.id && f.version === file.version);
  if (!translated) return file;
  originals.set(translated, file);
  return translated as T;
}

/** The Danish original of a localised file, or undefined when the file is the original. */
export function originalOf<T extends ContentFile>(file: T | undefined): T | undefined {
  return file ? (originals.get(file) as T | undefined) : undefined;
}
