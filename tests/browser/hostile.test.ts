/**
 * Hostile texts: script tags, event-handler attributes, javascript: and data: links, raw HTML,
 * bidi overrides and a YAML bomb (tests/fixtures/hostile-corpus). Nothing may run, nothing may
 * be fetched from another origin, the page must stay readable, and no route may reach outside
 * the site's files.
 */
import { request as httpRequest } from 'node:http';
import { usePageFixture } from './page-fixture';
import { serverRecord } from './server';
import { INITIAL_LAYOUT_SCRIPT } from '@/app/components/reader/layout-choice';

const { baseUrl } = serverRecord();
const fixture = usePageFixture();
const HOSTILE = '1950-02-01-hostile-markup';
const BOMB = '1950-02-02-yaml-bomb';

/** Everything a page did that an attack would cause: dialogs, console errors, requests elsewhere. */
function watch(): { consoleErrors: string[]; foreignRequests: string[] } {
  const seen = { consoleErrors: [] as string[], foreignRequests: [] as string[] };
  fixture.page.on('console', (message) => { if (message.type() === 'error') seen.consoleErrors.push(message.text()); });
  fixture.page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== new URL(baseUrl).origin && url.protocol !== 'data:') seen.foreignRequests.push(request.url());
  });
  return seen;
}

test.each([
  ['the document list', '/'],
  ['the hostile document', `/documents/${HOSTILE}`],
  ['the YAML bomb\'s error page', `/documents/${BOMB}`],
  ['search hits in hostile text', `/search?q=${encodeURIComponent('pwned')}`],
])('%s: nothing executes, nothing is fetched from elsewhere, the attack is shown as text', async (_name, route) => {
  const { page } = fixture;
  const seen = watch();
  const response = await page.goto(`${baseUrl}${route}`, { waitUntil: 'networkidle' });
  expect(response?.headers()['content-security-policy']).toMatch(/default-src 'self'/);
  if (route.startsWith('/search')) await page.locator('.search-hit').first().waitFor();
  // Hover and focus everything, so that onmouseover/onfocus payloads would have their chance.
  for (const element of await page.locator('main *').all().then((all) => all.slice(0, 400))) await element.hover({ timeout: 200, force: true }).catch(() => undefined);
  // Let anything the hovers queued (timers, handlers) run: wait until the page is idle.
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 10_000 })));
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(fixture.dialogs).toEqual([]);
  expect(seen.consoleErrors).toEqual([]);
  expect(seen.foreignRequests).toEqual([]);
  const injected = await page.evaluate((ownScript) => ({
    // Next.js's own inline scripts (its chunk loader, and the page data with the hostile text as
    // JSON strings) are known by their start, the reader's layout script by its whole text; any
    // other inline script was injected.
    scripts: [...document.scripts].filter((script) => !script.src && script.textContent !== ownScript && !/^\s*\(?(self\.__next_f|\(?globalThis\["TURBOPACK"\])/.test(script.textContent ?? '')).length,
    handlers: [...document.querySelectorAll('*')].filter((element) => [...element.attributes].some((attribute) => /^on/i.test(attribute.name))).length,
    unsafeLinks: [...document.querySelectorAll('a[href]')].filter((link) => !/^(https?:|mailto:|\/|#|\?)/i.test(link.getAttribute('href')!)).length,
    frames: document.querySelectorAll('iframe, object, embed, svg[onload], img[src="x"]').length,
    bodyShown: getComputedStyle(document.body).display !== 'none',
  }), INITIAL_LAYOUT_SCRIPT);
  expect(injected).toEqual({ scripts: 0, handlers: 0, unsafeLinks: 0, frames: 0, bodyShown: true });
});

test('the hostile document stays readable: its markup is shown as text, unsafe links are inert, overrides are isolated', async () => {
  const { page } = fixture;
  await page.goto(`${baseUrl}/documents/${HOSTILE}`);
  expect(await page.locator('[data-bead]').count()).toBeGreaterThanOrEqual(8);
  const ru = await page.locator('[data-column="ru"]').innerText();
  expect(ru).toContain('<script>window.__pwned=1</script>');
  expect(ru).toContain('<img src="x" onerror="window.__pwned=1">');
  expect(await page.locator('[data-column="en"] .inert-link').allTextContents()).toEqual(expect.arrayContaining(['click', 'more', 'VB']));
  await expect(page.locator('[data-column="en"] a[href="https://evil.example/page"]').getAttribute('rel')).resolves.toContain('noopener');
  await expect(page.locator('h1 bdi').innerText()).resolves.toContain('<img src=x');
  // The fidelity checks and notes run on hostile text like any other.
  await expect(page.locator('h1').innerText()).resolves.toContain('Telegram');
});

test('a YAML bomb is refused with its file and line, and the server answers quickly afterwards', async () => {
  const { page } = fixture;
  const response = await page.goto(`${baseUrl}/documents/${BOMB}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('main').innerText()).resolves.toMatch(/document\.yml.*3/s);
  await expect(page.locator('main').innerText()).resolves.toMatch(/aliases/);
});

/** A raw GET of `path` exactly as written: no URL normalisation, unlike a browser's. */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => { body += chunk; });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

test.each([
  '/documents/../package.json',
  '/documents/..%2F..%2Fpackage.json',
  '/documents/%2e%2e/%2e%2e/package.json',
  '/documents/..%252F..%252Fpackage.json',
  '/documents/Not_A_Safe_Slug',
  '/documents/1950-07-22-roshchin-to-filippov-22591/export/..%2F..%2F..%2Fpackage.json',
  '/documents/..%2F..%2Fetc%2Fpasswd/export/json',
  '/search/data/..%2F..%2F..%2Fpackage.json',
  '/search/data/..%2Fmanifest.json',
  '/_next/static/..%2F..%2F..%2Fpackage.json',
  '/_next/static/%2e%2e/%2e%2e/%2e%2e/package.json',
  '/..%2F..%2F..%2Fetc%2Fpasswd',
])('path traversal %s is a 404 that reveals no file', async (path) => {
  const { status, body } = await rawGet(path);
  expect(status).toBe(404);
  expect(body).not.toMatch(/"name": "sverka"|root:x:0:0|"dependencies"/);
});
