/** The English words of rounds (see rounds.da.ts). */
import type { ItemStatus } from '../domain/workshop';
import { formatsFor } from './format';
import { count } from './plural.en';
import { signedChange, type RoundWords } from './rounds.da';

const format = formatsFor('en');
const signed = (change: number) => signedChange(change, format);

/** How an item of the previous plan went, in English (the PDF says it alike). */
export const STATUS_EN: Record<ItemStatus, string> = {
  done: 'Done',
  'in-progress': 'In progress',
  'not-done': 'Not done',
  dropped: 'Dropped',
};

export const roundWordsEn: RoundWords = {
  change: {
    title: 'Since the last round',
    intro: (date: string) => `Your mean per building block compared with the round of ${date}.`,
    introSolo: (date: string) => `Your mean per building block compared with your round of ${date}.`,
    rule: 'The arrow is shown only when at least 3 people answered the building block in both rounds. With fewer answers, a change may just as well be down to who took part.',
    ruleSolo: 'The arrow is shown only when you answered at least 2 of the building block’s questions in both rounds.',
    block: 'Building block',
    now: 'This round',
    before: 'Last round',
    difference: 'Change',
    up: (change: number) => `↑ ${signed(change)}`,
    down: (change: number) => `↓ ${signed(change)}`,
    same: 'unchanged',
    upSpoken: (change: number) => `up ${format.decimal(Math.abs(change), 1)}`,
    downSpoken: (change: number) => `down ${format.decimal(Math.abs(change), 1)}`,
    tooFew: 'too few answers to compare',
    noAnswers: 'no answers to compare',
    notCompared: 'no questions in common',
    mean: (mean: string, respondents: number) => `${mean} (${count(respondents, 'answered', 'answered')})`,
    meanSolo: (mean: string, answered: number) => `${mean} (${count(answered, 'answer', 'answers')})`,
    showQuestions: (block: string) => `Show the questions under ${block}`,
    hideQuestions: (block: string) => `Hide the questions under ${block}`,
    questionsTitle: (block: string) => `${block}: each question in the two rounds`,
    answer: 'Answer',
    notComparedTitle: 'Questions that cannot be compared',
    notComparedIntro: 'The questionnaire has changed since the last round. Only questions asked in both rounds are compared.',
    added: 'New in this round',
    removed: 'Asked only in the last round',
    missing: (dates: string, rounds: number) =>
      `The answers of the ${rounds === 1 ? 'round' : 'rounds'} of ${dates} cannot be compared: the version of the questionnaire ${rounds === 1 ? 'it' : 'they'} used is not on this device.`,
  },
  trend: {
    title: 'The trend over the rounds',
    intro: (rounds: number) => `The mean per building block in each of the ${rounds} rounds, oldest first.`,
  },
  review: {
    title: 'Last time you agreed …',
    titleSolo: 'Last time you agreed …',
    intro: (date: string) => `The items of the action plan from the round of ${date}. How did it go?`,
    introSolo: (date: string) => `The items of your action plan from the round of ${date}. How did it go?`,
    none: 'The last round had no items in its action plan.',
    counts: (done: number, going: number, notDone: number, dropped: number, open: number) =>
      `${done} done · ${going} in progress · ${notDone} not done · ${dropped} dropped${open > 0 ? ` · ${open} without a status yet` : ''}`,
    status: STATUS_EN,
    statusLabel: (what: string) => `Status of ${what}`,
    noStatus: 'No status yet',
    clearStatus: 'No status',
    comment: 'Short comment',
    who: (who: string) => `Who: ${who}`,
    when: (when: string) => `When: ${when}`,
    forum: (forum: string) => `Discussed in: ${forum}`,
    discussion: 'For further discussion',
    untitled: 'Item without text',
    blockTitle: 'Agreed last time under this building block',
  },
  earlierFailed: 'The earlier rounds of this meeting could not be read from the device, so the comparison and the last round’s action plan are missing here. Reload the page to try again.',
};
