// Lint rules that guard the project's shape: no raw HTML from strings, and a pure domain.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'location', 'fetch', 'HTMLElement', 'Blob', 'File', 'URL', 'crypto'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'dev-dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', navigator: 'readonly', location: 'readonly', console: 'readonly',
        addEventListener: 'readonly', removeEventListener: 'readonly', crypto: 'readonly', structuredClone: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly',
        process: 'readonly', URL: 'readonly', performance: 'readonly', requestAnimationFrame: 'readonly',
        indexedDB: 'readonly', localStorage: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render user or content text as HTML.' },
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Never write HTML from strings.' },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['preact', 'preact/*', '@preact/*'], message: 'src/domain is pure: no Preact.' },
            { group: ['dexie', 'dexie/*'], message: 'src/domain is pure: no Dexie; storage lives in src/db.' },
            { group: ['jspdf', 'jspdf/*'], message: 'src/domain is pure: no jsPDF; drawing lives in src/pdf.' },
            { group: ['../*', '!../domain/*'], message: 'src/domain imports nothing outside src/domain.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: 'src/domain is pure: no DOM or browser APIs.' }))],
    },
  },
);
