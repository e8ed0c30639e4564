/**
 * The English words of the PDF action plan, mirroring pdf.da.ts. The
 * booklet's own words (its title, the scale, the plan template's questions,
 * the advice to repeat and the hotline) come from the content objects passed
 * in: the unofficial English translation in questionnaires/en/.
 * `alone` (solo mode): one person's plan, "My action plan".
 */
import type { Dialog, Guidance } from '../domain/content';
import type { PdfLabels } from '../domain/pdf-layout';
import { displayedMean } from '../domain/scoring';
import { formatsFor } from './format';
import { count, ordinal } from './plural.en';
import { signedChange } from './rounds.da';
import { STATUS_EN as STATUS } from './rounds.en';

const format = formatsFor('en');

export function englishPdfLabels(dialog: Dialog, guidance: Guidance, alone = false): PdfLabels {
  const template = dialog.planTemplate;
  return {
    language: 'en',
    keywords: 'action plan, sickness absence',
    title: alone ? 'My action plan' : 'Action plan',
    subtitle: `${guidance.title} – ${guidance.subtitle}`,
    date: 'Date',
    questionnaire: 'Target group',
    participants: alone ? 'Filled in by' : 'Participants',
    scoresHeading: 'Your answers (Step 1)',
    scoresIntro: 'The average of your answers for each building block of the House, on the scale from 1 to 5.',
    scaleLegend: `${dialog.scale.map((step) => `${step.value} = ${step.label}`).join(' · ')}. “${dialog.skipLabel}” does not count.`,
    formatScore: (mean) => format.decimal(displayedMean(mean), 1),
    noScore: '– no answers',
    prioritiesHeading: 'Your priorities (Step 2)',
    priorityColumns: { rank: 'Place', label: 'Topic', votes: 'Votes' },
    rank: (rank, tied) => (tied ? `Joint ${ordinal(rank)} place` : `${ordinal(rank)} place`),
    votes: (n) => count(n, 'vote', 'votes'),
    chosen: 'Chosen for the dialogue in step 3',
    chosenAloneHeading: 'Your choices (Step 2)',
    notesHeading: 'Notes from the dialogue (Step 3)',
    proposals: 'Proposals for improvement',
    planHeading: `${template.title} (Step 4)`,
    planIntro: 'Concrete actions and needs for further discussion or clarification, gathered for each building block.',
    columns: { what: template.what, who: template.who, when: template.when },
    discussion: (forum) => (forum ? `For discussion – ${forum}` : 'For discussion'),
    continued: (title) => `${title} – continued`,
    noItems: 'There are no actions in the action plan yet.',
    effectHeading: template.effect,
    effect: alone ? 'The effect I hope for' : 'The effect we hope for',
    evidence: alone ? 'How I can see that it works' : 'How we can see that it works',
    notFilled: 'Not filled in yet.',
    followUpHeading: template.followUp,
    noFollowUp: 'No date for follow-up has been agreed yet.',
    closing: template.repeatAdvice,
    hotline: `${guidance.hotline.name} ${guidance.hotline.number}`,
    page: (page, pages) => `Page ${page} of ${pages}`,
    comparisonHeading: 'Since the last round',
    comparisonIntro: (date) => `The mean per building block compared with the round of ${date}.`,
    comparisonColumns: { block: 'Building block', now: 'This round', before: 'Last round', change: 'Change' },
    comparisonSide: (mean, respondents, answered, solo) =>
      mean === null ? '–' : `${format.decimal(displayedMean(mean), 1)} (${solo ? count(answered, 'answer', 'answers') : count(respondents, 'answered', 'answered')})`,
    comparisonChange: ({ change, direction, reason }) => {
      if (reason === 'no-compared-questions') return 'no questions in common';
      if (change === null || reason === 'no-answers') return 'no answers to compare';
      if (direction === null) return 'too few answers to compare';
      if (direction === 'same') return 'unchanged';
      return `${signedChange(change, format)} (${direction === 'up' ? 'up' : 'down'})`;
    },
    comparisonRule: (solo) =>
      solo
        ? 'A change is called up or down only when you answered at least 2 of the building block’s questions in both rounds.'
        : 'A change is called up or down only when at least 3 people answered the building block in both rounds.',
    comparisonNotCompared: (n) => `Not compared, as the questionnaire changed between the rounds: ${count(n, 'question', 'questions')}.`,
    comparisonUnavailable: (date) => `The answers of the round of ${date} cannot be compared: the version of the questionnaire it used is not on this device.`,
    reviewHeading: 'Last time you agreed …',
    reviewIntro: (date) => `The items of the action plan from the round of ${date}, and how they went.`,
    reviewColumns: { what: 'Item', status: 'Status', comment: 'Comment' },
    reviewStatus: (status) => (status !== null && Object.hasOwn(STATUS, status) ? STATUS[status] : 'No status'),
    reviewNone: 'The last round had no items in its action plan.',
  };
}
