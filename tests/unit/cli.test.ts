import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../lib/cli/sverka';
import type { Output } from '../../lib/cli/output';
import { fixtureCase } from '../bench/cases';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(path.join(tmpdir(), 'sverka-cli-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

async function run(args: string[]): Promise<{ code: number; stdout: string[]; stderr: string[] }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const output: Output = { line: (text) => stdout.push(text), error: (text) => stderr.push(text) };
  return { code: await main(args, output), stdout, stderr };
}

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

describe('sverka align', () => {
  test('prints the beads as a JSON array with 0-based paragraph indices, each with its confidence', async () => {
    const ru = await write('ru.txt', 'Шифртелеграмма No. 22591\n\nТов. Сталину.\n\nПрошу прислать 160 экипажей в Мукден.\n');
    const en = await write('en.txt', 'To Cde. Stalin.\r\n\r\nPlease send 160 crews to Mukden.\r\n');
    const { code, stdout } = await run(['align', ru, en]);
    expect(code).toBe(0);
    const beads = JSON.parse(stdout.join('')) as Array<{ ru: number[]; en: number[]; confidence: number }>;
    expect(beads.map(({ ru: r, en: e }) => ({ ru: r, en: e }))).toEqual([{ ru: [0], en: [] }, { ru: [1], en: [0] }, { ru: [2], en: [1] }]);
    for (const bead of beads) expect(bead.confidence).toBeGreaterThanOrEqual(0);
    for (const bead of beads) expect(bead.confidence).toBeLessThanOrEqual(1);
    // The two translated passages fit their lengths: they are not the ones to check.
    expect(beads[2].confidence).toBeGreaterThan(0.9);
  });

  test('--explain shows the evidence for each bead', async () => {
    const ru = await write('ru.txt', 'Прошу прислать 160 экипажей в Мукден.');
    const en = await write('en.txt', 'Please send 160 crews to Mukden.');
    const { stdout } = await run(['align', ru, en, '--explain']);
    expect(stdout[0]).toMatch(/^bead\s+ru\s+en\s+shape.*confidence/);
    expect(stdout[1]).toMatch(/ 0\.9\d{3} /);
    expect(stdout[1]).toMatch(/n:160/);
    expect(stdout[1]).toMatch(/name:Мукден/);
    expect(stdout[2]).toMatch(/^ {6}ru: Прошу прислать 160 экипажей/);
    expect(stdout[3]).toMatch(/^ {6}en: Please send 160 crews/);
  });

  test('an empty translation aligns as all untranslated, with a warning', async () => {
    const ru = await write('ru.txt', 'Один.\n\nДва.');
    const en = await write('en.txt', '');
    const { code, stdout, stderr } = await run(['align', ru, en]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout.join('')).map(({ ru: r, en: e }: { ru: number[]; en: number[] }) => ({ ru: r, en: e }))).toEqual([{ ru: [0], en: [] }, { ru: [1], en: [] }]);
    expect(stderr.join('\n')).toMatch(/en\.txt:1: warning: file is empty/);
  });

  test('unreadable input is an error naming the file and line', async () => {
    const ru = await write('ru.txt', new Uint8Array([0x61, 0x0a, 0x0a, 0xff, 0xfe]));
    const en = await write('en.txt', 'Text.');
    const { code, stderr } = await run(['align', ru, en]);
    expect(code).toBe(1);
    expect(stderr.join('\n')).toMatch(/ru\.txt:3: invalid UTF-8/);
    expect((await run(['align', path.join(dir, 'missing.txt'), en])).stderr.join('')).toMatch(/missing\.txt: no such file/);
    expect((await run(['align', ru])).code).toBe(2);
  });
});

describe('sverka notes', () => {
  test('lists the notes of a Markdown file, as a table or as JSON', async () => {
    const file = await write('en.md', 'FILIPPOV [Stalin]\n\nA jet [aircraft] division [SIC] and [Handwritten: [reply]] x]\n');
    const table = await run(['notes', file]);
    expect(table.code).toBe(0);
    expect(table.stdout[0]).toMatch(/^¶0\s+Identification\s+9-17\s+"Stalin" \(on "FILIPPOV"\)$/);
    expect(table.stdout.join('\n')).toMatch(/en\.md:3: warning: unbalanced "\]"/);
    const json = JSON.parse((await run(['notes', file, '--json'])).stdout.join('\n'));
    expect(json.notes.map((note: { kind: string }) => note.kind)).toEqual(['identification', 'supplied', 'sic', 'physical', 'supplied']);
    expect(json.problems).toHaveLength(1);
  });
});

