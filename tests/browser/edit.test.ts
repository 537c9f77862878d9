/**
 * The local edit mode (`sverka edit`), driven in Chromium: each alignment edit (unpinning too)
 * and a dismissal are made with the reader's controls, written to the document's files and shown
 * re-aligned at once; an edit from a page whose alignment changed since is refused; a page of
 * another origin cannot write, and the built site has no write route at all.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readPins, readReview } from '@/lib/corpus';
import { EDIT_TOKEN_HEADER } from '@/lib/edit/protocol';
import { startEditServer, stopApp, type RunningApp } from './app-server';
import { usePageFixture } from './page-fixture';
import { serverRecord } from './server';

const TELEGRAM = '1950-07-22-roshchin-to-filippov-22591';
/** The telegram's paragraph counts, for reading its alignment.yml back. */
const RU_PARAGRAPHS = 30;
const EN_PARAGRAPHS = 29;
/** A dev server compiles a page on its first request and again after an edit: minutes on a loaded 2-core machine, not seconds. */
const EDIT_WAIT_MS = 150_000;

const fixture = usePageFixture();
let corpus: string;
let editor: RunningApp;

beforeAll(async () => {
  corpus = mkdtempSync(path.join(tmpdir(), 'sverka-edit-corpus-'));
  cpSync(path.join(process.cwd(), 'texts', TELEGRAM), path.join(corpus, TELEGRAM), { recursive: true });
  editor = await startEditServer(corpus);
});

afterAll(() => {
  if (editor) stopApp(editor);
  rmSync(corpus, { recursive: true, force: true });
});

beforeEach(() => {
  rmSync(path.join(corpus, TELEGRAM, 'alignment.yml'), { force: true });
  rmSync(path.join(corpus, TELEGRAM, 'review.yml'), { force: true });
});

/** The pins in the telegram's alignment.yml, in the notation people write ("ru 4-5 = en 3-4"). */
function pinsOnDisk(): string[] {
  const text = readFileSync(path.join(corpus, TELEGRAM, 'alignment.yml'), 'utf8');
  const { pins, problems } = readPins(text, 'alignment.yml', RU_PARAGRAPHS, EN_PARAGRAPHS);
  expect(problems).toEqual([]);
  return pins.map(({ ru, en }) => `ru ${ru.map((index) => index + 1).join(',') || '-'} = en ${en.map((index) => index + 1).join(',') || '-'}`);
}

async function openTelegram(): Promise<void> {
  await fixture.page.goto(`${editor.baseUrl}/documents/${TELEGRAM}`, { timeout: EDIT_WAIT_MS });
  await fixture.page.waitForSelector('[data-edit-panel]', { timeout: EDIT_WAIT_MS });
  // The development server sends the panel before React has hydrated it; a click before then is
  // lost (one CI run). React marks each hydrated element with its fiber: wait for that.
  await fixture.page.waitForFunction(() => {
    const passage = document.querySelector('[data-column="ru"] [data-bead-group]');
    return passage !== null && Object.keys(passage).some((key) => key.startsWith('__reactFiber'));
  }, undefined, { timeout: EDIT_WAIT_MS });
}

/** Select passage `number` (as the margin shows it) by clicking its Russian side. */
async function selectPassage(number: number): Promise<void> {
  await fixture.page.locator(`[data-column="ru"] [data-bead-group="${number - 1}"]`).click();
  await fixture.page.locator(`[data-edit-bead="${number - 1}"]`).waitFor({ timeout: EDIT_WAIT_MS });
}

/** Click an edit control and wait until the server's answer and the re-rendered page are in. */
async function edit(control: string): Promise<string> {
  const panel = fixture.page.locator('[data-edit-panel]');
  await panel.locator(`[data-edit="${control}"]`).click();
  const status = panel.locator('[data-edit-status="written"], [data-edit-status="refused"]');
  await status.waitFor({ timeout: EDIT_WAIT_MS });
  return status.innerText();
}

async function passageCount(): Promise<number> {
  return fixture.page.locator('[data-column="ru"] [data-bead-group]').count();
}

/** Wait until the Russian pane has `count` passages (the page re-aligned). */
async function untilPassages(count: number): Promise<void> {
  await fixture.page.waitForFunction((expected) => document.querySelectorAll('[data-column="ru"] [data-bead-group]').length === expected, count, { timeout: EDIT_WAIT_MS });
}

/** The text that stands opposite a paragraph: the other pane's side of the same passage. */
async function oppositeOf(lang: 'ru' | 'en', paragraph: number): Promise<string> {
  const bead = await fixture.page.locator(`[data-column="${lang}"] [data-paragraph="${paragraph}"]`).getAttribute('data-bead');
  return fixture.page.locator(`[data-column="${lang === 'ru' ? 'en' : 'ru'}"] [data-bead-group="${bead}"]`).innerText();
}

