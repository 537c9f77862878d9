/**
 * Every bibliographic export of every corpus document, read by the parsers other people use:
 * citeproc-js with the Chicago styles (notes-bibliography and author-date, the CSL project's own
 * files in tests/fixtures/interop/csl), @retorquere/bibtex-parser (the parser of Better BibTeX
 * for Zotero), Citation.js's RIS plugin, tmexchange for TMX and csv-parse for TSV. The assertions are what a historian would check in
 * the footnote or the reference manager: who wrote to whom, who translated, where the original
 * is kept, and the configured address of the site.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import CSL from 'citeproc';
import { XMLParser } from 'fast-xml-parser';
import tmx2js from 'tmexchange/tmx2js';
import { displayName, documentRecord, siteUrl, type DocumentRecord } from '../../lib/cite';
import { listSlugs, loadDocument } from '../../lib/corpus';
import { renderDocumentExport, toBibtex, toRis, toTmx, toTsv } from '../../lib/export';
import { analyseDocument } from '../../lib/analysis';
import { importAlignedFile, readTmx } from '../../lib/import';
import type { Bead, Document } from '../../lib/types';

const STYLES = path.join(__dirname, '..', 'fixtures', 'interop', 'csl');
const SITE = 'https://sverka.example.org';
const TODAY = '2026-12-01';
const TELEGRAM = '1950-07-22-roshchin-to-filippov-22591';

interface Exported {
  slug: string;
  record: DocumentRecord;
  bibtex: string;
  ris: string;
  csl: Array<Record<string, unknown>>;
}

let documents: Exported[];
beforeAll(async () => {
  documents = await Promise.all((await listSlugs('texts')).map(async (slug): Promise<Exported> => {
    const render = async (format: 'bibtex' | 'ris' | 'csl') => (await renderDocumentExport(slug, format, { corpusDir: 'texts', siteUrl: SITE, today: TODAY }))!;
    const document = (await loadDocument(slug, 'texts'))!;
    return {
      slug,
      record: documentRecord(document.meta!, { slug, url: `${SITE}/documents/${slug}`, accessed: TODAY }),
      bibtex: await render('bibtex'),
      ris: await render('ris'),
      csl: JSON.parse(await render('csl')),
    };
  }));
  expect(documents.length).toBeGreaterThan(0);
});

/** The first note citeproc-js makes of an item in `style`, as plain text. */
function citeprocNote(items: Array<Record<string, unknown>>, style: string): string {
  const engine = new CSL.Engine({
    retrieveLocale: () => readFileSync(path.join(STYLES, 'locales-en-US.xml'), 'utf8'),
    retrieveItem: (id: string) => items.find((item) => item.id === id),
  }, readFileSync(path.join(STYLES, `${style}.csl`), 'utf8'));
  engine.setOutputFormat('text');
  engine.updateItems(items.map((item) => item.id));
  const [, cited] = engine.processCitationCluster({ citationItems: [{ id: items[0].id }], properties: { noteIndex: 1 } }, [], []);
  return cited.map(([, text]: [number, string]) => text).join('');
}

describe('CSL-JSON in citeproc-js', () => {
  test('Chicago notes: the telegram is a letter from its sender to its recipient, translated, with archive and locator', () => {
    const telegram = documents.find((document) => document.slug === TELEGRAM)!;
    expect(citeprocNote(telegram.csl, 'chicago-notes-bibliography')).toBe(
      'Roshchin, “Ciphered Telegram No. 22591 from Roschin to Filippov [Stalin],” to Filippov [Stalin], Ciphered telegram no. 22591, '
      + `trans. Gary Goldberg, July 22, 1950, f. 558, op. 11, d. 334, ll. 88–89, RGASPI, ${SITE}/documents/${TELEGRAM}.`);
  });

  test('every document: the sender leads the note, never the translator; archive, location and the site address follow', () => {
    for (const { slug, record, csl } of documents) {
      const note = citeprocNote(csl, 'chicago-notes-bibliography');
      const sender = record.authors.map(displayName)[0];
      expect({ slug, leads: note.startsWith(`${sender},`) }).toEqual({ slug, leads: true });
      for (const translator of record.translators) expect(note).toContain(`trans. ${displayName(translator)}`);
      if (record.archive) expect(note).toContain(record.archive);
      if (record.archiveLocation) expect(note).toContain(record.archiveLocation.split(';')[0]);
      expect(note).toContain(`${SITE}/documents/${slug}`);
      expect(note).not.toContain('localhost');
    }
  });

  test('every document: author-date cites the sender and the year, not the translator', () => {
    for (const { record, csl } of documents) {
      const sender = record.authors.map(displayName)[0];
      expect(citeprocNote(csl, 'chicago-author-date')).toBe(record.date ? `(${sender} ${record.date.slice(0, 4)})` : `(${sender}, n.d.)`);
    }
  });

  test('the item separates archive and location and carries recipient, genre and the access date', () => {
    const [item] = documents.find((document) => document.slug === TELEGRAM)!.csl;
    expect(item).toMatchObject({
      type: 'personal_communication', author: [{ literal: 'Roshchin' }], recipient: [{ literal: 'Filippov [Stalin]' }],
      translator: [{ family: 'Goldberg', given: 'Gary' }], genre: 'Ciphered telegram', number: '22591',
      archive: 'RGASPI', archive_location: 'f. 558, op. 11, d. 334, ll. 88–89', URL: `${SITE}/documents/${TELEGRAM}`,
      accessed: { 'date-parts': [[2026, 12, 1]] },
    });
  });
});

