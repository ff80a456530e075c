import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Bare Node built-in names are matched exactly (`paths`); `node:` specifiers by pattern. A pattern such as
// 'events' would also match a project folder named events.
const nodeBuiltinNames = ['fs', 'path', 'os', 'crypto', 'child_process', 'url', 'util', 'stream', 'events', 'module', 'worker_threads'];
const nodeBuiltinPaths = (message) => nodeBuiltinNames.map((name) => ({ name, message }));
const electronPaths = [{ name: 'electron', message: 'The renderer reaches the OS only through the platform bridge.' }];
const intoElectronFolder = { group: ['../electron/*', '../../electron/*', '../../../electron/*', '../../../../electron/*'], message: 'The renderer never imports electron/.' };

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'test-results/**', 'test/fixtures/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [...electronPaths, ...nodeBuiltinPaths('The renderer runs in a sandboxed page: no Node modules.')],
          patterns: [intoElectronFolder, { group: ['node:*'], message: 'The renderer runs in a sandboxed page: no Node modules.' }],
        },
      ],
    },
  },
  {
    // Only renderer/db may touch Dexie: features call repository functions.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'Only renderer/db touches Dexie; call a repository function.' },
            ...electronPaths,
            ...nodeBuiltinPaths('The renderer runs in a sandboxed page: no Node modules.'),
          ],
          patterns: [
            intoElectronFolder,
            { group: ['node:*'], message: 'The renderer runs in a sandboxed page: no Node modules.' },
            { group: ['**/db/database', '**/db/database.ts'], message: 'Use the repository functions exported by renderer/db.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...['react', 'react-dom', 'dexie', 'electron'].map((name) => ({ name, message: 'shared/ is pure TypeScript + zod.' })),
            ...nodeBuiltinPaths('shared/ is pure: no Node.'),
          ],
          patterns: [
            { group: ['node:*'], message: 'shared/ is pure: no Node.' },
            { group: ['../../renderer/**', '../../electron/**', '../../seeds/**', '../renderer/**', '../electron/**'], message: 'shared/ imports nothing outside shared/.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'shared/ has no DOM.' },
        { name: 'document', message: 'shared/ has no DOM.' },
        { name: 'localStorage', message: 'shared/ has no DOM.' },
        { name: 'indexedDB', message: 'shared/ has no storage.' },
        { name: 'process', message: 'shared/ has no Node.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'shared/ takes the clock as a parameter.' },
        { object: 'Math', property: 'random', message: 'shared/ takes randomness as a parameter.' },
        { object: 'crypto', property: 'randomUUID', message: 'shared/ takes id generators as a parameter.' },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports the renderer.' }] },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable' } },
  },
);
