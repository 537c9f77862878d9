/**
 * The reader as a place to read for an hour (issue 18): the panes fill the window below a
 * compact toolbar, on a laptop and on a phone; every document has the same tools; the record
 * of the document opens on demand; the cite panel is a dialog; notes say their kind once.
 */
import path from 'node:path';
import { usePageFixture } from './page-fixture';
import { FOLIO_DOCUMENT, FOLIO_PARAGRAPH, serverRecord } from './server';

const { baseUrl } = serverRecord();
const TELEGRAM = `${baseUrl}/documents/1950-07-22-roshchin-to-filippov-22591`;
const ENGLISH_ONLY = `${baseUrl}/documents/1951-10-24-mao-zedong-to-filippov-25187`;
const AXE = path.join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js');
/** The panes may stop this short of the window's bottom edge: main's bottom padding, in CSS pixels. */
const BOTTOM_SLACK_PX = 12;

const fixture = usePageFixture();
beforeEach(async () => {
  await fixture.page.goto(`${baseUrl}/`);
  await fixture.page.evaluate(() => localStorage.clear());
});

/** How the page lays out: where the panes are, and whether anything but them scrolls. */
async function layout() {
  return fixture.page.evaluate(() => {
    const panes = document.querySelector<HTMLElement>('.panes')!.getBoundingClientRect();
    const toolbar = document.querySelector<HTMLElement>('.reader-toolbar')!.getBoundingClientRect();
    const scrollers = [...document.querySelectorAll<HTMLElement>('body *')].filter((element) => {
      const style = getComputedStyle(element);
      return /(auto|scroll)/.test(style.overflowY) && element.scrollHeight > element.clientHeight + 1 && element.checkVisibility();
    }).map((element) => element.className || element.tagName);
    return {
      panesTop: panes.top, panesBottom: panes.bottom, toolbarBottom: toolbar.bottom, viewport: innerHeight,
      pageScrolls: document.scrollingElement!.scrollHeight > innerHeight + 1, scrollers,
    };
  });
}

test('on a 1366×900 screen the panes fill the window below the toolbar, and the page itself does not scroll', async () => {
  const { page } = fixture;
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(TELEGRAM);
  await page.waitForSelector('.reader-toolbar');
  const shown = await layout();
  expect(shown.pageScrolls).toBe(false);
  expect(shown.panesTop).toBeGreaterThanOrEqual(shown.toolbarBottom);
  // The text starts in the top third of the window (it started about 480 px down), and runs to its bottom.
  expect(shown.panesTop).toBeLessThan(shown.viewport / 3);
  expect(shown.panesBottom).toBeGreaterThan(shown.viewport - BOTTOM_SLACK_PX);
  expect(shown.panesBottom).toBeLessThanOrEqual(shown.viewport);
  // A wheel over a pane scrolls the pane, never the page.
  const pane = page.locator('[data-column="ru"]');
  const box = (await pane.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 600);
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-column="ru"]')!.scrollTop > 0);
  expect(await page.evaluate(() => scrollY)).toBe(0);
});

test('on a 390×844 phone the text starts on the first screen and scrolls in one container', async () => {
  const { page } = fixture;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(TELEGRAM);
  await page.locator('.panes[data-mode="stacked"]').waitFor();
  const shown = await layout();
  expect(shown.pageScrolls).toBe(false);
  expect(shown.scrollers).toEqual(['panes']);
  expect(shown.panesTop).toBeLessThan(shown.viewport / 2);
  expect(shown.panesBottom).toBeGreaterThan(shown.viewport - BOTTOM_SLACK_PX);
});

/**
 * Records, at every frame the browser draws, how the panes are laid out ("<panes display>
 * <English pane display>"), and adds up the layout shifts, from the first frame of the page.
 */
