/**
 * "Nothing lost … a reload … loses nothing": 50 reloads, each straight after
 * a tap on an answer. What the progress counter had shown as saved (it is
 * computed from what is stored) must be there after every reload; a tap in
 * the same instant as the reload may not have been written (the document
 * unloading aborts its transaction), and is counted, not failed on, unless it
 * was written with a wrong value. See safety-crash.spec.ts for the same
 * rules with the browser killed.
 *
 * It runs beside other tests: a busy machine only moves taps from "shown as
 * saved" to "not written yet", and what is shown as saved must hold either way.
 */
import { allowTime, expect, test, workshopIdOf } from './fixtures';
import { counted, progress, showQuestion, storedWorkshop, VALUES, type StoredAnswer } from './safety-helpers';
import { answerRadio, loadQuestionnaire, roleInText } from './scoring-helpers';
import { addParticipant, chooseMode, createWorkshop, goToScoring } from './vote-helpers';

/** Fifty reloads straight after a tap: enough to catch a write the counter had shown and then lost, and they keep the suite's time. */
const RELOADS = 50;

test('50 reloads, each straight after a tap: nothing the counter had shown as saved is ever lost', async ({ page }) => {
  allowTime(150_000);
  const m1 = loadQuestionnaire('maalgruppe-1');
  const total = m1.questions.length;
  const people = [
    { name: 'Maria', role: 'Leder' as const },
    { name: 'Ahmed', role: 'MED-medlem' as const },
    { name: 'Lone', role: 'AMR' as const },
    { name: 'Peter', role: 'TR' as const },
  ];
  const label = (p: (typeof people)[number]) => `${p.name} (${roleInText(p.role)})`;

  await createWorkshop(page, 'Ledergruppen der genindlæser', /Målgruppe 1/);
  await chooseMode(page, 'Møde med facilitator');
  for (const p of people) await addParticipant(page, p.name, p.role);
  const id = workshopIdOf(page);
  const participantIds = (await storedWorkshop(page, id)).participants.map((p) => p.id);
  await goToScoring(page);

  // 4 people × 28 questions = 112 new answers, so every tap adds one and the counter moves on each stored tap.
  const slots = people.flatMap((person, p) => m1.questions.map((question) => ({ person, pid: participantIds[p]!, question })));
  const expected = new Map<string, StoredAnswer>();
  let next = 0;
  const tally = { confirmed: 0, writtenUnconfirmed: 0, notWritten: 0 };

  for (let i = 0; i < RELOADS; i++) {
    const slot = slots[next];
    if (!slot) throw new Error('ran out of questions');
    const who = label(slot.person);
    // After a reload the form reopens for the participant at the resume point; otherwise pick them.
    const answering = page.getByText(`Du svarer som ${who}`, { exact: true });
    const picker = page.getByRole('button', { name: new RegExp(`^(Indtast svar for|Fortsæt med) ${who.replace(/[()]/g, '\\$&')}$`) });
    await expect(answering.or(picker)).toBeVisible();
    if (!(await answering.isVisible())) await picker.click();
    await expect(answering).toBeVisible();
    await showQuestion(page, slot.question);

    const before = counted(await progress(page).textContent());
    const value = VALUES[i % VALUES.length]!;
    await answerRadio(page, slot.question, value).check();
    // What the screen shows as stored at the last moment before the reload, then the reload at once.
    const shown = counted(await progress(page).textContent());
    await page.reload();

    const stored = (await storedWorkshop(page, id)).answers;
    const now = stored[slot.pid]?.[slot.question.id];
    const where = `reload ${i + 1}: ${who}, question ${slot.question.number}`;
    if (shown > before) {
      tally.confirmed++;
      expect(now, `${where} — the counter had shown it as saved`).toBe(value);
    } else if (now !== undefined) {
      tally.writtenUnconfirmed++;
      expect(now, `${where} — written although the counter had not caught up yet`).toBe(value);
    } else {
      tally.notWritten++; // tapped in the same instant as the reload: allowed, and tapped again next round
    }
    if (now !== undefined) {
      expected.set(`${slot.pid}/${slot.question.id}`, value);
      next++;
    }
    // Nothing stored earlier has gone or changed.
    for (const [key, answer] of expected) {
      const [pid, qid] = key.split('/') as [string, string];
      expect(stored[pid]?.[qid], `${where}: earlier answer ${key}`).toBe(answer);
    }
  }

  // ------------------------------------------------ the full comparison: exactly what was entered, zero lost
  const stored = (await storedWorkshop(page, id)).answers;
  const actual = new Map<string, StoredAnswer>();
  for (const [pid, answers] of Object.entries(stored)) for (const [qid, answer] of Object.entries(answers)) actual.set(`${pid}/${qid}`, answer);
  expect([...actual.entries()].sort(), 'every answer entered, and nothing else').toEqual([...expected.entries()].sort());
  expect(expected.size).toBe(next);
  expect(tally.confirmed + tally.writtenUnconfirmed + tally.notWritten).toBe(RELOADS);
  test.info().annotations.push({ type: 'reloads', description: JSON.stringify(tally) });

  // The screen agrees after one more reload: each participant's count.
  await page.reload();
  const done = people.map((_, p) => Object.keys(stored[participantIds[p]!] ?? {}).length);
  const current = slots[next]?.person;
  if (current) {
    await expect(page.getByText(`Du svarer som ${label(current)}`, { exact: true })).toBeVisible();
    await expect(progress(page)).toHaveText(`${done[people.indexOf(current)]} af ${total} besvaret`);
  }
});
