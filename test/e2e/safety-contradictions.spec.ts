/**
 * "Nothing lost, even then": a backup file that passes every field check but
 * contradicts itself (two participants with one id, a building block chosen
 * twice, more votes than allowed) or this device (a newer questionnaire) is
 * refused through the real "Data og sikkerhed" screen with a Danish message
 * that names the meeting and the problem, and the meetings on the device stay
 * exactly as they were.
 */
import { Buffer } from 'node:buffer';
import { backupText, fullWorkshop, twoWorkshops } from '../data/fixtures';
import { expect, test } from './fixtures';
import { dumpDatabase, restoreTwoWorkshops } from './safety-helpers';

const REFUSED = 'Filen kan ikke gendannes. Intet er ændret.';

interface ContradictoryFile {
  label: string;
  text: string;
  /** The explanation under the refusal, word for word. */
  message: string;
}

function files(): ContradictoryFile[] {
  const local = fullWorkshop('w-9', 'Lokaludvalget');
  local.participants = [...local.participants, { id: 'p-2', name: 'Bo igen', role: 'med' }];
  const trio = fullWorkshop('w-8', 'Trioen i hjemmeplejen');
  trio.questionnaire = { id: 'maalgruppe-2', version: 2 };
  const med = fullWorkshop('w-7', 'MED-udvalget');
  med.voting = { ...med.voting, chosen: ['trivsel', 'statistik', 'trivsel'] };
  const votes = fullWorkshop('w-6', 'Ledergruppen');
  votes.votesPerPerson = 1;
  return [
    {
      label: 'two participants with one id',
      text: backupText([local]),
      message: 'Dialogmøde 1 (»Lokaludvalget«): deltager 2 og deltager 4 er gemt med samme id, så de ikke kan skelnes fra hinanden.',
    },
    {
      label: 'a newer questionnaire version, second in the file',
      text: backupText([fullWorkshop('w-5', 'Børnehuset Mælkebøtten'), trio]),
      message: 'Dialogmøde 2 (»Trioen i hjemmeplejen«): mødet bruger en nyere udgave af spørgeskemaet, end denne app har. Opdater appen, og prøv igen.',
    },
    {
      label: 'a building block chosen twice',
      text: backupText([med]),
      message: 'Dialogmøde 1 (»MED-udvalget«): byggestenen »Trivsel og arbejdsmiljø« er valgt to gange til dialogen.',
    },
    {
      label: 'a ballot longer than the votes each has',
      text: backupText([votes]),
      message: 'Dialogmøde 1 (»Ledergruppen«): deltager 1 har 2 stemmer, men hver deltager har kun 1.',
    },
  ];
}

test('backups whose meetings contradict themselves or this device are refused, naming meeting and problem, and change nothing', async ({ page }) => {
  const input = await restoreTwoWorkshops(page);

  const meetings = async (): Promise<string[]> => {
    await page.goto('/#/');
    await expect(page.getByRole('heading', { level: 1, name: 'Dialogmøder' })).toBeVisible();
    await expect(page.locator('.workshop__title')).toHaveCount(2);
    return (await page.locator('.workshop__title').allTextContents()).map((title) => title.trim()).sort();
  };
  const listBefore = await meetings();
  expect(listBefore).toEqual(twoWorkshops().map((w) => w.title).sort());

  await page.goto('/#/data');
  await expect(page.getByRole('heading', { level: 1, name: 'Data og sikkerhed' })).toBeVisible();
  const before = await dumpDatabase(page);
  for (const file of files()) {
    await input.setInputFiles({ name: `${file.label}.json`, mimeType: 'application/json', buffer: Buffer.from(file.text) });
    const alert = page.getByRole('alert');
    await expect(alert.locator(':scope > p').nth(1), file.label).toHaveText(file.message);
    await expect(alert.locator(':scope > p').first(), file.label).toHaveText(REFUSED);
    // No question about what to restore: the file was refused before anything could be chosen.
    await expect(page.getByRole('button', { name: 'Gendan', exact: true })).toHaveCount(0);
    await alert.getByText('Vis detaljer').click();
    await expect(alert.getByRole('listitem').first(), file.label).toHaveText(file.message);
    expect(await dumpDatabase(page), `IndexedDB after ${file.label}`).toBe(before);
  }

  expect(await meetings()).toEqual(listBefore);
});