async function recordFrames(): Promise<void> {
  await fixture.page.addInitScript(() => {
    const frames: string[] = [];
    const findBoxes: number[] = [];
    let shifted = 0;
    Object.assign(window, { sverkaFrames: frames, sverkaFindBoxes: findBoxes, sverkaShifted: () => shifted });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifted += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
    const placeFindBox = () => {
      const find = document.querySelector('[data-control="find"]');
      if (find) findBoxes.push(Math.round(find.getBoundingClientRect().left));
    };
    const sample = () => {
      const panes = document.querySelector('.panes');
      const english = document.querySelector('[data-column="en"]');
      if (panes && english) frames.push(`${getComputedStyle(panes).display} ${getComputedStyle(english).display}`);
      placeFindBox();
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
    // Also while the page is being parsed (a slow network paints what has arrived): the toolbar before the texts.
    new MutationObserver(placeFindBox).observe(document, { childList: true, subtree: true });
  });
}

/** The layouts drawn so far, each once, in order, and the layout shift added up. */
async function framesDrawn(): Promise<{ layouts: string[]; findBoxPlaces: number; shifted: number }> {
  return fixture.page.evaluate(() => {
    const recorded = window as unknown as { sverkaFrames: string[]; sverkaFindBoxes: number[]; sverkaShifted: () => number };
    return { layouts: [...new Set(recorded.sverkaFrames)], findBoxPlaces: new Set(recorded.sverkaFindBoxes).size, shifted: recorded.sverkaShifted() };
  });
}

/** Cumulative layout shift Web Vitals call good: a page that moves more than this under the reader's eyes is not. */
const GOOD_LAYOUT_SHIFT = 0.1;

/**
 * Open the telegram, recording every frame, until its panes are in `mode` once the choices are
 * read; the toolbar must not have moved the Find box nor the page shifted on the way.
 */
async function firstFramesIn(mode: string): Promise<string[]> {
  await recordFrames();
  await fixture.page.goto(TELEGRAM);
  await fixture.page.locator(`.panes[data-mode="${mode}"]`).waitFor();
  await fixture.page.waitForFunction(() => (window as unknown as { sverkaFrames: string[] }).sverkaFrames.length > 0);
  const drawn = await framesDrawn();
  // The toolbar has this view's controls from the first frame too: the Find box never jumps.
  expect(drawn.findBoxPlaces).toBe(1);
  expect(drawn.shifted).toBeLessThan(GOOD_LAYOUT_SHIFT);
  return drawn.layouts;
}

// Two common phone widths (the second is Lighthouse's): the toolbar wraps differently on each.
test.each([[390, 844], [412, 823]])('a %i×%i phone draws the texts stacked from the first frame, not side by side until the scripts have loaded', async (width, height) => {
  const { page } = fixture;
  await page.setViewportSize({ width, height });
  // Stacked: one flex column the panes give their boxes up to.
  expect(await firstFramesIn('stacked')).toEqual(['flex contents']);
});

test('a remembered "Russian only" is the layout of the first frame of the next document', async () => {
  const { page } = fixture;
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.evaluate(() => localStorage.setItem('sverka.reader.mode', 'ru'));
  expect(await firstFramesIn('ru')).toEqual(['grid none']);
  expect(await page.locator('[data-control="view"]').inputValue()).toBe('ru');
});

test('side by side, every passage stands level with its counterpart, placeholders included', async () => {
  const { page } = fixture;
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(TELEGRAM);
  const gaps = page.locator('.bead-gap');
  expect(await gaps.count()).toBeGreaterThan(0);
  const drift = () => page.evaluate(() => {
    const tops = (lang: string) => [...document.querySelectorAll<HTMLElement>(`[data-column="${lang}"] > [data-bead-group]`)].map((group) => group.getBoundingClientRect().top);
    const [ru, en] = [tops('ru'), tops('en')];
    return Math.max(...ru.map((top, bead) => Math.abs(top - en[bead])));
  });
  // Levelled down to the last passage (the pane ends with a spacer, so the last group is found by query).
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('[data-column="ru"] > [data-bead-group]')].at(-1)!.style.minHeight !== '');
  expect(await drift()).toBeLessThanOrEqual(2);
  // A narrower window rewraps the paragraphs: the rows are levelled again.
  await page.setViewportSize({ width: 900, height: 900 });
  await page.waitForFunction(() => {
    const last = (lang: string) => [...document.querySelectorAll<HTMLElement>(`[data-column="${lang}"] > [data-bead-group]`)].at(-1)!.getBoundingClientRect().top;
    return Math.abs(last('ru') - last('en')) <= 2;
  });
  expect(await drift()).toBeLessThanOrEqual(2);
});

