import fc from 'fast-check';
import { loadCorpus } from '../../lib/corpus';
import { findNotes, notesOfParagraph, removeInsertions, restoreInsertions } from '../../lib/notes';
import type { NoteKind } from '../../lib/types';

const kindOf = (text: string, lang: 'ru' | 'en' = 'en') => notesOfParagraph(text, lang, 0).notes.map((note) => [note.text, note.kind]);

describe('every bracketed span of the five seeds, by hand', () => {
  // [document slug, file, paragraph (0-based), note text, kind, attached to]
  const EXPECTED: Array<[string, string, number, string, NoteKind, string?]> = [
    ['1950-07-13-filippov-to-zhou-enlai', 'en.md', 12, 'Stalin', 'identification', 'FILIPPOV'],
    ['1950-07-22-roshchin-to-filippov-22591', 'ru.md', 13, 'есьма', 'expansion', 'В'],
    ['1950-07-22-roshchin-to-filippov-22591', 'ru.md', 16, 'в районе', 'supplied', 'полкат'],
    ['1950-07-22-roshchin-to-filippov-22591', 'ru.md', 16, 'в районе', 'supplied', 'полк'],
    ['1950-07-22-roshchin-to-filippov-22591', 'ru.md', 24, 'Рощина', 'identification'],
    ['1950-07-22-roshchin-to-filippov-22591', 'ru.md', 29, 'РГАСПИ.ФN 558, ОП.N 11, Д N 334. Л.N \u00a08 9', 'archival-reference'],
    ['1950-07-22-roshchin-to-filippov-22591', 'en.md', 0, "Translator's note: this is the GRU", 'translator-note'],
    ['1950-07-22-roshchin-to-filippov-22591', 'en.md', 16, 'aircraft', 'supplied', 'jet'],
    ['1950-07-22-roshchin-to-filippov-22591', 'en.md', 16, 'in the area', 'supplied', 'regiments'],
    ['1950-07-22-roshchin-to-filippov-22591', 'en.md', 16, 'in the area', 'supplied', 'regiment'],
    ['1950-07-22-roshchin-to-filippov-22591', 'en.md', 16, 'Dandong', 'identification', 'Andong'],
    ['1950-07-22-roshchin-to-filippov-22591', 'en.md', 18, 'then', 'supplied'],
    ['1950-07-22-roshchin-to-filippov-22591', 'en.md', 18, "People's Liberation Army", 'expansion', 'NOA'],
    ['1950-11-20-stalin-to-kim-il-sung-75835', 'en.md', 10, 'Stalin', 'identification', 'FYN SI'],
    ['1951-10-24-mao-zedong-to-filippov-25187', 'en.md', 0, 'Handwritten at the top: [reply]', 'physical'],
    ['1951-10-24-mao-zedong-to-filippov-25187', 'en.md', 0, 'reply', 'supplied'],
    ['1951-10-24-mao-zedong-to-filippov-25187', 'en.md', 0, 'SIC', 'sic', '13.XI'],
    ['1951-10-24-mao-zedong-to-filippov-25187', 'en.md', 0, 'to', 'supplied', '.51'],
    ['1951-10-24-mao-zedong-to-filippov-25187', 'en.md', 0, '1', 'supplied', 'N66'],
    ['1951-10-24-mao-zedong-to-filippov-25187', 'en.md', 3, 'BEIJING', 'identification'],
    ['1951-10-24-mao-zedong-to-filippov-25187', 'en.md', 4, 'Stamp: SUBJECT TO RETURN\nto the IV Unit OS VKP(b) CC\n[Incoming]', 'physical'],
    ['1951-10-24-mao-zedong-to-filippov-25187', 'en.md', 4, 'Incoming', 'supplied'],
    ['1951-10-24-mao-zedong-to-filippov-25187', 'en.md', 8, 'Ansyu', 'identification'],
    ['1951-10-24-mao-zedong-to-filippov-25187', 'en.md', 12, 'fighter aviation division', 'expansion', 'IAD'],
    ['1951-10-24-mao-zedong-to-filippov-25187', 'en.md', 12, 'Beijing', 'identification'],
    ['1951-10-24-mao-zedong-to-filippov-25187', 'en.md', 14, 'ground attack division', 'expansion', 'ShAD'],
    ['1951-10-24-mao-zedong-to-filippov-25187', 'en.md', 15, 'bomber aviation division', 'expansion', 'BAD'],
    ['1951-10-24-mao-zedong-to-filippov-25187', 'en.md', 15, 'fighter aviation regiment', 'expansion', 'IAP'],
    ['1951-10-24-mao-zedong-to-filippov-25187', 'en.md', 23, 'signature', 'physical'],
    ['undated-filippov-to-mao-zedong-302-sh', 'en.md', 3, 'Gao Gang and Kim Il Sung', 'identification', 'Korea'],
    ['undated-filippov-to-mao-zedong-302-sh', 'en.md', 10, 'Stalin', 'identification', 'FILIPPOV'],
  ];

  test('the notes found are exactly the table: none missed, none extra, each of its kind', async () => {
    const found: typeof EXPECTED = [];
    for (const document of await loadCorpus('texts')) {
      for (const version of [document.ru, ...document.en].filter((v) => v !== undefined)) {
        for (const note of findNotes(version.paragraphs, version.lang).notes) {
          found.push([document.slug, version.file, note.paragraph, note.text, note.kind, ...(note.attachedTo ? [note.attachedTo] : [])] as typeof EXPECTED[number]);
        }
      }
    }
    expect(found).toEqual(EXPECTED);
  });

  test('unbalanced brackets in seed 003 are reported with file and line, and the text is kept', async () => {
    const document = (await loadCorpus('texts')).find((d) => d.slug === '1951-10-24-mao-zedong-to-filippov-25187')!;
    const { problems } = findNotes(document.en[0].paragraphs, 'en');
    expect(problems.map((problem) => [problem.code, problem.line])).toEqual([['unbalanced-bracket', 1], ['unbalanced-bracket', 1], ['unbalanced-bracket', 18]]);
    expect(problems[0].file).toMatch(/1951-10-24-mao-zedong-to-filippov-25187\/en\.md$/);
    expect(document.en[0].paragraphs[0].text).toContain('[to]] N66[1]6/3940shs]');
  });
});

