import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { alignParagraphs } from '../../lib/align';
import fc from 'fast-check';
import { chicagoNote, decodePassageLink, decodeSelectors, encodePassageLink, findPassageLink, fromSelector, openingWords, toPassageLink, toSelector } from '../../lib/cite';
import { loadDocument, readPins } from '../../lib/corpus';
import { readTmx, readTsv } from '../../lib/import';
import { writePins } from '../../lib/corpus';
import { toTmx, toTsv, type AlignedDocument } from '../../lib/export';

const SLUG = '1950-07-22-roshchin-to-filippov-22591';

async function telegram(): Promise<AlignedDocument & { meta: NonNullable<Awaited<ReturnType<typeof loadDocument>>>['meta'] }> {
  const document = (await loadDocument(SLUG, 'texts'))!;
  const ru = document.ru!.paragraphs.map((p) => p.text);
  const en = document.en[0].paragraphs.map((p) => p.text);
  return { slug: SLUG, title: document.meta!.title, ru, en, beads: alignParagraphs(ru, en).beads, meta: document.meta };
}

describe('quote selectors survive corrections', () => {
  const text = 'We intend to deploy a jet [aircraft] division designated by you to protect our troops in the area of Mukden.';
  const start = text.indexOf('designated by you');
  const selector = toSelector(text, start, start + 'designated by you to protect our troops'.length);

  test('the selector keeps its type, the exact text, 32 characters of context and a hash of the version', () => {
    expect(selector.type).toBe('TextQuoteSelector');
    expect(selector.exact).toBe('designated by you to protect our troops');
    expect(selector.prefix).toBe(text.slice(start - 32, start));
    expect(selector.textHash).toMatch(/^[0-9a-f]{16}$/);
  });

  test('an inserted paragraph moves the passage: found exactly at its new place', () => {
    const edited = `Top Secret\n\n${text}`;
    expect(fromSelector(edited, selector)).toEqual({ start: start + 12, end: start + 12 + selector.exact.length, method: 'exact', unchanged: false });
  });

  test('a typo fix inside the passage: found fuzzily', () => {
    const edited = text.replace('designated by you to protect', 'designated by you to protekt');
    expect(fromSelector(edited, selector)).toMatchObject({ start, method: 'fuzzy' });
  });

  test('a rewritten passage is not pointed at: the caller must say it changed', () => {
    const edited = 'The air division you assigned will cover our forces around Mukden and Anshan.';
    expect(fromSelector(edited, selector)).toBeUndefined();
  });

  test('the very text it was made from is recognised by its hash, and the passage is where it was', () => {
    expect(fromSelector(text, selector)).toEqual({ start, end: start + selector.exact.length, method: 'exact', unchanged: true });
    expect(fromSelector(`${text} `, selector)?.unchanged).toBe(false);
  });

  /** A `cite` parameter as permalinks were made before short links: URL-safe base64 of the selectors' JSON. */
  const encodeSelectors = (selectors: unknown) => Buffer.from(JSON.stringify(selectors)).toString('base64url');

  test('an older permalink parameter decodes to the selectors it was made from; junk and other selector types are refused', () => {
    const encoded = encodeSelectors({ en: selector, span: 2 });
    expect(decodeSelectors(encoded)).toEqual({ en: selector, span: 2 });
    expect(decodeSelectors('not base64 at all!')).toBeUndefined();
    expect(decodeSelectors(encodeSelectors({ en: { ...selector, type: 'TextPositionSelector' as never } }))).toBeUndefined();
    expect(decodeSelectors(encodeSelectors({ en: { ...selector, start: -1 } }))).toBeUndefined();
    // Permalinks cited before selectors had a type tag still open.
    const { type: _untagged, ...old } = selector;
    expect(decodeSelectors(encodeSelectors({ ru: old as never }))).toEqual({ ru: selector });
  });

  test('of repeated quotes, the context picks the cited one', () => {
    const repeated = 'Copy N1 to Cde. Stalin. Copy N2 to Cde. Stalin. Copy N3 to Cde. Molotov.';
    const at = repeated.indexOf('to Cde. Stalin', 10);
    // Hash the quote against another version of the text, so that the context, not the hash, decides.
    const cited = { ...toSelector(repeated, at, at + 14), textHash: 'another version' };
    expect(fromSelector(repeated, cited)?.start).toBe(at);
  });
});

