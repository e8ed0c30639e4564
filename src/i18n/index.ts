/**
 * The active locale. Danish is the default; English is a second `Strings`
 * (en.ts), loaded only when someone has chosen it on this device. The choice
 * is kept in localStorage, so it is known before the first render, and the
 * page reloads to switch: every screen, module-level label and lazily loaded
 * part (PDF, backup messages) then speaks the new language at once.
 *
 * The screens' words are in da.ts / en.ts; the words of the lazily loaded
 * parts have files of their own here, so they load with those parts:
 * workshop.*.ts (the workshop's steps: they join `t` when a workshop screen
 * loads, see loadWorkshopWords), pdf.*.ts (the PDF), backup.*.ts and
 * workshop-problems.*.ts (why a backup file is refused), own-devices.*.ts.
 */
import { da, type CoreStrings, type Strings } from './da';
import type { Locale } from './format';

export type { CoreStrings, Locale, Strings };

/** The device's choice of language (the key is per browser profile, like the data). */
export const LOCALE_KEY = 'kom-i-hus:language';

export function chosenLocale(): Locale {
  try {
    return globalThis.localStorage?.getItem(LOCALE_KEY) === 'en' ? 'en' : 'da';
  } catch {
    return 'da';
  }
}

/**
 * Every word of the user interface in the chosen language. A live binding:
 * startLocale() sets it before the first render, so screens read it when they
 * render, never when their module loads (test/i18n/no-module-level-words.test.ts).
 *
 * Until loadWorkshopWords() has run, the workshop's steps (t.setup, t.plan, …)
 * are not in it: only the workshop, presenter and participant screens use
 * them, and their lazy loaders await that first.
 */
export let t: Strings = da as Strings;

/** Loads the chosen language's words (app/start.tsx awaits it before rendering). */
export async function startLocale(): Promise<void> {
  if (chosenLocale() === 'da') return;
  try {
    t = (await import('./en')).en as Strings;
  } catch (error) {
    // Offline before the English words were ever fetched: Danish is always there.
    console.error(error);
  }
}

/** Adds the workshop's steps' words (workshop.*.ts) to `t`, once, in t's language. */
export async function loadWorkshopWords(): Promise<void> {
  if ((t as Partial<Strings>).setup) return;
  const words = t.locale === 'en' ? (await import('./workshop.en')).workshopEn : (await import('./workshop.da')).workshopDa;
  t = { ...(t as CoreStrings), ...words };
}

/** Remembers the choice on this device and reloads, so the whole app follows it. Everything typed is already saved. */
export function chooseLocale(locale: Locale): void {
  try {
    if (locale === 'da') localStorage.removeItem(LOCALE_KEY);
    else localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // Private mode without storage: the choice holds for this page only.
  }
  location.reload();
}

/** For component tests: speak another catalogue without a reload. */
export function setStrings(strings: Strings): void {
  t = strings;
}
