import path from 'node:path';
import type { Locator } from 'playwright-core';
import { usePageFixture } from './page-fixture';
import { ARTIFACTS, LONG_DOCUMENT, serverRecord } from './server';

const { baseUrl } = serverRecord();
const TELEGRAM = `${baseUrl}/documents/1950-07-22-roshchin-to-filippov-22591`;
/** Sync must keep counterpart beads this close, in CSS pixels (the tolerance). */
const LEVEL_TOLERANCE_PX = 2;
const AXE = path.join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js');

const fixture = usePageFixture();
beforeEach(async () => {
  await fixture.page.goto(`${baseUrl}/`);
  await fixture.page.evaluate(() => localStorage.clear());
});

const ruPane = () => fixture.page.locator('[data-column="ru"]');
const enPane = () => fixture.page.locator('[data-column="en"]');

/** Top of bead `bead` relative to the top of the pane's visible area. */
function beadOffset(pane: Locator, bead: number): Promise<number> {
  return pane.evaluate((element, index) => {
    const group = element.querySelector<HTMLElement>(`:scope > [data-bead-group="${index}"]`)!;
    return group.offsetTop - element.scrollTop;
  }, bead);
}

/** The bead at the top of the pane and how far into it the pane is scrolled. */
function topBead(pane: Locator): Promise<{ bead: number; into: number; height: number }> {
  return pane.evaluate((element) => {
    const groups = [...element.querySelectorAll<HTMLElement>(':scope > [data-bead-group]')];
    const group = groups.find((candidate) => candidate.offsetTop + candidate.offsetHeight > element.scrollTop)!;
    return { bead: Number(group.dataset.beadGroup), into: element.scrollTop - group.offsetTop, height: group.offsetHeight };
  });
}

/** Frames both panes must hold still before a scroll counts as finished (a wheel scroll may be smooth). */
const SETTLED_FRAMES = 5;

