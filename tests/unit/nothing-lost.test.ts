/**
 * Nothing lost, nothing hangs: every case a new user and a hostile file found (issue 13), each
 * driven through the same CLI entry a person types, with the files on disk checked afterwards.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../lib/cli/sverka';
import type { Output } from '../../lib/cli/output';
import { isReadable, listSlugs, loadDocument, readPins } from '../../lib/corpus';
import { renderDocumentExport } from '../../lib/export';
import { findNotes } from '../../lib/notes';
import { parseMarkdown } from '../../lib/parse';
import { seedPath } from '../helpers/seeds';
import { killAfter, runCli } from '../fuzz/writers';

const CLI = path.join(process.cwd(), 'lib', 'cli', 'run.mjs');
const TELEGRAM = '1950-07-22-roshchin-to-filippov-22591';
const ENGLISH_ONLY = '1950-11-20-stalin-to-kim-il-sung-75835';

let dir: string;
let corpus: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sverka-safe-'));
  corpus = path.join(dir, 'texts');
  await cp('texts', corpus, { recursive: true });
});
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const output: Output = { line: (text) => stdout.push(text), error: (text) => stderr.push(text) };
  return { code: await main(args, output), stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return file;
}

/** Bytes of `text` in a single-byte code page, built from the code page's own decoder. */
function encodeCodePage(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const byteOf = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte++) byteOf.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Uint8Array.from([...text].map((character) => (character.charCodeAt(0) < 0x80 ? character.charCodeAt(0) : byteOf.get(character)!)));
}

const folderFiles = async (slug: string) => (await readdir(path.join(corpus, slug))).filter((name) => !name.startsWith('.')).sort();

