import { usePageFixture } from './page-fixture';
import { REVISED_DOCUMENT, serverRecord } from './server';

const { baseUrl } = serverRecord();
const fixture = usePageFixture();

test('two English versions are compared word by word, with the findings the revision resolved', async () => {
  const { page } = fixture;
  await page.goto(`${baseUrl}/documents/${REVISED_DOCUMENT}`);
  const comparison = page.locator('[data-versions="main..revised"]');
  await comparison.locator('summary').click();
  await expect(comparison.locator('summary').textContent()).resolves.toMatch(/2 passages changed,\s+1 finding resolved, 0 introduced/);
  const passages = comparison.locator('[data-diff-bead]');
  expect(await passages.count()).toBe(2);
  await expect(passages.first().locator('ins').allTextContents()).resolves.toEqual([' on this']);
  await expect(passages.nth(1).locator('del').allTextContents()).resolves.toEqual(['Suzhou']);
  await expect(passages.nth(1).locator('ins').allTextContents()).resolves.toEqual(['Xuzhou']);
  await expect(comparison.locator('.version-findings-resolved [data-finding-kind="name-mismatch"]').textContent())
    .resolves.toContain('Сюйчжоу');
  await passages.nth(1).locator('a').click();
  await expect(page.locator('[data-column="ru"] [aria-current="true"]').first().getAttribute('data-bead')).resolves.toBe('27');
});