describe('citations', () => {
  test('a Chicago note for an archival document: sender to recipient, kind and number, date, archive, passage numbers, translator, other copy, URL and access date', async () => {
    const { meta } = await telegram();
    expect(chicagoNote(meta!, { first: 15, last: 16, permalink: 'https://sverka.example.org/documents/x#b16-17', accessed: 'December 1, 2026' })).toBe(
      'Roshchin to Filippov [Stalin], ciphered telegram no. 22591, July 22, 1950, RGASPI, f. 558, op. 11, d. 334, ll. 88–89, '
      + 'passages 16–17, trans. Gary Goldberg, copy also in Library of Congress, Manuscript Division, '
      + 'Dmitriĭ Antonovich Volkogonov papers, 1887-1995, mm97083838, https://sverka.example.org/documents/x#b16-17 (accessed December 1, 2026).');
  });

  test('a document without sender and recipient is cited by its title, in quotes, and copies in several archives are kept apart', () => {
    const meta = {
      title: 'Record of a Conversation', kind: 'conversation', date: '1950-01-02', locators: [
        { printed: 'APRF, f. 45, op. 1, d. 329, ll. 9-17', repository: 'APRF', fond: '45', opis: '1', delo: '329', listy: '9-17' },
        { printed: 'RGASPI, f. 558, op. 11, d. 329', repository: 'RGASPI', fond: '558', opis: '11', delo: '329' },
      ],
    };
    expect(chicagoNote(meta, { first: 0, last: 0, permalink: 'https://sverka.example.org/documents/y#b1' })).toBe(
      '“Record of a Conversation,” January 2, 1950, APRF, f. 45, op. 1, d. 329, ll. 9–17; RGASPI, f. 558, op. 11, d. 329, passage 1, https://sverka.example.org/documents/y#b1.');
  });
});

describe('TMX', () => {
  test('has the structure the TMX 1.4b DTD requires', async () => {
    const tmx = toTmx(await telegram());
    expect(tmx).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<!DOCTYPE tmx SYSTEM "tmx14\.dtd">\n<tmx version="1\.4">/);
    const ordered = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@' }).parse(tmx);
    const element = (nodes: any[], name: string) => nodes.find((node) => name in node);
    const names = (nodes: any[]) => nodes.map((node) => Object.keys(node).find((key) => key !== ':@')).filter((name) => name !== '#text');
    const root = element(ordered, 'tmx');
    expect(names(root.tmx)).toEqual(['header', 'body']);
    const header = element(root.tmx, 'header');
    for (const attribute of ['creationtool', 'creationtoolversion', 'segtype', 'o-tmf', 'adminlang', 'srclang', 'datatype']) {
      expect(header[':@']).toHaveProperty(`@${attribute}`);
    }
    expect(['block', 'paragraph', 'sentence', 'phrase']).toContain(header[':@']['@segtype']);
    const units = element(root.tmx, 'body').body;
    expect(names(units).every((name) => name === 'tu')).toBe(true);
    for (const unit of units) {
      const children = names(unit.tu);
      // <!ELEMENT tu ((note|prop)*, tuv+)>: notes and props first, then at least one tuv.
      expect(children.join(' ')).toMatch(/^(?:(?:note|prop) )*tuv(?: tuv)*$/);
      for (const variant of unit.tu.filter((child: any) => 'tuv' in child)) {
        expect(variant[':@']).toHaveProperty('@xml:lang');
        expect(names(variant.tuv)).toEqual(['seg']);
      }
    }
  });

  test('export then import gives the same beads and texts', async () => {
    const document = await telegram();
    const imported = readTmx(toTmx(document));
    expect(imported.ru).toEqual(document.ru);
    expect(imported.en).toEqual(document.en);
    expect(imported.beads).toEqual(document.beads);
    expect([imported.slug, imported.title]).toEqual([SLUG, document.title]);
  });

  test('the imported beads, pinned in alignment.yml, are what the aligner then keeps', async () => {
    const document = await telegram();
    const imported = readTmx(toTmx(document));
    const { pins, problems } = readPins(writePins(imported.beads, 'imported'), 'alignment.yml', imported.ru.length, imported.en.length);
    expect(problems).toEqual([]);
    expect(alignParagraphs(imported.ru, imported.en, { pins }).beads).toEqual(document.beads);
  });
});

test('control characters from scans survive TMX as placeholders, and the file stays well-formed XML 1.0', () => {
  const document = { slug: 'scan', title: 'Scan', ru: ['Текст\u0007 с символом\u000C.'], en: ['Text\u0000 here.'], beads: [{ ru: [0], en: [0] }] };
  const tmx = toTmx(document);
  expect(tmx).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  expect(tmx).toContain('<ph type="x-sverka-char-0007"/>');
  expect(XMLValidator.validate(tmx)).toBe(true);
  const back = readTmx(tmx);
  expect([back.ru, back.en]).toEqual([document.ru, document.en]);
  // TMX files written before the placeholder became an empty tag still read back.
  expect(readTmx(tmx.replace('<ph type="x-sverka-char-0007"/>', '<ph type="x-sverka-char">U+0007</ph>')).ru).toEqual(document.ru);
});

