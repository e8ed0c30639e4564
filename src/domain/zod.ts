/**
 * The one place the app imports zod. `jitless` stops zod from compiling
 * validators with `new Function`, which the Content-Security-Policy forbids.
 */
import { z } from 'zod/mini';

z.config({ jitless: true });

export { z };

/** One readable line per problem: `questions[3].block: …`. */
export function describeIssues(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path
      .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
      .join('');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}