test('merging two passages writes a pin and the page shows them as one', async () => {
  // The development server reports a page that hydrated with a mismatch as an error (its overlay's red badge).
  const errors: string[] = [];
  fixture.page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  await openTelegram();
  const before = await passageCount();
  await selectPassage(4);
  expect(await edit('merge')).toMatch(/^Passages 4 and 5 merged/);
  expect(pinsOnDisk()).toEqual(['ru 4,5 = en 3,4']);
  await untilPassages(before - 1);
  await expect(fixture.page.locator('[data-column="ru"] [data-bead-group="3"] [data-paragraph]').count()).resolves.toBe(2);
  expect(errors).toEqual([]);
});

test('splitting a passage cuts it where the person chose, on both sides', async () => {
  await openTelegram();
  const before = await passageCount();
  await selectPassage(4);
  await edit('merge');
  await untilPassages(before - 1);
  await selectPassage(4);
  const panel = fixture.page.locator('[data-edit-panel]');
  // The menus name each paragraph by its number and opening words, as the pane shows it.
  const russianFive = (await fixture.page.locator('[data-column="ru"] [data-paragraph="4"]').innerText()).replace(/\s+/g, ' ').trim();
  const fiveOption = panel.locator('[data-edit-split="ru"] option[value="4"]');
  await expect(fiveOption.innerText()).resolves.toMatch(/^¶ 5 «.+»$/);
  expect(russianFive.startsWith((await fiveOption.innerText()).replace(/^¶ 5 «(.+?)…?»$/, '$1'))).toBe(true);
  await panel.locator('[data-edit-split="ru"]').selectOption('4');
  await panel.locator('[data-edit-split="en"]').selectOption('3');
  expect(await edit('split')).toMatch(/^Passage 4 split before Russian ¶ 5 and English ¶ 4/);
  expect(pinsOnDisk()).toEqual(['ru 4 = en 3', 'ru 5 = en 4']);
  await untilPassages(before);
});

test('a Russian paragraph marked untranslated stands opposite a placeholder', async () => {
  await openTelegram();
  const before = await passageCount();
  await selectPassage(10);
  const russian = Number(await fixture.page.locator('[data-edit-paragraph="untranslated"]').inputValue());
  expect(await edit('untranslated')).toMatch(new RegExp(`^Russian ¶ ${russian + 1} marked as not translated`));
  expect(pinsOnDisk()).toEqual([`ru ${russian + 1} = en -`]);
  await untilPassages(before + 1);
  await expect(oppositeOf('ru', russian)).resolves.toBe('[1 paragraph not translated]');
});

test('an English paragraph marked added stands opposite a placeholder', async () => {
  await openTelegram();
  const before = await passageCount();
  await selectPassage(12);
  const english = Number(await fixture.page.locator('[data-edit-paragraph="added"]').inputValue());
  expect(await edit('added')).toMatch(new RegExp(`^English ¶ ${english + 1} marked as added by the translator`));
  expect(pinsOnDisk()).toEqual([`ru - = en ${english + 1}`]);
  await untilPassages(before + 1);
  await expect(oppositeOf('en', english)).resolves.toBe('[1 paragraph added by the translator]');
});

test('keeping a passage pins it as it stands, the panel says it is pinned, and it can be left to the aligner again', async () => {
  await openTelegram();
  await selectPassage(20);
  expect(await edit('pin')).toMatch(/^Passage 20 kept as it is: .*alignment\.yml holds 1 pin\./);
  expect(pinsOnDisk()).toHaveLength(1);
  const panel = fixture.page.locator('[data-edit-panel]');
  await panel.locator('.edit-selected', { hasText: '(pinned in alignment.yml)' }).waitFor({ timeout: EDIT_WAIT_MS });
  expect(await edit('unpin')).toMatch(/^Passage 20 left to the aligner again: .*alignment\.yml holds 0 pins\./);
  expect(pinsOnDisk()).toEqual([]);
  await panel.locator('[data-edit="unpin"]').waitFor({ state: 'detached', timeout: EDIT_WAIT_MS });
  await expect(panel.locator('.edit-selected').innerText()).resolves.not.toContain('pinned');
});

test('a doubtful passage kept as it is leaves the "Alignment to check" list', async () => {
  const { page } = fixture;
  await openTelegram();
  const doubts = page.locator('.doubts-list [data-doubtful-bead]');
  const count = await doubts.count();
  expect(count).toBeGreaterThan(0);
  await expect(page.locator('.doubts-hint').textContent()).resolves.toMatch(/leaves this list when you keep it as it is/);
  const bead = Number(await doubts.first().getAttribute('data-doubtful-bead'));
  await selectPassage(bead + 1);
  expect(await edit('pin')).toMatch(new RegExp(`^Passage ${bead + 1} kept as it is`));
  await page.waitForFunction((kept) => document.querySelector(`.doubts-list [data-doubtful-bead="${kept}"]`) === null, bead, { timeout: EDIT_WAIT_MS });
  // Only the kept passage leaves: the document's other doubtful passages are still listed.
  expect(await doubts.count()).toBe(count - 1);
});

