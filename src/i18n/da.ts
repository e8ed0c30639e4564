/** Every Danish string of the user interface. Content from the booklet lives in /questionnaires. */
import type { OwnDeviceProblem } from '../domain/own-device';
import type { Mode, Role, Step } from '../domain/workshop';
import { displayedMean } from '../domain/scoring';
import { formatsFor, type Locale } from './format';
import { count, plural } from './plural';

/** Why an answer code or file was not received (own-devices), in a sentence; `earlier` names who sent the same answers before. */
function ownDeviceProblem(problem: OwnDeviceProblem, earlier: string): string {
  switch (problem) {
    case 'not-answer-file':
      return 'Filen er ikke en svarfil fra Kom i hus.';
    case 'not-answer-code':
      return 'Koden er ikke en svarkode fra Kom i hus.';
    case 'unreadable':
      return 'Svarene kunne ikke læses eller gemmes.';
    case 'damaged':
      return 'Svarene er beskadiget undervejs. Bed deltageren om at vise koden igen eller sende filen igen.';
    case 'truncated':
      return 'Svarene er ufuldstændige – koden eller filen er afkortet. Bed deltageren om at sende dem igen.';
    case 'newer-version':
      return 'Svarene er lavet med en nyere udgave af appen. Genindlæs siden, når du har net, og prøv igen.';
    case 'other-meeting':
      return 'Svarene hører til et andet dialogmøde.';
    case 'wrong-key':
      return 'Svarene er krypteret til en anden enhed og kan kun læses der.';
    case 'other-questionnaire':
      return 'Svarene er til et andet spørgeskema eller en anden udgave af det.';
    case 'already-received':
      return `Disse svar er allerede modtaget (${earlier}) og tælles kun én gang.`;
    case 'full':
      return 'Dialogmødet har ikke plads til flere deltagere.';
  }
}


/** "Gennemsnit 2,1 · laveste 1, højeste 4 · 3 deltagere har svaret", in two parts: the bar shows the mean itself. */
const meanLead = (mean: string) => `Gennemsnit ${mean} · `;
const blockRange = (min: number, max: number, n: number) => `laveste ${min}, højeste ${max} · ${count(n, 'deltager', 'deltagere')} har svaret`;

const format = formatsFor('da');

