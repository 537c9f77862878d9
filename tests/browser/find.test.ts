import { usePageFixture } from './page-fixture';
import { serverRecord } from './server';

const { baseUrl } = serverRecord();
const fixture = usePageFixture();

test('find in the document, either language, stepping through the matches with their counterparts', async () => {
  const { page } = fixture;
  await page.goto(`${baseUrl}/documents/1950-07-22-roshchin-to-filippov-22591`);
  const find = page.locator('[data-control="find"]');
  await find.fill('мукден');
  const done = page.locator('[data-find-count][data-find-state="done"]');
  await done.waitFor();
  // Both Russian forms, and the name in the English (Mukden) too.
  await expect(done.textContent()).resolves.toMatch(/^\d+ matches$/);
  const found = await page.evaluate(() => [...(CSS.highlights.get('find-match') ?? [])].map((range) => (range as Range).toString()));
  expect(found).toEqual(expect.arrayContaining(['Мукден', 'Mukden']));
  await find.press('Enter');
  await page.waitForFunction(() => location.hash === '#b18');
  await expect(page.locator('[data-column="en"] [aria-current="true"]').textContent()).resolves.toMatch(/^We intend to deploy a jet/);
  await find.fill('Mao Zedong');
  await done.waitFor();
  const total = Number((await page.locator('[data-find-count]').textContent())!.split(' ')[0]);
  expect(total).toBeGreaterThanOrEqual(3);
  await find.press('Enter');
  await find.press('Enter');
  await expect(page.locator('[data-find-count]').textContent()).resolves.toBe(`2 of ${total}`);
  await find.press('Shift+Enter');
  await expect(page.locator('[data-find-count]').textContent()).resolves.toBe(`1 of ${total}`);
  await find.press('Shift+Enter');
  await expect(page.locator('[data-find-count]').textContent()).resolves.toBe(`${total} of ${total}`);
});
