/**
 * Vite plugin: validates /questionnaires before every build and dev start,
 * so a wrong or missing content file stops the build with a message that
 * names the file and the field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { checkContentFiles } from '../src/domain/content.ts';
import { checkTranslatedSet } from '../src/domain/translation.ts';

export function readContentFolder(folder: string): Array<{ name: string; json: unknown }> {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(folder, name), 'utf8');
      try {
        return { name, json: JSON.parse(raw) as unknown };
      } catch (error) {
        throw new Error(`${relative(process.cwd(), join(folder, name))}: not valid JSON (${(error as Error).message})`, { cause: error });
      }
    });
}

const MANIFEST = 'virtual:content-manifest';

/** The translated content folders, checked against the Danish at every build. */
const TRANSLATIONS = ['en'] as const;

/**
 * Also serves `virtual:content-manifest`: the id and version of every shipped
 * file, so start-up can tell whether the database is up to date without
 * loading the content itself.
 */
export function contentPlugin(folder: string): Plugin {
  const check = () => {
    const files = readContentFolder(folder);
    // A translation belongs in its language's folder, where it is held to its original: at the top level it would be seeded as Danish.
    for (const { name, json } of files) {
      const header = json as { language?: unknown; translation?: unknown } | null;
      if (header && typeof header === 'object' && (header.translation !== undefined || (header.language !== undefined && header.language !== 'da'))) {
        throw new Error(`questionnaires/${name}: a translation (language "${String(header.language)}") must be in questionnaires/<language>/, not among the Danish files`);
      }
    }
    const result = checkContentFiles(files);
    if (!result.ok) {
      throw new Error(`The content in questionnaires/ is invalid:\n  ${result.errors.map((e) => `questionnaires/${e}`).join('\n  ')}`);
    }
    // Each translation (questionnaires/<language>/) must match its Danish original file by file: same ids, versions and structure.
    for (const language of TRANSLATIONS) {
      const translated = join(folder, language);
      if (!existsSync(translated)) continue;
      const check = checkTranslatedSet(readContentFolder(folder), readContentFolder(translated), language);
      if (!check.ok) {
        throw new Error(`The translation in questionnaires/${language}/ does not match the Danish content:\n  ${check.problems.map((p) => JSON.stringify(p)).join('\n  ')}`);
      }
    }
    const { huset, dialog, guidance, questionnaires, inspiration } = result.content;
    return [huset, dialog, guidance, ...questionnaires, inspiration].map(({ id, version }) => ({ id, version }));
  };
  return {
    name: 'kom-i-hus-content',
    buildStart() {
      check();
    },
    resolveId(id) {
      return id === MANIFEST ? `\0${MANIFEST}` : undefined;
    },
    load(id) {
      if (id !== `\0${MANIFEST}`) return undefined;
      // Only the content files themselves: a folder (questionnaires/en/) is not a file to watch.
      for (const dir of [folder, ...TRANSLATIONS.map((language) => join(folder, language))]) {
        if (!existsSync(dir)) continue;
        for (const name of readdirSync(dir)) if (name.endsWith('.json')) this.addWatchFile(join(dir, name));
      }
      return `export default ${JSON.stringify(check())};`;
    },
    handleHotUpdate({ file }) {
      if (file.startsWith(folder) && file.endsWith('.json')) check();
    },
  };
}