describe('BibTeX in @retorquere/bibtex-parser', () => {
  test('every document: one clean entry with sender as author, translator as translator, the title as written and the site URL', () => {
    for (const { slug, record, bibtex } of documents) {
      const { entries, errors } = parseBibtex(bibtex);
      expect({ slug, errors }).toEqual({ slug, errors: [] });
      expect(entries).toHaveLength(1);
      const [entry] = entries;
      expect(entry.type).toBe(record.type === 'letter' ? 'letter' : 'unpublished');
      expect(entry.fields.title).toBe(record.title);
      expect((entry.fields.author ?? []).map((name: { name?: string }) => name.name)).toEqual(record.authors.map(displayName));
      expect(entry.fields.url).toBe(`${SITE}/documents/${slug}`);
      if (record.archive) expect(entry.fields.library).toBe(`${record.archive}, ${record.archiveLocation}`);
    }
    const telegram = parseBibtex(documents.find((document) => document.slug === TELEGRAM)!.bibtex).entries[0];
    expect(telegram.fields.translator).toEqual([{ lastName: 'Goldberg', firstName: 'Gary' }]);
    expect(telegram.fields.note).toContain('To Filippov [Stalin]');
  });

  test('braces, tildes, carets, backslashes and URL characters come back as they were', () => {
    const record = { ...documents[0].record, title: 'A {lone brace, ~ tilde, ^ caret, \\ backslash, 100% & #1 $5 a_b}', abstract: 'Ends with \\', url: `${SITE}/documents/x?a=1&b=2_3%20x` };
    const { entries, errors } = parseBibtex(toBibtex(record));
    expect(errors).toEqual([]);
    expect(entries[0].fields.title).toBe(record.title);
    expect(entries[0].fields.abstract).toBe(record.abstract);
    expect(entries[0].fields.url).toBe(record.url);
  });
});

describe('RIS in Citation.js', () => {
  test('every document: the tags Zotero reads (AU sender, A2 recipient, A4 translator, DB archive, AN location), CRLF line ends', () => {
    for (const { slug, record, ris } of documents) {
      expect(ris.split('\r\n').slice(0, -1).every((line) => !line.includes('\n'))).toBe(true);
      const [tags] = plugins.input.chainLink(ris) as Array<Record<string, string | string[]>>;
      const list = (tag: string) => [tags[tag] ?? []].flat();
      expect({ slug, TY: tags.TY }).toEqual({ slug, TY: record.type === 'letter' ? 'PCOMM' : 'MANSCPT' });
      expect(list('AU')).toEqual(record.authors.map(displayName));
      if (record.type === 'letter') expect(list('A2')).toEqual(record.recipients.map(displayName));
      expect(list('A4')).toEqual(record.translators.map((name) => ('literal' in name ? name.literal : `${name.family}, ${name.given}`)));
      expect(list('DB')).toEqual(record.archive ? [record.archive] : []);
      expect(list('AN')).toEqual(record.archiveLocation ? [record.archiveLocation] : []);
      expect(tags.UR).toBe(`${SITE}/documents/${slug}`);
    }
  });

  test('converted to CSL, the telegram is a letter from Roshchin to Filippov [Stalin] of July 22, 1950', () => {
    const [item] = new Cite(toRis(documents.find((document) => document.slug === TELEGRAM)!.record)).data;
    expect(item).toMatchObject({
      type: 'personal_communication', author: [{ family: 'Roshchin' }], recipient: [{ literal: 'Filippov [Stalin]' }],
      issued: { 'date-parts': [[1950, 7, 22]] }, genre: 'Ciphered telegram', URL: `${SITE}/documents/${TELEGRAM}`,
    });
  });
});

