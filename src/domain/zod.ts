/**
 * The one place the app imports zod. `jitless` stops zod from compiling
 * validators with `new Function`, which the Content-Security-Policy forbids.
 * zod's own messages are for developers (the console, build-time content
 * checks), so they are in English (and left out of the production build); users only ever see the words src/i18n/
 * makes from a problem's code and path.
 */
import { z } from 'zod/mini';
import { en } from 'zod/locales';

z.config({ jitless: true });
// zod's English messages are for developers: tests, the build's content check and the dev server get
// them. The production build leaves them out (3 KiB of the precache budget); its console shows zod's
// plain "Invalid input" with the path, and the user's words come from src/i18n/ as everywhere.
if ((import.meta as { env?: { PROD?: boolean } }).env?.PROD !== true) z.config(en());

export { z };

type PathPart = PropertyKey;

function formatPath(path: readonly PathPart[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
}

/** One readable line per problem: `questions[3].block: …`. */
export function describeIssues(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/**
 * Paths of every own `__proto__` key in parsed JSON. zod drops such keys
 * silently; we refuse them instead, so hostile or broken files are told,
 * never half-read.
 */
export function protoKeyPaths(value: unknown): string[] {
  return protoKeyLocations(value).map((path) => `${formatPath(path) || '(root)'}: forbidden key "__proto__"`);
}

/** The same as protoKeyPaths, as paths (of the object that holds the key), for callers that describe them in words. */
export function protoKeyLocations(value: unknown, path: Array<string | number> = [], found: Array<Array<string | number>> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return found;
  if (Object.prototype.hasOwnProperty.call(value, '__proto__')) found.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => protoKeyLocations(item, [...path, i], found));
  else for (const [key, item] of Object.entries(value)) protoKeyLocations(item, [...path, key], found);
  return found;
}

/** safeParse that also refuses `__proto__` keys; problems come back as readable lines. */
export function parseStrict<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
): { ok: true; data: T } | { ok: false; problems: string[] } {
  const proto = protoKeyPaths(value);
  if (proto.length > 0) return { ok: false, problems: proto };
  const result = schema.safeParse(value);
  return result.success ? { ok: true, data: result.data } : { ok: false, problems: describeIssues(result.error) };
}
