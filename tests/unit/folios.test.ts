/**
 * Archival leaves marked in the texts ("[Л. 89]", "[l. 89]", a line "Л. 89"): found, placed in
 * passages, and named by citations of those passages as archival citations name them.
 */
import { citedLeaves, folioMarks, formatNote, leafOf, type CitationParts } from '../../lib/cite';
import { findNotes } from '../../lib/notes';
import { parseMarkdown } from '../../lib/parse';

test('leaf marks are read in both languages, with the back of a leaf (оборот)', () => {
  expect(leafOf('Л. 89')).toBe('89');
  expect(leafOf('l. 089')).toBe('89');
  expect(leafOf('л.89 об.')).toBe('89 ob.');
  expect(leafOf('L. 12v')).toBe('12 ob.');
  expect(leafOf('ll. 88')).toBe('88');
  for (const other of ['Л. 89–90 и далее', 'f. 558', 'see l. 89', 'Lenin', '1950']) expect(leafOf(other)).toBeUndefined();
});

test('marks come from bracketed notes and from lines of their own, in paragraph order, knowing whether they open their paragraph', () => {
  const texts = ['Начало текста.', 'Продолжение [Л. 89] и дальше.', 'Л. 90', '[Л. 90 об.] Конец.'];
  const { paragraphs } = parseMarkdown(texts.join('\n\n'), 'ru.md');
  const { notes } = findNotes(paragraphs, 'ru');
  expect(folioMarks('ru', paragraphs.map((paragraph) => paragraph.text), notes)).toEqual([
    { lang: 'ru', paragraph: 1, leaf: '89', atStart: false },
    { lang: 'ru', paragraph: 2, leaf: '90', atStart: true },
    { lang: 'ru', paragraph: 3, leaf: '90 ob.', atStart: true },
  ]);
});

test('a passage is on the leaf in force where it begins and on every leaf that begins inside it', () => {
  // Leaf 89 begins inside passage 3 (index 2); leaf 90 begins with passage 5 (index 4).
  const beadLeaves = [[], [], [{ leaf: '89' }], [], [{ leaf: '90', atStart: true }], []];
  expect(citedLeaves(beadLeaves, 0, 1, '88')).toBe('l. 88');
  expect(citedLeaves(beadLeaves, 2, 2, '88')).toBe('ll. 88–89');
  expect(citedLeaves(beadLeaves, 3, 3, '88')).toBe('l. 89');
  expect(citedLeaves(beadLeaves, 4, 5, '88')).toBe('l. 90');
  expect(citedLeaves(beadLeaves, 1, 4, '88')).toBe('ll. 88–90');
  // Before the first mark, without a first leaf from the locator, nothing is known.
  expect(citedLeaves(beadLeaves, 0, 1)).toBeUndefined();
  // Texts that mark no leaf say nothing of where one ends: the locator's range stands for the document.
  expect(citedLeaves([[], [], []], 1, 1, '88')).toBeUndefined();
});

test('the citation of a passage names its leaves after the passage number', () => {
  const parts: CitationParts = { title: 'Ciphered Telegram', from: 'Roshchin', to: 'Filippov', description: 'ciphered telegram no. 22591', date: 'July 22, 1950', locators: ['RGASPI, f. 558, op. 11, d. 334, ll. 88–89'], otherCopies: [] };
  expect(formatNote(parts, { first: 17, last: 17, permalink: 'https://example.org/d#b18', leaves: 'l. 89' }))
    .toBe('Roshchin to Filippov, ciphered telegram no. 22591, July 22, 1950, RGASPI, f. 558, op. 11, d. 334, ll. 88–89, passage 18 (l. 89), https://example.org/d#b18.');
});
