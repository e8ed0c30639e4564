/**
 * The words of rounds (src/rounds/): what changed since the previous round
 * in Trin 1's results, the trend over the rounds, and "Sidste gang aftalte
 * I …" in Trin 3. A part of the catalogue of its own, so it travels with
 * those lazily loaded steps instead of the start-up bundle (rounds/words.ts
 * loads it). Alone, the app says "du".
 */
import type { ItemStatus } from '../domain/workshop';
import { formatsFor, type Formats } from './format';
import { count } from './plural';

const format = formatsFor('da');

/** A change of a mean, signed, in a language's way: "+0,4", "−0,3" (a real minus sign, in the PDF too), "0,0". */
export function signedChange(change: number, formats: Formats): string {
  const size = formats.decimal(Math.abs(change), 1);
  return change > 0 ? `+${size}` : change < 0 ? `−${size}` : size;
}
const signed = (change: number) => signedChange(change, format);

/** How an item of the previous plan went, in Danish (the PDF says it alike). */
export const STATUS_DA: Record<ItemStatus, string> = {
  done: 'Gennemført',
  'in-progress': 'I gang',
  'not-done': 'Ikke gennemført',
  dropped: 'Droppet',
};

export const roundWordsDa = {
  change: {
    title: 'Siden sidste runde',
    intro: (date: string) => `Jeres gennemsnit pr. byggesten sammenlignet med runden ${date}.`,
    introSolo: (date: string) => `Dit gennemsnit pr. byggesten sammenlignet med din runde ${date}.`,
    rule: 'Pilen vises kun, når mindst 3 har svaret på byggestenen i begge runder. Med færre svar kan en ændring lige så godt skyldes, hvem der var med.',
    ruleSolo: 'Pilen vises kun, når du har svaret på mindst 2 af byggestenens spørgsmål i begge runder.',
    block: 'Byggesten',
    now: 'Denne runde',
    before: 'Sidste runde',
    difference: 'Ændring',
    up: (change: number) => `↑ ${signed(change)}`,
    down: (change: number) => `↓ ${signed(change)}`,
    same: 'uændret',
    /** Read out instead of the arrow: "steget 0,4", "faldet 0,3". */
    upSpoken: (change: number) => `steget ${format.decimal(Math.abs(change), 1)}`,
    downSpoken: (change: number) => `faldet ${format.decimal(Math.abs(change), 1)}`,
    tooFew: 'for få svar til at sammenligne',
    noAnswers: 'ingen svar at sammenligne',
    notCompared: 'ingen fælles spørgsmål',
    mean: (mean: string, respondents: number) => `${mean} (${count(respondents, 'svarede', 'svarede')})`,
    meanSolo: (mean: string, answered: number) => `${mean} (${count(answered, 'svar', 'svar')})`,
    showQuestions: (block: string) => `Vis spørgsmålene under ${block}`,
    hideQuestions: (block: string) => `Skjul spørgsmålene under ${block}`,
    questionsTitle: (block: string) => `${block}: hvert spørgsmål i de to runder`,
    answer: 'Svar',
    notComparedTitle: 'Spørgsmål, der ikke kan sammenlignes',
    notComparedIntro: 'Spørgeskemaet er ændret siden sidste runde. Kun spørgsmål, der er stillet i begge runder, indgår i sammenligningen.',
    added: 'Nye i denne runde',
    removed: 'Kun stillet i sidste runde',
    missing: (dates: string, rounds: number) =>
      `Svarene fra ${rounds === 1 ? 'runden' : 'runderne'} ${dates} kan ikke sammenlignes med denne runde, fordi den udgave af spørgeskemaet, som ${rounds === 1 ? 'runden' : 'de'} brugte, ikke findes på denne enhed.`,
  },
  trend: {
    title: 'Udviklingen over runderne',
    intro: (rounds: number) => `Gennemsnittet pr. byggesten i hver af de ${rounds} runder, ældste først.`,
  },
  review: {
    title: 'Sidste gang aftalte I …',
    titleSolo: 'Sidste gang aftalte du …',
    intro: (date: string) => `Punkterne fra handleplanen fra runden ${date}. Hvordan er det gået?`,
    introSolo: (date: string) => `Punkterne fra din handleplan fra runden ${date}. Hvordan er det gået?`,
    none: 'Sidste runde fik ingen punkter i handleplanen.',
    counts: (done: number, going: number, notDone: number, dropped: number, open: number) =>
      `${done} gennemført · ${going} i gang · ${notDone} ikke gennemført · ${dropped} droppet${open > 0 ? ` · ${open} uden status endnu` : ''}`,
    status: STATUS_DA,
    statusLabel: (what: string) => `Status for ${what}`,
    noStatus: 'Ingen status endnu',
    /** The choice that takes a status away again. */
    clearStatus: 'Ingen status',
    comment: 'Kort kommentar',
    who: (who: string) => `Hvem: ${who}`,
    when: (when: string) => `Hvornår: ${when}`,
    forum: (forum: string) => `Drøftes i: ${forum}`,
    discussion: 'Til videre drøftelse',
    untitled: 'Punkt uden tekst',
    blockTitle: 'Sidste gang aftalt under denne byggesten',
  },
  /** Reading the earlier rounds failed: no comparison and no "Sidste gang aftalte I …" this time. */
  earlierFailed: 'De tidligere runder af mødet kunne ikke hentes fra enheden, så sammenligningen og sidste rundes handleplan mangler her. Genindlæs siden for at prøve igen.',
};

export type RoundWords = typeof roundWordsDa;
