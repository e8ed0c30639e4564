/**
 * The own-device screens' words (src/i18n/own-devices.*.ts) in the chosen
 * language. `w` is a live binding like i18n's `t`: the Danish words come
 * with this chunk; the English ones are loaded by loadOwnDeviceWords() before
 * a screen that uses them first renders (its lazy loader awaits it).
 */
import { t } from '../i18n';
import { ownDeviceWordsDa, type OwnDeviceWords } from '../i18n/own-devices.da';

export let w: OwnDeviceWords = ownDeviceWordsDa;

export async function loadOwnDeviceWords(): Promise<void> {
  if (t.locale === 'en') w = (await import('../i18n/own-devices.en')).ownDeviceWordsEn;
}
