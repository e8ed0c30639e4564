/**
 * The words (`t` from src/i18n) are chosen at start-up: main.tsx loads the
 * chosen language and only then renders. A module that reads `t.…` while it
 * loads (a top-level constant) would capture the Danish words before English
 * is set, and show Danish in an English app. This test fails on any such read
 * outside src/i18n/: every `t.` must sit inside a function.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Where a file reads `t.…` outside any function: "line: text". */
function moduleLevelReads(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassDeclaration(node)) return;
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 't') {
      found.push(`${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText()}`);
    }
    ts.forEachChild(node, visit);
  };
  for (const statement of source.statements) visit(statement);
  return found;
}

describe('the words are read when a screen renders, never when a module loads', () => {
  it('finds a top-level read and ignores reads inside functions (the check can fail)', () => {
    const code = "import { t } from './i18n';\nconst TITLE = t.appName;\nexport function A() { return t.nav.home; }\nexport const b = () => t.loading;\n";
    expect(moduleLevelReads('example.tsx', code)).toEqual(['2: t.appName']);
  });

  it('holds for every file in src/ outside src/i18n/', () => {
    const offenders = sourceFiles(SRC)
      .filter((file) => !relative(SRC, file).startsWith('i18n'))
      .flatMap((file) => moduleLevelReads(file, readFileSync(file, 'utf8')).map((where) => `${relative(SRC, file)}:${where}`));
    expect(offenders).toEqual([]);
  });
});
