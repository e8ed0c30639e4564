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
 * The workshop's steps are in workshop.en.ts, as in Danish.
 */
import type { CoreStrings } from './da';
import { formatsFor } from './format';
import { count, plural } from './plural.en';



const format = formatsFor('en');

/** "leader has answered" → "Leader has answered": a sentence may begin with a participant's label. */
export const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const en: CoreStrings = {
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
  slowLoading: 'Reading the app’s data on this device is taking unusually long. Your data is still on this device. Reload the page. If that does not help, close the browser completely (on iPad: swipe the app away in the app switcher) and open the app again.',
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
    safariMac:
      'The app is open in a Safari browser tab. Safari deletes a website’s data if it has not been used for 7 days. Add Kom i hus to the Dock (File → Add to Dock), and make backups.',
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
    myAnswers: (n: number) => `My answers on this phone (${n})`,
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
    nextRound: 'Start the next round',
    nextRoundLabel: (title: string) => `Start the next round: ${title}`,
    nextRoundFailed: 'The next round could not be created. Try again.',
    round: (n: number) => `Round ${n}`,
    earlier: (n: number) => `Earlier rounds (${n})`,
    earlierLabel: (n: number, title: string) => `Earlier rounds (${n}): ${title}`,
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
  /** The document title of the list of one's own answers to invitations (#/svar). */
  myAnswersDocumentTitle: 'My answers',
  /** The document title of a participant's own-phone screen. */
  answerDocumentTitle: 'Answer the questionnaire',
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
