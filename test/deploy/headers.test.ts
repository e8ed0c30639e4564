/**
 * The security headers exist in three places: index.html's meta CSP (what
 * the browser enforces wherever the app is served), public/_headers (Netlify,
 * Cloudflare Pages) and the nginx snippet in README.md. They must say the
 * same, and the server's copies must add what a meta tag cannot:
 * frame-ancestors (no framing by another site), nosniff and a referrer policy.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

type Policy = Map<string, string[]>;

/** "default-src 'self'; img-src 'self' data:" → directive → sources, in order; a repeated directive fails. */
function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(policy.has(name.toLowerCase()), `directive ${name} twice`).toBe(false);
    policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

function metaPolicy(): Policy {
  const html = read('index.html');
  const tags = [...html.matchAll(/<meta\s[^>]*http-equiv="Content-Security-Policy"[^>]*>/gi)];
  expect(tags).toHaveLength(1);
  const content = /content="([^"]*)"/.exec(tags[0]?.[0] ?? '')?.[1];
  if (!content) throw new Error('index.html: the CSP meta tag has no content');
  return parsePolicy(content);
}

/** The headers of the `/*` rule in public/_headers (Netlify / Cloudflare Pages format). */
function headersFile(): Map<string, string> {
  const lines = read('public/_headers').split('\n');
  const headers = new Map<string, string>();
  let inRule = false;
  for (const line of lines) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      // A new path rule; only the one for every path is ours.
      inRule = line.trim() === '/*';
      continue;
    }
    expect(inRule, `a header outside the "/*" rule: ${line}`).toBe(true);
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (!match) throw new Error(`public/_headers: not a header line: ${line}`);
    expect(headers.has(match[1]!.toLowerCase()), `${match[1]} twice`).toBe(false);
    headers.set(match[1]!.toLowerCase(), match[2]!.trim());
  }
  return headers;
}

/** The `add_header` lines of the README's nginx snippet. */
function nginxSnippet(): Map<string, string> {
  const blocks = [...read('README.md').matchAll(/```nginx\n([\s\S]*?)```/g)];
  expect(blocks, 'one nginx block in README.md').toHaveLength(1);
  const headers = new Map<string, string>();
  for (const line of (blocks[0]?.[1] ?? '').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const match = /^add_header\s+([A-Za-z-]+)\s+"([^"]*)"\s+always;$/.exec(line.trim());
    if (!match) throw new Error(`README.md nginx: not an "add_header … always;" line: ${line}`);
    headers.set(match[1]!.toLowerCase(), match[2]!);
  }
  return headers;
}

/** What the servers must send beside the policy. */
const EXPECTED = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'x-frame-options': 'DENY' };

describe('security headers for deployment', () => {
  const meta = metaPolicy();

  it('index.html forbids inline script, eval and other origins (and cannot forbid framing)', () => {
    expect(meta.get('default-src')).toEqual(["'self'"]);
    expect(meta.get('script-src')).toEqual(["'self'"]);
    expect(meta.get('object-src')).toEqual(["'none'"]);
    // Browsers ignore frame-ancestors in a meta tag: it belongs to the server's header.
    expect(meta.has('frame-ancestors')).toBe(false);
  });

  for (const [where, headers] of [
    ['public/_headers', headersFile],
    ['the README nginx snippet', nginxSnippet],
  ] as const) {
    it(`${where}: the same policy as index.html, plus frame-ancestors 'none'`, () => {
      const policy = headers().get('content-security-policy');
      if (!policy) throw new Error(`${where}: no Content-Security-Policy`);
      const sent = parsePolicy(policy);
      expect(sent.get('frame-ancestors')).toEqual(["'none'"]);
      sent.delete('frame-ancestors');
      expect(Object.fromEntries(sent)).toEqual(Object.fromEntries(meta));
    });

    it(`${where}: nosniff, no referrer and no framing for older browsers, and nothing else`, () => {
      const sent = headers();
      sent.delete('content-security-policy');
      expect(Object.fromEntries(sent)).toEqual(EXPECTED);
    });
  }

  it('public/_headers and the nginx snippet send exactly the same headers', () => {
    expect(Object.fromEntries(nginxSnippet())).toEqual(Object.fromEntries(headersFile()));
  });
});
