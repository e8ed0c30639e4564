/**
 * Every Danish string of the user interface but the workshop's steps, which
 * are in workshop.da.ts and load with the workshop screens (see index.ts).
 * Content from the booklet lives in /questionnaires.
 */
import type { Mode, Role, Step } from '../domain/workshop';
import { formatsFor, type Locale } from './format';
import type { WorkshopStrings } from './workshop.da';
import { count, plural } from './plural';



const format = formatsFor('da');

/** "leder har svaret" → "Leder har svaret": a sentence may begin with a participant's label. */
export const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const da = {
  /** The catalogue's language: the PDF, file names and Intl follow it. */
  locale: 'da' as Locale,
  /** The header's switch offers the other language, named in that language. */
  language: {
    other: 'en' as Locale,
    switchTo: 'English',
  },
  /** Beside a translated text from the booklet (only ever shown in another language than Danish). */
  content: { original: 'Dansk original' },
  appName: 'Kom i hus',
  appTagline: 'Dialogværktøj om sygefraværsopgaven',
  skipToContent: 'Gå til indhold',
  /** What the booklet's * on a question means (Målgruppe 2), on Huset and in step 1 alike. */
  star: 'Egner sig også til højere eller centrale MED-udvalg',
  nav: { label: 'Hovedmenu', home: 'Forside', huset: 'Huset', about: 'Om værktøjet', data: 'Data og sikkerhed' },
  loading: 'Henter …',
  screenLoadFailed: 'Denne del af appen kunne ikke hentes. Tjek forbindelsen, og genindlæs siden.',
  /** A screen this tab had not opened yet is gone, because another window updated the app (issue #17). */
  screenLoadFailedUpdated: 'Appen er opdateret i et andet vindue, så denne del skal hentes i den nye version. Genindlæs siden – alt er gemt.',
  reloadPage: 'Genindlæs siden',
  /** A screen failed while it was drawn (issue #12): the header and menu still work. */
  screenFailed: 'Noget gik galt, da denne side skulle vises. Alt, hvad I har skrevet, er gemt. Prøv igen, genindlæs siden, eller gå til forsiden.',
  tryAgain: 'Prøv igen',
  slowLoading: 'Det tager usædvanlig lang tid at hente appens data på denne enhed. Jeres data ligger stadig på enheden. Genindlæs siden. Hjælper det ikke, så luk browseren helt (på iPad: stryg appen væk i appoversigten), og åbn appen igen.',
  storageError: 'Appen kunne ikke læse sine data på denne enhed. Prøv at genindlæse siden.',
  pwa: {
    region: 'Beskeder om appen',
    offlineReady: 'Klar til brug uden net. Appen virker nu også, når der ikke er forbindelse.',
    ok: 'OK',
    updateWaiting: 'Ny version klar – opdater, når det passer. Alt, hvad I har skrevet, er gemt.',
    updatedElsewhere: 'Appen er opdateret i et andet vindue. Genindlæs siden nu, så alt virker – alt er gemt.',
    update: 'Opdater nu',
    later: 'Senere',
    unsaved: 'Et felt på skærmen er ikke gemt, fordi det ikke er udfyldt rigtigt. Ret det først, så I ikke mister teksten.',
  },
  data: {
    title: 'Data og sikkerhed',
    intro:
      'Alt, hvad I skriver i Kom i hus, gemmes kun på denne enhed – intet sendes over nettet. Tag en sikkerhedskopi, hvis I vil flytte jeres dialogmøder til en anden enhed eller gemme dem et sikkert sted.',
    status: 'Lagring på denne enhed',
    persistedYes: 'Browseren har lovet at beholde appens data, også hvis enheden mangler plads.',
    persistedNo: 'Browseren har ikke lovet at beholde appens data. Tag sikkerhedskopier jævnligt – især på iPhone og iPad.',
    persistedUnknown: 'Browseren oplyser ikke, om appens data bliver beholdt. Tag sikkerhedskopier jævnligt.',
    usage: (used: string, quota: string) => `Appen bruger ${used} af ${quota}, som browseren stiller til rådighed.`,
    lastBackup: (date: string) => `Seneste sikkerhedskopi: ${date}.`,
    neverBackedUp: 'Der er ikke taget nogen sikkerhedskopi endnu.',
    reminder: 'Der er dialogmøder, som ikke har været med i en sikkerhedskopi i over en uge. Gem en sikkerhedskopi nu.',
    safari:
      'Appen er åbnet i Safari i en browserfane. Safari sletter en hjemmesides data, hvis den ikke har været brugt i 7 dage. Føj Kom i hus til hjemmeskærmen (Del → Føj til hjemmeskærm), og tag sikkerhedskopier.',
    safariMac:
      'Appen er åbnet i Safari i en browserfane. Safari sletter en hjemmesides data, hvis den ikke har været brugt i 7 dage. Føj Kom i hus til Dock (Arkiv → Føj til Dock), og tag sikkerhedskopier.',
    backup: 'Sikkerhedskopi',
    backupAll: 'Gem sikkerhedskopi af alt',
    backupOne: (title: string) => `Gem kopi af ${title}`,
    backupOneShort: 'Gem kopi',
    backupSaved: (name: string) => `Sikkerhedskopien er gemt: ${name}`,
    noWorkshops: 'Der er ingen dialogmøder at tage kopi af.',
    restore: 'Gendan fra en sikkerhedskopi',
    restoreHint: 'Vælg en fil, der er gemt med Kom i hus (.json). Intet ændres, før I har bekræftet.',
    chooseFile: 'Vælg fil',
    reading: 'Læser filen …',
    restoreRefused: 'Filen kan ikke gendannes. Intet er ændret.',
    details: 'Vis detaljer',
    restoreFound: (n: number) => `Filen indeholder ${count(n, 'dialogmøde', 'dialogmøder')}.`,
    conflicts: (n: number, inFile: number) =>
      plural(inFile, { one: 'Det findes allerede på enheden:', other: `${n} af dem findes allerede på enheden:` }),
    conflictChoice: 'Hvad skal der ske med dem, der allerede findes?',
    replace: 'Erstat dem på enheden med dem fra filen',
    keepBoth: 'Behold begge (dem fra filen får »(kopi)« i navnet)',
    /** Added to the title of a workshop kept beside one of the same id (LIMITS.title still holds). */
    copySuffix: ' (kopi)',
    confirmRestore: 'Gendan',
    cancel: 'Annuller',
    restored: (n: number) => `${count(n, 'dialogmøde', 'dialogmøder')} er gendannet.`,
    restoreFailed: 'Gendannelsen mislykkedes, og intet er ændret. Prøv igen.',
    danger: 'Slet data',
    deleteAll: 'Slet alle dialogmøder på denne enhed',
    confirmDeleteAll: 'Alle dialogmøder, svar, stemmer, noter og handleplaner slettes fra denne enhed. Det kan ikke fortrydes. Har I en sikkerhedskopi?',
    confirmDeleteAllYes: 'Ja, slet alt',
    deletedAll: 'Alle dialogmøder er slettet fra enheden.',
    deleteAllFailed: 'Dialogmøderne kunne ikke slettes, og intet er ændret. Prøv igen.',
    /** The middle of a backup's file name: "Kom i hus – sikkerhedskopi – 2026-11-25.json". */
    fileNames: { all: 'sikkerhedskopi', workshop: 'dialogmøde' },
    bytes: (n: number) => {
      const unit = (value: number, name: string) => `${format.number(value, 1)} ${name}`;
      if (n < 1024 * 1024) return `${format.number(Math.max(1, Math.round(n / 1024)))} kB`;
      if (n < 1024 ** 3) return unit(n / 1024 ** 2, 'MB');
      return unit(n / 1024 ** 3, 'GB');
    },
  },
  /** A text field whose stored text was changed in another window while someone typed here (issue #17). */
  field: {
    conflict: 'Teksten i feltet er ændret i et andet vindue, mens der blev skrevet her. Intet er overskrevet. Den anden version er:',
    keepMine: 'Behold teksten her',
    takeTheirs: 'Brug den anden version',
    keepBoth: 'Behold begge',
    cut: (kept: number, cut: number) => `Teksten var for lang. De første ${format.number(kept)} tegn er gemt; de sidste ${format.number(cut)} tegn kom ikke med.`,
  },
  upgradedElsewhere: 'Appen er blevet opdateret i et andet vindue. Genindlæs siden for at fortsætte – alt er gemt.',
  reload: 'Genindlæs',
  notFound: {
    title: 'Siden findes ikke',
    body: 'Der er ingen side på denne adresse.',
    back: 'Gå til forsiden',
  },
  home: {
    myAnswers: (n: number) => `Mine besvarelser på denne telefon (${n})`,
    title: 'Dialogmøder',
    intro:
      'Her samler I jeres dialogmøder om sygefraværsopgaven: hver deltager besvarer spørgsmålene, I prioriterer sammen, går i dialog og laver en handleplan. Alt gemmes kun på denne enhed.',
    about: 'Læs om værktøjet: formål, roller, tidsforbrug og hæftets råd.',
    empty: 'Der er ingen dialogmøder endnu. Opret det første herunder.',
    listLabel: 'Jeres dialogmøder',
    delete: 'Slet',
    deleteLabel: (title: string) => `Slet ${title}`,
    confirmDelete: (title: string) => `Vil I slette »${title}«? Alle svar, stemmer og noter i mødet slettes fra denne enhed.`,
    confirmYes: 'Ja, slet',
    confirmNo: 'Annuller',
    deleted: (title: string) => `»${title}« er slettet.`,
    deleteFailed: 'Dialogmødet kunne ikke slettes. Prøv igen.',
    progress: (step: string) => `Nået til ${step}`,
    nextRound: 'Start næste runde',
    nextRoundLabel: (title: string) => `Start næste runde: ${title}`,
    nextRoundFailed: 'Næste runde kunne ikke oprettes. Prøv igen.',
    round: (n: number) => `Runde ${n}`,
    earlier: (n: number) => `Tidligere runder (${n})`,
    earlierLabel: (n: number, title: string) => `Tidligere runder (${n}): ${title}`,
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
    },
    saveFailed: 'Dialogmødet kunne ikke gemmes. Prøv igen.',
  },
  about: {
    title: 'Om værktøjet',
    intro:
      'Appen bygger på Københavns Kommunes dialogværktøj af samme navn. Afsnittene herunder er hæftets egne ord; de sidste tre forklarer, hvordan appen bruger roller og svarskala, og hvor I kan få hjælp.',
    purpose: 'Formål',
    howToHint: 'Hvert trin i appen har en foldet boks, »Sådan gør I«, med hæftets råd til netop det trin.',
    roles: 'Rollerne',
    rolesIntro: 'Når I opretter et dialogmøde, angiver I hver deltagers rolle:',
    roleText: {
      leder: 'Lederen eller ledelsesgruppen.',
      tr: 'Tillidsrepræsentant: medarbejdernes valgte repræsentant over for ledelsen.',
      amr: 'Arbejdsmiljørepræsentant: medarbejdernes valgte repræsentant i arbejdet med arbejdsmiljøet.',
      med: 'Medlem af et MED-udvalg, hvor ledelse og medarbejdere har medindflydelse og medbestemmelse.',
    } satisfies Record<Exclude<Role, 'andet'>, string>,
    trio: 'Trio',
    trioText: 'Leder, TR og AMR, der arbejder sammen om arbejdsmiljøet og sygefraværet.',
    scale: 'Svarskalaen',
    scaleIntro: 'Hver deltager svarer på hvert spørgsmål med et af hæftets fem svar:',
    help: 'Hjælp og data',
    hotline: (name: string) => `Hæftet henviser til ${name}:`,
    privacy: 'Alt, hvad I skriver i appen, bliver på denne enhed. Læs mere under',
  },
  guidance: {
    howTo: 'Sådan gør I',
    fromBooklet: (step: number) => `hæftets råd til trin ${step}`,
    /** Alone the folded box is not "Sådan gør I": the advice is the booklet's, written to a group. */
    adviceAlone: (step: number) => `Hæftets råd til trin ${step}`,
    source: (title: string) => `Fra hæftet »${title}«, Københavns Kommune.`,
    stepTitle: (step: number, title: string) => `Trin ${step}: ${title}`,
  },
  huset: {
    questionsIn: (questionnaire: string) => `Spørgsmål i ${questionnaire}`,
    drawing: 'Huset med de seks byggesten. Vælg en byggesten for at læse om den og se dens spørgsmål.',
    questionCount: (n: number) => count(n, 'spørgsmål', 'spørgsmål'),
  },
  views: {
    opsaetning: 'Opsætning',
    besvar: 'Trin 1: Besvar',
    resultater: 'Jeres besvarelser',
    /** The results link in solo mode. */
    resultaterAlone: 'Dine svar',
    prioriter: 'Trin 2: Udvælg emner',
    dialog: 'Trin 3: Dialog',
    handleplan: 'Trin 4: Handleplan',
  },
  /** The document title of the list of one's own answers to invitations (#/svar). */
  myAnswersDocumentTitle: 'Mine besvarelser',
  /** The document title of a participant's own-phone screen. */
  answerDocumentTitle: 'Svar på spørgeskemaet',
  /** "Vis på storskærm": the presenter view for a projector, in a window of its own (src/screens/presenter/). */
  presenter: {
    open: 'Vis på storskærm',
    openHint: 'Åbner et vindue til projektoren, der følger med, når I går videre.',
    title: 'Storskærm',
    controls: 'Storskærmen',
    position: (n: number, total: number) => `Skærm ${n} af ${total}`,
    previous: 'Forrige skærm',
    next: 'Næste skærm',
    fullscreen: 'Fuld skærm',
    exitFullscreen: 'Afslut fuld skærm',
    close: 'Luk storskærmen',
    keys: '← og → skifter skærm · Esc lukker',
    ranking: 'Jeres prioritering',
    rankingHidden: 'Stemmerne vises her, når I viser resultatet på Trin 2.',
    /** The word after a big number of votes: "3 stemmer" with the 3 drawn large. */
    votesWord: (n: number) => plural(n, { one: 'stemme', other: 'stemmer' }),
    noVotes: 'Der er ingen stemmer endnu.',
    blockOf: (n: number, total: number) => `Byggesten ${n} af ${total}`,
    left: 'tilbage',
    over: 'over tiden',
    timerRunning: 'Tiden går',
    timerPaused: 'På pause',
    timerNotStarted: 'Ikke startet',
  },
  workshop: {
    stepsNav: 'Trin i dialogmødet',
    saveFailed: 'Det seneste kunne ikke gemmes på enheden. Prøv igen – det, I ser på skærmen, er ikke gemt.',
    storageFull:
      'Enheden har ikke mere plads, så det seneste blev ikke gemt. Frigør plads (fx ved at slette gamle dialogmøder eller filer på enheden), og tryk »Prøv igen«.',
    connectionLost: 'Forbindelsen til appens data blev afbrudt, så det seneste blev ikke gemt. Tryk »Prøv igen«.',
    retry: 'Prøv igen',
    saving: 'Gemmer …',
    allSaved: 'Alt er gemt på enheden',
    notSaved: 'Ikke gemt',
    notFound: 'Dialogmødet findes ikke på denne enhed. Det kan være slettet.',
    questionnaireMissing: 'Spørgeskemaet til dette dialogmøde findes ikke på enheden.',
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
  /** The roles inside a sentence or a participant's label: "Du svarer som leder", "Maria (leder)". */
  /** A participant in the anonymous view ("Skjul navne"): by number, without name or role. */
  participantNumber: (n: number) => `Deltager ${n}`,
  /** A participant's label standing alone, as in a list of names: "leder 2" → "Leder 2". */
  participantAlone: (label: string) => sentence(label),
  rolesInText: {
    leder: 'leder',
    tr: 'TR',
    amr: 'AMR',
    med: 'MED-medlem',
    andet: 'andet',
  } satisfies Record<Role, string>,
  steps: {
    setup: 'Opsætning',
    score: 'Trin 1: Besvar spørgeskemaet',
    results: 'Trin 1: Jeres besvarelser',
    prioritise: 'Trin 2: Udvælg emner',
    dialogue: 'Trin 3: Gå i dialog',
    plan: 'Trin 4: Lav en handleplan',
  } satisfies Record<Step, string>,
  /** "2026-12-01" → "1. december 2026". */
  formatDate: format.date,
  /**
   * Date fields are text fields in the chosen language's own format, whatever
   * the browser's language: "15.01.2027". The stored date stays ISO.
   */
  dateField: {
    hint: 'Skriv datoen som dag.måned.år, fx 15.01.2027.',
    toText: format.dateField,
    parse: format.parseDateField,
  },
  /** Items as Danish joins them: "Anna, Bo og Carl". */
  formatList: format.list,
  formatDateTime: format.dateTime,
};

/** The words every screen may need: loaded at start. */
export type CoreStrings = typeof da;
/** Every word: the core and the workshop's steps (see index.ts, loadWorkshopWords). */
export type Strings = CoreStrings & WorkshopStrings;
