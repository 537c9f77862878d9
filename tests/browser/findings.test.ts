import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runSverka as sverka } from '../helpers/sverka';
import { usePageFixture } from './page-fixture';
import { ARTIFACTS, EXCERPT_DOCUMENT, MISMATCHED_DOCUMENT, serverRecord } from './server';

const { baseUrl } = serverRecord();
const TELEGRAM = `${baseUrl}/documents/1950-07-22-roshchin-to-filippov-22591`;
const fixture = usePageFixture();

test('passages with findings carry a margin mark coloured by severity', async () => {
  const { page } = fixture;
  await page.goto(TELEGRAM);
  const marked = await page.locator('[data-column="ru"] [data-finding-severity]').evaluateAll((groups) =>
    groups.map((group) => [group.getAttribute('data-bead-group'), group.getAttribute('data-finding-severity')]));
  expect(marked).toEqual([['2', 'medium'], ['14', 'low'], ['27', 'high']]);
  const colour = await page.locator('[data-column="en"] [data-bead-group="27"]').evaluate((group) => getComputedStyle(group).boxShadow);
  expect(colour).toContain('rgb(192, 57, 43)');
  // The mark is inside the pane's visible box in side-by-side view, not clipped off its left edge.
  for (const column of ['ru', 'en']) {
    const [mark, pane] = await page.locator(`[data-column="${column}"] [data-bead-group="27"]`).evaluate((group) => [group.getBoundingClientRect().left, group.parentElement!.getBoundingClientRect().left]);
    expect(mark).toBeGreaterThanOrEqual(pane);
  }
});

test('the Сюйчжоу / Suzhou finding marks the name on both sides', async () => {
  const { page } = fixture;
  await page.goto(TELEGRAM);
  await expect(page.locator('[data-column="ru"] mark[data-finding-kind="name-mismatch"]').textContent()).resolves.toBe('Сюйчжоу');
  await expect(page.locator('[data-column="en"] mark[data-finding-kind="name-mismatch"]').textContent()).resolves.toBe('Suzhou');
});