/** "leder har svaret" → "Leder har svaret": a sentence may begin with a participant's label. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

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
  setup: {
    title: 'Opsætning',
    intro: 'Udfyld det grundlæggende om mødet. Alt gemmes, mens I skriver, og kan ændres senere uden at svar går tabt.',
    introSolo: 'Udfyld det grundlæggende. Alt gemmes, mens du skriver, og kan ændres senere uden at svar går tabt.',
    basics: 'Mødet',
    questionnaireLocked: 'Målgruppen kan ikke skiftes, når nogen har svaret.',
    questionnaireLockedByVotes: 'Målgruppen kan ikke skiftes, når der er stemt på enkelte spørgsmål. Nulstil afstemningen i trin 2 for at skifte.',
    mode: 'Hvordan bruger I værktøjet?',
    modeHints: {
      group: 'En facilitator styrer mødet, fx på en projektor. Deltagernes svar tastes ind én ad gangen eller kommer senere.',
      'shared-device': 'Én tablet går på omgang. Hver deltager svarer for sig, og svarene skjules for den næste.',
      solo: 'Én person besvarer spørgsmålene som egen refleksion og selvevaluering.',
    },
    participants: 'Deltagere',
    participantsHint: 'Navnet er valgfrit – en rolle er nok. Ved alene-tilstand er der præcis én deltager.',
    participantName: (n: number) => `Navn på deltager ${n} (valgfrit)`,
    participantRole: (n: number) => `Rolle for deltager ${n}`,
    answersLater: 'Svarer senere',
    addParticipant: 'Tilføj deltager',
    removeParticipant: (label: string) => `Fjern ${label}`,
    remove: 'Fjern',
    confirmRemove: (label: string) => `${sentence(label)} har allerede svaret. Vil I fjerne deltageren og deltagerens svar?`,
    confirmRemoveYes: 'Ja, fjern',
    confirmRemoveNo: 'Annuller',
    removed: (label: string) => `${sentence(label)} er fjernet.`,
    votes: 'Stemmer pr. deltager i trin 2',
    votesHint: 'Hæftet anbefaler 2 stemmer, som sættes på to forskellige byggesten.',
    votesFloor: (n: number) => `En deltager har allerede afgivet ${count(n, 'stemme', 'stemmer')}, så I kan ikke vælge færre, før I nulstiller afstemningen i trin 2.`,
    timeBudget: 'Tid til hele processen',
    timeTitleSolo: 'Tid',
    timePresets: { 90: '1½ time (lille ledergruppe, Trio eller arbejdsmiljøgruppe)', 150: '2½ time (større ledergruppe eller helt MED-udvalg)' } as Record<number, string>,
    timeCustom: 'Andet antal minutter',
    minutes: 'Minutter',
    start: 'Gå til Trin 1: Besvar spørgeskemaet',
    problemsTitle: 'Før I kan gå videre:',
    problems: {
      none: 'Tilføj mindst én deltager.',
      soloNeedsOne: (count: number) => `Alene-tilstand har præcis én deltager – fjern ${count - 1}.`,
      duplicate: (name: string) => `Navnet »${name}« står flere gange. Giv deltagerne forskellige navne, fx med et efternavn.`,
      minutes: 'Skriv et antal minutter mellem 15 og 600.',
    },
  },
  /** The facilitator's invitation to answer on one's own phone, and the answers received (step 1, group meeting). */
  ownDevices: {
    title: 'Svar på egen telefon',
    intro: 'Deltagerne kan svare på deres egen telefon – som forberedelse eller her på mødet. Svarene krypteres, så kun denne enhed kan læse dem, og intet sendes over nettet: de afleverer med en QR-kode eller en fil.',
    invite: 'Inviter deltagere til at svare på egen telefon',
    qrLabel: (meeting: string) => `QR-kode til spørgeskemaet for ${meeting}`,
    link: 'Link til spørgeskemaet',
    copy: 'Kopiér link',
    copied: 'Linket er kopieret.',
    mail: 'Send som mail',
    print: 'Udskriv invitation',
    privacy: 'Linket indeholder ingen svar. Alle med linket kan svare, men kun denne enhed kan læse svarene.',
    mailSubject: (meeting: string) => `Spørgeskema til ${meeting}`,
    mailBody: (meeting: string, date: string, link: string, booklet: string) =>
      `Hej\n\nInden mødet ${meeting} den ${date} vil jeg bede dig svare på spørgeskemaet fra "${booklet}". Åbn linket på din telefon:\n\n${link}\n\nDine svar bliver på din telefon, indtil du afleverer dem. Tryk til sidst på "Aflever dine svar" og send filen til mig, eller vis mig koden på mødet.\n`,
    sheetTitle: (meeting: string) => `Svar på spørgeskemaet til ${meeting}`,
    sheetStep1: 'Scan QR-koden med kameraet på din telefon.',
    sheetStep2: 'Besvar spørgsmålene – dine svar gemmes på din telefon.',
    sheetStep3: 'Tryk på "Aflever dine svar", og vis koden til mødelederen eller send filen.',
    sheetDeadline: (date: string) => `Svar senest ${date}.`,
    receiveTitle: 'Modtag svar',
    receivedCount: (n: number) => (n === 0 ? 'Ingen svar modtaget endnu.' : `${count(n, 'svar', 'svar')} modtaget fra egne telefoner.`),
    files: 'Indlæs svarfiler (du kan vælge flere på én gang)',
    receivedFrom: (file: string, label: string) => `${file}: svarene fra ${label} er modtaget.`,
    refused: (file: string, problem: OwnDeviceProblem, earlier: string) => `${file}: ${ownDeviceProblem(problem, earlier)} Intet er ændret.`,
  },
  /** A participant answering on their own phone (src/own-devices/participant/): "du". */
  answer: {
    documentTitle: 'Svar på spørgeskemaet',
    title: (meeting: string) => `Svar på spørgeskemaet til ${meeting}`,
    intro: 'Du svarer for dig selv, én byggesten ad gangen. Hvert svar gemmes på denne telefon, så du kan holde pause og fortsætte senere – også uden net.',
    privacy:
      'Dine svar bliver på denne telefon, indtil du afleverer dem. Når du afleverer, bliver de krypteret, så kun mødelederens enhed kan læse dem – ikke de andre deltagere og ingen server.',
    name: 'Dit navn (kan udelades)',
    nameHint: 'Skriv et navn eller en rolle, hvis mødelederen skal kunne se, hvem svarene er fra. Ellers vises du som "Deltager".',
    role: 'Din rolle (kan udelades)',
    noRole: 'Ingen rolle angivet',
    start: 'Begynd at svare',
    reviewTitle: 'Klar til at aflevere?',
    handInHint: 'Når du afleverer, kan du ikke længere ændre dine svar.',
    change: 'Ret mine svar',
    handIn: 'Aflever dine svar',
    handInFailed: 'Svarene kunne ikke gøres klar til aflevering. Prøv igen.',
    readyTitle: 'Dine svar er klar til mødelederen',
    readyBody: 'Vis koden til mødelederen, som scanner den – eller gem svarene som en fil og send den til mødelederen.',
    showCode: 'Vis min kode',
    hideCode: 'Skjul min kode',
    codeLabel: 'QR-kode med dine krypterede svar',
    codeHides: 'Koden skjuler sig selv igen efter et minut.',
    saveFile: 'Gem som fil',
    shareFailed: 'Filen kunne ikke deles, så den er hentet i stedet.',
    fileName: 'Kom i hus – mine svar',
    fileTitle: (meeting: string) => `Mine svar til ${meeting}`,
    deleteTitle: 'Slet mine svar fra telefonen',
    deleteBody: 'Gør det, når mødelederen har fået dine svar. Det kan ikke fortrydes.',
    delete: 'Slet mine svar',
    deleteConfirm: 'Ja, slet mine svar',
    badLinkTitle: 'Linket kan ikke bruges',
    badLink: 'Linket til spørgeskemaet er ufuldstændigt eller beskadiget. Bed mødelederen om linket igen, eller scan QR-koden.',
    newerLink: 'Linket er lavet med en nyere udgave af appen. Genindlæs siden, når du har net, og prøv igen.',
    questionnaireMissing: 'Denne udgave af spørgeskemaet findes ikke i appen på din telefon. Genindlæs siden, når du har net, og prøv igen.',
  },
  score: {
    intro: 'Hver deltager svarer for sig selv på, hvor langt I er med hver del af sygefraværsopgaven. Hvert svar gemmes med det samme.',
    soloIntro: 'Besvar spørgsmålene som din egen refleksion og selvevaluering. Hvert svar gemmes med det samme.',
    noParticipantsYet: 'Der er ingen deltagere endnu. Tilføj dem under Opsætning – eller inviter dem til at svare på deres egen telefon.',
    noParticipants: 'Der er ingen deltagere endnu. Tilføj dem under Opsætning.',
    toSetup: 'Gå til Opsætning',
    answeringAs: (label: string) => `Du svarer som ${label}`,
    progress: (done: number, total: number) => `${done} af ${total} besvaret`,
    blocksNav: 'Byggesten i spørgeskemaet',
    blockProgress: (done: number, total: number) => `${done}/${total}`,
    previousBlock: 'Forrige byggesten',
    nextBlock: 'Næste byggesten',
    done: 'Færdig',
    doneMissing: (n: number) =>
      `${plural(n, { one: 'Ét spørgsmål er', other: `${n} spørgsmål er` })} ikke besvaret endnu. Du kan godt afslutte og vende tilbage.`,
    handover: {
      title: (label: string) => `Giv tabletten videre til ${label}`,
      body: 'Svarene fra den forrige deltager er skjult. Tryk på knappen, når du har tabletten.',
      /** The very first hand-over: nobody has answered yet, so there is nothing to hide. */
      firstBody: 'Tryk på knappen, når du har tabletten.',
      start: (label: string) => `Jeg er ${label} – start`,
      resume: (label: string) => `Jeg er ${label} – fortsæt`,
      other: 'Er det en anden deltagers tur?',
      choose: (label: string) => `Giv tabletten til ${label}`,
      allDone: 'Alle deltagere har svaret',
      allDoneBody: 'Nu kan I se jeres besvarelser sammen.',
      /** A participant who has pressed "Færdig" takes the tablet back to change their own answers. */
      editOwn: 'Har du svaret færdig og vil rette dine svar?',
      editFor: (label: string) => `Ret svarene for ${label}`,
      edit: (label: string) => `Jeg er ${label} – ret mine svar`,
    },
    picker: {
      title: 'Deltagernes svar',
      hint: 'Indtast hver deltagers svar, fx fra papir, eller markér at deltageren svarer senere.',
      enter: (label: string) => `Indtast svar for ${label}`,
      continueFor: (label: string) => `Fortsæt med ${label}`,
    },
    status: {
      done: 'Færdig',
      notStarted: 'Ikke begyndt',
      partly: (done: number, total: number) => `${done} af ${total}`,
      later: 'Svarer senere',
    },
    toResults: 'Se jeres besvarelser',
    missingWarning: (names: readonly string[]) => `Ikke alle har svaret færdig: ${format.list(names)}. Resultaterne viser kun de svar, der er givet.`,
    toResultsAnyway: 'Se besvarelserne alligevel',
    cancel: 'Annuller',
  },
  results: {
    title: 'Jeres besvarelser',
    soloTitle: 'Din selvevaluering',
    soloIntro: (lowest: string, highest: string, skip: string) =>
      `Sådan har du vurderet sygefraværsarbejdet. Tallene er gennemsnit af dine svar på skalaen 1 (${lowest}) til 5 (${highest}); »${skip}« tæller ikke med. Brug resultatet til egen refleksion – og gerne som afsæt for en snak med din leder, TR eller AMR.`,
    intro: (lowest: string, highest: string, skip: string) =>
      `Sådan har I vurderet jeres sygefraværsarbejde. Tallene er gennemsnit på skalaen 1 (${lowest}) til 5 (${highest}); »${skip}« tæller ikke med.`,
    anonymous: 'Skjul navne (anonym visning til fælles skærm)',
    participation: (done: number, total: number) => `${done} af ${count(total, 'deltager', 'deltagere')} har svaret færdig.`,
    missing: (names: readonly string[]) => `Mangler: ${format.list(names)}.`,
    missingCount: (n: number) => plural(n, { one: 'Én deltager mangler.', other: `${n} deltagere mangler.` }),
    noAnswers: 'Der er ingen svar endnu. Når deltagerne har svaret, vises resultaterne her.',
    toScore: 'Gå til Trin 1: Besvar spørgeskemaet',
    gateTitle: 'Svarene er skjult, mens I svarer',
    gate: 'Resultaterne er skjult, indtil I vælger at se dem sammen, så ingen ser de andres svar undervejs.',
    gateOpen: 'Vis resultaterne nu',
    highlights: 'Gode steder at starte dialogen',
    lowest: 'Lavest scorede byggesten',
    lowestWhy: 'Her oplever I selv, at I løfter opgaven mindst – et oplagt sted at sætte ind.',
    lowestSolo: 'Dine lavest scorede byggesten',
    lowestWhySolo: 'Her oplever du selv, at opgaven løftes mindst – et oplagt sted at sætte ind.',
    disagree: 'Hvor I er mest uenige',
    disagreeWhy: 'Svarene ligger to eller flere point fra hinanden på skalaen. Forskellige oplevelser af det samme er ofte den bedste indgang til dialogen.',
    noDisagreement: 'Ingen spørgsmål har svar, der ligger to eller flere point fra hinanden.',
    blocks: 'Byggestenene',
    blockLine: (mean: string, min: number, max: number, n: number) => `${meanLead(mean)}${blockRange(min, max, n)}`,
    /** The start of blockLine, read out only where the bar already shows the mean. */
    blockMean: (mean: string) => meanLead(mean),
    /** The rest of blockLine, shown under the bar that shows the mean. */
    blockRange: (min: number, max: number, n: number) => blockRange(min, max, n),
    /** Alone: the range of the person's own answers in the block, no count of people. */
    blockRangeSolo: (min: number, max: number) => `dit laveste svar ${min}, dit højeste ${max}`,
    blockLineSolo: (mean: string, min: number, max: number) => `${meanLead(mean)}dit laveste svar ${min}, dit højeste ${max}`,
    blockEmpty: 'Ingen svar',
    mean: (mean: string) => `Gennemsnit ${mean}`,
    questions: 'Spørgsmålene',
    questionLine: (mean: string, spread: number, answered: number, skipped: number) =>
      `Gennemsnit ${mean} · spredning ${count(spread, 'point', 'point')} · ${count(answered, 'svar', 'svar')}${skipped ? ` · ${skipped} ved ikke` : ''}`,
    questionEmpty: (skipped: number) => (skipped ? `Ingen svar på skalaen · ${skipped} ved ikke` : 'Ingen svar'),
    segment: (value: string, n: number) => `${value}: ${n}`,
    /** Alone: the one answer to a question, no distribution and no spread. */
    answerSolo: (answer: string) => `Dit svar: ${answer}`,
    answerValue: (value: number, label: string) => `${value} – ${label}`,
    noAnswerSolo: 'Ikke besvaret',
    skipShort: 'Ved ikke',
    stripHint: 'Hvert felt viser svaret og antallet: »2: 3« betyder, at 3 har svaret 2.',
    distribution: 'Fordeling af svar',
    disagreeBadge: 'Uenighed',
    spreadSteps: (spread: number) => `${count(spread, 'point', 'point')} fra hinanden`,
    /** As displayedMean rounds it, the one rounding the ranking uses too. */
    formatMean: (mean: number) => format.decimal(displayedMean(mean), 1),
  },
  prioritise: {
    intro: 'Hver deltager sætter sine krydser ved det, I bør tale om først. Det, der får flest krydser, tager I fat på i dialogen.',
    soloIntro: 'Når du er alene, er der ingen afstemning: du vælger selv, hvad du vil arbejde videre med i dialogen.',
    soloChooseTitle: 'Vælg 1–3 byggesten, du vil arbejde med',
    soloChooseHint: 'Dine lavest scorede byggesten står øverst. Dem, du vælger, tager du i dialogen i den rækkefølge, de står her.',
    soloScore: (mean: string) => `Dit gennemsnit i trin 1: ${mean}`,
    soloNoScore: 'Ikke besvaret i trin 1',
    soloNoneChosen: 'Vælg mindst én byggesten at arbejde med i dialogen.',
    soloChosen: (n: number) => `Du har valgt ${count(n, 'byggesten', 'byggesten')}. Du kan vælge op til 3.`,
    soloFull: (n: number) => `Du har valgt ${count(n, 'byggesten', 'byggesten')}, og det er det højeste. Fjern en, hvis du vil vælge en anden.`,
    options: 'Sådan stemmer I',
    target: 'Stem på',
    targets: { blocks: 'De seks byggesten', questions: 'Enkelte spørgsmål' },
    allowRepeat: 'Man må sætte flere krydser ved det samme',
    method: 'Hvordan tælles stemmerne?',
    methods: {
      ballots: 'Hver deltager stemmer på denne enhed',
      tally: 'Vi tæller krydser på tavlen og taster tallene ind',
    },
    optionsLocked: 'Afstemningen er i gang. Nulstil den for at ændre, hvordan I stemmer.',
    reset: 'Nulstil afstemningen',
    confirmReset: 'Alle stemmer slettes, og de byggesten, I har valgt til dialogen, er ikke længere valgt. Jeres noter fra dialogen og handleplanen bliver. Vil I starte forfra?',
    confirmResetYes: 'Ja, nulstil',
    votesLeft: (used: number, total: number) => `${used} af ${count(total, 'stemme', 'stemmer')} brugt`,
    removeVote: (label: string) => `Fjern en stemme fra ${label}`,
    addVote: (label: string) => `Giv ${label} en stemme mere`,
    votesOn: (n: number) => count(n, 'stemme', 'stemmer'),
    tooMany: (max: number) =>
      plural(max, {
        one: 'Du har brugt din stemme. Fjern den for at flytte den.',
        other: `Du har brugt alle ${max} stemmer. Fjern en stemme for at flytte den.`,
      }),
    ballotFor: (label: string) => `Stemmer fra ${label}`,
    ballotDone: 'Færdig med at stemme',
    stopEarly: (left: number) => `Du har ${count(left, 'stemme', 'stemmer')} tilbage. Vil du stoppe alligevel?`,
    stopEarlyYes: 'Ja, jeg er færdig',
    stopEarlyNo: 'Annuller',
    progress: (voted: number, total: number) => `${voted} af ${total} har stemt`,
    noParticipants: 'Der er ingen deltagere endnu, så ingen kan stemme. Tilføj dem under Opsætning.',
    voters: 'Deltagernes stemmer',
    voterStatus: { done: 'Har stemt', missing: 'Mangler' },
    enterBallot: (label: string) => `Afgiv stemmer for ${label}`,
    handoverTitle: (label: string) => `Giv tabletten videre til ${label}`,
    handoverBody: 'Stemmerne er hemmelige, indtil resultatet vises for alle.',
    handoverStart: (label: string) => `Jeg er ${label} – stem`,
    allVoted: 'Alle har stemt',
    notAllVoted: (names: readonly string[]) => `Mangler at stemme: ${format.list(names)}.`,
    reveal: 'Vis resultatet',
    start: 'Start afstemningen',
    endEarly: 'Afslut afstemningen uden de manglende stemmer',
    tallyTitle: 'Krydser fra tavlen',
    tallyCount: (label: string) => `Antal krydser ved ${label}`,
    tallyTotal: (total: number, expected: number, people: number, votes: number) =>
      `I alt ${count(total, 'kryds', 'krydser')}. Forventet ${expected} (${count(people, 'deltager', 'deltagere')} × ${count(votes, 'stemme', 'stemmer')}).`,
    tallyInvalid: 'Skriv et helt tal (0 eller derover).',
    tallyMismatch: 'Tallene passer ikke med antal deltagere × stemmer. Tjek tavlen – I kan godt gå videre alligevel.',
    result: 'Resultatet',
    resultHint:
      'Elementer med lige mange stemmer deler plads. Inden for en delt plads står den byggesten eller det spørgsmål, I scorede lavest i trin 1, først – et forslag, I kan ændre.',
    rank: (rank: number, tied: boolean) => (tied ? `Delt ${rank}. plads` : `${rank}. plads`),
    moveUp: (label: string) => `Flyt ${label} op`,
    moveDown: (label: string) => `Flyt ${label} ned`,
    choose: (label: string) => `Tag ${label} med i dialogen`,
    chooseShort: 'Med i dialogen',
    chooseBlockOf: (block: string) => `Drøft under ${block}`,
    scoreShort: (mean: string) => `Trin 1: ${mean}`,
    suggestTitle: 'Forslag til dialogen',
    suggestFit: (blocks: number, time: string) => `Med ${time} til mødet er der tid til ${count(blocks, 'byggesten', 'byggesten')} i dialogen.`,
    suggestPicked: (names: readonly string[]) => `Flest stemmer: ${format.list(names)}.`,
    suggestTied: (names: readonly string[]) => `${format.list(names)} står lige – vælg selv.`,
    suggestUse: 'Tag forslaget med i dialogen',
    chosenCount: (n: number) => `${count(n, 'byggesten', 'byggesten')} valgt til dialogen`,
    noneChosen: 'Vælg mindst én byggesten at tage med i dialogen.',
    toDialogue: 'Videre til Trin 3: Gå i dialog',
    toPrioritise: 'Videre til Trin 2: Udvælg emner',
  },
  dialogue: {
    intro: 'Tag én byggesten ad gangen: se, hvordan I scorede, brug spørgsmålene, skriv noter, og send konkrete forslag videre til handleplanen.',
    introSolo: 'Tag én byggesten ad gangen: se, hvordan du scorede, brug spørgsmålene, skriv noter, og send konkrete forslag videre til din handleplan.',
    noneChosen: 'I har ikke valgt nogen byggesten til dialogen endnu.',
    noneChosenSolo: 'Du har ikke valgt nogen byggesten endnu.',
    toPrioritise: 'Gå til Trin 2: Udvælg emner',
    blocksNav: 'Byggesten i dialogen',
    huset: 'Byggestenen i Huset',
    scores: 'Sådan scorede I',
    scoresSolo: 'Sådan scorede du',
    prompts: 'Spørgsmål til den fælles dialog',
    promptsSolo: 'Spørgsmål til din refleksion',
    proposals: 'Forslag',
    proposalsHint: 'Skriv konkrete forslag. Markér dem, der skal med på handleplanen i trin 4.',
    newProposal: 'Nyt forslag',
    addProposal: 'Tilføj forslag',
    proposalsFull: (max: number) => `Der kan højst være ${max} forslag til en byggesten. Slet et forslag for at skrive et nyt.`,
    proposalText: (n: number) => `Forslag ${n}`,
    toPlan: 'Til handleplan',
    removeProposal: (n: number) => `Fjern forslag ${n}`,
    emptyProposal: 'Skriv forslaget først.',
    inspiration: 'Inspiration',
    inspirationHint: 'Tilbud, kurser og erfaringer, der kan hjælpe jer videre med denne byggesten.',
    inspirationHintSolo: 'Tilbud, kurser og erfaringer, der kan hjælpe dig videre med denne byggesten.',
    source: (title: string) => `Kilde: ${title}`,
    kinds: { offer: 'Tilbud', course: 'Kursus', initiative: 'Inspirationskatalog', 'example-2011': 'Eksempel (2011)' } as Record<string, string>,
    timer: 'Tid til denne byggesten',
    timerStart: 'Start',
    timerPause: 'Pause',
    timerResume: 'Fortsæt',
    timerExtend: '+5 minutter',
    timerReset: 'Nulstil',
    timeLeft: (time: string) => `${time} tilbage`,
    timeUp: 'Tiden er gået for denne byggesten.',
    overtime: (time: string) => `${time} over tiden`,
    budget: (perBlock: number, total: number) => `${perBlock} min. pr. byggesten – ud af ${total} min. i alt til mødet`,
    /** Under the heading of step 3: the meeting's time left (timebox.ts meetingRemainingMs says what it counts). */
    meetingLeft: (left: string, total: string) => `Mødet: ${left} tilbage af ${total}`,
    meetingOver: (over: string, total: string) => `Mødet: ${over} over tiden – planlagt ${total}`,
    meetingHint: 'Tiden til dialogen og handleplanen. Den går, mens en byggestens tid kører.',
    /** Minutes in words: "58 min.", "1 t. 12 min.", "1½ time", "2 timer". */
    duration: (minutes: number) => {
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      if (hours === 0) return `${minutes} min.`;
      if (rest === 0) return count(hours, 'time', 'timer');
      if (rest === 30) return `${hours}½ time`;
      return `${hours} t. ${rest} min.`;
    },
    /** After opening another block: the one the group left was paused (a polite status line). */
    paused: (left: readonly string[], open: string, resume: boolean) =>
      `Tiden for ${format.list(left)} er sat på pause. ${resume ? 'Fortsæt' : 'Start'} tiden for ${open}, når I er klar.`,
    previous: 'Forrige byggesten',
    next: 'Næste byggesten',
    toPlanStep: 'Videre til Trin 4: Lav en handleplan',
  },
  plan: {
    intro: 'Saml jeres forslag i handleplanen: hvad I vil gøre, hvem der gør det, og hvornår. Skriv også det, der skal drøftes videre – måske i et andet forum.',
    introSolo: 'Saml dine forslag i din handleplan: hvad du vil gøre, hvem der gør det, og hvornår. Skriv også det, der skal drøftes videre – måske i et andet forum.',
    chosenBlocks: 'De byggesten, I har valgt',
    chosenBlocksSolo: 'De byggesten, du har valgt',
    otherBlocks: (n: number) => `Øvrige byggesten (${n})`,
    itemsCount: (n: number) => count(n, 'punkt', 'punkter'),
    full: (max: number) => `Handleplanen har nu ${max} punkter, som er det højeste antal. Slet et punkt for at tilføje et nyt.`,
    noItems: 'Ingen punkter endnu.',
    addItem: 'Tilføj punkt',
    item: (n: number) => `Punkt ${n}`,
    kind: 'Type',
    kinds: { action: 'Konkret handling', discussion: 'Behov for drøftelse eller afklaring' },
    forum: 'Hvor drøftes det? (fx LokalMED)',
    whenText: 'Hvornår? (fx »inden sommerferien«)',
    whenDate: 'Dato (valgfri)',
    dateTooLate: 'Datoen ligger for langt ude i fremtiden til en kalender. Vælg en dato senest 30. december 9999.',
    moveUp: (n: number) => `Flyt punkt ${n} op`,
    moveDown: (n: number) => `Flyt punkt ${n} ned`,
    remove: (n: number) => `Slet punkt ${n}`,
    removeShort: 'Slet',
    removed: 'Punktet er slettet.',
    undo: 'Fortryd',
    inspiration: 'Inspiration til denne byggesten',
    useShort: 'Brug som udkast',
    prefilled: (n: number) => `${count(n, 'forslag', 'forslag')} fra dialogen er sat ind i handleplanen.`,
    whole: 'Hele planen',
    effect: 'Den effekt, vi håber på',
    evidence: 'Sådan kan vi se, at det virker',
    effectSolo: 'Den effekt, jeg håber på',
    evidenceSolo: 'Sådan kan jeg se, at det virker',
    followUpDate: 'Dato for opfølgning',
    export: 'Tag handleplanen med',
    exportHint: 'PDF-filen og kalenderfilen gemmes på denne enhed. Intet sendes over nettet.',
    includeNotes: 'Medtag noter fra dialogen (trin 3)',
    downloadPdf: 'Hent handleplan som PDF',
    downloadIcs: 'Hent datoer til kalenderen (.ics)',
    noDates: 'Der er ingen datoer at lægge i kalenderen endnu.',
    printView: 'Vis udskriftsvenlig handleplan',
    making: 'Laver PDF …',
    pdfDone: (name: string) => `PDF'en er hentet: ${name}`,
    pdfFailed: 'PDF\'en kunne ikke laves. Prøv igen.',
    replacedChars: (chars: readonly string[]) => `Disse tegn kan ikke vises i PDF'en og er erstattet med ?: ${format.list(chars)}`,
    icsDone: (name: string) => `Kalenderfilen er hentet: ${name}`,
    anonymous: (n: number) => `${count(n, 'deltager', 'deltagere')} (anonymt)`,
    print: 'Udskriv',
    back: 'Tilbage til handleplanen',
  },
  ics: {
    followUpSummary: (workplace: string) => `Opfølgning på handleplanen – ${workplace}`,
    itemSummary: (what: string) => `Handleplan: ${what}`,
    who: 'Hvem',
    block: 'Byggesten',
    discussion: (forum: string) => (forum ? `Til drøftelse i ${forum}` : 'Til drøftelse'),
    description: 'Fra handleplanen lavet med Kom i hus.',
  },
  print: {
    title: 'Handleplan',
    titleSolo: 'Min handleplan',
    date: 'Dato',
    questionnaire: 'Målgruppe',
    participants: 'Deltagere',
    participantsSolo: 'Udfyldt af',
    scores: 'Jeres besvarelser (Trin 1)',
    scoresSolo: 'Dine svar (Trin 1)',
    scoresHint: (lowest: string, highest: string) => `Gennemsnit på skalaen 1 (${lowest}) til 5 (${highest}).`,
    noScore: 'Ingen svar',
    priorities: 'Jeres prioriteringer (Trin 2)',
    chosenSolo: 'Dine valg (Trin 2)',
    votes: (n: number) => count(n, 'stemme', 'stemmer'),
    notes: 'Noter fra dialogen (Trin 3)',
    proposals: 'Forslag',
    plan: (title: string) => `${title} (Trin 4)`,
    noItems: 'Der er endnu ingen handlinger i handleplanen.',
    discussion: (forum: string) => (forum ? `Til drøftelse – ${forum}` : 'Til drøftelse'),
    noFollowUp: 'Ingen dato endnu',
    empty: '–',
  },
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

export type Strings = typeof da;
