import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'data/', 'node_modules/', 'e2e/artifacts/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // A component a reader can hold. The figure is the longest one left (InviteForm; then PeoplePage
    // at 77, the rest 70 or less); lower it to 60 as they are split. A warning, but lint allows none
    // (--max-warnings 0).
    files: ['app/**'],
    rules: {
      'max-lines-per-function': ['warn', { max: 88, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The CLI, scripts and benchmarks talk to a person on the terminal.
    files: ['cli/**', 'scripts/**', 'bench/**', 'server/main.ts'],
    rules: { 'no-console': 'off' },
  },
);