test('an edit on a page whose alignment changed since it was loaded is refused until the page shows the current one', async () => {
  await openTelegram();
  const before = await passageCount();
  // While the page is open, the person merges passages 4 and 5 by hand in alignment.yml.
  const alignmentFile = path.join(corpus, TELEGRAM, 'alignment.yml');
  const byHand = '# merged by hand\npins:\n  - ru 4-5 = en 3-4\n';
  writeFileSync(alignmentFile, byHand);
  // Passage 20 of this page is passage 19 of the document now: a merge by the page's numbers would join the wrong passages.
  await selectPassage(20);
  expect(await edit('merge')).toMatch(/the alignment has changed since this page was loaded .* show the current alignment \(or reload the page\) and make the edit again\. Nothing was written/);
  expect(readFileSync(alignmentFile, 'utf8')).toBe(byHand);
  await fixture.page.locator('[data-edit-panel] [data-edit-show-current]').click();
  await untilPassages(before - 1);
  await selectPassage(19);
  expect(await edit('merge')).toMatch(/^Passages 19 and 20 merged/);
  expect(pinsOnDisk()).toHaveLength(2);
  await untilPassages(before - 2);
});

test('dismissing a finding writes review.yml and the finding shows as reviewed', async () => {
  const { page } = fixture;
  await openTelegram();
  await page.locator('.findings-panel > summary').click();
  const item = page.locator('.findings-list li[data-finding-kind="name-mismatch"]');
  await item.locator('.finding-dismiss > summary').click();
  await item.locator('[data-control="dismiss-reason"]').fill('Suzhou is the translator\'s reading; checked');
  const findingId = await item.locator('[data-dismiss-write]').getAttribute('data-dismiss-write');
  await item.locator('[data-dismiss-write]').click();
  await page.locator('.findings-list .finding-dismissed', { hasText: 'Suzhou is the translator\'s reading; checked' }).waitFor({ timeout: EDIT_WAIT_MS });
  const review = readReview(readFileSync(path.join(corpus, TELEGRAM, 'review.yml'), 'utf8'), 'review.yml');
  expect(review.problems).toEqual([]);
  expect(review.dismissals).toEqual([{ finding: findingId, reason: 'Suzhou is the translator\'s reading; checked' }]);
});

test('a page of another origin cannot write, and the built site has no write route', async () => {
  const { page } = fixture;
  // Another site on the same machine (another port), as a page the person happens to have open.
  const otherSite = createServer((_request, response) => response.end('<!doctype html><title>another site</title>'));
  await new Promise<void>((resolve) => otherSite.listen(0, '127.0.0.1', resolve));
  const otherOrigin = `http://127.0.0.1:${(otherSite.address() as AddressInfo).port}`;
  await page.goto(otherOrigin);
  const body = JSON.stringify({ slug: TELEGRAM, edit: { kind: 'pin', bead: 0 } });
  const attempts = await page.evaluate(async ({ target, body, tokenHeader }) => {
    const outcome = (promise: Promise<Response>) => promise.then((response) => `answered ${response.type} ${response.status}`, (error: Error) => `failed: ${error.name}`);
    return {
      // With the token header the browser must ask first (a CORS preflight), and nothing says yes.
      withHeader: await outcome(fetch(`${target}/edit`, { method: 'POST', headers: { 'content-type': 'application/json', [tokenHeader]: 'guessed' }, body })),
      // A "simple" request goes out without asking: the server refuses it by its Origin, and the
      // browser does not even hand the page the answer (Cross-Origin-Resource-Policy).
      simple: await outcome(fetch(`${target}/edit`, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body })),
    };
  }, { target: editor.baseUrl, body, tokenHeader: EDIT_TOKEN_HEADER });
  expect(attempts.withHeader).toBe('failed: TypeError');
  expect(attempts.simple).toBe('failed: TypeError');
  otherSite.close();
  const direct = await fetch(`${editor.baseUrl}/edit`, { method: 'POST', headers: { 'content-type': 'application/json', origin: otherOrigin }, body });
  expect(direct.status).toBe(403);
  await expect(direct.json()).resolves.toEqual({ ok: false, error: `edits are accepted only from the reader's own pages, not from origin "${otherOrigin}"` });
  expect(() => readFileSync(path.join(corpus, TELEGRAM, 'alignment.yml'))).toThrow(/ENOENT/);
  const { baseUrl: staticSite } = serverRecord();
  // The built site (next build, next start) was made without the route.
  const built = await fetch(`${staticSite}/edit`, { method: 'POST', headers: { 'content-type': 'application/json', origin: staticSite }, body });
  expect(built.status).toBe(404);
});