/** Wait until `source` has scrolled away from `from` and neither pane has moved for a few frames. */
async function waitForScrollToSettle(source: Locator, from: number): Promise<void> {
  await source.evaluate((element, { start, frames }) => new Promise<void>((resolve) => {
    const panes = [...document.querySelectorAll<HTMLElement>('[data-column]')];
    let last = '';
    let still = 0;
    const tick = () => {
      const positions = panes.map((pane) => pane.scrollTop).join(',');
      still = positions === last ? still + 1 : 0;
      last = positions;
      if (element.scrollTop !== start && still >= frames) resolve();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }), { start: from, frames: SETTLED_FRAMES });
}

async function waitForSync(): Promise<void> {
  await fixture.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function openReader(width = 1280, hash = ''): Promise<void> {
  await fixture.page.setViewportSize({ width, height: 900 });
  await fixture.page.goto(`${TELEGRAM}${hash}`);
  await fixture.page.waitForSelector('.reader-toolbar');
  await waitForSync();
}

describe('scrolling in step', () => {
  test('wheel-scrolling either pane brings the other level with it', async () => {
    await openReader();
    for (const [source, target] of [[ruPane(), enPane()], [enPane(), ruPane()]]) {
      await source.hover();
      const from = await source.evaluate((element) => element.scrollTop);
      await fixture.page.mouse.wheel(0, 700);
      await waitForScrollToSettle(source, from);
      const top = await topBead(source);
      const to = await topBead(target);
      expect(to.bead).toBe(top.bead);
      // The same fraction of the bead is scrolled past in both panes.
      expect(Math.abs(to.into - (top.into / top.height) * to.height)).toBeLessThanOrEqual(LEVEL_TOLERANCE_PX);
    }
  });

  test('a bead scrolled to the top of one pane is at the top of the other, 1:0 and 0:1 beads included', async () => {
    await openReader();
    for (const bead of [2, 14, 15, 20]) {
      await ruPane().evaluate((element, index) => {
        element.scrollTop = element.querySelector<HTMLElement>(`:scope > [data-bead-group="${index}"]`)!.offsetTop;
      }, bead);
      await waitForSync();
      expect(Math.abs(await beadOffset(enPane(), bead) - await beadOffset(ruPane(), bead))).toBeLessThanOrEqual(LEVEL_TOLERANCE_PX);
    }
    // Bead 2 is untranslated: the English pane shows a placeholder in its place.
    await expect(enPane().locator('[data-gap-bead="2"]').textContent()).resolves.toBe('[1 paragraph not translated]');
  });

  test('the sync can be turned off and on, and the reader remembers the choice', async () => {
    await openReader();
    await fixture.page.locator('[data-control="sync"]').uncheck();
    await ruPane().evaluate((element) => { element.scrollTop = 900; });
    await waitForSync();
    expect(await enPane().evaluate((element) => element.scrollTop)).toBe(0);
    await fixture.page.reload();
    await fixture.page.waitForSelector('.reader-toolbar');
    await expect(fixture.page.locator('[data-control="sync"]').isChecked()).resolves.toBe(false);
    await ruPane().evaluate((element) => { element.scrollTop = 900; });
    await fixture.page.locator('[data-control="sync"]').check();
    await waitForSync();
    // In step: the same bead at the top of both panes, scrolled past by the same fraction of its height.
    const top = await topBead(ruPane());
    const to = await topBead(enPane());
    expect(to.bead).toBe(top.bead);
    expect(Math.abs(to.into - (top.into / top.height) * to.height)).toBeLessThanOrEqual(LEVEL_TOLERANCE_PX);
  });
});

describe('a long document', () => {
  /** Whether a passage's text is laid out and drawn, or skipped until it comes near the screen. */
  const drawn = (pane: Locator, bead: number) => pane.locator(`[data-bead="${bead}"]`).first()
    .evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }));
  /** How far a passage's top is below its pane's top, on screen (its groups sit in chunks, so offsetTop is the chunk's). */
  const screenOffset = (pane: Locator, bead: number) => pane.evaluate((element, index) =>
    element.querySelector(`[data-bead-group="${index}"]`)!.getBoundingClientRect().top - element.getBoundingClientRect().top, bead);
  /** The first passage whose bottom is below the pane's top. */
  const passageAtTop = (pane: Locator) => pane.evaluate((element) => {
    const paneTop = element.getBoundingClientRect().top + 1;
    const groups = [...element.querySelectorAll<HTMLElement>('[data-bead-group]')];
    return Number(groups.find((group) => group.getBoundingClientRect().bottom > paneTop)!.dataset.beadGroup);
  });

  async function openLong(hash: string): Promise<void> {
    await fixture.page.setViewportSize({ width: 1280, height: 900 });
    await fixture.page.goto(`${baseUrl}/documents/${LONG_DOCUMENT}${hash}`);
    await fixture.page.waitForSelector('[data-column="en"] [aria-current="true"]');
    await waitForSync();
  }

  test('draws only the passages near the screen, and a deep link far down opens both panes at that passage', async () => {
    await openLong('#b2101');
    expect(await drawn(ruPane(), 2100)).toBe(true);
    expect(await drawn(ruPane(), 1000)).toBe(false);
    const offset = await screenOffset(ruPane(), 2100);
    // On screen the top may fall between pixels (the scroll position is whole pixels).
    expect(offset).toBeGreaterThanOrEqual(-LEVEL_TOLERANCE_PX);
    expect(offset).toBeLessThan(50);
    expect(Math.abs(await screenOffset(enPane(), 2100) - offset)).toBeLessThanOrEqual(LEVEL_TOLERANCE_PX);
  });

  test('scrolling one pane to passages never drawn before brings the other to the same passage', async () => {
    await openLong('#b1');
    for (const bead of [1500, 700, 1950]) {
      await enPane().evaluate((element, index) => {
        element.scrollTop += element.querySelector(`[data-bead-group="${index}"]`)!.getBoundingClientRect().top - element.getBoundingClientRect().top;
      }, bead);
      await waitForSync();
      expect(await passageAtTop(enPane())).toBe(bead);
      expect(Math.abs(await screenOffset(ruPane(), bead) - await screenOffset(enPane(), bead))).toBeLessThanOrEqual(LEVEL_TOLERANCE_PX);
    }
    await ruPane().hover();
    const from = await ruPane().evaluate((element) => element.scrollTop);
    await fixture.page.mouse.wheel(0, 2000);
    await waitForScrollToSettle(ruPane(), from);
    expect(await passageAtTop(enPane())).toBe(await passageAtTop(ruPane()));
  });

  test('the stacked view interleaves the languages passage by passage, far down too', async () => {
    await openLong('#b1801');
    await fixture.page.locator('[data-control="view"]').selectOption('stacked');
    await fixture.page.waitForSelector('.panes[data-mode="stacked"]');
    const order = await fixture.page.evaluate(() => {
      const groups = [...document.querySelectorAll<HTMLElement>('.panes [data-bead-group="1800"], .panes [data-bead-group="1801"]')];
      return groups.map((group) => [group.closest('[data-column]')!.getAttribute('data-column'), group.dataset.beadGroup, group.getBoundingClientRect().top] as const)
        .sort((a, b) => a[2] - b[2]).map(([column, bead]) => `${column}${bead}`);
    });
    expect(order).toEqual(['ru1800', 'en1800', 'ru1801', 'en1801']);
    // The choice is remembered for the next page of this browser: leave the view as the other tests expect it.
    await fixture.page.locator('[data-control="view"]').selectOption('side');
  });
});

