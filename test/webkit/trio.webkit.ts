/**
 * A Trio's meeting on one shared tablet, in WebKit: hand-overs that hide the
 * previous answers, a reload in the middle of a turn, the result computed
 * from the answers given; then the votes, a dialogue note with æøå, a plan
 * item and the PDF, read back with pdftotext.
 */
import { beforeAll, expect, test } from 'vitest';
import { blockMeans, expectedRanking, TITLE, type Block } from '../e2e/expected-ranking';
import { blocksOf, loadQuestionnaire, pattern, type Answer } from '../e2e/expected-results';
import { pdfLayoutText, pdfRawText, squash } from '../e2e/pdf-text';
import { Browser, startsWith, suiteBrowser } from './browser';
import { addParticipant, answerAll, answerQuestions, checkedAnswers, chooseMode, createWorkshop, dismissOfflineNotice, expectBlockShown, expectProgress, expectResultsShown, nextBlock } from './flow';

const m2 = loadQuestionnaire('maalgruppe-2');
const TOTAL = m2.questions.length;
const groups = blocksOf(m2);
const MARIA = pattern('4 5 4 3   3 4 - 4 3   2 3 3 2 1   - - -   3 4 2   5 4 4 3', TOTAL);
const JENS = pattern('2 3 1 2   5 5 4 5 4   3 - 4 2 2   1 - 2   4 4 5   2 1 - 1', TOTAL);
const SOFIE = pattern('5 5 4 5   4 3 4 - 4   4 4 5 3 3   2 - 1   2 3 4   4 4 4 4', TOTAL);

const suite = suiteBrowser();
let b: Browser;
beforeAll(() => {
  b = suite.browser;
});

async function expectHandover(label: string, button: 'start' | 'fortsæt'): Promise<void> {
  await b.expectHeading(`Giv tabletten videre til ${label}`);
  await b.expectShown('button', `Jeg er ${label} – ${button}`);
  expect(await b.all('radio'), 'no answer scale on the hand-over').toEqual([]);
  expect(await b.run('return document.querySelectorAll("input:checked, fieldset.question").length')).toBe(0);
}

/**
 * The chosen answer is marked by `:has(input:checked)` on its label (answer-form.css): in WebKit too the
 * chosen option looks different from the others (background and weight), on the first question.
 */
async function expectChosenAnswerMarked(): Promise<void> {
  const first = m2.questions[0]!;
  const styles = await b.run<Array<[boolean, string, string]>>(
    `return [...document.querySelectorAll('#question-' + arguments[0] + ' label.scale__option')].map((l) => { const s = getComputedStyle(l); return [l.querySelector('input').checked, s.backgroundColor, s.fontWeight]; });`,
    first.id,
  );
  const chosen = styles.filter(([checked]) => checked);
  const others = styles.filter(([checked]) => !checked);
  expect(chosen).toHaveLength(1);
  for (const other of others) expect([other[1], other[2]], 'an unchosen option').not.toEqual([chosen[0]![1], chosen[0]![2]]);
}

test('a Trio on one shared tablet: hand-overs, a reload mid-turn, and the result from the answers given', async () => {
  await b.goto('/');
  await dismissOfflineNotice(b);
  await createWorkshop(b, 'Trioen i Børnehuset Ærtebjerg', /Målgruppe 2/);
  await chooseMode(b, 'Én delt tablet');
  await addParticipant(b, 'Maria', 'TR', 'Maria (TR)');
  await addParticipant(b, 'Jens', 'AMR', 'Jens (AMR)');
  await addParticipant(b, 'Sofie', 'Leder', 'Sofie (leder)');
  await b.tapButton('Gå til Trin 1: Besvar spørgeskemaet');

  await expectHandover('Maria (TR)', 'start');
  await b.expectAccessible('hand-over');
  await b.tapButton('Jeg er Maria (TR) – start');
  await b.expectText('Du svarer som Maria (TR)');
  await b.expectAccessible('questionnaire');
  await answerAll(b, m2, MARIA, { fresh: true });

  await expectHandover('Jens (AMR)', 'start');
  await b.tapButton('Jeg er Jens (AMR) – start');
  const [ledelse, ejerskab, trivsel] = groups;
  if (!ledelse || !ejerskab || !trivsel) throw new Error('Målgruppe 2 has fewer than three blocks');
  await expectBlockShown(b, ledelse.block);
  expect(await checkedAnswers(b, ledelse.questions), "nothing of Maria's pre-selected").toEqual([undefined, undefined, undefined, undefined]);
  await answerQuestions(b, m2, ledelse.questions, JENS, 4);
  await expectChosenAnswerMarked();
  await nextBlock(b, ejerskab.block);
  await answerQuestions(b, m2, ejerskab.questions, JENS, 9);
  await nextBlock(b, trivsel.block);
  const firstTwo = trivsel.questions.slice(0, 2);
  await answerQuestions(b, m2, firstTwo, JENS, 11);

  // A reload in the middle of Jens's turn: the hand-over, then the same block with his answers in place.
  await b.reload();
  await expectHandover('Jens (AMR)', 'fortsæt');
  await b.tapButton('Jeg er Jens (AMR) – fortsæt');
  await expectBlockShown(b, trivsel.block);
  await expectProgress(b, 11, TOTAL);
  const jensOf = (qs: typeof m2.questions): Array<Answer | undefined> => qs.map((q) => JENS[m2.questions.indexOf(q)]);
  expect(await checkedAnswers(b, trivsel.questions)).toEqual([...jensOf(firstTwo), undefined, undefined, undefined]);
  await answerQuestions(b, m2, trivsel.questions.slice(2), JENS, 14);
  let done = 14;
  for (const group of groups.slice(3)) {
    await nextBlock(b, group.block);
    await expectBlockShown(b, group.block);
    done += group.questions.length;
    await answerQuestions(b, m2, group.questions, JENS, done);
  }
  await b.tapButton('Færdig');

  await expectHandover('Sofie (leder)', 'start');
  await b.tapButton('Jeg er Sofie (leder) – start');
  await answerAll(b, m2, SOFIE, { fresh: true });
  await b.expectHeading('Alle deltagere har svaret');
  await b.tapButton('Se jeres besvarelser');
  await b.expectHeading('Jeres besvarelser');
  await b.expectText('3 af 3 deltagere har svaret færdig.');
  await expectResultsShown(b, m2, [MARIA, JENS, SOFIE]);
  await b.expectAccessible('Jeres besvarelser');
});

