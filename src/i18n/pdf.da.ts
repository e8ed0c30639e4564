/**
 * The Danish words of the PDF action plan: a part of the catalogue of its
 * own, imported only by src/pdf, so the PDF chunk carries its own text.
 */
import type { PdfLabels } from '../domain/pdf-layout';
import { count } from './plural';

export const DANISH_PDF_LABELS: PdfLabels = {
  title: 'Handleplan',
  subtitle: 'Kom i hus med sygefraværsopgaven – ved at samle alle gode kræfter',
  date: 'Dato',
  questionnaire: 'Målgruppe',
  participants: 'Deltagere',
  scoresHeading: 'Jeres besvarelser (Trin 1)',
  scoresIntro: 'Gennemsnittet af jeres svar for hver af de seks byggesten i Huset, på skalaen fra 1 til 5.',
  scaleLegend: '1 = Slet ikke · 2 = I nogen grad · 3 = I middel grad · 4 = I høj grad · 5 = I meget høj grad. »Ved ikke / ikke relevant« tæller ikke med.',
  formatScore: (mean) => mean.toFixed(1).replace('.', ','),
  noScore: '– ingen svar',
  prioritiesHeading: 'Jeres prioriteringer (Trin 2)',
  priorityColumns: { rank: 'Plads', label: 'Emne', votes: 'Stemmer' },
  rank: (rank, tied) => (tied ? `Delt ${rank}. plads` : `${rank}. plads`),
  votes: (n) => count(n, 'stemme', 'stemmer'),
  chosen: 'Valgt til dialogen i trin 3',
  notesHeading: 'Noter fra dialogen (Trin 3)',
  proposals: 'Forslag til forbedringer',
  planHeading: 'Vores prioriteringer (Trin 4)',
  planIntro: 'Konkrete handlinger og behov for videre drøftelse eller afklaring, samlet for hver byggesten.',
  columns: { what: 'Hvad vil vi gøre?', who: 'Hvem gør hvad?', when: 'Hvornår?' },
  discussion: (forum) => (forum ? `Til drøftelse – ${forum}` : 'Til drøftelse'),
  continued: (title) => `${title} – fortsat`,
  noItems: 'Der er endnu ingen handlinger i handleplanen.',
  effectHeading: 'Hvilken effekt håber vi det får, og hvordan vil vi konkret kunne se det?',
  effect: 'Den effekt, vi håber på',
  evidence: 'Sådan vil vi konkret kunne se det',
  notFilled: 'Ikke udfyldt endnu.',
  followUpHeading: 'Hvornår følger vi op og planlægger næste skridt?',
  noFollowUp: 'Der er endnu ikke aftalt en dato for opfølgning.',
  closing:
    'Husk at bevare fokus på sygefraværsopgaven hele tiden. I kan derfor med fordel gentage trin 1–4, når I oplever, at der er et behov, eller med et fast interval, fx en gang om året.',
  hotline: 'Fraværslinjen 3366 5766',
  page: (page, pages) => `Side ${page} af ${pages}`,
};
