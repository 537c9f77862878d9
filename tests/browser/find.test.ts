import { usePageFixture } from './page-fixture';
import { serverRecord } from './server';

const { baseUrl } = serverRecord();
const fixture = usePageFixture();

test('find in the document, either language, stepping through passages with their counterparts', async () => {
  const { page } = fixture;
  await page.goto(`${baseUrl}/documents/1950-07-22-roshchin-to-filippov-22591`);
  const find = page.locator('[data-control="find"]');
  await find.fill('мукден');
  await expect(page.locator('[data-find-count]').textContent()).resolves.toBe('1 passage');
  await find.press('Enter');
  await page.waitForFunction(() => location.hash === '#b18');
  await expect(page.locator('[data-column="en"] [aria-current="true"]').textContent()).resolves.toMatch(/^We intend to deploy a jet/);
  await find.fill('Mao Zedong');
  await expect(page.locator('[data-find-count]').textContent()).resolves.toBe('3 passages');
  await find.press('Enter');
  await find.press('Enter');
  await expect(page.locator('[data-find-count]').textContent()).resolves.toBe('2 of 3 passages');
  await find.press('Shift+Enter');
  await expect(page.locator('[data-find-count]').textContent()).resolves.toBe('1 of 3 passages');
});
