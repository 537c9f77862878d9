import { encodePassageLink, toPassageLink } from '../../lib/cite/passage-link';
import { toSelector } from '../../lib/cite/selector';
import { usePageFixture } from './page-fixture';
import { serverRecord } from './server';

const { baseUrl } = serverRecord();
const TELEGRAM = `${baseUrl}/documents/1950-07-22-roshchin-to-filippov-22591`;
const fixture = usePageFixture();

test('c cites the selected range: note with locator, paragraphs and translator, and both texts', async () => {
  const { page } = fixture;
  await page.goto(`${TELEGRAM}#b16-17`);
  await page.waitForSelector('[aria-current="true"]');
  await page.keyboard.press('c');
  const note = await page.locator('[data-cite="note"]').textContent();
  await page.waitForFunction(() => document.querySelector('[data-cite="note"]')?.textContent?.includes('?en='));
  expect(note?.startsWith('Roshchin to Filippov [Stalin], ciphered telegram no. 22591, July 22, 1950, RGASPI, f. 558, op. 11, d. 334, ll. 88–89, '
    + 'passages 16–17, trans. Gary Goldberg, copy also in Library of Congress')).toBe(true);
  // The permalink, then the day it was read, as Chicago asks for online sources.
  expect(note).toMatch(new RegExp(`, ${TELEGRAM.replace(/[.?]/g, '\\$&')}\\?en=At\\+1430\\+22\\+July[^#\\s]*&v=[0-9a-f]{6}#b16-17 \\(accessed [A-Z][a-z]+ \\d{1,2}, \\d{4}\\)\\.$`));
  await expect(page.locator('[data-cite="ru"]').textContent()).resolves.toMatch(/^22\.7 в 14 часов 30 минут[\s\S]*Мы, рассмотрев/);
  await expect(page.locator('[data-cite="en"]').textContent()).resolves.toMatch(/^At 1430 22 July[\s\S]*Having considered/);
});

test('copying puts exactly what the panel shows on the clipboard', async () => {
  const { page } = fixture;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  await page.goto(`${TELEGRAM}#b18`);
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
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  await page.locator('[data-copy="plain"]').click();
  await page.getByText('Copied as plain.').waitFor();
  expect((await page.evaluate(() => navigator.clipboard.readText())).split('\n\n').slice(1))
    .toEqual(['Второе главное управление генерального штаба советской Армии', 'The Second Main Directorate of the General Staff of the Soviet Army']);
});

/**
 * A permalink as an older version of the text would have produced it: the opening words of the
 * paragraph starting `exactFrom` in the old text, that paragraph's hash, and the bead it was in then.
 */
async function oldPermalink(oldEnglish: (current: string) => string, exactFrom: string, oldBead: number): Promise<string> {
  const { page } = fixture;
  await page.goto(TELEGRAM);
  const current = await page.locator('[data-column="en"]').evaluate((pane) => [...pane.querySelectorAll<HTMLElement>('[data-paragraph]')]
    .sort((a, b) => Number(a.dataset.paragraph) - Number(b.dataset.paragraph)).map((p) => p.textContent).join('\n\n'));
  const text = oldEnglish(current);
  const start = text.indexOf(exactFrom);
  const paragraph = text.slice(start, text.indexOf('\n\n', start) < 0 ? undefined : text.indexOf('\n\n', start));
  return `${TELEGRAM}?${encodePassageLink(toPassageLink('en', [paragraph]))}#b${oldBead + 1}`;
}

