// Lint for the whole tree. Type-aware rules use each file's own tsconfig (projectService), so the
// renderer is checked with the DOM library and the main process without it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['build/out/**', 'node_modules/**', 'data/sources/**', 'tests/fixtures/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...vue.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.vue'],
      },
    },
    plugins: { 'import-x': importX },
    // Imports name their files (`./x.ts`), so plain Node resolution finds every module for the cycle check;
    // without the extensions and parsers the check silently skips every .ts and .vue dependency.
    settings: {
      'import-x/resolver-next': [createNodeResolver()],
      'import-x/extensions': ['.ts', '.vue', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'], 'vue-eslint-parser': ['.vue'] },
    },
    rules: {
      'import-x/no-cycle': 'error',
      'max-statements-per-line': ['error', { max: 1 }],
      // Numbers and booleans in template strings are how messages and SQL-free keys are written here.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // `() => doIt()` callbacks and `return fail(...)` early exits from void functions are idioms here;
      // using a void value inside another expression is still an error.
      '@typescript-eslint/no-confusing-void-expression': [
        'error',
        { ignoreArrowShorthand: true, ignoreVoidReturningFunctions: true },
      ],
      // Dropping a key by destructuring its siblings (`const { onset, ...rest } = row`) is how we omit one.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // `a!` after a guarded index keeps noUncheckedIndexedAccess honest without a dead branch.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Layout inside templates is Prettier's job; these Vue rules would fight it.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/first-attribute-linebreak': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,vue}'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { parser: tseslint.parser },
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Tests read JSON a real process printed and vitest's asymmetric matchers (expect.any…) are typed
      // `any`: the assertions on them are the type check.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['tests/e2e/**/*.ts'],
    // Playwright reads a fixture's dependencies from its destructured first parameter: `{}` says "none".
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