describe('the site address', () => {
  test('is read once from SVERKA_SITE_URL, without a trailing slash; anything but an http(s) URL is no address', () => {
    expect(siteUrl({ SVERKA_SITE_URL: 'https://sverka.example.org/' })).toBe('https://sverka.example.org');
    expect(siteUrl({ SVERKA_SITE_URL: ' https://example.org/archive/sverka ' })).toBe('https://example.org/archive/sverka');
    for (const value of [undefined, '', 'javascript:alert(1)', 'not a url', 'ftp://example.org']) expect(siteUrl({ SVERKA_SITE_URL: value })).toBeUndefined();
  });

  test('without it, records carry the source archive page and never this machine', async () => {
    const ris = (await renderDocumentExport('1951-10-24-mao-zedong-to-filippov-25187', 'ris', { corpusDir: 'texts', siteUrl: '' }))!;
    expect(ris).toContain('UR  - https://wilson-center-digital-archive.dvincitest.com/document/117410\r\n');
    expect(ris).not.toContain('localhost');
  });
});

describe('aligned text in other tools', () => {
  interface AlignedExport { slug: string; ru: string[]; en: string[]; beads: Bead[]; tmx: string; tsv: string }
  let aligned: AlignedExport[];
  beforeAll(async () => {
    aligned = await Promise.all((await listSlugs('texts')).map(async (slug) => {
      const render = async (format: 'tmx' | 'tsv' | 'json') => (await renderDocumentExport(slug, format, { corpusDir: 'texts' }))!;
      const { ru, en, beads } = JSON.parse(await render('json'));
      return { slug, ru, en, beads, tmx: await render('tmx'), tsv: await render('tsv') };
    }));
  });
  const sideText = (paragraphs: string[], indices: number[]) => indices.map((index) => paragraphs[index]).join('\n\n');

  test('TMX in tmexchange: every unit has the bead\'s texts, and the source language is one the document has', async () => {
    for (const document of aligned) {
      // Units without a "group" prop are listed by tuid.
      const read = await tmx2js(document.tmx) as { sourceLanguage: string; resources: Record<string, Record<string, string>> };
      expect({ slug: document.slug, source: read.sourceLanguage }).toEqual({ slug: document.slug, source: document.ru.length > 0 ? 'ru' : 'en' });
      expect(Object.keys(read.resources)).toHaveLength(document.beads.length);
      document.beads.forEach((bead, index) => {
        const unit = read.resources[`b${index}`];
        expect(unit.ru ?? '').toBe(sideText(document.ru, bead.ru));
        expect(unit.en ?? '').toBe(sideText(document.en, bead.en));
      });
    }
  });

  test('TMX: in a bilingual document every unit holds Russian first, so tools that take the first <tuv> as source never reverse a unit', () => {
    for (const document of aligned) {
      const parsed = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '' }).parse(document.tmx);
      const root = parsed.find((node: Record<string, unknown>) => 'tmx' in node).tmx;
      const units = root.find((node: Record<string, unknown>) => 'body' in node).body;
      const expected = document.ru.length > 0 && document.en.length > 0 ? ['ru', 'en'] : [document.ru.length > 0 ? 'ru' : 'en'];
      for (const unit of units) {
        const languages = unit.tu.filter((child: Record<string, unknown>) => 'tuv' in child).map((child: { ':@': Record<string, string> }) => child[':@']['xml:lang']);
        expect({ slug: document.slug, languages }).toEqual({ slug: document.slug, languages: expected });
      }
    }
  });

  test('TMX: a control character from a scan is a tag to other tools, not the text "U+0007", and comes back in Sverka', async () => {
    const document = { slug: 'bell', title: 'Bell', ru: ['Звонок\u0007 здесь'], en: ['Bell\u0007 here'], beads: [{ ru: [0], en: [0] }] };
    const tmx = toTmx(document);
    const read = await tmx2js(tmx) as { resources: Record<string, Record<string, string>> };
    expect(read.resources.b0.en).toBeDefined();
    expect(JSON.stringify(read)).not.toContain('U+0007');
    expect(readTmx(tmx).ru).toEqual(document.ru);
    expect(readTmx(tmx).en).toEqual(document.en);
  });

  test('TSV in a CSV parser with default quoting (as pandas and Python\'s csv read it): one row per bead, every cell whole', () => {
    const hostile = { slug: 'quotes', title: 'Quotes', ru: ['"Правда" сообщает', 'Строка\tс табуляцией', 'Две\nстроки'], en: ['"Pravda" reports', 'A line\twith a tab'], beads: [{ ru: [0], en: [0] }, { ru: [1], en: [1] }, { ru: [2], en: [] }] };
    for (const document of [...aligned, { ...hostile, tsv: toTsv(hostile) }]) {
      const rows = parseCsv(document.tsv, { delimiter: '\t', relax_column_count: false }) as string[][];
      expect({ slug: document.slug, rows: rows.length }).toEqual({ slug: document.slug, rows: document.beads.length + 1 });
      // A corpus document carries its document.yml in a fourth column, whole, in the first row.
      const withRecord = rows[0].length === 4;
      expect(rows[0]).toEqual(['bead', 'ru', 'en', ...(withRecord ? ['document.yml'] : [])]);
      if (withRecord) expect(rows[1][3]).toBe(readFileSync(path.join('texts', document.slug, 'document.yml'), 'utf8'));
      document.beads.forEach((bead, index) => expect(rows[index + 1].slice(0, 3)).toEqual([String(index), sideText(document.ru, bead.ru), sideText(document.en, bead.en)]));
    }
    expect(aligned.every((document) => document.tsv.startsWith('bead\tru\ten\tdocument.yml\n'))).toBe(true);
  });
});

