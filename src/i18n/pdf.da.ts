/**
 * The Danish words of the PDF action plan: a part of the catalogue of its
 * own, imported only by src/pdf, so the PDF chunk carries its own text. The
 * booklet's own words (its title, the scale, the plan template's questions,
 * the advice to repeat and the hotline) come from the content files.
 * `alone` (solo mode): the plan is one person's, "Min handleplan"; the content
 * comes in already singular (steps/alone.ts).
 */
import type { Dialog, Guidance } from '../domain/content';
import type { PdfLabels } from '../domain/pdf-layout';
import { displayedMean } from '../domain/scoring';
import { formatsFor } from './format';
import { count } from './plural';
import { signedChange, STATUS_DA as STATUS } from './rounds.da';

const format = formatsFor('da');

export function danishPdfLabels(dialog: Dialog, guidance: Guidance, alone = false): PdfLabels {
  const template = dialog.planTemplate;
  return {
    language: 'da',
    keywords: 'handleplan, sygefravær',
    title: alone ? 'Min handleplan' : 'Handleplan',
    subtitle: `${guidance.title} – ${guidance.subtitle}`,
    date: 'Dato',
    questionnaire: 'Målgruppe',
    participants: alone ? 'Udfyldt af' : 'Deltagere',
    scoresHeading: alone ? 'Dine svar (Trin 1)' : 'Jeres besvarelser (Trin 1)',
    scoresIntro: `Gennemsnittet af ${alone ? 'dine' : 'jeres'} svar pr. byggesten i Huset, på skalaen fra 1 til 5.`,
    scaleLegend: `${dialog.scale.map((step) => `${step.value} = ${step.label}`).join(' · ')}. »${dialog.skipLabel}« tæller ikke med.`,
    formatScore: (mean) => format.decimal(displayedMean(mean), 1),
    noScore: '– ingen svar',
    prioritiesHeading: 'Jeres prioriteringer (Trin 2)',
    priorityColumns: { rank: 'Plads', label: 'Emne', votes: 'Stemmer' },
    rank: (rank, tied) => (tied ? `Delt ${rank}. plads` : `${rank}. plads`),
    votes: (n) => count(n, 'stemme', 'stemmer'),
    chosen: 'Valgt til dialogen i trin 3',
    chosenAloneHeading: 'Dine valg (Trin 2)',
    notesHeading: 'Noter fra dialogen (Trin 3)',
    proposals: 'Forslag til forbedringer',
    planHeading: `${template.title} (Trin 4)`,
    planIntro: 'Konkrete handlinger og behov for videre drøftelse eller afklaring, samlet for hver byggesten.',
    columns: { what: template.what, who: template.who, when: template.when },
    discussion: (forum) => (forum ? `Til drøftelse – ${forum}` : 'Til drøftelse'),
    continued: (title) => `${title} – fortsat`,
    noItems: 'Der er endnu ingen handlinger i handleplanen.',
    effectHeading: template.effect,
    effect: alone ? 'Den effekt, jeg håber på' : 'Den effekt, vi håber på',
    evidence: alone ? 'Sådan kan jeg se, at det virker' : 'Sådan kan vi se, at det virker',
    notFilled: 'Ikke udfyldt endnu.',
    followUpHeading: template.followUp,
    noFollowUp: 'Der er endnu ikke aftalt en dato for opfølgning.',
    closing: template.repeatAdvice,
    hotline: `${guidance.hotline.name} ${guidance.hotline.number}`,
    page: (page, pages) => `Side ${page} af ${pages}`,
    comparisonHeading: 'Siden sidste runde',
    comparisonIntro: (date) => `Gennemsnittet pr. byggesten sammenlignet med runden ${date}.`,
    comparisonColumns: { block: 'Byggesten', now: 'Denne runde', before: 'Sidste runde', change: 'Ændring' },
    comparisonSide: (mean, respondents, answered, solo) =>
      mean === null ? '–' : `${format.decimal(displayedMean(mean), 1)} (${solo ? count(answered, 'svar', 'svar') : count(respondents, 'svarede', 'svarede')})`,
    comparisonChange: ({ change, direction, reason }) => {
      if (reason === 'no-compared-questions') return 'ingen fælles spørgsmål';
      if (change === null || reason === 'no-answers') return 'ingen svar at sammenligne';
      if (direction === null) return 'for få svar til at sammenligne';
      if (direction === 'same') return 'uændret';
      return `${signedChange(change, format)} (${direction === 'up' ? 'steget' : 'faldet'})`;
    },
    comparisonRule: (solo) =>
      solo
        ? 'En ændring kaldes kun steget eller faldet, når du har svaret på mindst 2 af byggestenens spørgsmål i begge runder.'
        : 'En ændring kaldes kun steget eller faldet, når mindst 3 har svaret på byggestenen i begge runder.',
    comparisonNotCompared: (n) => `${count(n, 'spørgsmål', 'spørgsmål')} er ændret mellem runderne og indgår ikke i sammenligningen.`,
    comparisonUnavailable: (date) => `Svarene fra runden ${date} kan ikke sammenlignes med denne runde, fordi den udgave af spørgeskemaet, som runden brugte, ikke findes på denne enhed.`,
    reviewHeading: alone ? 'Sidste gang aftalte du …' : 'Sidste gang aftalte I …',
    reviewIntro: (date) => `Punkterne fra handleplanen fra runden ${date}, og hvordan det er gået.`,
    reviewColumns: { what: 'Punkt', status: 'Status', comment: 'Kommentar' },
    reviewStatus: (status) => (status !== null && Object.hasOwn(STATUS, status) ? STATUS[status] : 'Ingen status'),
    reviewNone: 'Sidste runde fik ingen punkter i handleplanen.',
  };
}
