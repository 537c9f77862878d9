/**
 * Jest runs two projects: `unit` (the lib, in Node) and `browser` (the built app, driven in
 * Debian's Chromium by playwright-core). Both compile TypeScript with Next's SWC transform.
 * unified, remark and their dependencies are ESM-only, so node_modules is transformed too,
 * except the large CommonJS packages that need no transform.
 */
import nextJest from 'next/jest.js';

const createJestConfig = nextJest({ dir: '.' });

/** CommonJS packages: transforming them only costs time. */
const UNTRANSFORMED = ['next', 'react', 'react-dom', 'playwright-core', 'fast-check', 'yaml', '@swc', 'typescript', 'jest'];

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
