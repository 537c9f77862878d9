import { usePageFixture } from './page-fixture';
import { SCANNED_DOCUMENT, serverRecord } from './server';

const { baseUrl } = serverRecord();
const fixture = usePageFixture();

test('searching from the search page finds both languages, and a hit opens the reader on its passage', async () => {
  const { page } = fixture;
  await page.goto(`${baseUrl}/search`);
  await page.locator('[data-control="search"]').fill('Roshchin');
  const hit = page.locator('[data-search-hit="1950-07-22-roshchin-to-filippov-22591#b26"]');
  await hit.waitFor();
  // One number for a passage: the hit says passage 26 and links to #b26.
  await expect(hit.textContent()).resolves.toBe('Passage 26');
  expect(new URL(page.url()).searchParams.get('q')).toBe('Roshchin');
  const passage = hit.locator('xpath=..');
  await expect(passage.locator('p[lang="ru"] mark').textContent()).resolves.toBe('Рощина');
  await expect(passage.locator('p[lang="en"] mark').textContent()).resolves.toBe('Roshchin');
  await hit.click();
  await page.waitForURL(`${baseUrl}/documents/1950-07-22-roshchin-to-filippov-22591#b26`);
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

test('facets narrow the hits, live in the URL, and come back when the URL is opened again', async () => {
  const { page } = fixture;
  const documents = () => page.locator('[data-search-document]').evaluateAll((sections) => sections.map((section) => section.getAttribute('data-search-document')));
  await page.goto(`${baseUrl}/search?q=Shanghai`);
  await page.locator('.search-hit').first().waitFor();
  // The telegram read from a scan (a fixture dated 1949) has the same English.
  expect(await documents()).toEqual([SCANNED_DOCUMENT, '1950-07-13-filippov-to-zhou-enlai', '1950-07-22-roshchin-to-filippov-22591', '1951-10-24-mao-zedong-to-filippov-25187']);

  // July 1950 only: the October 1951 cable drops out.
  await page.locator('[data-facet="date-from"]').fill('1950-07');
  await page.locator('[data-facet="date-to"]').fill('1950-07');
  await page.waitForFunction(() => document.querySelectorAll('[data-search-document]').length === 2);
  expect(await documents()).toEqual(['1950-07-13-filippov-to-zhou-enlai', '1950-07-22-roshchin-to-filippov-22591']);
  const url = new URL(page.url());
  expect([url.searchParams.get('after'), url.searchParams.get('before')]).toEqual(['1950-07', '1950-07']);

  // With findings: only the passage where Сюйчжоу became "Suzhou".
  await page.locator('[data-facet="findings"]').check();
  await page.waitForFunction(() => document.querySelectorAll('.search-hit').length === 1);
  await expect(page.locator('[data-search-hit]').getAttribute('data-search-hit')).resolves.toBe('1950-07-22-roshchin-to-filippov-22591#b28');
  await expect(page.locator('[data-search-status]').textContent()).resolves.toBe('1 passage in 1 document');
  expect(new URL(page.url()).searchParams.get('findings')).toBe('1');

  // The same URL, opened afresh, restores the query, every facet and the one hit.
  await page.goto(page.url());
  await page.waitForFunction(() => document.querySelectorAll('.search-hit').length === 1
    && (document.querySelector('[data-facet="findings"]') as HTMLInputElement).checked);
  await expect(page.locator('[data-facet="date-from"]').inputValue()).resolves.toBe('1950-07');
  await expect(page.locator('[data-search-hit]').getAttribute('data-search-hit')).resolves.toBe('1950-07-22-roshchin-to-filippov-22591#b28');
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
