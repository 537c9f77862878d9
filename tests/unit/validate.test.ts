import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixtureCase } from '../bench/cases';
import { runSverka } from '../helpers/sverka';
import { loadDocument } from '../../lib/corpus';
import { viewOfDocument } from '../../lib/view';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'broken-corpus');

/** `sverka validate` (npm run check:texts) on a corpus folder. */
const validate = (corpus: string) => runSverka('validate', corpus);

describe('sverka validate (npm run check:texts)', () => {
  test('the bundled corpus has no problems', async () => {
    const { code, lines } = await validate('texts');
    const folders = (await readdir('texts', { withFileTypes: true })).filter((entry) => entry.isDirectory()).length;
    expect(folders).toBeGreaterThan(0);
    expect(lines.at(-1)).toBe(`${folders} document(s), ${folders} readable, 0 problem(s)`);
    expect(code).toBe(0);
  });

  test('a document whose English translates another text is reported as a warning on its en.md', async () => {
    const corpus = await mkdtemp(path.join(tmpdir(), 'sverka-differ-'));
    try {
      const slug = '1950-07-22-roshchin-to-filippov-22591';
      await cp(path.join('texts', slug), path.join(corpus, slug), { recursive: true });
      const mark = fixtureCase('mark');
      await writeFile(path.join(corpus, slug, 'ru.md'), `${mark.ru.slice(0, 60).join('\n\n')}\n`);
      await writeFile(path.join(corpus, slug, 'en.md'), `${mark.en.slice(320, 395).join('\n\n')}\n`);
      const { code, lines } = await validate(corpus);
      expect(code).toBe(1);
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`${slug}/en\\.md:1: warning \\[texts-differ\\] the two texts do not seem to be a text and its translation`)));
      // The reader page says it once, above the texts.
      const view = viewOfDocument((await loadDocument(slug, corpus))!);
      expect('reader' in view && view.reader.mismatch).toMatch(/do not seem to be a text and its translation/);
    } finally {
      await rm(corpus, { recursive: true, force: true });
    }
  });

  test('every kind of broken document is reported with its file, line and problem', async () => {
    const { code, lines } = await validate(FIXTURES);
    expect(code).toBe(1);
    const expected: Array<[string, string, number]> = [
      ['1950-01-01-yaml-syntax/document.yml', 'yaml-syntax', 2],
      ['1950-01-02-unknown-field/document.yml', 'unknown-field', 3],
      ['1950-01-03-bad-date/document.yml', 'bad-date', 2],
      ['1950-01-04-missing-title/document.yml', 'missing-field', 1],
      ['1950-01-05-empty-text/en.md', 'empty-file', 1],
      ['1950-01-06-binary-text/en.md', 'binary-file', 3],
      ['1950-01-07-invalid-utf8/en.md', 'invalid-utf8', 3],
      ['1950-01-08-bom-and-crlf/document.yml', 'bom', 1],
      ['1950-01-08-bom-and-crlf/en.md', 'crlf', 1],
      ['Not_A_Safe_Slug', 'unsafe-slug', 1],
      ['1950-01-10-missing-metadata/document.yml', 'missing-metadata', 1],
      ['1950-01-11-no-text', 'no-text', 1],
      ['1950-01-12-duplicate-field/document.yml', 'duplicate-field', 3],
      ['1950-01-13-alias-bomb/document.yml', 'yaml-alias', 2],
      ['1950-01-14-unknown-kind/document.yml', 'unknown-kind', 2],
      ['1950-01-15-bad-url/document.yml', 'bad-url', 5],
      ['1950-01-16-wrong-type/document.yml', 'wrong-type', 2],
      ['1950-01-17-unexpected-file/notes.txt', 'unexpected-file', 1],
      ['1950-01-18-raw-html/en.md', 'raw-html', 3],
      ['1950-01-19-bad-locator/document.yml', 'bad-locator', 6],
      ['1950-01-20-not-a-mapping/document.yml', 'not-a-mapping', 1],
      ['1950-01-21-locator-without-printed/document.yml', 'missing-field', 4],
      ['1950-01-22-control-character/en.md', 'control-character', 3],
    ];
    for (const [file, problemCode, line] of expected) {
      const location = `${path.relative(process.cwd(), path.join(FIXTURES, file))}:${line}`;
      const reported = lines.find((text) => text.startsWith(`${location}:`) && text.includes(`[${problemCode}]`));
      expect(reported ?? `no [${problemCode}] reported at ${location}`).toMatch(new RegExp(`\\[${problemCode}\\] \\S`));
    }
    // Nothing else is reported: the problems above, one line each.
    const reported = lines.filter((text) => /: (?:error|warning) \[/.test(text)).map((text) => /\[([a-z0-9-]+)\]/.exec(text)![1]);
    expect(reported.sort()).toEqual(expected.map(([, problemCode]) => problemCode).sort());
    expect(lines.at(-1)).toBe('22 document(s), 4 readable, 23 problem(s)');
  });

  test('--fix rewrites byte-order marks and CRLF, after which the document is clean', async () => {
    const corpus = await mkdtemp(path.join(tmpdir(), 'sverka-fix-'));
    try {
      await cp(path.join(FIXTURES, '1950-01-08-bom-and-crlf'), path.join(corpus, '1950-01-08-bom-and-crlf'), { recursive: true });
      expect((await runSverka('validate', corpus, '--fix')).code).toBe(0);
      const english = await readFile(path.join(corpus, '1950-01-08-bom-and-crlf', 'en.md'), 'utf8');
      expect(english).toBe('First paragraph.\n\nSecond paragraph.\n');
      expect((await validate(corpus)).code).toBe(0);
    } finally {
      await rm(corpus, { recursive: true, force: true });
    }
  });
});
