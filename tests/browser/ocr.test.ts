/**
 * A Russian original read from a scan, as a reviewer sees it: the notice that the text is
 * machine-read, the words the engine was unsure of underlined and listed, each folio mark's page
 * of the scan opening beside the text (and closing with Esc, focus back where it was).
 */
import { usePageFixture } from './page-fixture';
import { SCANNED_DOCUMENT, serverRecord } from './server';
import path from 'node:path';

const { baseUrl } = serverRecord();
const READER = `${baseUrl}/documents/${SCANNED_DOCUMENT}`;
const AXE = path.join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js');
const fixture = usePageFixture({ width: 1366, height: 900 });

/** Open the reader and wait until React has hydrated it (the passage the address names is selected). */
async function openReader(): Promise<void> {
  await fixture.page.goto(`${READER}#b1`);
  await fixture.page.locator('[data-column="en"] [aria-current="true"]').first().waitFor();
}

test('the reader says the Russian is machine-read and not yet checked, and marks the words to check', async () => {
  const { page } = fixture;
  await openReader();
  await expect(page.locator('[data-ocr-notice="unreviewed"]').textContent()).resolves.toMatch(/machine-read from a scan \(tesseract [\d.]+, rus\+eng, \d{4}-\d{2}-\d{2}; mean confidence [\d.]+%\) and has not yet been checked by a person/);
  const marks = page.locator('[data-column="ru"] .ocr-doubt');
  const count = await marks.count();
  expect(count).toBeGreaterThan(0);
  await expect(page.locator('.ocr-panel > summary').textContent()).resolves.toBe(`OCR to check (${count} word${count === 1 ? '' : 's'})`);
  // Hovering a doubtful word says why it is marked.
  await marks.first().hover();
  const tip = await marks.first().evaluate((element) => getComputedStyle(element, '::after').content);
  expect(tip).toMatch(/OCR: check it against the scan, page \d: .+ \(confidence \d+%\)/);
  // The panel's entry takes the reader to the word's passage.
  await page.locator('.ocr-panel > summary').click();
  const entry = page.locator('[data-ocr-doubt-entry] a[href^="#b"]').first();
  const hash = await entry.getAttribute('href');
  await entry.click();
  await page.waitForFunction((expected) => location.hash === expected, hash);
  const passage = Number(hash!.slice(2)) - 1;
  await page.locator(`[data-column="ru"] [data-bead-group="${passage}"] .ocr-doubt`).first().waitFor();
});

test('a folio mark opens its page of the scan beside the text; Esc closes it and focus returns', async () => {
  const { page } = fixture;
  await openReader();
  const links = page.locator('[data-column="ru"] a.folio-scan');
  await expect(links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('aria-label')))).resolves.toEqual(['Scan of leaf 88', 'Scan of leaf 89']);
  await expect(page.locator('[data-column="ru"] [data-bead-group="0"]').getAttribute('data-folio')).resolves.toBe('l. 88');
  await links.nth(1).click();
  const viewer = page.locator('[data-scan-viewer]');
  await expect(viewer.getAttribute('aria-label')).resolves.toBe('Scan of leaf 89');
  await page.waitForFunction(() => {
    const image = document.querySelector<HTMLImageElement>('[data-scan-viewer] img');
    return image !== null && image.complete && image.naturalWidth > 500;
  });
  // Beside the text: the Russian pane stays in view on the left.
  const [pane, panel] = await Promise.all([page.locator('[data-column="ru"]').boundingBox(), viewer.boundingBox()]);
  expect(panel!.x).toBeGreaterThanOrEqual(pane!.x + pane!.width - 1);
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Close');
  await page.keyboard.press('Escape');
  await viewer.waitFor({ state: 'detached' });
  await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Scan of leaf 89');
});

test('the page images are served as images; a name the document does not list is a 404', async () => {
  const image = await fetch(`${READER}/scan/page-001.jpg`);
  expect(image.status).toBe(200);
  expect(image.headers.get('content-type')).toBe('image/jpeg');
  expect((await image.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
  for (const name of ['page-003.jpg', 'page-001.png', '..%2Focr.yml', 'ocr.yml']) expect((await fetch(`${READER}/scan/${name}`)).status).toBe(404);
});

test.each(['light', 'dark'] as const)('with the OCR panel and a scan open, in %s mode, axe finds nothing serious', async (scheme) => {
  const { page } = fixture;
  await page.emulateMedia({ colorScheme: scheme });
  await openReader();
  await page.locator('.ocr-panel > summary').click();
  await page.locator('[data-column="ru"] a.folio-scan').first().click();
  await page.locator('[data-scan-viewer] img').waitFor();
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run();
    return result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
  });
  expect(violations).toEqual([]);
});

test('a citation of the unreviewed OCR text says the Russian is machine-read; the typed telegram\'s does not', async () => {
  const { page } = fixture;
  await openReader();
  await page.locator('[data-control="cite"]').click();
  await expect(page.locator('dialog[data-cite="dialog"] [data-cite="machine-read"]').textContent())
    .resolves.toMatch(/^The Russian text was machine-read from a scan \(OCR\) and has not yet been checked against it\. Compare the quotation with the scan/);
  await page.goto(`${baseUrl}/documents/1950-07-22-roshchin-to-filippov-22591#b1`);
  await page.locator('[data-column="en"] [aria-current="true"]').first().waitFor();
  await page.locator('[data-control="cite"]').click();
  await page.locator('dialog[data-cite="dialog"] [data-cite="note"]').waitFor();
  await expect(page.locator('[data-cite="machine-read"]').count()).resolves.toBe(0);
});
