/**
 * Scans made for the OCR tests and benchmark: known text laid out as typewritten pages by a real
 * text renderer (Debian's Chromium printing to PDF), so the OCR import reads back something whose
 * every character is known. Pages can be turned a quarter, left blank or hold a drawing with no
 * text, as real scans do.
 */
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../browser/chromium';

/** One page of a scan to make. */
export interface ScanPage {
  /** Paragraphs of text; none for a blank page. */
  paragraphs?: string[];
  /** Turn the page a quarter clockwise, as a sheet fed sideways into a scanner. */
  turned?: boolean;
  /** Draw shapes and no text, as a photograph or a stamp page. */
  drawingOnly?: boolean;
}

/** A typewriter-like face that Debian's fonts have in Cyrillic and Latin. */
const PAGE_STYLE = `
  @page { size: A4; margin: 2cm 2cm 2cm 2.5cm; }
  body { margin: 0; font: 12pt/1.3 'DejaVu Serif', serif; }
  section { break-after: page; min-height: 1px; }
  section:last-child { break-after: auto; }
  p { margin: 0 0 0.6em; white-space: pre-wrap; }
  .turned { transform: rotate(90deg) translate(0, -100%); transform-origin: top left; width: 24cm; }
`;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function pageHtml(page: ScanPage): string {
  if (page.drawingOnly) {
    return '<section><svg width="600" height="700" viewBox="0 0 600 700"><circle cx="300" cy="250" r="180" fill="#555"/>'
      + '<rect x="80" y="480" width="440" height="160" fill="#999"/><path d="M60 60 L540 660" stroke="#222" stroke-width="14"/></svg></section>';
  }
  const paragraphs = (page.paragraphs ?? []).map((text) => `<p>${escapeHtml(text)}</p>`).join('');
  return `<section>${page.turned ? `<div class="turned">${paragraphs}</div>` : paragraphs}</section>`;
}

/** Write `pages` as a PDF at `file`, one sheet per page (a page with long text flows onto more sheets). */
export async function renderScanPdf(pages: ScanPage[], file: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${PAGE_STYLE}</style></head><body>${pages.map(pageHtml).join('')}</body></html>`);
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
  } finally {
    await browser.close();
  }
}

/** How a photographed or worn page differs from a clean print. */
export interface PageWear {
  /** Degrees the sheet lay askew on the glass. */
  skewDegrees?: number;
  /** Blur of a camera slightly out of focus, in CSS pixels at 96 dpi. */
  blurPx?: number;
  /** A typewriter's monospaced face instead of a book face. */
  typewriter?: boolean;
}

/** CSS pixels of an A4 sheet at 96 dpi, and the scale that makes a 300 dpi image of it. */
const A4_CSS_PX = { width: 794, height: 1123 };
const SCAN_DPI = 300;

/** Write one page as a 300 dpi greyscale-looking PNG at `file`, as a scanner or camera gives it: Chromium draws it, worn as `wear` says. */
export async function renderScanImage(page: ScanPage, file: string, wear: PageWear = {}): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const context = await browser.newContext({ viewport: A4_CSS_PX, deviceScaleFactor: SCAN_DPI / 96 });
    const tab = await context.newPage();
    const face = wear.typewriter ? "'DejaVu Sans Mono', monospace" : "'DejaVu Serif', serif";
    const style = `body { margin: 0; background: #fff; } .sheet { box-sizing: border-box; width: ${A4_CSS_PX.width}px; height: ${A4_CSS_PX.height}px; padding: 76px 76px 76px 95px;
      font: 12pt/1.3 ${face}; color: #222; transform: rotate(${wear.skewDegrees ?? 0}deg); filter: blur(${wear.blurPx ?? 0}px); }
      p { margin: 0 0 0.6em; white-space: pre-wrap; }`;
    const paragraphs = (page.paragraphs ?? []).map((text) => `<p>${escapeHtml(text)}</p>`).join('');
    await tab.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${style}</style></head><body><div class="sheet">${paragraphs}</div></body></html>`);
    await tab.screenshot({ path: file, fullPage: false });
  } finally {
    await browser.close();
  }
}