test('a TMX from another tool: inline codes are dropped, highlighted text and character references kept', () => {
  const tmx = `<?xml version="1.0"?><tmx version="1.4"><header srclang="ru"/><body><tu>
    <tuv xml:lang="ru-RU"><seg>Прошу <bpt i="1">&lt;b&gt;</bpt>срочно<ept i="1">&lt;/b&gt;</ept> &#1076;оложить<ph x="1"/></seg></tuv>
    <tuv xml:lang="en-US"><seg>Please <hi>urgently</hi> report &amp; <![CDATA[<confirm>]]></seg></tuv></tu></body></tmx>`;
  const back = readTmx(tmx);
  expect(back.ru).toEqual(['Прошу срочно доложить']);
  expect(back.en).toEqual(['Please urgently report & <confirm>']);
});

describe('TSV', () => {
  test('export then import gives the same beads and texts, tabs and line breaks included', async () => {
    const document = await telegram();
    const withTab = { ...document, en: document.en.map((text, index) => (index === 3 ? `${text}\twith a tab\\ and a backslash` : text)) };
    const imported = readTsv(toTsv(withTab));
    expect(imported.ru).toEqual(withTab.ru);
    expect(imported.en).toEqual(withTab.en);
    expect(imported.beads).toEqual(withTab.beads);
  });

  test('a TSV without ru and en columns is refused with its line', () => {
    expect(() => readTsv('a\tb\n1\t2\n')).toThrow('input.tsv:1: the header row must name the columns "ru" and "en"');
  });
});

test('a TMX file that is not well-formed is refused with its line', () => {
  expect(() => readTmx('<?xml version="1.0"?>\n<tmx version="1.4">\n  <body><tu></body>\n</tmx>\n')).toThrow(/^input.tmx:3: not well-formed XML/);
});

describe('short permalinks', () => {
  const paragraphs = ['Top Secret', 'It is proposed to accomplish the issue of converting to jet equipment.', 'We consider it advisable to send.'];
  const text = paragraphs.join('\n\n');
  const startOf = (index: number) => text.indexOf(paragraphs[index]);

  test('carry the opening words and a hash, and read back from the query', () => {
    const link = toPassageLink('en', [paragraphs[1]]);
    expect(link.words).toBe('It is proposed to accomplish');
    expect(encodePassageLink(link)).toMatch(/^en=It\+is\+proposed\+to\+accomplish&v=[0-9a-f]{6}$/);
    expect(decodePassageLink(`?${encodePassageLink(link)}`)).toEqual(link);
    for (const query of ['', '?v=zz&en=x', '?en=words', '?v=abc123', '?cite=abc']) expect(decodePassageLink(query)).toBeUndefined();
  });

  test('unchanged paragraphs are trusted; a typo fix, a moved passage and a rewrite are found, found and refused', () => {
    const link = toPassageLink('en', [paragraphs[1]]);
    expect(findPassageLink(text, [paragraphs[1]], link, startOf(1))?.unchanged).toBe(true);
    const fixed = text.replace('accomplish', 'acomplish');
    expect(findPassageLink(fixed, [paragraphs[1].replace('accomplish', 'acomplish')], link, startOf(1))).toMatchObject({ start: startOf(1), method: 'fuzzy', unchanged: false });
    const moved = `Inserted paragraph.\n\n${text}`;
    expect(findPassageLink(moved, ['Top Secret'], link, 0)).toMatchObject({ start: moved.indexOf('It is proposed'), method: 'exact' });
    expect(findPassageLink('Top Secret\n\nThe Politburo rejected the plan.', ['The Politburo rejected the plan.'], link, 12)).toBeUndefined();
  });

  test('of repeated openings, the one nearest where the passage stood is taken', () => {
    const repeated = 'Copy N1 to Cde. Stalin\n\nsomething\n\nCopy N1 to Cde. Stalin';
    const link = toPassageLink('en', ['Copy N1 to Cde. Stalin']);
    expect(findPassageLink(repeated, ['changed'], link, repeated.lastIndexOf('Copy') - 3)?.start).toBe(repeated.lastIndexOf('Copy'));
    expect(findPassageLink(repeated, ['changed'], link, 2)?.start).toBe(0);
  });

  test('opening words end at a whole word and never run past the first line', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (paragraph) => {
      const words = openingWords(paragraph);
      expect(words.length).toBeLessThanOrEqual(28);
      expect(words).not.toContain('\n');
      expect(paragraph.replace(/\s+/g, ' ').trimStart().startsWith(words)).toBe(true);
    }));
  });
});
