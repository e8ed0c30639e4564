/** Every Danish string of the user interface. Content from the booklet lives in /questionnaires. */
import type { Mode, Role, Step } from '../domain/workshop';

export const da = {
  appName: 'Kom i hus',
  appTagline: 'Dialogværktøj om sygefraværsopgaven',
  skipToContent: 'Gå til indhold',
  nav: { label: 'Hovedmenu', home: 'Forside', huset: 'Huset' },
  loading: 'Henter …',
  screenLoadFailed: 'Denne del af appen kunne ikke hentes. Tjek forbindelsen, og genindlæs siden.',
  storageError: 'Appen kunne ikke læse sine data på denne enhed. Prøv at genindlæse siden.',
  notFound: {
    title: 'Siden findes ikke',
    body: 'Der er ingen side på denne adresse.',
    back: 'Gå til forsiden',
  },
  home: {
    title: 'Dialogmøder',
    intro:
      'Her samler I jeres dialogmøder om sygefraværsopgaven: hver deltager besvarer spørgsmålene, I prioriterer sammen, går i dialog og laver en handleplan. Alt gemmes kun på denne enhed.',
    empty: 'Der er ingen dialogmøder endnu. Opret det første herunder.',
    listLabel: 'Jeres dialogmøder',
    delete: 'Slet',
    deleteLabel: (title: string) => `Slet ${title}`,
    confirmDelete: (title: string) => `Vil du slette »${title}«? Alle svar, stemmer og noter i mødet slettes fra denne enhed.`,
    confirmYes: 'Ja, slet',
    confirmNo: 'Fortryd',
    deleted: (title: string) => `»${title}« er slettet.`,
    progress: 'Nået til',
  },
  create: {
    title: 'Nyt dialogmøde',
    workplace: 'Arbejdsplads eller enhed',
    workplaceHint: 'Fx »Børnehuset Solsikken« eller »Ledergruppen, Center for Ældre«',
    date: 'Dato',
    questionnaire: 'Målgruppe',
    submit: 'Opret dialogmøde',
    errors: {
      title: 'Skriv navnet på arbejdspladsen eller enheden.',
      titleTooLong: (max: number) => `Navnet må højst være ${max} tegn.`,
      date: 'Skriv en gyldig dato.',
      questionnaire: 'Vælg en målgruppe.',
      summary: 'Formularen mangler noget:',
    },
    saveFailed: 'Dialogmødet kunne ikke gemmes. Prøv igen.',
  },
  huset: {
    questionsIn: (questionnaire: string) => `Spørgsmål i ${questionnaire}`,
    star: 'Kan med fordel også drøftes på højere/centrale MED-udvalg',
    questionCount: (n: number) => `${n} spørgsmål`,
  },
  workshop: {
    notFound: 'Dialogmødet findes ikke på denne enhed. Det kan være slettet.',
    questionnaireMissing: 'Spørgeskemaet til dette dialogmøde findes ikke på enheden.',
    facts: 'Om mødet',
    date: 'Dato',
    questionnaire: 'Målgruppe',
    mode: 'Form',
    participants: 'Deltagere',
    noParticipants: 'Ingen deltagere endnu',
    steps: 'Forløbet',
    questions: 'Spørgeskemaet',
    comingSoon: 'Besvarelse, prioritering, dialog og handleplan kommer i de næste versioner af appen.',
  },
  modes: {
    group: 'Møde med facilitator',
    'shared-device': 'Én delt tablet',
    solo: 'Alene – selvevaluering',
  } satisfies Record<Mode, string>,
  roles: {
    leder: 'Leder',
    tr: 'TR',
    amr: 'AMR',
    med: 'MED-medlem',
    andet: 'Andet',
  } satisfies Record<Role, string>,
  steps: {
    setup: 'Opsætning',
    score: 'Trin 1: Besvar spørgeskemaet',
    results: 'Trin 1: Jeres besvarelser',
    prioritise: 'Trin 2: Udvælg emner',
    dialogue: 'Trin 3: Gå i dialog',
    plan: 'Trin 4: Lav en handleplan',
  } satisfies Record<Step, string>,
  formatDate: (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    if (!y || !m || !d) return iso;
    return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('da-DK', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  },
};

export type Strings = typeof da;