describe('kinds not in the seeds', () => {
  test.each([
    ["[Translator's note: this is the GRU]", "Translator's note: this is the GRU", 'translator-note'],
    ["(Translator's note: the original is damaged)", "Translator's note: the original is damaged", 'translator-note'],
    ['[TN: code name]', 'TN: code name', 'translator-note'],
    ['[Ed. note: see document 12]', 'Ed. note: see document 12', 'editor-note'],
    ['he said [pristupit k obiednineniiu] twice', 'pristupit k obiednineniiu', 'transliteration'],
    ['the page is [illegible] here', 'illegible', 'physical'],
    ['it was [sic] done', 'sic', 'sic'],
  ])('%s', (text, inner, kind) => {
    expect(kindOf(text)).toEqual([[inner.replace(/^\((.*)\)$/, '$1'), kind]]);
  });

  test('Russian translator and editor notes', () => {
    expect(kindOf('Текст [прим. перев.: так в оригинале]', 'ru')).toEqual([['прим. перев.: так в оригинале', 'translator-note']]);
    expect(kindOf('Текст [Примечание переводчика: ГРУ]', 'ru')).toEqual([['Примечание переводчика: ГРУ', 'translator-note']]);
    expect(kindOf('Текст [Прим. ред.: дата неточна]', 'ru')).toEqual([['Прим. ред.: дата неточна', 'editor-note']]);
  });

  test('Markdown footnotes: the marker and the definition', () => {
    expect(kindOf('As agreed.[^1]')).toEqual([['1', 'footnote']]);
    expect(kindOf('[^1]: Cipher telegram No. 3305.')).toEqual([['Cipher telegram No. 3305.', 'footnote']]);
  });
});

describe('properties (fast-check)', () => {
  const piece = fc.oneof(fc.constantFrom('[', ']', ' ', 'a', 'Б', 'Stalin', '[sic]', 'x y', '.', '\n'), fc.string({ maxLength: 4 }));
  const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

  test('notes are nested or apart, never crossing; bracket counts add up', () => {
    fc.assert(fc.property(text, (value) => {
      const { notes, unmatched } = notesOfParagraph(value, 'en', 0);
      for (const a of notes) {
        for (const b of notes) {
          const apart = a.end <= b.start || b.end <= a.start;
          const nested = (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
          expect(apart || nested).toBe(true);
        }
      }
      const brackets = (value.match(/[[\]]/g) ?? []).length;
      const paired = notes.filter((note) => value[note.start] === '[').length;
      expect(paired * 2 + unmatched.length).toBe(brackets);
    }), { numRuns: 500 });
  });

  test('removing the insertions and putting them back gives the original exactly', () => {
    fc.assert(fc.property(text, (value) => {
      const { notes } = notesOfParagraph(value, 'en', 0);
      const bare = removeInsertions(value, notes);
      // Footnote markers are not insertions and stay.
      expect(bare.text).not.toMatch(/\[(?!\^)[^[\]]*\]/);
      expect(restoreInsertions(bare)).toBe(value);
    }), { numRuns: 500 });
  });

  test('the bare translation of a real sentence', () => {
    const value = 'We intend to deploy a jet [aircraft] division in Andong [Dandong]. FILIPPOV [Stalin]';
    const bare = removeInsertions(value, notesOfParagraph(value, 'en', 0).notes);
    expect(bare.text).toBe('We intend to deploy a jet division in Andong. FILIPPOV');
    expect(restoreInsertions(bare)).toBe(value);
  });
});
