/**
 * One Chromium for a test file and a fresh page per test, recording dialogs and page errors so
 * that every test can assert that nothing ran that should not have.
 */
import type { Page } from 'playwright-core';
import { openBrowser } from './chromium';

/** What the tests of a file share; `page` is replaced before each test. */
export interface PageFixture {
  page: Page;
  dialogs: string[];
  pageErrors: string[];
}

/** Register the jest hooks that open the browser and a page per test; returns the live fixture. */
export function usePageFixture(options: { width?: number; height?: number } = {}): PageFixture {
  const fixture = { dialogs: [], pageErrors: [] } as unknown as PageFixture;
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => { browser = await openBrowser(options); });
  afterAll(async () => { await browser.close(); });
  beforeEach(async () => {
    fixture.page = await browser.context.newPage();
    fixture.page.on('dialog', (dialog) => { fixture.dialogs.push(dialog.message()); void dialog.dismiss(); });
    fixture.page.on('pageerror', (error) => fixture.pageErrors.push(error.message));
  });
  afterEach(async () => { await fixture.page.close(); });
  return fixture;
}