const VOTES: Array<[string, Block[]]> = [
  ['Maria (TR)', ['samtaler', 'statistik']],
  ['Jens (AMR)', ['samtaler', 'trivsel']],
  ['Sofie (leder)', ['samtaler', 'tidlige-indsatser']],
];
const NOTE = 'Vi må blive bedre til at følge op på fraværssamtalerne – også når det er svært at nå det før ferien.';
const WHAT = 'Fast skabelon til samtaler på tværs af afdelingerne';
const WHO = 'Søren Ågård (leder) og Maria';

test('the same Trio votes, writes a note with æøå, makes a plan item and downloads the PDF', async () => {
  await b.tapButton('Videre til Trin 2: Udvælg emner');
  await b.expectHeading('Trin 2: Udvælg emner I vil drøfte i fællesskab');
  await b.tapButton('Start afstemningen');
  for (const [label, blocks] of VOTES) {
    await b.expectHeading(`Giv tabletten videre til ${label}`);
    await b.tapButton(`Jeg er ${label} – stem`);
    await b.expectShown('h2', `Stemmer fra ${label}`);
    for (const [i, block] of blocks.entries()) {
      await b.tapButton(TITLE[block]);
      await b.waitFor(`${i + 1} votes`, async () => (await b.texts('.ballot__count'))[0] === `${i + 1} af 2 stemmer brugt`);
    }
    await b.tapButton('Færdig med at stemme');
  }
  await b.expectShown('h2', 'Alle har stemt');
  await b.tapButton('Vis resultatet');
  await b.expectShown('h2', 'Resultatet');
  const votes: Record<Block, number> = { samtaler: 3, statistik: 1, trivsel: 1, 'tidlige-indsatser': 1, 'faelles-ejerskab': 0, 'tydelig-ledelse': 0 };
  const expected = expectedRanking(votes, blockMeans(m2.questions, [MARIA, JENS, SOFIE]));
  const rows = await b.run<Array<[string, string, string]>>(
    `return [...document.querySelectorAll('li.ranking__row')].map((li) => [li.dataset.element, squash(li.querySelector('.ranking__rank').textContent), squash(li.querySelector('.ranking__meta').textContent)]);`,
  );
  expect(rows).toEqual(expected.map((row) => [row.block, row.rank, row.meta]));
  await b.expectAccessible('the ranking');

  // Only Systematiske samtaler goes on to the dialogue.
  for (const block of Object.keys(TITLE) as Block[]) {
    const box = (await b.all('checkbox', `Tag ${TITLE[block]} med i dialogen`))[0];
    if (box && (await b.checked(box)) !== (block === 'samtaler')) await b.session.click(box);
  }
  await b.tapButton('Videre til Trin 3: Gå i dialog');
  await b.expectHeading('Trin 3: Gå i dialog');
  await b.expectShown('h2', TITLE.samtaler);
  await b.type('Hvad kunne I gøre bedre?', NOTE);
  await b.tapButton('Videre til Trin 4: Lav en handleplan');

  await b.expectHeading('Trin 4: Lav en handleplan');
  // The heading also counts the block's items ("Systematiske samtaler 0 punkter").
  const section = await b.part('section.plan-block', startsWith(TITLE.samtaler));
  await b.tapButton('Tilføj punkt', section);
  await b.type('Hvad vil vi gøre?', WHAT, section);
  await b.type('Hvem gør hvad?', WHO, section);
  await b.type('Dato (valgfri)', '01.03.2027', section);

  // Everything typed is kept across a reload.
  await b.reload();
  await b.expectHeading('Trin 4: Lav en handleplan');
  expect(await b.value(await b.get('field', 'Hvad vil vi gøre?'))).toBe(WHAT);
  expect(await b.value(await b.get('field', 'Hvem gør hvad?'))).toBe(WHO);
  expect(await b.value(await b.get('field', 'Dato (valgfri)'))).toBe('01.03.2027');

  await b.expectAccessible('Trin 4');
  await b.catchDownloads();
  await b.tap('checkbox', 'Medtag noter fra dialogen (trin 3)');
  await b.tapButton('Hent handleplan som PDF');
  const pdf = await b.downloaded(/\.pdf$/, b.driver.folder);
  await b.expectText(`PDF'en er hentet: ${pdf.name}`);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdfLayoutText(pdf.path)).toContain('Trioen i Børnehuset Ærtebjerg');
  // A table cell's lines one after another: the text in the order it is drawn.
  const text = squash(pdfRawText(pdf.path));
  expect(text).toContain(WHAT);
  expect(text).toContain(WHO);
  expect(text).toContain(squash(NOTE));
  expect(text).toContain('1. marts 2027');
});
