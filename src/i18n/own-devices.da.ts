/**
 * The words of answering on one's own phone (src/own-devices/): the
 * participant's screens ("du") and the facilitator's invitation and receiving.
 * A part of the catalogue of its own, so it travels with those lazily loaded
 * screens instead of the start-up bundle (own-devices/words.ts loads it).
 */
import type { OwnDeviceProblem } from '../domain/own-device';
import { count } from './plural';
import { LIMITS } from '../domain/workshop';

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

export const ownDeviceWordsDa = {
  /** "Mine besvarelser": every invitation answered on this phone. */
  myAnswers: {
    title: 'Mine besvarelser',
    intro: 'Dine svar på spørgeskemaer, du er blevet inviteret til. De ligger kun på denne telefon.',
    empty: 'Der er ingen besvarelser på denne telefon.',
    handedIn: 'Afleveret',
    answered: (done: number) => `I gang: ${done} besvaret`,
  },
  /** A participant answering on their own phone (src/own-devices/participant/): "du". */
  answer: {
    title: (meeting: string) => `Svar på spørgeskemaet til ${meeting}`,
    deadline: (date: string) => `Svar senest ${date}.`,
    intro: 'Du svarer for dig selv, én byggesten ad gangen. Hvert svar gemmes på denne telefon, så du kan holde pause og fortsætte senere – også uden net.',
    privacy:
      'Dine svar bliver på denne telefon, indtil du afleverer dem. Når du afleverer, bliver de krypteret, så kun mødelederens enhed kan læse dem – ikke de andre deltagere og ingen server.',
    privacyHandedIn:
      'Koden og filen er krypteret, så kun mødelederens enhed kan læse dine svar – ikke de andre deltagere og ingen server. Dit navn står kun i dem, hvis du har skrevet det.',
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
    deleteBodyUnfinished: 'Du har ikke afleveret dem endnu. Det kan ikke fortrydes.',
    yourAnswers: 'Se dine svar',
    badLinkTitle: 'Linket kan ikke bruges',
    badLink: 'Linket til spørgeskemaet er ufuldstændigt eller beskadiget. Bed mødelederen om linket igen, eller scan QR-koden.',
    newerLink: 'Linket er lavet med en nyere udgave af appen. Genindlæs siden, når du har net, og prøv igen.',
    questionnaireMissing: 'Denne udgave af spørgeskemaet findes ikke i appen på din telefon. Genindlæs siden, når du har net, og prøv igen.',
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
    mailBody: (meeting: string, date: string, link: string, booklet: string, deadline: string | null) =>
      `Hej\n\nInden mødet ${meeting} den ${date} vil jeg bede dig svare på spørgeskemaet fra "${booklet}"${deadline ? ` senest ${deadline}` : ''}. Åbn linket på din telefon:\n\n${link}\n\nDine svar bliver på din telefon, indtil du afleverer dem. Tryk til sidst på "Aflever dine svar" og send filen til mig, eller vis mig koden på mødet.\n`,
    sheetTitle: (meeting: string) => `Svar på spørgeskemaet til ${meeting}`,
    sheetStep1: 'Scan QR-koden med kameraet på din telefon.',
    sheetStep2: 'Besvar spørgsmålene – dine svar gemmes på din telefon.',
    sheetStep3: 'Tryk på "Aflever dine svar", og vis koden til mødelederen eller send filen.',
    sheetDeadline: (date: string) => `Svar senest ${date}.`,
    sheetBeforeMeeting: (date: string) => `Svar inden mødet den ${date}.`,
    deadline: 'Svar senest (kan udelades)',
    deadlineHint: 'Står på invitationen og i linket. Tomt: inden mødet.',
    scan: 'Scan svar med kameraet',
    stopScanning: 'Stop kameraet',
    cameraLabel: 'Kameraets billede',
    cameraStarting: 'Kameraet starter …',
    scanning: 'Hold deltagerens kode foran kameraet. Svarene tages imod, så snart koden er læst.',
    cameraDenied: 'Appen må ikke bruge kameraet. Giv lov i browserens indstillinger, eller indlæs svarene som filer.',
    noCamera: 'Der er intet kamera, appen kan bruge. Indlæs svarene som filer i stedet.',
    scanned: 'Kamera',
    receiveTitle: 'Modtag svar',
    expected: 'Antal inviterede (kan udelades)',
    expectedHint: 'Skriv, hvor mange I har inviteret, så kan I se, hvor mange der mangler at aflevere.',
    expectedInvalid: `Skriv et helt tal fra 1 til ${LIMITS.participants}, eller lad feltet stå tomt.`,
    receivedCount: (n: number, expected: number | undefined) =>
      expected === undefined
        ? n === 0
          ? 'Ingen svar modtaget endnu.'
          : `${count(n, 'svar', 'svar')} modtaget fra egne telefoner.`
        : n >= expected
          ? `Alle ${expected} har afleveret${n > expected ? ` – og ${n - expected} mere` : ''}.`
          : `${n} af ${expected} har afleveret.`,
    files: 'Indlæs svarfiler (du kan vælge flere på én gang)',
    receivedFrom: (file: string, label: string) => `${file}: svarene fra ${label} er modtaget.`,
    refused: (file: string, problem: OwnDeviceProblem, earlier: string) => `${file}: ${ownDeviceProblem(problem, earlier)} Intet er ændret.`,
  },
};

export type OwnDeviceWords = typeof ownDeviceWordsDa;