test('hovering a sentence lights it and its counterpart, in both directions', async () => {
  const { page } = fixture;
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(TELEGRAM);
  // The sentence pairs are a file of their own, fetched when first needed: the page carries none.
  const spans = await page.evaluate(() => fetch(`${location.pathname}/sentences`).then((response) => response.json())) as Record<'ru' | 'en', Record<string, number[]>>;
  expect(await page.content()).not.toContain('data-sentences');
  const pairsOf = (values: number[] = []) => new Set(values.filter((_, index) => index % 3 === 2));
  const beadOf = (lang: string, paragraph: string) => page.locator(`[data-column="${lang}"] [data-paragraph="${paragraph}"]`).getAttribute('data-bead');
  // A passage whose Russian and English paragraphs both hold sentences of more than one pair.
  let target: { ru: string; en: string } | undefined;
  for (const ru of Object.keys(spans.ru).filter((paragraph) => pairsOf(spans.ru[paragraph]).size > 1)) {
    const bead = await beadOf('ru', ru);
    for (const en of Object.keys(spans.en).filter((paragraph) => pairsOf(spans.en[paragraph]).size > 1)) {
      if (!target && await beadOf('en', en) === bead) target = { ru, en };
    }
  }
  expect(target).toBeDefined();
  const lit = () => page.evaluate(() => [...(CSS.highlights.get('sentence-lit') ?? [])].map((range) => {
    const r = range as Range;
    return { lang: (r.startContainer.parentElement!.closest('[data-lang]') as HTMLElement).dataset.lang, text: r.toString() };
  }));
  const until = (text: string) => page.waitForFunction((wanted) => [...(CSS.highlights.get('sentence-lit') ?? [])].some((range) => (range as Range).toString() === wanted), text);
  /** Hover the middle of sentence `index` of a paragraph; returns the sentence's text. */
  const hover = async (lang: 'ru' | 'en', paragraph: string, index: number) => {
    const [start, end] = spans[lang][paragraph].slice(index * 3, index * 3 + 2);
    const point = await page.evaluate(({ lang, paragraph, start, end }) => {
      const element = document.querySelector<HTMLElement>(`[data-column="${lang}"] [data-paragraph="${paragraph}"]`)!;
      element.scrollIntoView({ block: 'center' });
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const middle = Math.floor((start + end) / 2);
      let offset = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (node.parentElement!.closest('.marker')) continue;
        if (middle < offset + node.data.length) {
          const range = document.createRange();
          range.setStart(node, middle - offset);
          range.setEnd(node, middle - offset + 1);
          const box = range.getBoundingClientRect();
          return { x: box.left + box.width / 2, y: box.top + box.height / 2, text: (element.textContent ?? '').slice(start, end) };
        }
        offset += node.data.length;
      }
      throw new Error('no such sentence');
    }, { lang, paragraph, start, end });
    await page.mouse.move(point.x, point.y);
    return point.text;
  };
  const russian = await hover('ru', target!.ru, 1);
  await until(russian);
  const fromRussian = await lit();
  expect(fromRussian.filter((range) => range.lang === 'ru').map((range) => range.text)).toContain(russian);
  const english = fromRussian.find((range) => range.lang === 'en' && range.text.trim().length > 0)?.text;
  expect(english).toBeDefined();
  // And back: pointing at that English sentence lights the Russian one.
  await page.mouse.move(0, 0);
  await page.waitForFunction(() => (CSS.highlights.get('sentence-lit')?.size ?? 0) === 0);
  const values = spans.en[target!.en];
  const enText = await page.locator(`[data-column="en"] [data-paragraph="${target!.en}"]`).textContent();
  const enIndex = [...Array(values.length / 3).keys()].find((index) => enText!.slice(values[index * 3], values[index * 3 + 1]) === english);
  expect(enIndex).toBeDefined();
  await hover('en', target!.en, enIndex!);
  await until(russian);
});