describe('TMX round trip keeps the whole document', () => {
  test.each([TELEGRAM, ENGLISH_ONLY])('%s: exported and imported into another corpus, it is the same document', async (slug) => {
    const before = (await loadDocument(slug, corpus))!;
    const out = path.join(dir, 'out');
    const tmx = await write('rt.tmx', (await renderDocumentExport(slug, 'tmx', { corpusDir: corpus }))!);
    const { code, stdout, stderr } = await run('import', tmx, '--out', out);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(`${slug} (created)`);
    const after = (await loadDocument(slug, out))!;
    expect(after.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const { imported: _before, ...metaBefore } = before.meta!;
    const { imported: _after, ...metaAfter } = after.meta!;
    expect(metaAfter).toEqual(metaBefore);
    // The texts come back byte for byte; an English-only document stays English-only, with no pins.
    for (const name of ['ru.md', 'en.md']) {
      expect(await readFile(path.join(out, slug, name), 'utf8').catch(() => undefined)).toBe(await readFile(path.join(corpus, slug, name), 'utf8').catch(() => undefined));
    }
    expect((await readdir(path.join(out, slug))).includes('alignment.yml')).toBe(Boolean(before.ru));
    // Imported over the document it came from: an English-only one is unchanged; a bilingual one
    // would gain pins for every bead, so its hand edits are protected unless --force.
    const metadataBefore = await readFile(path.join(corpus, slug, 'document.yml'), 'utf8');
    const again = await run('import', tmx, '--out', corpus);
    if (before.ru) expect(again.stderr).toMatch(/has been edited since it was imported; use --force/);
    else expect(again.stdout).toContain(`${slug} (unchanged)`);
    expect(await readFile(path.join(corpus, slug, 'document.yml'), 'utf8')).toBe(metadataBefore);
  });

  test('list markers, emphasis and links survive the TMX as written', async () => {
    const slug = 'undated-markdown-round-trip';
    await mkdir(path.join(corpus, slug));
    await writeFile(path.join(corpus, slug, 'document.yml'), 'title: Markdown round trip\nkind: note\n');
    const ru = '1. Первый *пункт*.\n\n2. Второй [пункт](https://example.org/a?b=1).\n\n> Цитата.\n';
    const en = '1. The first *item*.\n\n2. The second [item](https://example.org/a?b=1).\n\n> A quote.\n';
    await writeFile(path.join(corpus, slug, 'ru.md'), ru);
    await writeFile(path.join(corpus, slug, 'en.md'), en);
    const tmx = await write('md.tmx', (await renderDocumentExport(slug, 'tmx', { corpusDir: corpus }))!);
    const { code } = await run('import', tmx, '--out', corpus, '--force');
    expect(code).toBe(0);
    expect(await readFile(path.join(corpus, slug, 'ru.md'), 'utf8')).toBe(ru);
    expect(await readFile(path.join(corpus, slug, 'en.md'), 'utf8')).toBe(en);
  });
});

describe('an import never replaces more with less', () => {
  test('a page saved again with lines missing keeps the fields it no longer has, and says so', async () => {
    const out = path.join(dir, 'out');
    const full = await readFile(seedPath('002'), 'utf8');
    const page = await write('saved/page.txt', full);
    expect((await run('import', page, '--out', out)).code).toBe(0);
    const [slug] = await listSlugs(out);
    const richer = (await loadDocument(slug, out))!.meta!;
    expect(richer.locators.length).toBeGreaterThan(0);
    // The same page saved again by the same name, its citation and translator lines cut.
    const trimmed = full.split('\n').filter((line) => !/RGASPI|Translated by|Citation/i.test(line)).join('\n');
    await writeFile(page, trimmed);
    const { code, stdout } = await run('import', page, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\(unchanged\)[^]*kept from the existing document\.yml, which the import of .*page\.txt lacks: .*locators/);
    const after = (await loadDocument(slug, out))!.meta!;
    expect(after.locators).toEqual(richer.locators);
    expect(after.translator).toBe(richer.translator);
  });

  test('two pages that derive the same folder name: the second is refused naming both, in one command or two', async () => {
    const out = path.join(dir, 'out');
    const first = await write('a/first.txt', await readFile(seedPath('004'), 'utf8'));
    // Another archive record (another URL), whose header gives the same date, sender and addressee.
    const second = await write('b/second.txt', (await readFile(seedPath('004'), 'utf8')).replace('document/112082', 'document/112083').replace('CIPHERED TELEGRAM', 'CIPHERED TELEGRAM (second copy)'));
    const together = await run('import', first, second, '--out', out);
    expect(together.code).toBe(1);
    expect(together.stderr).toMatch(/second\.txt: .*already holds the import of first\.txt; second\.txt is another document/);
    const [slug] = await listSlugs(out);
    const kept = await readFile(path.join(out, slug, 'en.md'), 'utf8');
    expect(kept).not.toContain('(second copy)');
    // Not even --force replaces another source's document.
    const forced = await run('import', second, '--out', out, '--force');
    expect(forced.code).toBe(1);
    expect(await readFile(path.join(out, slug, 'en.md'), 'utf8')).toBe(kept);
    // With a slug of its own it imports beside the first.
    expect((await run('import', second, '--out', out, '--slug', `${slug}-b`)).code).toBe(0);
    expect(await listSlugs(out)).toEqual([slug, `${slug}-b`]);
  });

  test('a page re-imported without its Russian loses the old ru.md, and keeps the files people added', async () => {
    const out = path.join(dir, 'out');
    const full = await readFile(seedPath('002'), 'utf8');
    const page = await write('page.txt', full);
    await run('import', page, '--out', out);
    const [slug] = await listSlugs(out);
    expect(await readdir(path.join(out, slug))).toContain('ru.md');
    await writeFile(path.join(out, slug, 'review.yml'), 'dismissed:\n  - finding: f-0123456789ab\n    reason: checked\n');
    await writeFile(path.join(out, slug, 'en.revised.md'), 'A revised translation.\n');
    const englishOnly = full.split('\n').filter((line) => !/\p{Script=Cyrillic}/u.test(line)).join('\n');
    await writeFile(page, englishOnly);
    const { code } = await run('import', page, '--out', out);
    expect(code).toBe(0);
    expect((await readdir(path.join(out, slug))).sort()).toEqual(['document.yml', 'en.md', 'en.revised.md', 'review.yml']);
  });

  test('the output folder is never written through a symbolic link', async () => {
    const out = path.join(dir, 'out');
    const elsewhere = path.join(dir, 'elsewhere');
    await mkdir(out);
    await mkdir(elsewhere);
    const page = await write('page.txt', await readFile(seedPath('004'), 'utf8'));
    const dryRun = await run('import', page, '--out', path.join(dir, 'probe'));
    const slug = (await listSlugs(path.join(dir, 'probe')))[0];
    expect(dryRun.code).toBe(0);
    await symlink(elsewhere, path.join(out, slug));
    const { code, stderr } = await run('import', page, '--out', out);
    expect(code).toBe(1);
    expect(stderr).toMatch(/is a symbolic link; Sverka does not write through links/);
    expect(await readdir(elsewhere)).toEqual([]);
  });
});

describe('writes survive concurrency and kills', () => {
  beforeAll(() => {
    // Build the CLI bundle once, so that the parallel runs below measure writes, not esbuild.
    execFileSync(process.execPath, [CLI, 'help'], { stdio: 'ignore' });
  });


  test('ten review commands at once keep all ten dismissals', async () => {
    const check = JSON.parse(execFileSync(process.execPath, [CLI, 'check', path.join(corpus, TELEGRAM), '--json'], { encoding: 'utf8' }));
    const finding = check.findings[0].id as string;
    const results = await Promise.all(Array.from({ length: 10 }, (_, k) => runCli(['review', path.join(corpus, TELEGRAM), finding, '--reason', `reviewer ${k}`])));
    expect(results.map((result) => result.stderr)).toEqual(Array(10).fill(''));
    const document = (await loadDocument(TELEGRAM, corpus))!;
    expect(document.dismissals.map((dismissal) => dismissal.reason).sort()).toEqual(Array.from({ length: 10 }, (_, k) => `reviewer ${k}`).sort());
  });

  /** Paragraphs in the killed import's page: enough that writing it takes a moment to interrupt. */
  const KILLED_PARAGRAPHS = 2000;
  /**
   * Kills spread over the import's life. Few, because a kill that lands while the lock is held
   * makes the next import wait out the stale lock (10 s); `npm run fuzz -- writers` kills forty.
   */
  const KILLS = 5;

  test('an import killed at any moment leaves the folder whole or absent, and the next import goes through', async () => {
    const out = path.join(dir, 'out');
    // A long page, so that the import takes a while to write.
    const seed = await readFile(seedPath('002'), 'utf8');
    const body = Array.from({ length: KILLED_PARAGRAPHS }, (_, k) => `Параграф ${k}: товарищу Филиппову.\n\nParagraph ${k}: to Comrade Filippov.`).join('\n\n');
    const page = await write('long.txt', seed.replace('Consequently we can', `${body}\n\nConsequently we can`));
    const started = Date.now();
    expect((await runCli(['import', page, '--out', path.join(dir, 'probe')])).code).toBe(0);
    const lifetime = Date.now() - started;
    for (let attempt = 0; attempt < KILLS; attempt++) {
      await rm(out, { recursive: true, force: true });
      await killAfter(['import', page, '--out', out], (lifetime * (attempt + 1)) / (KILLS + 1));
      for (const slug of await listSlugs(out).catch(() => [])) {
        const document = (await loadDocument(slug, out))!;
        expect(document.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
        expect(document.ru?.paragraphs.length).toBeGreaterThan(KILLED_PARAGRAPHS);
      }
      const again = await runCli(['import', page, '--out', out]);
      expect(again.stderr).toBe('');
      expect(again.code).toBe(0);
    }
  });

  test('a folder set aside by a write killed between its two renames is put back by the next write', async () => {
    const folder = path.join(corpus, TELEGRAM);
    await rename(folder, path.join(corpus, `.${TELEGRAM}.old-1234-abcd0123`));
    const validate = await run('validate', corpus);
    expect(validate.stdout).toMatch(/interrupted-write/);
    const fixed = await run('validate', corpus, '--fix');
    expect(fixed.stdout).toContain('finished an interrupted write');
    expect(fixed.stdout).not.toMatch(/interrupted-write/);
    expect(await folderFiles(TELEGRAM)).toEqual(['document.yml', 'en.md', 'ru.md']);
  });
});

describe('alignment files are read correctly or refused with file and line', () => {
  const rows = 'bead\tru\ten\n0\tПравительство КНР согласно.\tThe PRC government agrees.\n1\tТов. Рощину.\tTo Comrade Roshchin.\n';

  test.each(['windows-1251', 'koi8-r'])('a TSV in %s is converted, and the import says so', async (encoding) => {
    const file = await write(`pairs-${encoding}.tsv`, encodeCodePage(rows, encoding));
    const { code, stdout } = await run('import', file, '--out', path.join(dir, 'out'), '--slug', 'undated-pairs');
    expect(code).toBe(0);
    expect(stdout).toMatch(/not UTF-8: read as (Windows-1251|KOI8-R)/);
    const document = (await loadDocument('undated-pairs', path.join(dir, 'out')))!;
    expect(document.ru!.paragraphs.map((p) => p.text)).toEqual(['Правительство КНР согласно.', 'Тов. Рощину.']);
  });

  test('quoted cells keep their tabs, line breaks and quotes; an empty side is an empty cell', async () => {
    const file = await write('quoted.tsv', 'ru\ten\n"Первый\tабзац\n\nВторой ""абзац"""\t"First\tparagraph\n\nSecond ""paragraph"""\n\tAdded by the translator.\n');
    expect((await run('import', file, '--out', path.join(dir, 'out'), '--slug', 'undated-quoted')).code).toBe(0);
    const document = (await loadDocument('undated-quoted', path.join(dir, 'out')))!;
    expect(document.ru!.paragraphs.map((p) => p.text)).toEqual(['Первый\tабзац', 'Второй "абзац"']);
    expect(document.en[0].paragraphs.map((p) => p.text)).toEqual(['First\tparagraph', 'Second "paragraph"', 'Added by the translator.']);
    expect(document.pins.map(({ ru, en }) => ({ ru, en }))).toEqual([{ ru: [0, 1], en: [0, 1] }, { ru: [], en: [2] }]);
  });

  test.each([
    ['an extra column', 'ru\ten\tcomment\nА\tA\tchecked\n', /extra\.tsv:1: the column "comment" would be lost/],
    ['a row with more cells than the header', 'ru\ten\nА\tA\nБ\tB\tstray\n', /extra\.tsv:3: this row has a different number of cells/],
    ['a quote that never closes', 'ru\ten\n"А\tA\n', /extra\.tsv:2: a quoted cell is never closed/],
  ])('%s is refused with its line, and nothing is written', async (_name, content, message) => {
    const file = await write('extra.tsv', content);
    const { code, stderr } = await run('import', file, '--out', path.join(dir, 'out'));
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(await listSlugs(path.join(dir, 'out')).catch(() => [])).toEqual([]);
  });

  const tmx = (lang: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header srclang="${lang}" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="x" creationtoolversion="1" o-tmf="x"/>\n<body>\n<tu>\n<tuv xml:lang="${lang}"><seg>Уряд згоден.</seg></tuv>\n<tuv xml:lang="en"><seg>The government agrees.</seg></tuv>\n</tu>\n</body>\n</tmx>\n`;

  test('a TMX pairing Ukrainian and English is refused, not imported empty', async () => {
    const file = await write('uk.tmx', tmx('uk'));
    const { code, stderr } = await run('import', file, '--out', path.join(dir, 'out'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/uk\.tmx:3: the TMX holds segments in uk; Sverka imports Russian \(ru\) and English \(en\) only/);
  });

  test('a UTF-16 TMX, as Trados writes it, is read', async () => {
    const text = tmx('ru-RU').replace('encoding="UTF-8"', 'encoding="UTF-16"').replace('Уряд згоден.', 'Правительство согласно.');
    const file = await write('trados.tmx', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect((await run('import', file, '--out', path.join(dir, 'out'), '--slug', 'undated-trados')).code).toBe(0);
    const document = (await loadDocument('undated-trados', path.join(dir, 'out')))!;
    expect(document.ru!.paragraphs[0].text).toBe('Правительство согласно.');
  });

  test('a TMX declaring an external entity (XXE) is refused with its line', async () => {
    const file = await write('xxe.tmx', tmx('ru').replace('<tmx version', '<!DOCTYPE tmx [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n<tmx version').replace('Уряд згоден.', '&xxe;'));
    const { code, stderr } = await run('import', file, '--out', path.join(dir, 'out'));
    expect(code).toBe(1);
    expect(stderr).toBe(`${file}:2: the TMX declares its own entities (a DOCTYPE with an internal subset); Sverka does not expand them: remove the declarations`);
  });
});

describe('paths that are not files get one clear line, and the other files still import', () => {
  test('a folder, a missing file, a path through a file, /dev/zero and a FIFO', async () => {
    const good = await write('good.txt', await readFile(seedPath('004'), 'utf8'));
    const fifo = path.join(dir, 'pipe.txt');
    spawnSync('mkfifo', [fifo]);
    const inputs = [dir, path.join(dir, 'missing.txt'), path.join(good, 'inside.txt'), '/dev/zero', fifo, good];
    const { code, stdout, stderr } = await run('import', ...inputs, '--out', path.join(dir, 'out'));
    expect(code).toBe(1);
    expect(stderr.split('\n')).toEqual([
      `${dir}: is a folder, not a file`,
      `${path.join(dir, 'missing.txt')}: no such file`,
      `${path.join(good, 'inside.txt')}: a part of the path is not a folder`,
      '/dev/zero: is a device or socket, not a file',
      `${fifo}: is a pipe (FIFO), not a file`,
    ]);
    expect(stdout).toMatch(/good\.txt → .* \(created\)/);
  });
});

describe('a review.yml broken by hand is refused with its line, never overwritten', () => {
  async function dismiss(reviewYml: string) {
    const file = path.join(corpus, TELEGRAM, 'review.yml');
    await writeFile(file, reviewYml);
    const document = (await loadDocument(TELEGRAM, corpus))!;
    expect(isReadable(document)).toBe(true);
    const check = JSON.parse(execFileSync(process.execPath, [CLI, 'check', path.join(corpus, TELEGRAM), '--json'], { encoding: 'utf8' }));
    const result = await run('review', path.join(corpus, TELEGRAM), check.findings[0].id, '--reason', 'checked');
    return { ...result, after: await readFile(file, 'utf8') };
  }

  test.each([
    ['dismissed: 5\n', /review\.yml:1: "dismissed" must be a list/],
    ['dismissed:\n  a: 1\n', /review\.yml:1: "dismissed" must be a list/],
    ['- finding: f-0123456789ab\n', /review\.yml:1: review\.yml must be a mapping/],
  ])('%j', async (content, message) => {
    const { code, stderr, after } = await dismiss(content);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(after).toBe(content);
  });

  test('an empty review.yml holds nothing to keep and is written afresh', async () => {
    const { code, after } = await dismiss('');
    expect(code).toBe(0);
    expect(after).toMatch(/^dismissed:\n {2}- finding: f-[0-9a-f]{12}\n {4}reason: checked\n$/);
  });
});

describe('hostile shapes stay bounded', () => {
  test('2,000 nested list markers on one line: every command reads it, naming no stack', async () => {
    const slug = 'undated-deep-list';
    await mkdir(path.join(corpus, slug));
    await writeFile(path.join(corpus, slug, 'document.yml'), 'title: Deep list\nkind: note\n');
    await writeFile(path.join(corpus, slug, 'en.md'), `${'- '.repeat(2000)}x\n\nNext paragraph.\n`);
    const document = (await loadDocument(slug, corpus))!;
    // Read as typed, every marker kept, with a warning at the line.
    expect(document.en[0].paragraphs.map((p) => p.text)).toEqual([`${'- '.repeat(2000)}x`, 'Next paragraph.']);
    expect(document.problems.map((problem) => [problem.line, problem.code])).toEqual([[1, 'too-deep-list']]);
    const validate = await run('validate', corpus);
    expect(validate.stderr).toBe('');
    const notes = await run('notes', path.join(corpus, slug, 'en.md'));
    expect(notes.code).toBe(0);
  });

  test('50,000 nested brackets: the outer notes are found, the rest are text with a warning', () => {
    const text = `${'['.repeat(50_000)}x${']'.repeat(50_000)}`;
    const { notes, problems } = findNotes(parseMarkdown(`Before ${text} after.\n`, 'deep.md').paragraphs, 'en');
    expect(notes).toHaveLength(8);
    expect(problems.map((problem) => problem.code)).toEqual(['deep-brackets']);
    expect(notes[0].text.length).toBe(text.length - 2);
  });

  test('a pin over a billion paragraphs is refused before anything is expanded', () => {
    const { pins, problems } = readPins('pins:\n  - ru 1-999999999 = en 1-999999999\n', 'alignment.yml', 3, 3);
    expect(pins).toEqual([]);
    expect(problems.map((problem) => [problem.line, problem.code])).toEqual([[2, 'pin-out-of-range']]);
  });

  test('40,000 pins are read, and overlaps and crossings are still found at their lines', () => {
    const count = 40_000;
    const lines = Array.from({ length: count }, (_, k) => `  - ru ${k + 1} = en ${k + 1}`);
    lines.push('  - ru 5 = en 7', `  - ru ${count} untranslated`);
    const { pins, problems } = readPins(`pins:\n${lines.join('\n')}\n`, 'alignment.yml', count, count + 10);
    expect(pins).toHaveLength(count);
    expect(problems.map((problem) => [problem.line, problem.code])).toEqual([[count + 2, 'pin-conflict'], [count + 3, 'pin-conflict']]);
  });
});
