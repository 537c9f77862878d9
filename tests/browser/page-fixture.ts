/**
 * One Chromium for a test file and a fresh page per test. Dialogs and page errors are recorded,
 * and a test fails if its page threw an uncaught error: no test has to remember to check.
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
  beforeEach(() => { fixture.pageErrors.length = 0; fixture.dialogs.length = 0; });
  afterEach(async () => {
    await fixture.page.close();
    expect(fixture.pageErrors).toEqual([]);
  });
  return fixture;
}
