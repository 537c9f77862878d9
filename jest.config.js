/**
 * Jest runs two projects: `unit` (the lib, in Node) and `browser` (the built app, driven in
 * Debian's Chromium by playwright-core). Both compile TypeScript with Next's SWC transform.
 * unified, remark and their dependencies are ESM-only, so node_modules is transformed too,
 * except the large CommonJS packages that need no transform.
 */
import nextJest from 'next/jest.js';

const createJestConfig = nextJest({ dir: '.' });

/** CommonJS packages: transforming them only costs time. */
const UNTRANSFORMED = ['next', 'react', 'react-dom', 'playwright-core', 'fast-check', 'yaml', '@swc', 'typescript', 'jest', 'citeproc'];

async function project(overrides) {
  const config = await createJestConfig(overrides)();
  return {
    ...config,
    transformIgnorePatterns: [`/node_modules/(?:${UNTRANSFORMED.join('|')})/`],
  };
}

export default {
  projects: [
    await project({
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
      setupFiles: ['<rootDir>/tests/unit/fast-check-setup.ts'],
      // The BibTeX parser's CommonJS build does not load (in Node either) and needs an ESM-only
      // package: Jest takes the ES module builds and transforms them like the rest of node_modules.
      moduleNameMapper: {
        '^@retorquere/bibtex-parser$': '<rootDir>/node_modules/@retorquere/bibtex-parser/dist/esm/index.js',
        '^tiny-merge-patch$': '<rootDir>/node_modules/tiny-merge-patch/dist/index.mjs',
      },
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/hang-guard.ts'],
    }),
    await project({
      displayName: 'browser',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/browser/global-setup.ts',
      globalTeardown: '<rootDir>/tests/browser/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/hang-guard.ts'],
    }),
  ],
};