test('text selected in a passage of several sentences cites those sentences and their translation', async () => {
  const { page } = fixture;
  await page.goto(TELEGRAM);
  const spans = await page.evaluate(() => fetch(`${location.pathname}/sentences`).then((response) => response.json())) as Record<'ru' | 'en', Record<string, number[]>>;
  // A Russian paragraph of several sentences in different pairs: select a few words of its second sentence.
  const paragraph = Object.keys(spans.ru).find((index) => new Set(spans.ru[index].filter((_, at) => at % 3 === 2)).size > 1)!;
  const [start, end] = spans.ru[paragraph].slice(3, 5);
  const sentence = await page.locator(`[data-column="ru"] [data-paragraph="${paragraph}"]`).evaluate((element, { start, end }) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let offset = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (start + 2 < offset + node.data.length) {
        const range = document.createRange();
        range.setStart(node, start + 1 - offset);
        range.setEnd(node, Math.min(node.data.length, start + 6 - offset));
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return (element.textContent ?? '').slice(start, end).trim();
      }
      offset += node.data.length;
    }
    throw new Error('no text');
  }, { start, end });
  await page.locator('[data-control="cite"]').click();
  await page.locator('[data-cite="sentences"]').waitFor();
  const quoted = (await page.locator('[data-cite="ru"]').textContent())!;
  expect(quoted).toContain(sentence);
  const whole = (await page.locator(`[data-column="ru"] [data-paragraph="${paragraph}"]`).textContent())!.trim();
  expect(quoted.length).toBeLessThan(whole.length);
  await expect(page.locator('[data-cite="en"]').textContent()).resolves.not.toBe('');
  await expect(page.locator('[data-cite="note"]').textContent()).resolves.toMatch(/passage \d+/);
});

test('an English-only document has the same tools: View, Cite and Find', async () => {
  const { page } = fixture;
  await page.goto(ENGLISH_ONLY);
  const toolbar = page.locator('.reader-toolbar');
  await expect(toolbar.locator('[data-control="view"]').inputValue()).resolves.toBe('en');
  await toolbar.locator('[data-control="find"]').fill('Korea');
  await toolbar.locator('[data-find-count][data-find-state="done"]').waitFor();
  await expect(toolbar.locator('[data-find-count]').textContent()).resolves.toMatch(/^\d+ match(es)?$/);
  await page.locator('[data-column="en"] [data-paragraph="2"]').click();
  await toolbar.locator('[data-control="cite"]').click();
  await expect(page.locator('[data-cite="note"]').textContent()).resolves.toMatch(/Mao Zedong/);
});

test('the record of the document opens on demand: translator, source, credits and rights', async () => {
  const { page } = fixture;
  await page.goto(TELEGRAM);
  const about = page.locator('.document-about');
  await expect(about.locator('summary').innerText()).resolves.toContain('July 22, 1950 · Roshchin → Filippov [Stalin]');
  expect(await about.locator('.document-facts').isVisible()).toBe(false);
  await about.locator('summary').click();
  await expect(about.locator('.document-facts').innerText()).resolves.toContain('Gary Goldberg');
  await expect(about.innerText()).resolves.toContain('Leon Levy Foundation');
  await expect(about.innerText()).resolves.toContain('welcomes reuse of Digital Archive materials');
  await expect(about.innerText()).resolves.toContain('Library of Congress');
});

