/**
 * Every English string of the user interface: the same keys and signatures
 * as da.ts. Content from the booklet (questions, scale, Huset, prompts, plan
 * template, hotline) lives in /questionnaires/en, an unofficial translation.
 *
 * The rules, as for the Danish: the app speaks to the group as "you", and
 * to the one person holding the device (hand-over, answering, ballot, solo)
 * as "you" too. UK spelling. Plurals go through plural.en.ts. Quotation
 * marks are “…” and the apostrophe is ’, as in the English content files.
 * Roles are lower-case inside sentences and labels ("Maria (leader)");
 * the role list shows the Danish short forms too: "Union rep (TR)".
 */
import type { Strings } from './da';
import type { OwnDeviceProblem } from '../domain/own-device';
import { displayedMean } from '../domain/scoring';
import { formatsFor } from './format';
import { count, ordinal, plural } from './plural.en';

/** Why an answer code or file was not received (own-devices), in a sentence; `earlier` names who sent the same answers before. */
function ownDeviceProblem(problem: OwnDeviceProblem, earlier: string): string {
  switch (problem) {
    case 'not-answer-file':
      return 'The file is not an answer file from Kom i hus.';
    case 'not-answer-code':
      return 'The code is not an answer code from Kom i hus.';
    case 'unreadable':
      return 'The answers could not be read or saved.';
    case 'damaged':
      return 'The answers were damaged on the way. Ask the participant to show the code or send the file again.';
    case 'truncated':
      return 'The answers are incomplete – the code or file has been cut short. Ask the participant to send them again.';
    case 'newer-version':
      return 'The answers were made with a newer version of the app. Reload the page when you are online and try again.';
    case 'other-meeting':
      return 'The answers belong to another dialogue meeting.';
    case 'wrong-key':
      return 'The answers are encrypted for another device and can only be read there.';
    case 'other-questionnaire':
      return 'The answers are for another questionnaire or another version of it.';
    case 'already-received':
      return `These answers have already been received (${earlier}) and count only once.`;
    case 'full':
      return 'The dialogue meeting has no room for more participants.';
  }
}


/** "Average 2.1 · lowest 1, highest 4 · 3 participants have answered", in two parts: the bar shows the mean itself. */
const meanLead = (mean: string) => `Average ${mean} · `;
const blockRange = (min: number, max: number, n: number) => `lowest ${min}, highest ${max} · ${count(n, 'participant has', 'participants have')} answered`;

const format = formatsFor('en');

