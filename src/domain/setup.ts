/** Checks of the "Nyt dialogmøde" form. Returns problem codes; the UI words them. */
import { isIsoDate, LIMITS } from './workshop.ts';

export interface SetupFields {
  title: string;
  date: string;
  questionnaireId: string;
}

export type SetupProblems = Partial<{
  title: 'required' | 'too-long';
  date: 'invalid';
  questionnaireId: 'required';
}>;

export function checkSetup(fields: SetupFields): SetupProblems {
  const problems: SetupProblems = {};
  const title = fields.title.trim();
  if (!title) problems.title = 'required';
  else if (title.length > LIMITS.title) problems.title = 'too-long';
  if (!isIsoDate(fields.date)) problems.date = 'invalid';
  if (!fields.questionnaireId) problems.questionnaireId = 'required';
  return problems;
}

/** Today's date as YYYY-MM-DD in local time (the date a user sees on their calendar). */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