describe('TMX and TSV round trips', () => {
  let out: string;
  beforeAll(async () => { out = await mkdtemp(path.join(tmpdir(), 'sverka-round-trip-')); });
  afterAll(async () => { await rm(out, { recursive: true, force: true }); });

  /** What a round trip must keep: the record (without the import's own provenance), the paragraphs and the beads. */
  const kept = (document: Document) => {
    const { imported: _provenance, ...record } = document.meta!;
    return { record, ru: document.ru?.paragraphs.map((p) => p.text) ?? [], en: document.en[0]?.paragraphs.map((p) => p.text) ?? [], beads: analyseDocument(document).beads };
  };

  test.each(['tmx', 'tsv'] as const)('every corpus document, English-only ones included, exported as %s and imported back is the same document', async (format) => {
    for (const slug of await listSlugs('texts')) {
      const original = (await loadDocument(slug, 'texts'))!;
      const file = path.join(out, `${slug}.${format}`);
      await writeFile(file, (await renderDocumentExport(slug, format, { corpusDir: 'texts' }))!);
      const target = path.join(out, format);
      // A TSV carries no folder name; the one a person gives on the command line.
      await importAlignedFile(file, { out: target, slug: format === 'tsv' ? slug : undefined });
      const back = (await loadDocument(slug, target))!;
      expect({ slug, problems: back.problems.filter((problem) => problem.severity === 'error') }).toEqual({ slug, problems: [] });
      expect({ slug, ...kept(back) }).toEqual({ slug, ...kept(original) });
    }
  });

  test('a TSV whose document.yml cell cannot be read still imports, and says so with the file and line', async () => {
    const file = path.join(out, 'broken-record.tsv');
    await writeFile(file, toTsv({ slug: 'x', title: 'X', ru: ['Привет.'], en: ['Hello.'], beads: [{ ru: [0], en: [0] }], record: 'title: [unclosed\nkind: telegram\n' }));
    const result = await importAlignedFile(file, { out: path.join(out, 'broken'), slug: 'undated-broken-record' });
    expect(result.notices.map((notice) => [notice.file, notice.line, notice.code])).toEqual([
      [`${file} (the document.yml it carries)`, 2, 'yaml-syntax'],
      [file, 1, 'record-unreadable'],
    ]);
    const back = (await loadDocument('undated-broken-record', path.join(out, 'broken')))!;
    expect(back.meta?.title).toBe('broken-record');
    expect(back.en[0].paragraphs.map((paragraph) => paragraph.text)).toEqual(['Hello.']);
  });
});
