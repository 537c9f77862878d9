import { usePageFixture } from './page-fixture';
import { serverRecord } from './server';

const { baseUrl } = serverRecord();
const TELEGRAM = `${baseUrl}/documents/1950-07-22-roshchin-to-filippov-22591`;
const fixture = usePageFixture();
afterEach(() => { expect(fixture.pageErrors).toEqual([]); });

test('c cites the selected range: note with locator, paragraphs and translator, and both texts', async () => {
  const { page } = fixture;
  await page.goto(`${TELEGRAM}#b15-16`);
  await page.waitForSelector('[aria-current="true"]');
  await page.keyboard.press('c');
  const note = await page.locator('[data-cite="note"]').textContent();
  expect(note).toBe('“Ciphered Telegram No. 22591 from Roschin to Filippov [Stalin],” July 22, 1950, RGASPI f. 558, op. 11, d. 334, ll. 88–89, '
    + `¶ 15–16 (Russian), ¶ 15–16 (English), trans. Gary Goldberg, ${TELEGRAM}#b15-16.`);
  await expect(page.locator('[data-cite="ru"]').textContent()).resolves.toMatch(/^22\.7 в 14 часов 30 минут[\s\S]*Мы, рассмотрев/);
  await expect(page.locator('[data-cite="en"]').textContent()).resolves.toMatch(/^At 1430 22 July[\s\S]*Having considered/);
});

test('copying puts exactly what the panel shows on the clipboard', async () => {
  const { page } = fixture;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  await page.goto(`${TELEGRAM}#b17`);
  await page.waitForSelector('[aria-current="true"]');
  await page.locator('[data-control="cite"]').click();
  const shown = [await page.locator('[data-cite="note"]').textContent(), await page.locator('[data-cite="ru"]').textContent(),
    await page.locator('[data-cite="en"]').textContent()].join('\n\n');
  await page.locator('[data-copy="plain"]').click();
  await page.getByText('Copied as plain.').waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
  await page.locator('[data-copy="markdown"]').click();
  await page.getByText('Copied as markdown.').waitFor();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown.split('\n\n')[1]).toMatch(/^> Предназначенную Вами/);
});

test('a text selection inside a paragraph is cited; notes can become endnotes or be left out', async () => {
  const { page } = fixture;
  await page.goto(TELEGRAM);
  await page.locator('[data-column="en"] [data-paragraph="0"]').evaluate((paragraph) => {
    const range = document.createRange();
    range.selectNodeContents(paragraph.firstChild!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await page.locator('[data-control="cite"]').click();
  await expect(page.locator('[data-cite="en"]').textContent()).resolves.toBe("The Second Main Directorate of the General Staff of the Soviet Army [Translator's note: this is the GRU]");
  await page.locator('[data-control="cite-notes"]').selectOption('endnotes');
  await expect(page.locator('[data-cite="en"]').textContent()).resolves.toBe('The Second Main Directorate of the General Staff of the Soviet Army [1]');
  await expect(page.locator('.cite-endnotes li').textContent()).resolves.toBe("[Translator's note: this is the GRU]");
  await page.locator('[data-control="cite-notes"]').selectOption('omit');
  await expect(page.locator('[data-cite="en"]').textContent()).resolves.toBe('The Second Main Directorate of the General Staff of the Soviet Army');
});