test('the findings panel lists the findings with evidence; clicking one brings its passage into view', async () => {
  const { page } = fixture;
  await page.goto(TELEGRAM);
  await page.locator('.findings-panel > summary').click();
  const items = page.locator('.findings-list li');
  expect(await items.count()).toBe(3);
  // Most severe first: the high name finding, the medium omission, the low addition, each quoting its text.
  expect(await items.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-severity')))).toEqual(['high', 'medium', 'low']);
  await expect(items.nth(1).textContent()).resolves.toContain('has no translation: “Шифртелеграмма No. 22591”');
  await expect(items.nth(0).getAttribute('data-finding-kind')).resolves.toBe('name-mismatch');
  await expect(items.nth(0).textContent()).resolves.toContain('“Сюйчжоу” reads Xuzhou, but the English has “Suzhou”');
  // One number for a passage: the finding names passage 28, and the link it opens is #b28.
  await expect(items.nth(0).locator('.finding-passage').textContent()).resolves.toBe('passage 28');
  // A link like any other, to be opened in a new tab or copied.
  await expect(items.nth(0).locator('a[data-finding-link]').getAttribute('href')).resolves.toBe('#b28');
  await items.nth(0).locator('[data-finding-link]').click();
  await page.waitForFunction(() => location.hash === '#b28');
  for (const column of ['ru', 'en']) {
    const offset = await page.locator(`[data-column="${column}"]`).evaluate((pane) => {
      const group = pane.querySelector<HTMLElement>(':scope > [data-bead-group="27"]')!;
      return group.offsetTop - pane.scrollTop;
    });
    expect(offset).toBeGreaterThanOrEqual(0);
    expect(offset).toBeLessThan(60);
  }
  await expect(page.locator('[data-column="ru"] [aria-current="true"]').getAttribute('data-bead')).resolves.toBe('27');
  // …and the margin of both panes shows that number beside the passage, where the eye can see it.
  for (const column of ['ru', 'en']) {
    const margin = await page.locator(`[data-column="${column}"] [data-bead-group="27"]`).evaluate((group) => {
      const number = getComputedStyle(group, '::before');
      const text = group.querySelector('[data-bead]')!.getBoundingClientRect().left - group.getBoundingClientRect().left;
      return { text: number.content, shown: number.display !== 'none' && number.visibility !== 'hidden', textIndent: text, numberWidth: parseFloat(number.width) };
    });
    expect(margin).toEqual({ text: '"28"', shown: true, textIndent: expect.any(Number), numberWidth: expect.any(Number) });
    // The number has its own column to the left of the text, wide enough for it.
    expect(margin.textIndent).toBeGreaterThan(margin.numberWidth);
    expect(margin.numberWidth).toBeGreaterThan(10);
  }
  await page.screenshot({ path: path.join(ARTIFACTS, 'reader-passage-numbers.png') });
});

test('the document list shows finding counts', async () => {
  const { page } = fixture;
  await page.goto(`${baseUrl}/`);
  await expect(page.locator('.document-row[data-slug="1950-07-22-roshchin-to-filippov-22591"] .document-findings').textContent())
    .resolves.toBe('findings: 1 high · 1 medium · 1 low');
});

test('dismissing a finding composes the command that records it in review.yml', async () => {
  const { page } = fixture;
  await page.goto(TELEGRAM);
  await page.locator('.findings-panel > summary').click();
  const item = page.locator('.findings-list li[data-finding-kind="name-mismatch"]');
  await item.locator('.finding-dismiss summary').click();
  await item.locator('[data-control="dismiss-reason"]').fill('The scan reads Suzhou');
  await expect(item.locator('.dismiss-command').textContent()).resolves
    .toMatch(/^npm run sverka -- review texts\/1950-07-22-roshchin-to-filippov-22591 f-[0-9a-f]{12} --reason 'The scan reads Suzhou'$/);
});

test('a reason with shell syntax in it reaches the command as text, and runs nothing when pasted', async () => {
  const { page } = fixture;
  const marker = path.join(mkdtempSync(path.join(tmpdir(), 'sverka-shell-')), 'pwned');
  const reason = `Roshchin's "note": $(touch ${marker}) \`touch ${marker}\` $HOME \\ !`;
  await page.goto(TELEGRAM);
  await page.locator('.findings-panel > summary').click();
  const item = page.locator('.findings-list li[data-finding-kind="name-mismatch"]');
  await item.locator('.finding-dismiss summary').click();
  await item.locator('[data-control="dismiss-reason"]').fill(reason);
  const command = (await item.locator('.dismiss-command').textContent())!;
  const quoted = command.slice(command.indexOf('--reason ') + '--reason '.length);
  // The word as a real shell reads it, pasted after printf instead of the sverka command.
  const shell = spawnSync('bash', ['-c', `printf %s ${quoted}`], { encoding: 'utf8' });
  expect(shell.stdout).toBe(reason);
  expect(existsSync(marker)).toBe(false);
});

test.each(['light', 'dark'] as const)('the findings panel\'s labels are readable in the %s scheme (WCAG AA contrast)', async (scheme) => {
  const { page } = fixture;
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(TELEGRAM);
  await page.locator('.findings-panel > summary').click();
  await page.addScriptTag({ path: path.join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: string, options: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run('.findings-panel', { runOnly: { type: 'rule', values: ['color-contrast'] } });
    return result.violations.flatMap((violation) => violation.nodes.map((node) => node.target.join(' ')));
  });
  expect(violations).toEqual([]);
  await page.emulateMedia({ colorScheme: null });
});

test('a translation of another text gets one warning above the texts; passages the aligner doubts are marked and listed, and a link brings one into view', async () => {
  const { page } = fixture;
  await page.goto(`${baseUrl}/documents/${MISMATCHED_DOCUMENT}`);
  await expect(page.locator('[data-texts-differ]').textContent()).resolves.toMatch(/^Warning: the two texts do not seem to be a text and its translation/);
  const doubted = await page.locator('[data-column="ru"] [data-alignment-doubt]').evaluateAll((groups) => groups.map((group) => Number(group.getAttribute('data-passage'))));
  expect(doubted.length).toBeGreaterThan(2);
  const panel = page.locator('.doubts-panel');
  await panel.locator('summary').click();
  await expect(panel.locator('summary').textContent()).resolves.toBe(`Alignment to check (${doubted.length} passages)`);
  // Each with the aligner's chance that it is misaligned, the riskiest first; every one above the average passage's (about 1.2%).
  const risks = (await panel.locator('.doubt-confidence').allTextContents()).map((text) => Number(text.trim().match(/^(\d+(?:\.\d)?)% risk of misalignment$/)?.[1]));
  expect(risks.length).toBe(doubted.length);
  expect(Math.min(...risks)).toBeGreaterThanOrEqual(1.1);
  expect(risks).toEqual([...risks].sort((a, b) => b - a));
  const last = doubted[doubted.length - 1];
  await panel.locator('a', { hasText: new RegExp(`^passage ${last}$`) }).click();
  await page.waitForFunction((passage) => location.hash === `#b${passage}`, last);
  await page.waitForFunction((bead) => document.querySelector(`[data-column="ru"] [data-bead-group="${bead}"] [data-bead]`)?.getAttribute('aria-current') === 'true', last - 1);
  // The margin number carries the question mark, in its own colour.
  const number = await page.locator(`[data-column="ru"] [data-bead-group="${last - 1}"]`).evaluate((group) => {
    const style = getComputedStyle(group, '::before');
    const plain = [...group.parentElement!.querySelectorAll('[data-bead-group]:not([data-alignment-doubt])')][0];
    return { content: style.content, colour: style.color, plain: getComputedStyle(plain, '::before').color };
  });
  expect(number.content).toBe(`"${last}?"`);
  expect(number.colour).not.toBe(number.plain);
});

test('the built page gives the command that keeps a doubtful passage, with its alignment\'s revision: run as given it applies, and once the alignment has changed it is refused', async () => {
  const { page } = fixture;
  await page.goto(`${baseUrl}/documents/${MISMATCHED_DOCUMENT}`);
  const panel = page.locator('.doubts-panel');
  await panel.locator('summary').click();
  const command = await panel.locator('[data-pin-command]').textContent();
  const [, slug, revision] = command?.match(/^npm run sverka -- pin texts\/(\S+) keep N --revision ([0-9a-f]{16})$/) ?? [];
  expect(slug).toBe(MISMATCHED_DOCUMENT);
  const passage = await panel.locator('[data-doubtful-bead] a').first().textContent();
  const number = passage?.replace(/^passage /, '') ?? '';
  // The command as a person runs it, on a copy of the document the page was built from.
  const corpus = mkdtempSync(path.join(tmpdir(), 'sverka-pin-from-page-'));
  const folder = path.join(corpus, MISMATCHED_DOCUMENT);
  cpSync(path.join(serverRecord().corpus, MISMATCHED_DOCUMENT), folder, { recursive: true });
  try {
    expect(await sverka('pin', folder, 'keep', number, '--revision', revision)).toMatchObject({ code: 0 });
    // Another edit (a merge, from another window or command) changes the alignment and the page's numbers with it.
    expect(await sverka('pin', folder, 'merge', '1')).toMatchObject({ code: 0 });
    const written = readFileSync(path.join(folder, 'alignment.yml'), 'utf8');
    expect(await sverka('pin', folder, 'keep', number, '--revision', revision)).toMatchObject({ code: 1, lines: [expect.stringMatching(/is no longer revision .* Nothing was written$/)] });
    expect(readFileSync(path.join(folder, 'alignment.yml'), 'utf8')).toBe(written);
  } finally {
    rmSync(corpus, { recursive: true, force: true });
  }
});

test('a translation of its own text gets no such warning', async () => {
  const { page } = fixture;
  await page.goto(TELEGRAM);
  await page.waitForSelector('.reader-toolbar');
  expect(await page.locator('[data-texts-differ]').count()).toBe(0);
});

test('the untranslated passages at each end of an excerpt\'s original are one finding each, marked in the margin of every one of them', async () => {
  const { page } = fixture;
  await page.goto(`${baseUrl}/documents/${EXCERPT_DOCUMENT}`);
  // Passages with nothing on the English side, before the first translated passage and after the last.
  const gaps = await page.locator('[data-column="en"] [data-gap-bead]').evaluateAll((elements) => elements.map((element) => Number(element.getAttribute('data-gap-bead'))));
  const passages = await page.locator('[data-column="ru"] [data-bead-group]').count();
  const head = gaps.filter((bead, index) => bead === index);
  const tail = gaps.filter((bead, index) => bead === passages - gaps.length + index);
  expect(head.length).toBeGreaterThanOrEqual(10);
  expect(tail.length).toBeGreaterThanOrEqual(10);
  const marked = await page.locator('[data-column="ru"] [data-finding-severity]').evaluateAll((groups) => groups.map((group) => Number(group.getAttribute('data-bead-group'))));
  expect(marked).toEqual(expect.arrayContaining([...head, ...tail]));
  await page.locator('.findings-panel > summary').click();
  const ends = page.locator('.findings-list li', { hasText: 'seems to translate an excerpt' });
  await expect(ends.locator('.finding-passage').allTextContents()).resolves.toEqual([
    `passages 1–${head.length}`, `passages ${tail[0] + 1}–${passages}`,
  ]);
  // They are what the excerpt is, not the aligner's doubts: of them, only the passages where the
  // translation starts and stops are listed as alignment to check.
  const doubted = await page.locator('[data-column="ru"] [data-alignment-doubt]').evaluateAll((groups) => groups.map((group) => Number(group.getAttribute('data-bead-group'))));
  expect(doubted.filter((bead) => head.includes(bead) || tail.includes(bead))).toEqual([head[head.length - 1], tail[0]]);
});
