import path from 'node:path';
import { usePageFixture } from './page-fixture';
import { ARTIFACTS, serverRecord } from './server';

const { baseUrl } = serverRecord();
const TELEGRAM = `${baseUrl}/documents/1950-07-22-roshchin-to-filippov-22591`;
const fixture = usePageFixture();

test('notes are highlighted by kind, in both languages', async () => {
  const { page } = fixture;
  await page.goto(TELEGRAM);
  const english = page.locator('[data-column="en"]');
  await expect(english.locator('[data-note-kind="translator-note"]').first().textContent()).resolves.toBe("[Translator's note: this is the GRU]");
  await expect(english.locator('[data-note-kind="identification"]').first().textContent()).resolves.toBe('[Dandong]');
  await expect(page.locator('[data-column="ru"] [data-note-kind="expansion"]').textContent()).resolves.toBe('[есьма]');
  const styles = await english.locator('[data-note-kind="supplied"]').first().evaluate((element) => getComputedStyle(element).fontStyle);
  expect(styles).toBe('italic');
});

test('hovering a note shows its kind and full text', async () => {
  const { page } = fixture;
  await page.goto(`${TELEGRAM}#b17`);
  const note = page.locator('[data-column="en"] [data-note-kind="identification"]').first();
  await note.hover();
  const tip = await note.evaluate((element) => getComputedStyle(element, '::after').content);
  expect(tip).toBe('"Identification: Dandong (on “Andong”)"');
  await page.screenshot({ path: path.join(ARTIFACTS, 'notes-tooltip.png') });
});

test('the notes panel lists every note; clicking one brings it into view in both panes', async () => {
  const { page } = fixture;
  await page.goto(TELEGRAM);
  await page.locator('.notes-panel summary').click();
  expect(await page.locator('[data-note-link]').count()).toBe(12);
  const link = page.locator('[data-note-link]', { hasText: 'People' });
  await link.click();
  await page.waitForFunction(() => location.hash.startsWith('#b'));
  // One number for a passage: the note says the passage the link opens (#b numbers count from 1, data-bead from 0).
  const passage = Number(new URL(page.url()).hash.slice(2));
  await expect(link.locator('.note-list-where').textContent()).resolves.toContain(`passage ${passage}`);
  // A link like any other, to be opened in a new tab or copied; following it outlines the note in its passage.
  await expect(link.getAttribute('href')).resolves.toBe(`#b${passage}`);
  await expect(page.evaluate(() => document.activeElement?.getAttribute('data-note-id'))).resolves.toBe(await link.getAttribute('data-note-link'));
  const bead = String(passage - 1);
  await expect(page.locator('[data-column="en"] [aria-current="true"]').getAttribute('data-bead')).resolves.toBe(bead);
  for (const column of ['ru', 'en']) {
    const offset = await page.locator(`[data-column="${column}"]`).evaluate((pane, index) => {
      const group = pane.querySelector<HTMLElement>(`:scope > [data-bead-group="${index}"]`)!;
      return group.offsetTop - pane.scrollTop;
    }, bead);
    expect(offset).toBeGreaterThanOrEqual(0);
    expect(offset).toBeLessThan(60);
  }
});

test('the bare-text switch hides the editorial insertions and brings them back', async () => {
  const { page } = fixture;
  await page.goto(TELEGRAM);
  const paragraph = page.locator('[data-column="en"] [data-paragraph="16"]');
  await expect(paragraph.innerText()).resolves.toContain('a jet [aircraft] division');
  await page.locator('.notes-panel summary').click();
  await page.locator('[data-control="bare"]').check();
  const bare = await paragraph.innerText();
  expect(bare).toContain('a jet division');
  expect(bare).not.toContain('[');
  await page.locator('[data-control="bare"]').uncheck();
  await expect(paragraph.innerText()).resolves.toContain('Andong [Dandong]');
});

test('the document list counts notes by kind', async () => {
  const { page } = fixture;
  await page.goto(`${baseUrl}/`);
  const row = page.locator('.document-row[data-slug="1950-07-22-roshchin-to-filippov-22591"] .document-notes');
  await expect(row.getAttribute('data-note-total')).resolves.toBe('12');
  await expect(row.textContent()).resolves.toContain("1 translator's note");
});