describe('counterparts, selection and deep links', () => {
  test('hovering a paragraph lights up its bead on both sides', async () => {
    await openReader();
    await ruPane().locator('[data-paragraph="15"]').hover();
    const bead = await ruPane().locator('[data-paragraph="15"]').getAttribute('data-bead');
    await expect(enPane().locator(`[data-bead-group="${bead}"]`).getAttribute('class')).resolves.toContain('is-lit');
    await expect(ruPane().locator(`[data-bead-group="${bead}"]`).getAttribute('class')).resolves.toContain('is-lit');
  });

  test('clicking selects a bead and puts it in the URL; shift-click selects a range', async () => {
    await openReader();
    await enPane().locator('[data-paragraph="16"]').click();
    const bead = Number(await enPane().locator('[data-paragraph="16"]').getAttribute('data-bead'));
    await fixture.page.waitForFunction((hash) => location.hash === hash, `#b${bead + 1}`);
    await expect(ruPane().locator('[aria-current="true"]').getAttribute('data-bead')).resolves.toBe(String(bead));
    await enPane().locator('[data-paragraph="18"]').click({ modifiers: ['Shift'] });
    await fixture.page.waitForFunction((hash) => location.hash === hash, `#b${bead + 1}-${bead + 3}`);
    expect(await fixture.page.locator('[data-column="ru"] [aria-current="true"]').count()).toBe(3);
  });

  test('a deep link to a range scrolls to it and selects it', async () => {
    await openReader(1280, '#b16-18');
    const selected = await ruPane().locator('[aria-current="true"]').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-bead')));
    expect(selected).toEqual(['15', '16', '17']);
    const offset = await beadOffset(ruPane(), 15);
    expect(offset).toBeGreaterThanOrEqual(0);
    expect(offset).toBeLessThan(50);
    expect(Math.abs(await beadOffset(enPane(), 15) - offset)).toBeLessThanOrEqual(LEVEL_TOLERANCE_PX);
    await fixture.page.screenshot({ path: path.join(ARTIFACTS, 'reader-side-by-side.png') });
  });

  test('j / k and the arrow keys step through beads; Esc clears', async () => {
    await openReader(1280, '#b4');
    await fixture.page.keyboard.press('j');
    await expect(fixture.page.locator('[data-column="ru"] [aria-current="true"]').getAttribute('data-bead')).resolves.toBe('4');
    await fixture.page.keyboard.press('j');
    await fixture.page.keyboard.press('k');
    await expect(fixture.page.locator('[data-column="ru"] [aria-current="true"]').getAttribute('data-bead')).resolves.toBe('4');
    await fixture.page.keyboard.press('ArrowDown');
    await expect(fixture.page.locator('[data-column="en"] [aria-current="true"]').getAttribute('data-bead')).resolves.toBe('5');
    // The address follows the selection in an effect after the render: wait for it, do not race it.
    await fixture.page.waitForFunction(() => location.hash === '#b6');
    await fixture.page.keyboard.press('Escape');
    expect(await fixture.page.locator('[aria-current="true"]').count()).toBe(0);
    await fixture.page.waitForFunction(() => location.hash === '');
  });
});

