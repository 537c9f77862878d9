import { readdirSync } from 'node:fs';
import path from 'node:path';
import { usePageFixture } from './page-fixture';
import { ARTIFACTS, BROKEN_FIXTURES, serverRecord } from './server';

const { baseUrl, corpus } = serverRecord();
const BILINGUAL = '/documents/1950-07-22-roshchin-to-filippov-22591';
const fixture = usePageFixture();

test('the document list shows every document by date, undated last, and marks broken ones', async () => {
  await fixture.page.goto(`${baseUrl}/`);
  const rows = fixture.page.locator('.document-row');
  // Every folder of the corpus is a row, whatever documents the corpus holds.
  const folders = readdirSync(corpus, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  expect((await rows.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-slug')))).sort()).toEqual(folders.sort());
  // Dated rows first, oldest first; then the undated ones, by title.
  const dates = await rows.evaluateAll((elements) => elements.map((element) => element.querySelector('time')?.getAttribute('datetime') ?? ''));
  const dated = dates.filter(Boolean);
  expect(dates.slice(0, dated.length)).toEqual([...dated].sort());
  expect(dates.slice(dated.length).every((date) => date === '')).toBe(true);
  const titles = await rows.locator('.document-title').allTextContents();
  const undatedTitles = titles.slice(dated.length);
  expect(undatedTitles).toEqual([...undatedTitles].sort((a, b) => a.localeCompare(b)));
  // Known documents in their places: the hostile title is text, its bidi override stays inside it;
  // a document whose metadata cannot be read is listed under its slug, undated.
  const order = [
    '\u202eTelegram <img src=x onerror="window.__pwned=1"> about <script>window.__pwned=1</script>',
    'Ciphered Telegram No. 22591 from Roschin to Filippov [Stalin]',
    'Cable No. 25187, Mao Zedong to Cde. Filippov [Stalin]',
    '1950-01-01-yaml-syntax',
    'Ciphered telegram, Filippov [Stalin] to Mao Zedong (via Roshchin)',
  ];
  expect(order.map((title) => titles.indexOf(title))).toEqual(order.map((title) => titles.indexOf(title)).filter((at) => at >= 0).sort((a, b) => a - b));
  expect(await rows.filter({ hasText: 'Ciphered Telegram No. 22591' }).locator('.document-date').textContent()).toBe('July 22, 1950');
  // The broken fixtures and the YAML bomb cannot be shown; the bilingual telegram can, in both languages.
  const broken = await rows.filter({ hasText: 'cannot be shown' }).evaluateAll((elements) => elements.map((element) => element.getAttribute('data-slug')));
  expect(broken.sort()).toEqual([...BROKEN_FIXTURES.filter((slug) => slug !== '1950-01-18-raw-html'), '1950-02-02-yaml-bomb'].sort());
  expect(await rows.filter({ hasText: 'Russian + English' }).evaluateAll((elements) => elements.map((element) => element.getAttribute('data-slug'))))
    .toContain('1950-07-22-roshchin-to-filippov-22591');
  await fixture.page.screenshot({ path: path.join(ARTIFACTS, 'document-list.png'), fullPage: true });
});

test('the bilingual telegram opens from the list with Russian and English side by side', async () => {
  await fixture.page.goto(`${baseUrl}/`);
  await fixture.page.getByRole('link', { name: 'Ciphered Telegram No. 22591 from Roschin to Filippov [Stalin]' }).click();
  await fixture.page.waitForURL(`${baseUrl}${BILINGUAL}`);
  const russian = fixture.page.locator('[data-column="ru"]');
  const english = fixture.page.locator('[data-column="en"]');
  await expect(russian.getAttribute('lang')).resolves.toBe('ru');
  await expect(english.getAttribute('lang')).resolves.toBe('en');
  expect(await russian.locator('[data-lang="ru"]').count()).toBe(30);
  expect(await english.locator('[data-lang="en"]').count()).toBe(29);
  await expect(russian.locator('[data-paragraph="2"]').textContent()).resolves.toBe('Шифртелеграмма No. 22591');
  // The aligner's beads reach the page: the cipher-telegram line has no English, "to Filippov" no Russian.
  const untranslated = await russian.locator('[data-paragraph="2"]').getAttribute('data-bead');
  expect(await english.locator(`[data-bead="${untranslated}"]`).count()).toBe(0);
  const added = await english.locator('[data-paragraph="13"]').getAttribute('data-bead');
  await expect(english.locator('[data-paragraph="13"]').textContent()).resolves.toBe('to Filippov');
  expect(await russian.locator(`[data-bead="${added}"]`).count()).toBe(0);
  const level = await russian.locator('[data-paragraph="15"]').getAttribute('data-bead');
  await expect(english.locator(`[data-bead="${level}"]`).textContent()).resolves.toMatch(/^Having considered the issues/);
  const [ruBox, enBox] = [await russian.boundingBox(), await english.boundingBox()];
  expect(enBox!.x).toBeGreaterThan(ruBox!.x + ruBox!.width - 1);
  const header = fixture.page.locator('.document-header');
  await expect(header.textContent()).resolves.toContain('RGASPI, f. 558, op. 11, d. 334, ll. 88–89');
  await expect(header.textContent()).resolves.toContain('Gary Goldberg');
  await expect(header.textContent()).resolves.toContain('Roshchin → Filippov [Stalin]');
  await fixture.page.screenshot({ path: path.join(ARTIFACTS, 'first-reader-bilingual.png'), fullPage: false });
});

test('hard line breaks of telegram headers survive to the page', async () => {
  await fixture.page.goto(`${baseUrl}/documents/1950-07-13-filippov-to-zhou-enlai`);
  const first = fixture.page.locator('[data-column="en"] [data-paragraph="0"]');
  expect(await first.locator('br').count()).toBe(1);
  expect(await first.innerText()).toBe('CIPHERED TELEGRAM No. 3305\nBEIJING Only by ciphered telegraph');
});

test('an English-only document says the Russian original is not in the corpus yet', async () => {
  await fixture.page.goto(`${baseUrl}/documents/1951-10-24-mao-zedong-to-filippov-25187`);
  expect(await fixture.page.locator('[data-column="ru"]').count()).toBe(0);
  expect(await fixture.page.locator('[data-column="en"] [data-lang="en"]').count()).toBe(24);
  await expect(fixture.page.locator('.notice').textContent()).resolves.toMatch(/Russian original of this document is not in the corpus yet/);
});

test('a broken document gets a page that names the file, the line and the problem', async () => {
  await fixture.page.goto(`${baseUrl}/documents/1950-01-07-invalid-utf8`);
  await expect(fixture.page.locator('main [role=alert]').textContent()).resolves.toContain('cannot be shown');
  const problem = fixture.page.locator('[data-problem-code="invalid-utf8"]');
  await expect(problem.textContent()).resolves.toMatch(/1950-01-07-invalid-utf8\/en\.md:3.*invalid UTF-8/);
});

test('HTML in a text is shown as text and never runs', async () => {
  await fixture.page.goto(`${baseUrl}/documents/1950-01-18-raw-html`);
  await expect(fixture.page.locator('[data-column="en"] [data-paragraph="1"]').textContent()).resolves.toBe("<script>alert('x')</script>");
  expect(await fixture.page.locator('main script').count()).toBe(0);
  expect(fixture.dialogs).toEqual([]);
  expect(fixture.pageErrors).toEqual([]);
});

test('unknown documents and path tricks are 404s', async () => {
  for (const route of ['/documents/no-such-document', '/documents/..%2F..%2Fpackage.json', '/documents/Not_A_Safe_Slug']) {
    const response = await fixture.page.goto(`${baseUrl}${route}`);
    expect([route, response?.status()]).toEqual([route, 404]);
  }
});

test('every reader page carries the meta tags Zotero and Google Scholar need for a letter or manuscript', async () => {
  const readable = readdirSync(corpus, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name)
    .filter((slug) => !BROKEN_FIXTURES.includes(slug) && slug !== '1950-02-02-yaml-bomb');
  expect(readable.length).toBeGreaterThan(3);
  for (const slug of readable) {
    await fixture.page.goto(`${baseUrl}/documents/${slug}`);
    const tags = await fixture.page.locator('head meta[name]').evaluateAll((elements) => elements.map((tag) => [tag.getAttribute('name')!, tag.getAttribute('content')!]));
    const values = (name: string) => tags.filter(([tagName]) => tagName === name).map(([, content]) => content);
    // Google Scholar: title, at least one author, a publication date (when the document has one).
    expect({ slug, title: values('citation_title').length, authors: values('citation_author').length > 0 }).toEqual({ slug, title: 1, authors: true });
    // Zotero: the item type from DC.type, the author from DC.creator, the archive location from DC.coverage.
    expect(['letter', 'manuscript']).toContain(values('DC.type')[0]);
    expect(values('DC.creator')).toEqual(values('citation_author'));
    // No address of this machine or of another site posing as this page.
    expect(tags.some(([, content]) => /localhost|127\.0\.0\.1/.test(content))).toBe(false);
  }
  await fixture.page.goto(`${baseUrl}${BILINGUAL}`);
  const telegram = Object.fromEntries(await fixture.page.locator('head meta[name]').evaluateAll((elements) => elements.map((tag) => [tag.getAttribute('name'), tag.getAttribute('content')])));
  expect(telegram).toMatchObject({
    citation_title: 'Ciphered Telegram No. 22591 from Roschin to Filippov [Stalin]',
    citation_author: 'Roshchin',
    citation_publication_date: '1950/07/22',
    'DC.type': 'letter',
    'DC.coverage': 'RGASPI, f. 558, op. 11, d. 334, ll. 88–89',
    'z.recipients': 'Filippov [Stalin]',
    'z.translators': 'Gary Goldberg',
  });
});

test('the reader offers its exports as downloads: aligned text and reference records', async () => {
  await fixture.page.goto(`${baseUrl}${BILINGUAL}`);
  const links = await fixture.page.locator('[data-export]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
  expect(links).toHaveLength(6);
  const tmx = await fetch(`${baseUrl}${links[0]}`);
  expect(tmx.headers.get('content-type')).toContain('application/x-tmx+xml');
  expect(tmx.headers.get('content-disposition')).toBe('attachment; filename="1950-07-22-roshchin-to-filippov-22591.tmx"');
  expect(await tmx.text()).toContain('<tuv xml:lang="ru">');
  const ris = await (await fetch(`${baseUrl}/documents/1950-07-22-roshchin-to-filippov-22591/export/ris`)).text();
  expect(ris).toContain('AN  - f. 558, op. 11, d. 334, ll. 88–89\r\n');
  expect((await fetch(`${baseUrl}/documents/1950-07-22-roshchin-to-filippov-22591/export/pdf`)).status).toBe(404);
});
