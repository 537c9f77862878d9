/**
 * The built site copied to a plain static host (`sverka static-site`): served here by a file server
 * that knows nothing of Next.js (a path is a file, or a folder's index.html; types by extension),
 * a person opens a reader page, reads and cites, and searches the corpus.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { usePageFixture } from './page-fixture';
import { serverRecord } from './server';

const TELEGRAM = '1950-07-22-roshchin-to-filippov-22591';
/** The dist folder global setup built the fixture corpus into (tests/browser/server.ts), every page rendered. */
const TEST_DIST = '.next-test';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.txt': 'text/plain',
};

const fixture = usePageFixture();
let site: string;
let server: Server;
let baseUrl: string;

/** A static file server of the plainest kind: the file at the path, or the folder's index.html, else 404.html. */
function serveFolder(root: string): Server {
  return createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const candidate = path.join(root, path.normalize(pathname));
    const file = [candidate, path.join(candidate, 'index.html')].find((name) => name.startsWith(root) && existsSync(name) && statSync(name).isFile());
    const served = file ?? path.join(root, '404.html');
    response.writeHead(file ? 200 : 404, { 'content-type': TYPES[path.extname(served)] ?? 'application/octet-stream' });
    createReadStream(served).pipe(response);
  });
}

beforeAll(async () => {
  site = path.join(mkdtempSync(path.join(tmpdir(), 'sverka-static-site-')), 'site');
  const run = spawnSync(process.execPath, [path.join('lib', 'cli', 'run.mjs'), 'static-site', '--dist', TEST_DIST, '--corpus', serverRecord().corpus, '--out', site], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  server = serveFolder(site);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  rmSync(path.dirname(site), { recursive: true, force: true });
});

test('the folder holds every page, export and search file, and a _headers file with the security headers and export types', () => {
  expect(existsSync(path.join(site, 'index.html'))).toBe(true);
  expect(existsSync(path.join(site, 'documents', TELEGRAM, 'index.html'))).toBe(true);
  expect(readFileSync(path.join(site, 'documents', TELEGRAM, 'export', 'tmx'), 'utf8')).toContain('<tu');
  expect(existsSync(path.join(site, 'search', 'data', 'manifest.json'))).toBe(true);
  const headers = readFileSync(path.join(site, '_headers'), 'utf8');
  expect(headers).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self'/);
  expect(headers).toContain(`/documents/${TELEGRAM}/export/tmx\n  content-disposition: attachment; filename="${TELEGRAM}.tmx"\n  content-type: application/x-tmx+xml; charset=utf-8\n`);
});

test('a reader page from plain files: both texts, a passage selected from the link, the cite dialog', async () => {
  const { page } = fixture;
  await page.goto(`${baseUrl}/documents/${TELEGRAM}#b5`);
  await page.locator('[data-column="en"] [aria-current="true"]').first().waitFor();
  await expect(page.locator('[data-column="ru"]').innerText()).resolves.toContain('Шифртелеграмма No. 22591');
  await page.locator('[data-column="en"] [data-bead="4"]').first().focus();
  await page.keyboard.press('c');
  await page.locator('dialog[data-cite="dialog"] [data-copy="plain"]').waitFor();
});

test('search from plain files finds passages and opens the reader on one', async () => {
  const { page } = fixture;
  await page.goto(`${baseUrl}/search?q=Shanghai`);
  const hit = page.locator('a[data-search-hit]').first();
  await hit.waitFor();
  await hit.click();
  await page.waitForURL(/\/documents\/[a-z0-9-]+#b\d+/);
  await page.locator('[data-column] [aria-current="true"]').first().waitFor();
});

test('a second run replaces the folder whole; a folder it did not write is left alone', () => {
  const cli = (out: string) => spawnSync(process.execPath, [path.join('lib', 'cli', 'run.mjs'), 'static-site', '--dist', TEST_DIST, '--corpus', serverRecord().corpus, '--out', out], { encoding: 'utf8' });
  expect(cli(site).status).toBe(0);
  expect(existsSync(path.join(site, 'documents', TELEGRAM, 'index.html'))).toBe(true);
  expect(readdirSync(path.dirname(site)).filter((name) => name.endsWith('.tmp') || name.endsWith('.old'))).toEqual([]);
  const notOurs = path.join(path.dirname(site), 'mine');
  mkdirSync(notOurs);
  const refused = cli(notOurs);
  expect(refused.status).toBe(1);
  expect(refused.stderr).toContain('was not written by sverka static-site');
});