test('a printed page carries the citation and the address it came from', async () => {
  const { page } = fixture;
  await page.goto(TELEGRAM);
  const citation = page.locator('[data-print-citation]');
  expect(await citation.isVisible()).toBe(false);
  await page.emulateMedia({ media: 'print' });
  expect(await citation.isVisible()).toBe(true);
  await expect(citation.textContent()).resolves.toMatch(/^Cite as: Roshchin to Filippov \[Stalin\], .*passages 1–\d+, trans\. Gary Goldberg, .*\/documents\/1950-07-22-roshchin-to-filippov-22591\.$/);
  // The address it was opened at is filled in once the page is live (it is not known when the page is built).
  const address = `${new URL(page.url()).origin}/documents/`;
  await page.waitForFunction((expected) => document.querySelector('[data-print-citation]')?.textContent?.includes(expected), address);
  await expect(citation.textContent()).resolves.toContain(address);
  expect(await page.locator('.reader-toolbar').isVisible()).toBe(false);
});

test('the cite panel is a dialog: focus moves in, Esc closes it and focus returns', async () => {
  const { page } = fixture;
  await page.goto(`${TELEGRAM}#b5`);
  await page.locator('[data-column="en"] [aria-current="true"]').first().waitFor();
  await page.locator('[data-column="en"] [data-bead="4"]').first().focus();
  await page.keyboard.press('c');
  const dialog = page.locator('dialog[data-cite="dialog"]');
  await dialog.locator('[data-copy="plain"]').waitFor();
  expect(await dialog.evaluate((element: HTMLDialogElement) => element.open && element.contains(document.activeElement))).toBe(true);
  // The copy buttons come first, above the texts.
  const [copyTop, quoteTop] = await Promise.all([dialog.locator('[data-copy="plain"]').boundingBox(), dialog.locator('blockquote').first().boundingBox()]);
  expect(copyTop!.y).toBeLessThan(quoteTop!.y);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-bead'))).toBe('4');
});

test('shift-click selects a range of passages and leaves no text selected', async () => {
  const { page } = fixture;
  await page.goto(TELEGRAM);
  const [first, last] = [page.locator('[data-column="en"] [data-paragraph="4"]'), page.locator('[data-column="en"] [data-paragraph="7"]')];
  const passages = [Number(await first.getAttribute('data-bead')) + 1, Number(await last.getAttribute('data-bead')) + 1];
  await first.click();
  await last.click({ modifiers: ['Shift'] });
  await page.waitForFunction((hash) => location.hash === hash, `#b${passages[0]}-${passages[1]}`);
  expect(await page.evaluate(() => getSelection()?.toString())).toBe('');
});

test('a leaf the text marks is shown in the margin and named by the citations of its passages', async () => {
  const { page } = fixture;
  await page.goto(`${baseUrl}/documents/${FOLIO_DOCUMENT}`);
  const bead = Number(await page.locator(`[data-column="ru"] [data-paragraph="${FOLIO_PARAGRAPH}"]`).getAttribute('data-bead'));
  for (const column of ['ru', 'en']) {
    await expect(page.locator(`[data-column="${column}"] [data-bead-group="${bead}"]`).getAttribute('data-folio')).resolves.toBe('l. 89');
  }
  expect(await page.locator('[data-folio]').count()).toBe(2);
  const citeOf = async (hash: string) => {
    await page.goto(`${baseUrl}/documents/${FOLIO_DOCUMENT}${hash}`);
    await page.locator('[aria-current="true"]').first().waitFor();
    await page.keyboard.press('c');
    const note = (await page.locator('[data-cite="note"]').textContent())!;
    await page.keyboard.press('Escape');
    return note;
  };
  // Does the marked paragraph open its passage? Then nothing of that passage is on the leaf before.
  const opensPassage = await page.locator(`[data-column="ru"] [data-bead-group="${bead}"] [data-paragraph]`).first().getAttribute('data-paragraph') === String(FOLIO_PARAGRAPH);
  // Before the mark: the first leaf of the locator (ll. 88–89); from the mark on: leaf 89; across it: both.
  await expect(citeOf(`#b${bead}`)).resolves.toContain(`passage ${bead} (l. 88)`);
  await expect(citeOf(`#b${bead + 1}`)).resolves.toContain(`passage ${bead + 1} (${opensPassage ? 'l. 89' : 'll. 88–89'})`);
  await expect(citeOf(`#b${bead + 2}`)).resolves.toContain(`passage ${bead + 2} (l. 89)`);
  await expect(citeOf(`#b${bead}-${bead + 1}`)).resolves.toContain(`passages ${bead}–${bead + 1} (ll. 88–89)`);
});