describe('modes and screens', () => {
  test('phone width: stacked by default, each Russian paragraph followed by its English', async () => {
    await openReader(390);
    const panes = fixture.page.locator('.panes[data-mode="stacked"]');
    await panes.waitFor();
    // In reading order (top to bottom on the screen), the first paragraphs alternate by bead.
    const order = await panes.locator('[data-lang]').evaluateAll((elements) => elements
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => ({ lang: element.getAttribute('data-lang'), bead: Number(element.getAttribute('data-bead')), top: element.getBoundingClientRect().top }))
      .sort((a, b) => a.top - b.top).slice(0, 6).map(({ lang, bead }) => `${lang}${bead}`));
    expect(order).toEqual(['ru0', 'en0', 'ru1', 'en1', 'ru2', 'ru3']);
    // One column: the English is below the Russian, not beside it, and the page does not scroll sideways.
    const [ru, en] = [await panes.locator('[data-lang="ru"]').first().boundingBox(), await panes.locator('[data-lang="en"]').first().boundingBox()];
    expect(en!.y).toBeGreaterThan(ru!.y);
    expect(Math.abs(en!.x - ru!.x)).toBeLessThan(30);
    expect(await fixture.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await fixture.page.screenshot({ path: path.join(ARTIFACTS, 'reader-stacked-390.png') });
  });

  test('stacked view: j steps through passages and the selection shows on both languages', async () => {
    await openReader(390, '#b15');
    await fixture.page.locator('.panes[data-mode="stacked"]').waitFor();
    await fixture.page.keyboard.press('j');
    await expect(fixture.page.locator('[data-lang="ru"][aria-current="true"]').getAttribute('data-bead')).resolves.toBe('15');
    const current = await fixture.page.locator('[aria-current="true"]').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-lang')));
    expect(new Set(current)).toEqual(new Set(['ru', 'en']));
    // The selected passage is scrolled into the column's view.
    const inView = await fixture.page.locator('.panes').evaluate((panes) => {
      const paragraph = panes.querySelector<HTMLElement>('[data-lang="ru"][aria-current="true"]')!;
      const [box, view] = [paragraph.getBoundingClientRect(), panes.getBoundingClientRect()];
      return box.top >= view.top - 1 && box.top < view.bottom;
    });
    expect(inView).toBe(true);
    await fixture.page.locator('.panes').screenshot({ path: path.join(ARTIFACTS, 'reader-stacked-panes-390.png') });
  });

  test('Russian only, English only and swapped sides', async () => {
    await openReader();
    await fixture.page.locator('.reader-toolbar select').selectOption('en');
    await expect(ruPane().isVisible()).resolves.toBe(false);
    await expect(enPane().isVisible()).resolves.toBe(true);
    await fixture.page.locator('.reader-toolbar select').selectOption('side');
    await fixture.page.locator('[data-control="swap"]').click();
    const [ruBox, enBox] = [await ruPane().boundingBox(), await enPane().boundingBox()];
    expect(ruBox!.x).toBeGreaterThan(enBox!.x);
  });
});

describe('accessibility', () => {
  test.each([['the document list', '/'], ['the reader', '/documents/1950-07-22-roshchin-to-filippov-22591']])('%s has no serious axe violations', async (_, route) => {
    await fixture.page.goto(`${baseUrl}${route}`);
    await fixture.page.addScriptTag({ path: AXE });
    const violations = await fixture.page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe;
      const result = await axe.run();
      return result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id} (${violation.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });
});
