import { usePageFixture } from './page-fixture';
import { serverRecord } from './server';

const { baseUrl } = serverRecord();
const fixture = usePageFixture();

test('searching from the search page finds both languages, and a hit opens the reader on its passage', async () => {
  const { page } = fixture;
  await page.goto(`${baseUrl}/search`);
  await page.locator('[data-control="search"]').fill('Roshchin');
  const hit = page.locator('[data-search-hit="1950-07-22-roshchin-to-filippov-22591#b25"]');
  await hit.waitFor();
  expect(new URL(page.url()).searchParams.get('q')).toBe('Roshchin');
  const passage = hit.locator('xpath=..');
  await expect(passage.locator('p[lang="ru"] mark').textContent()).resolves.toBe('Рощина');
  await expect(passage.locator('p[lang="en"] mark').textContent()).resolves.toBe('Roshchin');
  await hit.click();
  await page.waitForURL(`${baseUrl}/documents/1950-07-22-roshchin-to-filippov-22591#b25`);
  await page.waitForSelector('[aria-current="true"]');
  await expect(page.locator('[data-column="en"] [aria-current="true"]').textContent()).resolves.toBe('Note (of Roshchin):');
});

test('the query in the URL is run when the page opens', async () => {
  const { page } = fixture;
  await page.goto(`${baseUrl}/search?q=${encodeURIComponent('правительство')}`);
  await page.locator('.search-hit').first().waitFor();
  await expect(page.locator('[data-control="search"]').inputValue()).resolves.toBe('правительство');
  expect(await page.locator('.search-hit p[lang="ru"] mark').allTextContents()).toContain('Правительству');
});

test('facets narrow the hits, live in the URL, and a document with no match drops out', async () => {
  const { page } = fixture;
  await page.goto(`${baseUrl}/search?q=${encodeURIComponent('Сталину')}`);
  await page.locator('.search-hit').first().waitFor();
  expect(await page.locator('[data-search-document]').count()).toBeGreaterThan(1);
  const passagesBefore = await page.locator('.search-hit').count();

  await page.locator('[data-facet="date-from"]').fill('1950-07-22');
  await page.locator('[data-facet="date-to"]').fill('1950-07-22');
  await page.waitForFunction(() => document.querySelectorAll('[data-search-document]').length === 1);
  await expect(page.locator('[data-search-document]').getAttribute('data-search-document')).resolves.toBe('1950-07-22-roshchin-to-filippov-22591');
  const url = new URL(page.url());
  expect([url.searchParams.get('after'), url.searchParams.get('before')]).toEqual(['1950-07-22', '1950-07-22']);

  await page.locator('[data-facet="findings"]').check();
  await page.waitForFunction((before) => document.querySelectorAll('.search-hit').length < before, passagesBefore);
  expect(new URL(page.url()).searchParams.get('findings')).toBe('1');
  await expect(page.locator('[data-search-status]').textContent()).resolves.toMatch(/passages? in 1 document|0 passages/);

  // The same URL, opened afresh, restores the query and every facet.
  await page.goto(page.url());
  await page.waitForFunction(() => (document.querySelector('[data-facet="findings"]') as HTMLInputElement | null)?.checked === true);
  await expect(page.locator('[data-facet="date-from"]').inputValue()).resolves.toBe('1950-07-22');
});

test('the author facet lists the corpus\'s authors and narrows to their documents', async () => {
  const { page } = fixture;
  await page.goto(`${baseUrl}/search?q=${encodeURIComponent('Filippov')}`);
  await page.locator('.search-hit').first().waitFor();
  const options = await page.locator('[data-facet="from"] option').allTextContents();
  expect(options.length).toBeGreaterThan(2);
  const roshchin = options.find((option) => option.startsWith('Roshchin'));
  expect(roshchin).toBeDefined();
  await page.locator('[data-facet="from"]').selectOption({ label: roshchin! });
  await page.waitForFunction(() => [...document.querySelectorAll('[data-search-document]')].map((section) => section.getAttribute('data-search-document')).join() === '1950-07-22-roshchin-to-filippov-22591');
  expect(new URL(page.url()).searchParams.get('from')).toBe('Roshchin');
});
