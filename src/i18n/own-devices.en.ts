/** The English words of answering on one's own phone (see own-devices.da.ts). */
import type { OwnDeviceProblem } from '../domain/own-device';
import type { OwnDeviceWords } from './own-devices.da';
import { count } from './plural.en';
import { LIMITS } from '../domain/workshop';
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

export const ownDeviceWordsEn: OwnDeviceWords = {
  /** "My answers": every invitation answered on this phone. */
  myAnswers: {
    title: 'My answers',
    intro: 'Your answers to questionnaires you were invited to. They are only on this phone.',
    empty: 'There are no answers on this phone.',
    handedIn: 'Handed in',
    answered: (done: number) => `In progress: ${done} answered`,
  },
  /** A participant answering on their own phone (src/own-devices/participant/). */
  answer: {
    title: (meeting: string) => `Answer the questionnaire for ${meeting}`,
    deadline: (date: string) => `Please answer by ${date}.`,
    intro: 'You answer for yourself, one building block at a time. Each answer is saved on this phone, so you can pause and continue later – offline too.',
    privacy:
      'Your answers stay on this phone until you hand them in. When you do, they are encrypted so that only the facilitator’s device can read them – not the other participants and no server.',
    privacyHandedIn:
      'The code and the file are encrypted, so only the facilitator’s device can read your answers – not the other participants and no server. Your name is in them only if you typed it.',
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
    deleteBodyUnfinished: 'You have not handed them in yet. It cannot be undone.',
    yourAnswers: 'See your answers',
    badLinkTitle: 'This link cannot be used',
    badLink: 'The link to the questionnaire is incomplete or damaged. Ask the facilitator for the link again, or scan the QR code.',
    newerLink: 'The link was made with a newer version of the app. Reload the page when you are online and try again.',
    questionnaireMissing: 'This version of the questionnaire is not in the app on your phone. Reload the page when you are online and try again.',
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
    mailBody: (meeting: string, date: string, link: string, booklet: string, deadline: string | null) =>
      `Hello\n\nBefore the meeting ${meeting} on ${date}, please answer the questionnaire from "${booklet}"${deadline ? ` by ${deadline}` : ''}. Open the link on your phone:\n\n${link}\n\nYour answers stay on your phone until you hand them in. At the end, tap "Hand in your answers" and send me the file, or show me the code at the meeting.\n`,
    sheetTitle: (meeting: string) => `Answer the questionnaire for ${meeting}`,
    sheetStep1: 'Scan the QR code with your phone’s camera.',
    sheetStep2: 'Answer the questions – your answers are saved on your phone.',
    sheetStep3: 'Tap "Hand in your answers", and show the code to the facilitator or send the file.',
    sheetDeadline: (date: string) => `Please answer by ${date}.`,
    sheetBeforeMeeting: (date: string) => `Please answer before the meeting on ${date}.`,
    deadline: 'Answer by (optional)',
    deadlineHint: 'Shown on the invitation and in the link. Empty: before the meeting.',
    scan: 'Scan answers with the camera',
    stopScanning: 'Stop the camera',
    cameraLabel: 'The camera’s picture',
    cameraStarting: 'The camera is starting …',
    scanning: 'Hold the participant’s code in front of the camera. The answers are received as soon as the code is read.',
    cameraDenied: 'The app may not use the camera. Allow it in the browser’s settings, or load the answers as files.',
    noCamera: 'There is no camera the app can use. Load the answers as files instead.',
    scanned: 'Camera',
    receiveTitle: 'Receive answers',
    expected: 'Number invited (optional)',
    expectedHint: 'Enter how many you have invited, so you can see how many have yet to hand in.',
    expectedInvalid: `Enter a whole number from 1 to ${LIMITS.participants}, or leave the field empty.`,
    receivedCount: (n: number, expected: number | undefined) =>
      expected === undefined
        ? n === 0
          ? 'No answers received yet.'
          : `${count(n, 'answer set', 'answer sets')} received from own phones.`
        : n >= expected
          ? `All ${expected} have handed in${n > expected ? `, and ${n - expected} more` : ''}.`
          : `${n} of ${expected} have handed in.`,
    files: 'Load answer files (you can choose several at once)',
    receivedFrom: (file: string, label: string) => `${file}: the answers from ${label} have been received.`,
    refused: (file: string, problem: OwnDeviceProblem, earlier: string) => `${file}: ${ownDeviceProblem(problem, earlier)} Nothing has changed.`,
  },
};