test('skip links lead from the top of the page into each text', async () => {
  const { page } = fixture;
  await page.goto(TELEGRAM);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.textContent);
  expect(focused).toMatch(/^Skip to the (Russian|English)/);
  await page.locator('.skip-links a', { hasText: 'English' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'pane-en');
});

test('note tooltips name the kind once, and an abbreviation expanded in its word shows the word', async () => {
  const { page } = fixture;
  await page.goto(TELEGRAM);
  const tip = (selector: string) => page.locator(selector).first().evaluate((element) => element.getAttribute('data-tip'));
  await expect(tip('[data-column="en"] [data-note-kind="translator-note"]')).resolves.toBe("Translator's note: this is the GRU");
  await expect(tip('[data-column="ru"] [data-note-kind="expansion"]')).resolves.toBe('Expanded abbreviation: Весьма');
});

test('find marks the matched words, counts them, and says when there are none', async () => {
  const { page } = fixture;
  await page.goto(TELEGRAM);
  const find = page.locator('[data-control="find"]');
  await find.fill('Mao Zedong');
  await page.locator('[data-find-count][data-find-state="done"]').waitFor();
  const count = page.locator('[data-find-count]');
  await expect(count.textContent()).resolves.toMatch(/^\d+ matches$/);
  const total = Number((await count.textContent())!.split(' ')[0]);
  const marked = () => page.evaluate(() => [...(CSS.highlights.get('find-match') ?? [])].map((range) => (range as Range).toString()));
  const words = await marked();
  expect(words).toHaveLength(total);
  expect(new Set(words.map((word) => word.toLowerCase()))).toEqual(new Set(['mao zedong']));
  await find.press('Enter');
  await expect(count.textContent()).resolves.toBe(`1 of ${total}`);
  await expect(page.evaluate(() => [...(CSS.highlights.get('find-current') ?? [])].map((range) => (range as Range).toString()))).resolves.toEqual(['Mao Zedong']);
  await find.fill('ёжик в тумане');
  await expect(count.textContent()).resolves.toBe('No matches');
  await expect(marked()).resolves.toEqual([]);
  // One word finds its name in the other script, as site search does: Xuzhou finds Сюйчжоу.
  await find.fill('Xuzhou');
  await page.locator('[data-find-count][data-find-state="done"]').waitFor();
  await expect(marked()).resolves.toContain('Сюйчжоу');
});

/** Serious and critical axe violations on the page as it is now. */
async function axeViolations(): Promise<string[]> {
  if (!(await fixture.page.evaluate(() => 'axe' in window))) await fixture.page.addScriptTag({ path: AXE });
  return fixture.page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run();
    return result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
  });
}

test.each(['light', 'dark'] as const)('with every panel open, in %s mode, axe finds nothing serious', async (scheme) => {
  const { page } = fixture;
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`${TELEGRAM}#b28`);
  await page.locator('[data-column="en"] [aria-current="true"]').first().waitFor();
  for (const summary of await page.locator('.document-about > summary, .reader-panels > details > summary').all()) await summary.click();
  await page.locator('.finding-dismiss > summary').first().click();
  await page.locator('[data-control="find"]').fill('Mao');
  await expect(page.locator('.findings-list').isVisible()).resolves.toBe(true);
  await expect(page.locator('.notes-list').isVisible()).resolves.toBe(true);
  await expect(axeViolations()).resolves.toEqual([]);
  // The cite dialog makes the rest of the page inert: it is checked on its own.
  await page.locator('[data-control="cite"]').click();
  await page.locator('dialog[data-cite="dialog"] [data-copy="plain"]').waitFor();
  await expect(axeViolations()).resolves.toEqual([]);
});
