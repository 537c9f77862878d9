/**
 * A large corpus's build (here forced with SVERKA_PRERENDER=none) renders only the list and the
 * search index; `next start` renders each reader page, export and sentence file the first time it
 * is asked for and keeps it. The person sees the same reader, downloads and search as from a
 * build that rendered everything, and paths outside the corpus are still 404.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp, startApp, stopApp, type RunningApp } from './app-server';
import { usePageFixture } from './page-fixture';

const TELEGRAM = '1950-07-22-roshchin-to-filippov-22591';
const DIST_DIR = '.next-ondemand';
/** A build and a first render on a loaded 2-core machine: minutes, not seconds. */
const BUILD_WAIT_MS = 170_000;

const fixture = usePageFixture();
let corpus: string;
let app: RunningApp | undefined;

beforeAll(async () => {
  corpus = mkdtempSync(path.join(tmpdir(), 'sverka-on-demand-corpus-'));
  cpSync(path.join(process.cwd(), 'texts'), corpus, { recursive: true });
  process.env.SVERKA_PRERENDER = 'none';
  buildApp(corpus, DIST_DIR);
  app = await startApp(corpus, DIST_DIR);
}, 2 * BUILD_WAIT_MS);

afterAll(() => {
  delete process.env.SVERKA_PRERENDER;
  if (app) stopApp(app);
  rmSync(corpus, { recursive: true, force: true });
  rmSync(DIST_DIR, { recursive: true, force: true });
});

test('the build wrote no reader page, export or sentence file, only the list and the search index', () => {
  const documents = path.join(DIST_DIR, 'server', 'app', 'documents');
  expect(readdirSync(documents)).toEqual(['[slug]']);
  expect(existsSync(path.join(DIST_DIR, 'server', 'app', 'index.html'))).toBe(true);
  expect(existsSync(path.join(DIST_DIR, 'server', 'app', 'search', 'data', 'manifest.json.body'))).toBe(true);
});

test('a reader page is rendered on first request: both texts, the passages and the tools', async () => {
  const { page } = fixture;
  await page.goto(`${app!.baseUrl}/documents/${TELEGRAM}#b5`, { timeout: BUILD_WAIT_MS });
  await page.locator('[data-column="en"] [aria-current="true"]').first().waitFor({ timeout: BUILD_WAIT_MS });
  await expect(page.locator('[data-column="ru"]').innerText()).resolves.toContain('Шифртелеграмма No. 22591');
  await expect(page.locator('[data-column="en"]').innerText()).resolves.toContain('Copy N1 to Cde. Stalin');
  await page.locator('[data-column="en"] [data-bead="4"]').first().focus();
  await page.keyboard.press('c');
  await page.locator('dialog[data-cite="dialog"] [data-copy="plain"]').waitFor({ timeout: BUILD_WAIT_MS });
});

test('exports and sentence pairs are rendered on first request, then served as kept', async () => {
  const tmxUrl = `${app!.baseUrl}/documents/${TELEGRAM}/export/tmx`;
  const first = await fetch(tmxUrl);
  expect(first.status).toBe(200);
  expect(first.headers.get('content-disposition')).toBe(`attachment; filename="${TELEGRAM}.tmx"`);
  const tmx = await first.text();
  expect(tmx).toContain('<tu');
  const again = await fetch(tmxUrl);
  expect(await again.text()).toBe(tmx);
  expect(again.headers.get('x-nextjs-cache')).toBe('HIT');

  const sentences = await fetch(`${app!.baseUrl}/documents/${TELEGRAM}/sentences`);
  expect(sentences.status).toBe(200);
  expect(Object.keys((await sentences.json()).ru).length).toBeGreaterThan(0);
});

test('paths outside the corpus stay 404: an unknown document, format, or an unsafe name', async () => {
  for (const route of ['/documents/no-such-document', '/documents/..%2F..%2Fpackage.json', `/documents/${TELEGRAM}/export/pdf`,
    `/documents/${TELEGRAM}/export/constructor`, '/documents/no-such-document/export/tmx', '/documents/no-such-document/sentences']) {
    expect([route, (await fetch(`${app!.baseUrl}${route}`)).status]).toEqual([route, 404]);
  }
});

test('search finds passages across the corpus from the build-time index', async () => {
  const { page } = fixture;
  await page.goto(`${app!.baseUrl}/search?q=${encodeURIComponent('Shanghai')}`, { timeout: BUILD_WAIT_MS });
  await page.locator('a[data-search-hit]').first().waitFor({ timeout: BUILD_WAIT_MS });
  await page.locator('a[data-search-hit]').first().click();
  await page.waitForURL(/\/documents\//, { timeout: BUILD_WAIT_MS });
  await page.locator('[data-column] [data-bead-group]').first().waitFor({ timeout: BUILD_WAIT_MS });
});

test('such a build cannot become a static site: sverka static-site says why and what to do', () => {
  const out = path.join(corpus, '..', `${path.basename(corpus)}-site`);
  const run = spawnSync(process.execPath, [path.join('lib', 'cli', 'run.mjs'), 'static-site', '--dist', DIST_DIR, '--corpus', corpus, '--out', out], { encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain(`the build did not render ${readdirSync(corpus).length} document page(s)`);
  expect(run.stderr).toContain('SVERKA_PRERENDER=all');
  expect(existsSync(out)).toBe(false);
});
