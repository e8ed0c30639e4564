/**
 * The rounds' words (src/i18n/rounds.*.ts) in the chosen language. `r` is a
 * live binding like i18n's `t`: the Danish words come with this chunk; the
 * English ones are loaded by loadRoundWords() before a step that uses them
 * first renders (its lazy loader awaits it).
 */
import { t } from '../i18n';
import { roundWordsDa, type RoundWords } from '../i18n/rounds.da';

export let r: RoundWords = roundWordsDa;

export async function loadRoundWords(): Promise<void> {
  if (t.locale === 'en') r = (await import('../i18n/rounds.en')).roundWordsEn;
}
