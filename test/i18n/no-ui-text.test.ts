/**
 * The app's words live in src/i18n/ and the booklet's in questionnaires/:
 * this test fails on Danish or English text anywhere else in src/ (issue #14).
 * It reads every string literal, template part and JSX text with the
 * TypeScript parser, so comments and code never count, and flags:
 *
 * - any text with Danish letters (æ, ø, å) or Danish quotation marks (»«);
 * - any JSX text or text-bearing JSX attribute (aria-label, title,
 *   placeholder, alt, label) with a letter in it: every visible word comes
 *   from the catalogue;
 * - any other text of two or more words with a Danish or English function
 *   word in it ("og", "er", "the", "is" …): a sentence, not a class name or
 *   a key.
 *
 * A developer's English is allowed where only a developer reads it: the
 * message of a thrown Error and a console line, and the build-time content
 * diagnostics of DEVELOPER_FILES. The product's name is not UI text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');

/** Files whose English messages are for whoever edits the content files, at build time; they are never shown in the app. */
const DEVELOPER_FILES = new Set(['domain/content.ts', 'domain/translation.ts']);

/** Names, not words to translate. */
const NAMES = new Set(['Kom i hus']);

const FUNCTION_WORDS = new Set(
  [
    // Danish
    'og', 'i', 'er', 'at', 'det', 'en', 'et', 'der', 'som', 'til', 'på', 'af', 'med', 'for', 'ikke', 'kan', 'skal', 'har',
    'de', 'den', 'vi', 'jeg', 'du', 'om', 'fra', 'eller', 'men', 'var', 'blev', 'mangler', 'ingen',
    // English
    'the', 'a', 'an', 'and', 'or', 'is', 'are', 'to', 'of', 'in', 'on', 'with', 'not', 'be', 'this', 'that', 'you',
    'your', 'it', 'no', 'was', 'has', 'have', 'can', 'must', 'please', 'missing', 'invalid',
  ],
);

const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label', 'aria-valuetext']);

export interface Finding {
  file: string;
  line: number;
  text: string;
  why: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function isSentence(text: string): boolean {
  // Words are separated by spaces; "not-found", "kom-i-hus:tab" and "json-at" are codes, not words.
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map((token) => token.replace(/^[("'»]+|[.,:;!?)"'«…]+$/g, ''))
    .filter((token) => /^[a-zæøå]+(?:['’][a-z]+)?$/.test(token));
  return words.length >= 2 && words.some((word) => FUNCTION_WORDS.has(word));
}

/** Is the node inside `new SomethingError(…)`, `throw …` or `console.x(…)`? Only a developer reads those. */
function forDevelopers(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isThrowStatement(at)) return true;
    if (ts.isNewExpression(at) && /Error$/.test(at.expression.getText())) return true;
    if (ts.isCallExpression(at) && /^console\.\w+$/.test(at.expression.getText())) return true;
    if (ts.isCallExpression(at) && at.expression.kind === ts.SyntaxKind.SuperKeyword && extendsError(at)) return true;
    if (ts.isBlock(at) || ts.isSourceFile(at)) return false;
  }
  return false;
}

/** Is this `super(…)` call in a class that extends an Error? */
function extendsError(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isClassDeclaration(at) || ts.isClassExpression(at)) {
      return (at.heritageClauses ?? []).some((clause) => /Error\b/.test(clause.getText()));
    }
  }
  return false;
}

/** The JSX attribute a string is the value of, if any. */
function jsxAttributeOf(node: ts.Node): string | null {
  const parent = node.parent;
  if (parent && ts.isJsxAttribute(parent)) return parent.name.getText();
  if (parent && ts.isJsxExpression(parent) && parent.parent && ts.isJsxAttribute(parent.parent)) return parent.parent.name.getText();
  return null;
}

/** Every piece of UI-like text in one file's source. */
export function findUiText(source: string, file: string): Finding[] {
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const found: Finding[] = [];
  const report = (node: ts.Node, text: string, why: string) => {
    found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: text.slice(0, 80), why });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isImportTypeNode(node)) return;
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) return;
    let text: string | null = null;
    if (ts.isJsxText(node)) {
      const shown = node.text.trim();
      if (/\p{L}/u.test(shown)) report(node, shown, 'JSX text: take it from the catalogue');
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      text = node.text;
    }
    if (text !== null && !NAMES.has(text.trim())) {
      const attribute = jsxAttributeOf(node);
      if (/[æøåÆØÅ»«]/.test(text)) report(node, text, 'Danish text');
      else if (attribute && TEXT_ATTRIBUTES.has(attribute) && /\p{L}/u.test(text)) report(node, text, `text in ${attribute}`);
      else if (isSentence(text) && !forDevelopers(node) && !DEVELOPER_FILES.has(file)) report(node, text, 'a sentence');
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('UI text outside src/i18n/', () => {
  it('there is none: every word the user sees comes from a catalogue or a content file', () => {
    const findings = sourceFiles(SRC)
      .map((path) => relative(SRC, path).split('\\').join('/'))
      .filter((file) => !file.startsWith('i18n/'))
      .flatMap((file) => findUiText(readFileSync(join(SRC, file), 'utf8'), file));
    expect(findings.map((f) => `src/${f.file}:${f.line} ${f.why}: ${JSON.stringify(f.text)}`)).toEqual([]);
  });
});

describe('the check itself', () => {
  const find = (source: string, file = 'steps/x.tsx') => findUiText(source, file).map((f) => f.why);

  it('finds Danish in a string, JSX text and an aria-label', () => {
    expect(find(`const a = 'Gå videre';\nconst b = 'mødet';`)).toEqual(['Danish text', 'Danish text']);
    // One word without æ, ø or å cannot be told from a key; the JSX and attribute rules catch it where it is shown.
    expect(find(`const a = 'Gem';`)).toEqual([]);
    expect(find(`const x = <p>Gem</p>;`)).toEqual(['JSX text: take it from the catalogue']);
    expect(find(`const x = <button aria-label="Luk">x</button>;`)).toEqual(['text in aria-label', 'JSX text: take it from the catalogue']);
  });

  it('finds an English or Danish sentence, but not class names, keys or a developer error', () => {
    expect(find(`const m = 'The file is empty';`)).toEqual(['a sentence']);
    expect(find(`const m = \`Der er \${n} svar\`;`)).toEqual(['a sentence']);
    expect(find(`const x = <div class="notice notice--warning" />;\nconst k = 'plain-list legend';`)).toEqual([]);
    expect(find(`throw new Error('No migration from version ' + v);`)).toEqual([]);
    expect(find(`console.error('write failed in the queue', e);`)).toEqual([]);
  });

  it('never counts comments, imports or the product name', () => {
    expect(find(`// Gå videre og gem det\n/** Det er en kommentar */\nimport x from './å.json';\nconst n = 'Kom i hus';`)).toEqual([]);
  });
});
