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