describe('sverka check', () => {
  test('two texts that are not a text and its translation get one clear warning; a translation does not', async () => {
    const mark = fixtureCase('mark');
    const ru = await write('ru.txt', mark.ru.slice(0, 60).join('\n\n'));
    const other = await write('other.txt', mark.en.slice(320, 395).join('\n\n'));
    const translation = await write('en.txt', mark.en.slice(0, 73).join('\n\n'));
    const warned = await run(['check', ru, other]);
    expect(warned.stdout[0]).toMatch(/^warning: the two texts do not seem to be a text and its translation: only \d+% of their paragraphs pair one to one/);
    expect(JSON.parse((await run(['check', ru, other, '--json'])).stdout.join('')).warning).toMatch(/do not seem to be a text and its translation/);
    expect((await run(['check', ru, translation])).stdout.join('\n')).not.toMatch(/warning/);
    expect(JSON.parse((await run(['check', ru, translation, '--json'])).stdout.join('')).warning).toBeUndefined();
  });

  test('prints beads and findings as JSON for two files, and a readable report', async () => {
    const ru = await write('ru.txt', 'Шифртелеграмма No. 22591\n\nДля подготовки 160 экипажей в районе Шанхай-Нанкин-Сюйчжоу.\n');
    const en = await write('en.txt', 'To train 160 crews in the Shanghai-Nanjing-Suzhou area.\n');
    const json = JSON.parse((await run(['check', ru, en, '--json'])).stdout.join(''));
    expect(json.beads).toEqual([{ ru: [0], en: [] }, { ru: [1], en: [0] }]);
    expect(json.findings.map((finding: { kind: string; severity: string }) => [finding.kind, finding.severity]))
      .toEqual([['omission', 'medium'], ['name-mismatch', 'high']]);
    expect(json.findings[1]).toMatchObject({ ru: [1], en: [0], message: '“Сюйчжоу” reads Xuzhou, but the English has “Suzhou”' });
    const report = await run(['check', ru, en]);
    expect(report.stdout.at(-1)).toBe('2 finding(s): 1 high, 1 medium, 0 low');
  });

  test('checks a corpus document by its folder', async () => {
    const { code, stdout } = await run(['check', 'texts/1950-07-22-roshchin-to-filippov-22591', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout.join('')).findings).toHaveLength(3);
    expect((await run(['check', 'texts/no-such-document'])).code).toBe(1);
  });
});

describe('sverka review', () => {
  test('dismisses a finding in review.yml; the reader then shows it as reviewed', async () => {
    const { cp } = await import('node:fs/promises');
    const { getDocumentView } = await import('../../lib/view');
    const slug = '1950-07-22-roshchin-to-filippov-22591';
    await cp(path.join('texts', slug), path.join(dir, slug), { recursive: true });
    const report = await run(['check', path.join(dir, slug)]);
    const id = /(f-[0-9a-f]{12})$/.exec(report.stdout.find((line) => line.includes('name-mismatch'))!)![1];
    const result = await run(['review', path.join(dir, slug), id, '--reason', 'The scan reads Suzhou; checked.']);
    expect(result.code).toBe(0);
    const view = await getDocumentView(slug, dir);
    const finding = view && 'reader' in view ? view.reader.findings.find((candidate) => candidate.id === id) : undefined;
    expect(finding?.dismissed).toBe('The scan reads Suzhou; checked.');
    expect((await run(['review', path.join(dir, slug), 'f-000000000000', '--reason', 'x'])).code).toBe(1);
  });
});

describe('sverka search', () => {
  test('prints the matching passages with the words marked, narrowed by facets', async () => {
    const all = await run(['search', 'Сталину', '--corpus', 'texts']);
    expect(all.code).toBe(0);
    const slugs = (lines: string[]) => new Set(lines.filter((line) => /^\S+ #b\d+$/.test(line)).map((line) => line.split(' ')[0]));
    expect(slugs(all.stdout).size).toBeGreaterThan(1);
    const narrowed = await run(['search', 'Сталину', '--corpus', 'texts', '--from', 'Roshchin', '--date-from', '1950-07', '--date-to', '1950-07']);
    expect([...slugs(narrowed.stdout)]).toEqual(['1950-07-22-roshchin-to-filippov-22591']);
    expect(narrowed.stdout.join('\n')).toContain('[[');
    const json = await run(['search', '"jet equipment"', '--json', '--corpus', 'texts']);
    expect(JSON.parse(json.stdout.join('')).length).toBeGreaterThan(0);
  });

  test('a malformed date facet is a usage error that says what it expects', async () => {
    const { code, stderr } = await run(['search', 'Stalin', '--date-from', '19x', '--corpus', 'texts']);
    expect(code).toBe(2);
    expect(stderr.join('\n')).toMatch(/--date-from "19x": expected a year, month or day/);
  });
});

describe('hostile slugs', () => {
  test('a slug with ../, from --slug or from a TMX header, is refused and nothing is written outside the corpus', async () => {
    const out = path.join(dir, 'corpus');
    const page = await write('page.txt', 'Cipher telegram\n\nПрошу сообщить.\n');
    const bySlug = await run(['import', page, '--out', out, '--slug', '../escaped']);
    expect(bySlug.code).not.toBe(0);
    expect(bySlug.stderr.join('\n')).toMatch(/"\.\.\/escaped" is not a safe slug/);
    const tmx = await write('evil.tmx', '<?xml version="1.0"?><tmx version="1.4"><header srclang="ru"><prop type="x-sverka-slug">../../escaped</prop></header>'
      + '<body><tu><tuv xml:lang="ru"><seg>Текст</seg></tuv><tuv xml:lang="en"><seg>Text</seg></tuv></tu></body></tmx>');
    const byHeader = await run(['import', tmx, '--out', out]);
    expect(byHeader.code).not.toBe(0);
    expect(byHeader.stderr.join('\n')).toMatch(/not a safe slug/);
    await expect(readdir(dir)).resolves.not.toContain('escaped');
  });
});
