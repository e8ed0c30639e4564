/**
 * Damaged and foreign answer codes, made from one genuine code: characters
 * swapped, the code cut off or lengthened, random base45 after the prefix,
 * and texts that are not codes at all. Shared by the unit test of the code
 * (test/own-devices/codes.test.ts) and the end-to-end test that loads them
 * as files (test/e2e/own-devices-bad-files.spec.ts).
 */
import { ANSWER_CODE_PREFIX } from '../../src/own-devices/answer-code';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

/** A small seeded generator, so a failing case can be found again. */
function seeded(seed: number): (n: number) => number {
  let state = seed >>> 0 || 1;
  return (n) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
}

/** About `scale` × 300 wrong codes (at least 8); none of them may ever be received. */
export function damagedCodes(code: string, { scale = 1, seed = 1, longest = 100_000 } = {}): string[] {
  const random = seeded(seed);
  const n = (count: number) => Math.max(1, Math.round(count * scale));
  const body = code.length - ANSWER_CODE_PREFIX.length;
  const damaged: string[] = [];
  for (let i = 0; i < n(100); i++) {
    const at = ANSWER_CODE_PREFIX.length + random(body);
    const swap = ALPHABET[(ALPHABET.indexOf(code[at]!) + 1 + random(ALPHABET.length - 1)) % ALPHABET.length]!;
    damaged.push(code.slice(0, at) + swap + code.slice(at + 1));
  }
  for (let i = 0; i < n(60); i++) damaged.push(code.slice(0, ANSWER_CODE_PREFIX.length + random(body)));
  for (let i = 0; i < n(40); i++) damaged.push(code + ALPHABET[random(ALPHABET.length)]!.repeat(1 + random(5)));
  for (let i = 0; i < n(60); i++) damaged.push(ANSWER_CODE_PREFIX + Array.from({ length: random(300) }, () => ALPHABET[random(ALPHABET.length)]).join(''));
  damaged.push('', ' ', 'KIH:', 'kih:abc', '{"format":"kom-i-hus"}', '\u0000'.repeat(40), 'KIH:' + 'Æ'.repeat(50), 'x'.repeat(longest));
  for (let i = 0; i < n(40); i++) damaged.push(String.fromCharCode(...Array.from({ length: random(200) }, () => random(0x3000))));
  return damaged;
}