/** "leader has answered" → "Leader has answered": a sentence may begin with a participant's label. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const en: Strings = {
  locale: 'en',
  language: {
    other: 'da',
    switchTo: 'Dansk',
  },
  content: { original: 'Danish original' },
  appName: 'Kom i hus',
  appTagline: 'A dialogue tool for the sickness-absence task',
  skipToContent: 'Skip to content',
  star: 'Also suits higher-level or central MED committees',
  nav: { label: 'Main menu', home: 'Home', huset: 'The House', about: 'About the tool', data: 'Data and security' },
  loading: 'Loading …',
  screenLoadFailed: 'This part of the app could not be loaded. Check the connection and reload the page.',
  /** A screen this tab had not opened yet is gone, because another window updated the app (issue #17). */
  screenLoadFailedUpdated: 'The app has been updated in another window, so this part must be loaded in the new version. Reload the page – everything is saved.',
  reloadPage: 'Reload the page',
  screenFailed: 'Something went wrong while this page was being shown. Everything you have written is saved. Try again, reload the page, or go to the home page.',
  tryAgain: 'Try again',
  storageError: 'The app could not read its data on this device. Try reloading the page.',
  pwa: {
    region: 'Messages about the app',
    offlineReady: 'Ready to use offline. The app now works even when there is no connection.',
    ok: 'OK',
    updateWaiting: 'A new version is ready – update when it suits you. Everything you have written is saved.',
    updatedElsewhere: 'The app has been updated in another window. Reload the page now so that everything works – all your work is saved.',
    update: 'Update now',
    later: 'Later',
    unsaved: 'A field on the screen is not saved because it is not filled in correctly. Correct it first so that you don’t lose the text.',
  },
  data: {
    title: 'Data and security',
    intro:
      'Everything you write in Kom i hus is stored only on this device – nothing is sent over the internet. Make a backup if you want to move your meetings to another device or keep them somewhere safe.',
    status: 'Storage on this device',
    persistedYes: 'The browser has promised to keep the app’s data, even if the device runs short of space.',
    persistedNo: 'The browser has not promised to keep the app’s data. Make backups regularly – especially on iPhone and iPad.',
    persistedUnknown: 'The browser does not say whether the app’s data will be kept. Make backups regularly.',
    usage: (used: string, quota: string) => `The app is using ${used} of the ${quota} the browser makes available.`,
    lastBackup: (date: string) => `Latest backup: ${date}.`,
    neverBackedUp: 'No backup has been made yet.',
    reminder: 'Some meetings have not been in a backup for over a week. Save a backup now.',
    safari:
      'The app is open in a Safari browser tab. Safari deletes a website’s data if it has not been used for 7 days. Add Kom i hus to the Home Screen (Share → Add to Home Screen), and make backups.',
    backup: 'Backup',
    backupAll: 'Save a backup of everything',
    backupOne: (title: string) => `Save a copy of ${title}`,
    backupOneShort: 'Save a copy',
    backupSaved: (name: string) => `The backup has been saved: ${name}`,
    noWorkshops: 'There are no meetings to back up.',
    restore: 'Restore from a backup',
    restoreHint: 'Choose a file saved with Kom i hus (.json). Nothing changes until you have confirmed.',
    chooseFile: 'Choose file',
    reading: 'Reading the file …',
    restoreRefused: 'The file cannot be restored. Nothing has been changed.',
    details: 'Show details',
    restoreFound: (n: number) => `The file contains ${count(n, 'meeting', 'meetings')}.`,
    conflicts: (n: number, inFile: number) =>
      plural(inFile, {
        one: 'It is already on this device:',
        other: `${n} of them ${plural(n, { one: 'is', other: 'are' })} already on this device:`,
      }),
    conflictChoice: 'What should happen to the ones that are already here?',
    replace: 'Replace the ones on the device with the ones from the file',
    keepBoth: 'Keep both (the ones from the file get “(copy)” in their name)',
    copySuffix: ' (copy)',
    confirmRestore: 'Restore',
    cancel: 'Cancel',
    restored: (n: number) => `${count(n, 'meeting has', 'meetings have')} been restored.`,
    restoreFailed: 'The restore failed, and nothing has been changed. Try again.',
    danger: 'Delete data',
    deleteAll: 'Delete all meetings on this device',
    confirmDeleteAll:
      'All meetings, answers, votes, notes and action plans will be deleted from this device. This cannot be undone. Do you have a backup?',
    confirmDeleteAllYes: 'Yes, delete everything',
    deletedAll: 'All meetings have been deleted from the device.',
    deleteAllFailed: 'The meetings could not be deleted, and nothing has been changed. Try again.',
    /** The middle of a backup's file name: "Kom i hus – backup – 2026-11-25.json". */
    fileNames: { all: 'backup', workshop: 'meeting' },
    bytes: (n: number) => {
      const unit = (value: number, name: string) => `${format.number(value, 1)} ${name}`;
      if (n < 1024 * 1024) return `${format.number(Math.max(1, Math.round(n / 1024)))} kB`;
      if (n < 1024 ** 3) return unit(n / 1024 ** 2, 'MB');
      return unit(n / 1024 ** 3, 'GB');
    },
  },
  field: {
    conflict:
      'The text in this field was changed in another window while someone was typing here. Nothing has been overwritten. The other version is:',
    keepMine: 'Keep the text here',
    takeTheirs: 'Use the other version',
    keepBoth: 'Keep both',
    cut: (kept: number, cut: number) =>
      `The text was too long. The first ${count(kept, 'character', 'characters')} have been saved; the last ${count(cut, 'character was', 'characters were')} left out.`,
  },
  upgradedElsewhere: 'The app has been updated in another window. Reload the page to continue – everything is saved.',
  reload: 'Reload',
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address.',
    back: 'Go to the home page',
  },
  home: {
    title: 'Dialogue meetings',
    intro:
      'This is where you keep your dialogue meetings about the sickness-absence task: each participant answers the questions, then together you prioritise, talk it through and make an action plan. Everything is stored only on this device.',
    about: 'Read about the tool: purpose, roles, time needed and the booklet’s advice.',
    empty: 'There are no meetings yet. Create the first one below.',
    listLabel: 'Your meetings',
    delete: 'Delete',
    deleteLabel: (title: string) => `Delete ${title}`,
    confirmDelete: (title: string) => `Do you want to delete “${title}”? All answers, votes and notes in the meeting will be deleted from this device.`,
    confirmYes: 'Yes, delete',
    confirmNo: 'Cancel',
    deleted: (title: string) => `“${title}” has been deleted.`,
    deleteFailed: 'The meeting could not be deleted. Try again.',
    progress: (step: string) => `Now at ${step}`,
  },
  create: {
    title: 'New meeting',
    workplace: 'Workplace or unit',
    workplaceHint: 'E.g. “Solsikken Kindergarten” or “Leadership group, Centre for Elderly Care”',
    date: 'Date',
    questionnaire: 'Target group',
    submit: 'Create meeting',
    errors: {
      title: 'Enter the name of the workplace or unit.',
      titleTooLong: (max: number) => `The name can be at most ${count(max, 'character', 'characters')} long.`,
      date: 'Enter a valid date.',
      questionnaire: 'Select a target group.',
    },
    saveFailed: 'The meeting could not be saved. Try again.',
  },
  about: {
    title: 'About the tool',
    intro:
      'The app is based on the City of Copenhagen’s dialogue tool of the same name. The sections below are the booklet’s own words, in an unofficial English translation; the last three explain how the app uses roles and the answer scale, and where you can get help.',
    purpose: 'Purpose',
    howToHint: 'Each step in the app has a box you can open, “How to do it”, with the booklet’s advice for that step.',
    roles: 'The roles',
    rolesIntro: 'When you create a meeting, you give each participant’s role:',
    roleText: {
      leder: 'The leader or the leadership group.',
      tr: 'Union representative: the employees’ elected representative in dealings with management.',
      amr: 'Safety representative (working environment representative): the employees’ elected representative in the work on the working environment.',
      med: 'A member of a MED committee, where management and employees have joint influence and co-determination.',
    },
    trio: 'Trio',
    trioText: 'A leader, a union rep (TR) and a safety rep (AMR) who work together on the working environment and sickness absence.',
    scale: 'The answer scale',
    scaleIntro: 'Each participant answers every question with one of the booklet’s five answers:',
    help: 'Help and data',
    hotline: (name: string) => `The booklet refers you to ${name}:`,
    privacy: 'Everything you write in the app stays on this device. Read more under',
  },
  guidance: {
    howTo: 'How to do it',
    fromBooklet: (step: number) => `the booklet’s advice for step ${step}`,
    adviceAlone: (step: number) => `The booklet’s advice for step ${step}`,
    source: (title: string) => `From the booklet “${title}”, City of Copenhagen.`,
    stepTitle: (step: number, title: string) => `Step ${step}: ${title}`,
  },
  huset: {
    questionsIn: (questionnaire: string) => `Questions in ${questionnaire}`,
    drawing: 'The House with its six building blocks. Choose a building block to read about it and see its questions.',
    questionCount: (n: number) => count(n, 'question', 'questions'),
  },
  views: {
    opsaetning: 'Set-up',
    besvar: 'Step 1: Answer',
    resultater: 'Your answers',
    resultaterAlone: 'Your answers',
    prioriter: 'Step 2: Choose topics',
    dialog: 'Step 3: Dialogue',
    handleplan: 'Step 4: Action plan',
  },
  setup: {
    title: 'Set-up',
    intro: 'Fill in the basics about the meeting. Everything is saved as you type and can be changed later without losing any answers.',
    introSolo: 'Fill in the basics. Everything is saved as you type and can be changed later without losing any answers.',
    basics: 'The meeting',
    questionnaireLocked: 'The target group cannot be changed once someone has answered.',
    questionnaireLockedByVotes: 'The target group cannot be changed once votes have been cast on single questions. Reset the vote in step 2 to change it.',
    mode: 'How will you use the tool?',
    modeHints: {
      group: 'A facilitator runs the meeting, e.g. on a projector. The participants’ answers are entered one at a time or come in later.',
      'shared-device': 'One tablet is passed round. Each participant answers on their own, and the answers are hidden from the next person.',
      solo: 'One person answers the questions as a personal reflection and self-evaluation.',
    },
    participants: 'Participants',
    participantsHint: 'The name is optional – a role is enough. In solo mode there is exactly one participant.',
    participantName: (n: number) => `Name of participant ${n} (optional)`,
    participantRole: (n: number) => `Role of participant ${n}`,
    answersLater: 'Will answer later',
    addParticipant: 'Add participant',
    removeParticipant: (label: string) => `Remove ${label}`,
    remove: 'Remove',
    confirmRemove: (label: string) => `${sentence(label)} has already answered. Do you want to remove the participant and their answers?`,
    confirmRemoveYes: 'Yes, remove',
    confirmRemoveNo: 'Cancel',
    removed: (label: string) => `${sentence(label)} has been removed.`,
    votes: 'Votes per participant in step 2',
    votesHint: 'The booklet recommends 2 votes, placed on two different building blocks.',
    votesFloor: (n: number) =>
      `A participant has already cast ${count(n, 'vote', 'votes')}, so you cannot choose fewer until you reset the vote in step 2.`,
    timeBudget: 'Time for the whole process',
    timeTitleSolo: 'Time',
    timePresets: {
      90: '1½ hours (small leadership group, Trio or working environment group)',
      150: '2½ hours (large leadership group or full MED committee)',
    } as Record<number, string>,
    timeCustom: 'Another number of minutes',
    minutes: 'Minutes',
    start: 'Go to Step 1: Answer the questionnaire',
    problemsTitle: 'Before you can go on:',
    problems: {
      none: 'Add at least one participant.',
      soloNeedsOne: (participants: number) =>
        `Solo mode has exactly one participant – remove ${count(participants - 1, 'participant', 'participants')}.`,
      duplicate: (name: string) => `The name “${name}” appears more than once. Give the participants different names, e.g. with a surname.`,
      minutes: 'Enter a number of minutes between 15 and 600.',
    },
  },
  /** The facilitator's invitation to answer on one's own phone, and the answers received (step 1, group meeting). */
  ownDevices: {
    title: 'Answering on your own phone',
    intro: 'Participants can answer on their own phones – to prepare, or here in the meeting. The answers are encrypted so that only this device can read them, and nothing is sent over the network: they hand in with a QR code or a file.',
    invite: 'Invite participants to answer on their own phones',
    qrLabel: (meeting: string) => `QR code for the questionnaire of ${meeting}`,
    link: 'Link to the questionnaire',
    copy: 'Copy link',
    copied: 'The link has been copied.',
    mail: 'Send by email',
    print: 'Print invitation',
    privacy: 'The link holds no answers. Anyone with the link can answer, but only this device can read the answers.',
    mailSubject: (meeting: string) => `Questionnaire for ${meeting}`,
    mailBody: (meeting: string, date: string, link: string, booklet: string) =>
      `Hello\n\nBefore the meeting ${meeting} on ${date}, please answer the questionnaire from "${booklet}". Open the link on your phone:\n\n${link}\n\nYour answers stay on your phone until you hand them in. At the end, tap "Hand in your answers" and send me the file, or show me the code at the meeting.\n`,
    sheetTitle: (meeting: string) => `Answer the questionnaire for ${meeting}`,
    sheetStep1: 'Scan the QR code with your phone’s camera.',
    sheetStep2: 'Answer the questions – your answers are saved on your phone.',
    sheetStep3: 'Tap "Hand in your answers", and show the code to the facilitator or send the file.',
    sheetDeadline: (date: string) => `Please answer by ${date}.`,
    receiveTitle: 'Receive answers',
    receivedCount: (n: number) => (n === 0 ? 'No answers received yet.' : `${count(n, 'answer set', 'answer sets')} received from own phones.`),
    files: 'Load answer files (you can choose several at once)',
    receivedFrom: (file: string, label: string) => `${file}: the answers from ${label} have been received.`,
    refused: (file: string, problem: OwnDeviceProblem, earlier: string) => `${file}: ${ownDeviceProblem(problem, earlier)} Nothing has changed.`,
  },
  /** A participant answering on their own phone (src/own-devices/participant/). */
  answer: {
    documentTitle: 'Answer the questionnaire',
    title: (meeting: string) => `Answer the questionnaire for ${meeting}`,
    intro: 'You answer for yourself, one building block at a time. Each answer is saved on this phone, so you can pause and continue later – offline too.',
    privacy:
      'Your answers stay on this phone until you hand them in. When you do, they are encrypted so that only the facilitator’s device can read them – not the other participants and no server.',
    name: 'Your name (optional)',
    nameHint: 'Give a name or a role if the facilitator should see whose answers these are. Otherwise you are shown as "Participant".',
    role: 'Your role (optional)',
    noRole: 'No role given',
    start: 'Start answering',
    reviewTitle: 'Ready to hand in?',
    handInHint: 'Once you hand in, you can no longer change your answers.',
    change: 'Change my answers',
    handIn: 'Hand in your answers',
    handInFailed: 'Your answers could not be made ready to hand in. Please try again.',
    readyTitle: 'Your answers are ready for the facilitator',
    readyBody: 'Show the code to the facilitator, who scans it – or save your answers as a file and send it to the facilitator.',
    showCode: 'Show my code',
    hideCode: 'Hide my code',
    codeLabel: 'QR code with your encrypted answers',
    codeHides: 'The code hides itself again after a minute.',
    saveFile: 'Save as file',
    shareFailed: 'The file could not be shared, so it was downloaded instead.',
    fileName: 'Kom i hus – my answers',
    fileTitle: (meeting: string) => `My answers for ${meeting}`,
    deleteTitle: 'Delete my answers from this phone',
    deleteBody: 'Do this once the facilitator has your answers. It cannot be undone.',
    delete: 'Delete my answers',
    deleteConfirm: 'Yes, delete my answers',
    badLinkTitle: 'This link cannot be used',
    badLink: 'The link to the questionnaire is incomplete or damaged. Ask the facilitator for the link again, or scan the QR code.',
    newerLink: 'The link was made with a newer version of the app. Reload the page when you are online and try again.',
    questionnaireMissing: 'This version of the questionnaire is not in the app on your phone. Reload the page when you are online and try again.',
  },
  score: {
    intro: 'Each participant answers on their own: how far have you come with each part of the sickness-absence task? Each answer is saved straight away.',
    soloIntro: 'Answer the questions as your own reflection and self-evaluation. Each answer is saved straight away.',
    noParticipantsYet: 'There are no participants yet. Add them under Set-up – or invite them to answer on their own phones.',
    noParticipants: 'There are no participants yet. Add them under Set-up.',
    toSetup: 'Go to Set-up',
    answeringAs: (label: string) => `You are answering as ${label}`,
    progress: (done: number, total: number) => `${done} of ${total} answered`,
    blocksNav: 'Building blocks in the questionnaire',
    blockProgress: (done: number, total: number) => `${done}/${total}`,
    previousBlock: 'Previous building block',
    nextBlock: 'Next building block',
    done: 'Done',
    doneMissing: (n: number) =>
      `${plural(n, { one: 'One question has', other: `${n} questions have` })} not been answered yet. You can finish now and come back later.`,
    handover: {
      title: (label: string) => `Pass the tablet to ${label}`,
      body: 'The previous participant’s answers are hidden. Tap the button when you have the tablet.',
      firstBody: 'Tap the button when you have the tablet.',
      start: (label: string) => `I am ${label} – start`,
      resume: (label: string) => `I am ${label} – continue`,
      other: 'Is it another participant’s turn?',
      choose: (label: string) => `Give the tablet to ${label}`,
      allDone: 'All participants have answered',
      allDoneBody: 'Now you can look at your answers together.',
      editOwn: 'Have you finished and want to change your answers?',
      editFor: (label: string) => `Change the answers of ${label}`,
      edit: (label: string) => `I am ${label} – change my answers`,
    },
    picker: {
      title: 'The participants’ answers',
      hint: 'Enter each participant’s answers, e.g. from paper, or mark that the participant will answer later.',
      enter: (label: string) => `Enter answers for ${label}`,
      continueFor: (label: string) => `Continue with ${label}`,
    },
    status: {
      done: 'Done',
      notStarted: 'Not started',
      partly: (done: number, total: number) => `${done} of ${total}`,
      later: 'Will answer later',
    },
    toResults: 'See your answers',
    missingWarning: (names: readonly string[]) =>
      `Not everyone has finished answering: ${format.list(names)}. The results show only the answers that have been given.`,
    toResultsAnyway: 'See the answers anyway',
    cancel: 'Cancel',
  },
  results: {
    title: 'Your answers',
    soloTitle: 'Your self-evaluation',
    soloIntro: (lowest: string, highest: string, skip: string) =>
      `This is how you have rated the sickness-absence work. The figures are averages of your answers on the scale from 1 (${lowest}) to 5 (${highest}); “${skip}” does not count. Use the result for your own reflection – and perhaps as a starting point for a talk with your leader, union rep or safety rep.`,
    intro: (lowest: string, highest: string, skip: string) =>
      `This is how you have rated your sickness-absence work. The figures are averages on the scale from 1 (${lowest}) to 5 (${highest}); “${skip}” does not count.`,
    anonymous: 'Hide names (anonymous view for a shared screen)',
    participation: (done: number, total: number) =>
      `${done} of ${count(total, 'participant', 'participants')} ${plural(done, { one: 'has', other: 'have' })} finished answering.`,
    missing: (names: readonly string[]) => `Missing: ${format.list(names)}.`,
    missingCount: (n: number) => plural(n, { one: 'One participant is missing.', other: `${n} participants are missing.` }),
    noAnswers: 'There are no answers yet. When the participants have answered, the results will appear here.',
    toScore: 'Go to Step 1: Answer the questionnaire',
    gateTitle: 'The answers are hidden while you answer',
    gate: 'The results are hidden until you choose to see them together, so that no one sees the others’ answers along the way.',
    gateOpen: 'Show the results now',
    highlights: 'Good places to start the dialogue',
    lowest: 'Lowest-scoring building blocks',
    lowestWhy: 'This is where you yourselves feel you handle the task least well – an obvious place to start.',
    lowestSolo: 'Your lowest-scoring building blocks',
    lowestWhySolo: 'This is where you yourself feel the task is handled least well – an obvious place to start.',
    disagree: 'Where you disagree most',
    disagreeWhy:
      'The answers are two or more points apart on the scale. Different experiences of the same thing are often the best way into the dialogue.',
    noDisagreement: 'No question has answers that are two or more points apart.',
    blocks: 'The building blocks',
    blockLine: (mean: string, min: number, max: number, n: number) => `${meanLead(mean)}${blockRange(min, max, n)}`,
    blockMean: (mean: string) => meanLead(mean),
    blockRange: (min: number, max: number, n: number) => blockRange(min, max, n),
    blockRangeSolo: (min: number, max: number) => `your lowest answer ${min}, your highest ${max}`,
    blockLineSolo: (mean: string, min: number, max: number) => `${meanLead(mean)}your lowest answer ${min}, your highest ${max}`,
    blockEmpty: 'No answers',
    mean: (mean: string) => `Average ${mean}`,
    questions: 'The questions',
    questionLine: (mean: string, spread: number, answered: number, skipped: number) =>
      `Average ${mean} · spread ${count(spread, 'point', 'points')} · ${count(answered, 'answer', 'answers')}${skipped ? ` · ${skipped} don’t know` : ''}`,
    questionEmpty: (skipped: number) => (skipped ? `No answers on the scale · ${skipped} don’t know` : 'No answers'),
    segment: (value: string, n: number) => `${value}: ${n}`,
    answerSolo: (answer: string) => `Your answer: ${answer}`,
    answerValue: (value: number, label: string) => `${value} – ${label}`,
    noAnswerSolo: 'Not answered',
    skipShort: 'Don’t know',
    stripHint: 'Each part shows the answer and how many gave it: “2: 3” means 3 answered 2.',
    distribution: 'Distribution of answers',
    disagreeBadge: 'Disagreement',
    spreadSteps: (spread: number) => `${count(spread, 'point', 'points')} apart`,
    /** As displayedMean rounds it, the one rounding the ranking uses too. */
    formatMean: (mean: number) => format.decimal(displayedMean(mean), 1),
  },
  prioritise: {
    intro: 'Each participant puts their crosses by what you should talk about first. What gets the most crosses is where you start the dialogue.',
    soloIntro: 'On your own there is no vote: you choose for yourself what to keep working on in the dialogue.',
    soloChooseTitle: 'Choose 1–3 building blocks to work on',
    soloChooseHint: 'Your lowest-scoring building blocks are at the top. You take the ones you choose into the dialogue in the order they stand here.',
    soloScore: (mean: string) => `Your average in step 1: ${mean}`,
    soloNoScore: 'Not answered in step 1',
    soloNoneChosen: 'Choose at least one building block to work on in the dialogue.',
    soloChosen: (n: number) => `You have chosen ${count(n, 'building block', 'building blocks')}. You can choose up to 3.`,
    soloFull: (n: number) => `You have chosen ${count(n, 'building block', 'building blocks')}, which is the most. Remove one if you want to choose another.`,
    options: 'How you vote',
    target: 'Vote on',
    targets: { blocks: 'The six building blocks', questions: 'Single questions' },
    allowRepeat: 'More than one cross may go on the same thing',
    method: 'How are the votes counted?',
    methods: {
      ballots: 'Each participant votes on this device',
      tally: 'We count the crosses on the board and type in the numbers',
    },
    optionsLocked: 'The vote has started. Reset it to change how you vote.',
    reset: 'Reset the vote',
    confirmReset: 'All votes will be deleted, and the building blocks you chose for the dialogue will no longer be chosen. Your notes from the dialogue and the action plan are kept. Do you want to start again?',
    confirmResetYes: 'Yes, reset',
    votesLeft: (used: number, total: number) => `${used} of ${count(total, 'vote', 'votes')} used`,
    removeVote: (label: string) => `Remove a vote from ${label}`,
    addVote: (label: string) => `Give ${label} one more vote`,
    votesOn: (n: number) => count(n, 'vote', 'votes'),
    tooMany: (max: number) =>
      plural(max, {
        one: 'You have used your vote. Remove it to move it.',
        other: `You have used all ${max} votes. Remove a vote to move it.`,
      }),
    ballotFor: (label: string) => `Votes from ${label}`,
    ballotDone: 'Finished voting',
    stopEarly: (left: number) => `You have ${count(left, 'vote', 'votes')} left. Do you want to stop anyway?`,
    stopEarlyYes: 'Yes, I’m done',
    stopEarlyNo: 'Cancel',
    progress: (voted: number, total: number) => `${voted} of ${total} have voted`,
    noParticipants: 'There are no participants yet, so nobody can vote. Add them under Set-up.',
    voters: 'The participants’ votes',
    voterStatus: { done: 'Has voted', missing: 'Missing' },
    enterBallot: (label: string) => `Cast votes for ${label}`,
    handoverTitle: (label: string) => `Pass the tablet to ${label}`,
    handoverBody: 'The votes are secret until the result is shown to everyone.',
    handoverStart: (label: string) => `I am ${label} – vote`,
    allVoted: 'Everyone has voted',
    notAllVoted: (names: readonly string[]) => `Yet to vote: ${format.list(names)}.`,
    reveal: 'Show the result',
    start: 'Start the vote',
    endEarly: 'End the vote without the missing votes',
    tallyTitle: 'Crosses from the board',
    tallyCount: (label: string) => `Number of crosses by ${label}`,
    tallyTotal: (total: number, expected: number, people: number, votes: number) =>
      `${count(total, 'cross', 'crosses')} in total. Expected ${expected} (${count(people, 'participant', 'participants')} × ${count(votes, 'vote', 'votes')}).`,
    tallyInvalid: 'Enter a whole number (0 or more).',
    tallyMismatch: 'The numbers don’t match the number of participants × votes. Check the board – you can still go on.',
    result: 'The result',
    resultHint:
      'Elements with the same number of votes share a place. Within a shared place, the building block or question you scored lowest in step 1 comes first – a suggestion you can change.',
    rank: (rank: number, tied: boolean) => (tied ? `Joint ${ordinal(rank)} place` : `${ordinal(rank)} place`),
    moveUp: (label: string) => `Move ${label} up`,
    moveDown: (label: string) => `Move ${label} down`,
    choose: (label: string) => `Take ${label} into the dialogue`,
    chooseShort: 'In the dialogue',
    chooseBlockOf: (block: string) => `Discuss under ${block}`,
    scoreShort: (mean: string) => `Step 1: ${mean}`,
    suggestTitle: 'Suggestion for the dialogue',
    suggestFit: (blocks: number, time: string) => `With ${time} for the meeting there is time for ${count(blocks, 'building block', 'building blocks')} in the dialogue.`,
    suggestPicked: (names: readonly string[]) => `Most votes: ${format.list(names)}.`,
    suggestTied: (names: readonly string[]) => `${format.list(names)} are tied – choose yourselves.`,
    suggestUse: 'Take the suggestion into the dialogue',
    chosenCount: (n: number) => `${count(n, 'building block', 'building blocks')} chosen for the dialogue`,
    noneChosen: 'Choose at least one building block to take into the dialogue.',
    toDialogue: 'On to Step 3: Start the dialogue',
    toPrioritise: 'On to Step 2: Choose topics',
  },
  dialogue: {
    intro: 'Take one building block at a time: see how you scored, use the questions, write notes and send concrete proposals on to the action plan.',
    introSolo: 'Take one building block at a time: see how you scored, use the questions, write notes and send concrete proposals on to your action plan.',
    noneChosen: 'You have not chosen any building blocks for the dialogue yet.',
    noneChosenSolo: 'You have not chosen any building blocks yet.',
    toPrioritise: 'Go to Step 2: Choose topics',
    blocksNav: 'Building blocks in the dialogue',
    huset: 'The building block in the House',
    scores: 'How you scored',
    scoresSolo: 'How you scored',
    prompts: 'Questions for the shared dialogue',
    promptsSolo: 'Questions for your reflection',
    proposals: 'Proposals',
    proposalsHint: 'Write concrete proposals. Mark the ones that should go into the action plan in step 4.',
    newProposal: 'New proposal',
    addProposal: 'Add proposal',
    proposalsFull: (max: number) => `A building block can have at most ${max} proposals. Delete a proposal to write a new one.`,
    proposalText: (n: number) => `Proposal ${n}`,
    toPlan: 'For the action plan',
    removeProposal: (n: number) => `Remove proposal ${n}`,
    emptyProposal: 'Write the proposal first.',
    inspiration: 'Inspiration',
    inspirationHint: 'Offers, courses and experience that can help you move on with this building block.',
    inspirationHintSolo: 'Offers, courses and experience that can help you move on with this building block.',
    source: (title: string) => `Source: ${title}`,
    kinds: { offer: 'Offer', course: 'Course', initiative: 'Inspiration catalogue', 'example-2011': 'Example (2011)' } as Record<string, string>,
    timer: 'Time for this building block',
    timerStart: 'Start',
    timerPause: 'Pause',
    timerResume: 'Resume',
    timerExtend: '+5 minutes',
    timerReset: 'Reset',
    timeLeft: (time: string) => `${time} left`,
    timeUp: 'Time is up for this building block.',
    overtime: (time: string) => `${time} over time`,
    budget: (perBlock: number, total: number) => `${perBlock} min per building block – out of ${total} min for the whole meeting`,
    /** Under the heading of step 3: the meeting's time left (timebox.ts meetingRemainingMs says what it counts). */
    meetingLeft: (left: string, total: string) => `Meeting: ${left} left of ${total}`,
    meetingOver: (over: string, total: string) => `Meeting: ${over} over time – planned ${total}`,
    meetingHint: 'The time for the dialogue and the action plan. It runs while a building block’s time runs.',
    /** Minutes in words: "58 min", "1 h 12 min", "1½ hours", "2 hours". */
    duration: (minutes: number) => {
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      if (hours === 0) return `${minutes} min`;
      if (rest === 0) return count(hours, 'hour', 'hours');
      if (rest === 30) return `${hours}½ hours`;
      return `${hours} h ${rest} min`;
    },
    /** After opening another block: the one the group left was paused (a polite status line). */
    paused: (left: readonly string[], open: string, resume: boolean) =>
      `The time for ${format.list(left)} is paused. ${resume ? 'Resume' : 'Start'} the time for ${open} when you are ready.`,
    previous: 'Previous building block',
    next: 'Next building block',
    toPlanStep: 'On to Step 4: Make an action plan',
  },
  plan: {
    intro:
      'Gather your proposals in the action plan: what you will do, who will do it and when. Also write down what needs further discussion – perhaps in another forum.',
    introSolo:
      'Gather your proposals in your action plan: what you will do, who will do it and when. Also write down what needs further discussion – perhaps in another forum.',
    chosenBlocks: 'The building blocks you have chosen',
    chosenBlocksSolo: 'The building blocks you have chosen',
    otherBlocks: (n: number) => `Other building blocks (${n})`,
    itemsCount: (n: number) => count(n, 'item', 'items'),
    full: (max: number) => `The action plan now has ${max} items, which is the most it can have. Delete an item to add a new one.`,
    noItems: 'No items yet.',
    addItem: 'Add item',
    item: (n: number) => `Item ${n}`,
    kind: 'Type',
    kinds: { action: 'Concrete action', discussion: 'Need for discussion or clarification' },
    forum: 'Where will it be discussed? (e.g. LokalMED)',
    whenText: 'When? (e.g. “before the summer holidays”)',
    whenDate: 'Date (optional)',
    dateTooLate: 'The date is too far in the future for a calendar. Choose a date no later than 30 December 9999.',
    moveUp: (n: number) => `Move item ${n} up`,
    moveDown: (n: number) => `Move item ${n} down`,
    remove: (n: number) => `Delete item ${n}`,
    removeShort: 'Delete',
    removed: 'The item has been deleted.',
    undo: 'Undo',
    inspiration: 'Inspiration for this building block',
    useShort: 'Use as a draft',
    prefilled: (n: number) =>
      `${count(n, 'proposal', 'proposals')} from the dialogue ${plural(n, { one: 'has', other: 'have' })} been added to the action plan.`,
    whole: 'The whole plan',
    effect: 'The effect we hope for',
    evidence: 'How we can see that it works',
    effectSolo: 'The effect I hope for',
    evidenceSolo: 'How I can see that it works',
    followUpDate: 'Date for follow-up',
    export: 'Take the action plan with you',
    exportHint: 'The PDF file and the calendar file are saved on this device. Nothing is sent over the internet.',
    includeNotes: 'Include notes from the dialogue (step 3)',
    downloadPdf: 'Download the action plan as a PDF',
    downloadIcs: 'Download dates for the calendar (.ics)',
    noDates: 'There are no dates to put in the calendar yet.',
    printView: 'Show a printable action plan',
    making: 'Making the PDF …',
    pdfDone: (name: string) => `The PDF has been downloaded: ${name}`,
    pdfFailed: 'The PDF could not be made. Try again.',
    replacedChars: (chars: readonly string[]) => `These characters cannot be shown in the PDF and have been replaced with ?: ${format.list(chars)}`,
    icsDone: (name: string) => `The calendar file has been downloaded: ${name}`,
    anonymous: (n: number) => `${count(n, 'participant', 'participants')} (anonymous)`,
    print: 'Print',
    back: 'Back to the action plan',
  },
  ics: {
    followUpSummary: (workplace: string) => `Follow-up on the action plan – ${workplace}`,
    itemSummary: (what: string) => `Action plan: ${what}`,
    who: 'Who',
    block: 'Building block',
    discussion: (forum: string) => (forum ? `For discussion in ${forum}` : 'For discussion'),
    description: 'From the action plan made with Kom i hus.',
  },
  print: {
    title: 'Action plan',
    titleSolo: 'My action plan',
    date: 'Date',
    questionnaire: 'Target group',
    participants: 'Participants',
    participantsSolo: 'Filled in by',
    scores: 'Your answers (Step 1)',
    scoresSolo: 'Your answers (Step 1)',
    scoresHint: (lowest: string, highest: string) => `Averages on the scale from 1 (${lowest}) to 5 (${highest}).`,
    noScore: 'No answers',
    priorities: 'Your priorities (Step 2)',
    chosenSolo: 'Your choices (Step 2)',
    votes: (n: number) => count(n, 'vote', 'votes'),
    notes: 'Notes from the dialogue (Step 3)',
    proposals: 'Proposals',
    plan: (title: string) => `${title} (Step 4)`,
    noItems: 'There are no actions in the action plan yet.',
    discussion: (forum: string) => (forum ? `For discussion – ${forum}` : 'For discussion'),
    noFollowUp: 'No date yet',
    empty: '–',
  },
  presenter: {
    open: 'Show on projector',
    openHint: 'Opens a window for the projector that follows along as you move on.',
    title: 'Projector',
    controls: 'The projector view',
    position: (n: number, total: number) => `Screen ${n} of ${total}`,
    previous: 'Previous screen',
    next: 'Next screen',
    fullscreen: 'Full screen',
    exitFullscreen: 'Exit full screen',
    close: 'Close the projector view',
    keys: '← and → change screen · Esc closes',
    ranking: 'Your priorities',
    rankingHidden: 'The votes are shown here when you show the result in step 2.',
    /** The word after a big number of votes: "3 stemmer" with the 3 drawn large. */
    votesWord: (n: number) => plural(n, { one: 'vote', other: 'votes' }),
    noVotes: 'There are no votes yet.',
    blockOf: (n: number, total: number) => `Building block ${n} of ${total}`,
    left: 'left',
    over: 'over time',
    timerRunning: 'Time is running',
    timerPaused: 'Paused',
    timerNotStarted: 'Not started',
  },
  workshop: {
    stepsNav: 'Steps in the meeting',
    saveFailed: 'The latest change could not be saved on the device. Try again – what you see on the screen is not saved.',
    storageFull:
      'The device has no more space, so the latest change was not saved. Free up space (e.g. by deleting old meetings or files on the device), and tap “Try again”.',
    connectionLost: 'The connection to the app’s data was lost, so the latest change was not saved. Tap “Try again”.',
    retry: 'Try again',
    saving: 'Saving …',
    allSaved: 'Everything is saved on the device',
    notSaved: 'Not saved',
    notFound: 'The meeting is not on this device. It may have been deleted.',
    questionnaireMissing: 'The questionnaire for this meeting is not on this device.',
  },
  modes: {
    group: 'Meeting with a facilitator',
    'shared-device': 'One shared tablet',
    solo: 'Solo – self-evaluation',
  },
  /** The role list in the set-up and on "About the tool": the Danish short forms stay, as the booklet's readers know them. */
  roles: {
    leder: 'Leader',
    tr: 'Union rep (TR)',
    amr: 'Safety rep (AMR)',
    med: 'MED member',
    andet: 'Other',
  },
  participantNumber: (n: number) => `Participant ${n}`,
  /** A participant's label standing alone, as in a list of names: "leader 2" → "Leader 2". */
  participantAlone: (label: string) => sentence(label),
  /** The roles inside a sentence or a participant's label: "You are answering as leader", "Maria (union rep)". */
  rolesInText: {
    leder: 'leader',
    tr: 'union rep',
    amr: 'safety rep',
    med: 'MED member',
    andet: 'other',
  },
  steps: {
    setup: 'Set-up',
    score: 'Step 1: Answer the questionnaire',
    results: 'Step 1: Your answers',
    prioritise: 'Step 2: Choose topics',
    dialogue: 'Step 3: Start the dialogue',
    plan: 'Step 4: Make an action plan',
  },
  /** "2026-12-01" → "1 December 2026". */
  formatDate: format.date,
  dateField: {
    hint: 'Write the date as day/month/year, e.g. 15/01/2027.',
    toText: format.dateField,
    parse: format.parseDateField,
  },
  /** Items as English joins them: "Anna, Bo and Carl". */
  formatList: format.list,
  formatDateTime: format.dateTime,
};