describe('permalinks after the text was corrected', () => {
  test('a range permalink made in the panel opens the same range', async () => {
    const { page } = fixture;
    await page.goto(`${TELEGRAM}#b18-20`);
    await page.waitForSelector('[aria-current="true"]');
    await page.keyboard.press('c');
    await page.waitForFunction(() => document.querySelector('[data-cite="permalink"]')?.getAttribute('href')?.includes('?en='));
    const link = await page.locator('[data-cite="permalink"]').getAttribute('href');
    await page.goto('about:blank');
    await page.goto(link!);
    await page.waitForSelector('[aria-current="true"]');
    const selected = await page.locator('[data-column="ru"] [aria-current="true"]').evaluateAll((elements) => elements.map((e) => e.getAttribute('data-bead')));
    expect(selected).toEqual(['17', '18', '19']);
    expect(await page.locator('[data-permalink]').count()).toBe(0);
  });

  test('a single passage\'s permalink is short enough for a footnote, readable, and opens the passage', async () => {
    const { page } = fixture;
    await page.goto(`${TELEGRAM}#b19`);
    await page.waitForSelector('[aria-current="true"]');
    await page.keyboard.press('c');
    await page.waitForFunction(() => document.querySelector('[data-cite="permalink"]')?.getAttribute('href')?.includes('?en='));
    const link = (await page.locator('[data-cite="permalink"]').getAttribute('href'))!;
    expect(link.length).toBeLessThan(120);
    expect(decodeURIComponent(link.replace(/\+/g, ' '))).toContain('?en=It is proposed to accomplish');
    await page.goto('about:blank');
    await page.goto(link);
    await page.waitForSelector('[aria-current="true"]');
    expect(await page.locator('[data-column="ru"] [aria-current="true"]').evaluateAll((elements) => elements.map((e) => e.getAttribute('data-bead')))).toEqual(['18']);
    expect(await page.locator('[data-permalink]').count()).toBe(0);
  });

  test('after a typo fix in the passage it is found again (fuzzily) and the reader is told the text was corrected', async () => {
    const link = await oldPermalink((text) => text.replace('It is proposed to accomplish', 'It is proposed to acomplish'), 'It is proposed to acomplish', 18);
    await fixture.page.goto(link);
    await fixture.page.locator('[data-permalink="found"]').waitFor();
    await fixture.page.waitForFunction(() => location.hash === '#b19');
    await expect(fixture.page.locator('[data-column="en"] [aria-current="true"]').textContent()).resolves.toMatch(/^It is proposed to accomplish/);
  });

  test('after paragraphs were inserted before it, the passage is found at its new place', async () => {
    const link = await oldPermalink((text) => text.replace('Top Secret\n\n', ''), 'We consider it advisable', 21);
    await fixture.page.goto(link);
    await fixture.page.waitForFunction(() => location.hash === '#b23');
    await expect(fixture.page.locator('[data-column="en"] [aria-current="true"]').textContent()).resolves.toMatch(/^We consider it advisable/);
  });

  test('after two paragraphs were merged into one (re-segmentation), the passage is found in the merged one', async () => {
    // The old text had "Top Secret" as its own paragraph; the current one runs it into the heading paragraph's neighbour.
    const link = await oldPermalink((text) => text.replace('Copy N1 to Cde. Stalin\n\nCopy N2 to Cde. Stalin', 'Copy N1 to Cde. Stalin Copy N2 to Cde. Stalin'),
      'Copy N1 to Cde. Stalin Copy N2', 3);
    await fixture.page.goto(link);
    await fixture.page.locator('[data-permalink="found"]').waitFor();
    await expect(fixture.page.locator('[data-column="en"] [aria-current="true"]').first().textContent()).resolves.toBe('Copy N1 to Cde. Stalin');
  });

  test('a permalink made before short links (?cite= with quote selectors) still finds its passage after a correction', async () => {
    const { page } = fixture;
    await page.goto(TELEGRAM);
    const current = await page.locator('[data-column="en"]').evaluate((pane) => [...pane.querySelectorAll<HTMLElement>('[data-paragraph]')]
      .sort((a, b) => Number(a.dataset.paragraph) - Number(b.dataset.paragraph)).map((p) => p.textContent).join('\n\n'));
    // As the old reader made it, over a text without the "Top Secret" paragraph, which a later correction inserted.
    const older = current.replace('Top Secret\n\n', '');
    const start = older.indexOf('We consider it advisable');
    const selector = { ...toSelector(older, start, start + 60), textHash: '0000000000000000' };
    await page.goto(`${TELEGRAM}?cite=${Buffer.from(JSON.stringify({ en: selector })).toString('base64url')}#b22`);
    await page.locator('[data-permalink="found"]').waitFor();
    await page.waitForFunction(() => location.hash === '#b23');
    await expect(page.locator('[data-column="en"] [aria-current="true"]').textContent()).resolves.toMatch(/^We consider it advisable/);
  });

  test('a passage rewritten beyond recognition gives a visible notice with the old quote, and selects nothing', async () => {
    const link = await oldPermalink((text) => `${text}\n\nThe Politburo rejected the plan and ordered the divisions back to Moscow.`, 'The Politburo rejected', 30);
    await fixture.page.goto(link);
    const notice = fixture.page.locator('[data-permalink="changed"]');
    await notice.waitFor();
    await expect(notice.locator('blockquote').textContent()).resolves.toBe('The Politburo rejected the');
    expect(await fixture.page.locator('[aria-current="true"]').count()).toBe(0);
  });
});

test('text selected from one passage into another selects those passages, and c cites them all', async () => {
  const { page } = fixture;
  await page.goto(`${TELEGRAM}#b1`);
  await page.waitForSelector('[aria-current="true"]');
  const from = page.locator('[data-column="en"] [data-bead="15"][data-paragraph]').first();
  const to = page.locator('[data-column="en"] [data-bead="17"][data-paragraph]').first();
  await from.scrollIntoViewIfNeeded();
  const [start, end] = [await from.boundingBox(), await to.boundingBox()];
  // A drag from the first words of passage 16 to the middle of passage 18, as a reader selects text.
  await page.mouse.move(start!.x + 4, start!.y + 8);
  await page.mouse.down();
  await page.mouse.move(end!.x + end!.width / 2, end!.y + 8, { steps: 8 });
  await page.mouse.up();
  await page.waitForFunction(() => location.hash === '#b16-18');
  await page.keyboard.press('c');
  await page.waitForFunction(() => document.querySelector('[data-cite="note"]')?.textContent?.includes('passages 16–18'));
  await expect(page.locator('[data-cite="en"]').textContent()).resolves.toMatch(/^At 1430 22 July[\s\S]*Having considered[\s\S]*We intend to deploy/);
});
