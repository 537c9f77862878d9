import fc from 'fast-check';
import { alignParagraphs } from '../../lib/align';
import { loadDocument } from '../../lib/corpus';
import { compareVersions, matchParagraphs, wordDiff } from '../../lib/versions';

describe('word-level diff', () => {
  test('whole words change, not scattered letters', () => {
    expect(wordDiff('in the Shanghai-Nanjing-Suzhou area', 'in the Shanghai-Nanjing-Xuzhou area')).toEqual([
      { op: 'equal', text: 'in the Shanghai-Nanjing-' },
      { op: 'delete', text: 'Suzhou' },
      { op: 'insert', text: 'Xuzhou' },
      { op: 'equal', text: ' area' },
    ]);
  });

  test('the pieces rebuild both texts exactly (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (before, after) => {
      const pieces = wordDiff(before, after);
      expect(pieces.filter((p) => p.op !== 'insert').map((p) => p.text).join('')).toBe(before.match(/[\p{L}\p{N}'’]+|\s+|[^\p{L}\p{N}\s]/gu)?.join('') ?? '');
      expect(pieces.filter((p) => p.op !== 'delete').map((p) => p.text).join('')).toBe(after.match(/[\p{L}\p{N}'’]+|\s+|[^\p{L}\p{N}\s]/gu)?.join('') ?? '');
    }), { numRuns: 300 });
  });
});

describe('paragraphs of two versions', () => {
  test('unchanged paragraphs pair up; a changed one pairs with its replacement; an inserted one joins its neighbour', () => {
    expect(matchParagraphs(['a', 'b', 'c', 'd'], ['a', 'B', 'c', 'x', 'd'])).toEqual([[0], [1], [2, 3], [4]]);
    expect(matchParagraphs(['a', 'b', 'c'], ['a', 'c'])).toEqual([[0], [], [1]]);
  });
});

describe('comparing versions of the telegram', () => {
  test('correcting Suzhou to Xuzhou resolves the name finding', async () => {
    const document = (await loadDocument('1950-07-22-roshchin-to-filippov-22591', 'texts'))!;
    const ru = document.ru!.paragraphs.map((p) => p.text);
    const main = document.en[0].paragraphs.map((p) => p.text);
    const revised = main.map((text) => text.replace('Shanghai-Nanjing-Suzhou', 'Shanghai-Nanjing-Xuzhou'));
    const comparison = compareVersions(ru, main, revised, alignParagraphs(ru, main).beads, document.meta);
    expect(comparison.passages.map((passage) => passage.bead)).toEqual([27]);
    expect(comparison.resolved.map((finding) => finding.kind)).toEqual(['name-mismatch']);
    expect(comparison.introduced).toEqual([]);
  });
});
