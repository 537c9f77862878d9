import fc from 'fast-check';
import { alignParagraphs } from '../../lib/align';
import { isReadable, loadCorpus } from '../../lib/corpus';
import { buildSearchIndex, search, type SearchIndex } from '../../lib/search';

let index: SearchIndex;
beforeAll(async () => {
  const documents = (await loadCorpus('texts')).filter(isReadable).map((document) => {
    const ru = document.ru?.paragraphs.map((p) => p.text) ?? [];
    const en = document.en[0]?.paragraphs.map((p) => p.text) ?? [];
    return { slug: document.slug, ru, en, beads: alignParagraphs(ru, en).beads };
  });
  index = buildSearchIndex(documents);
});

const found = (query: string) => search(index, query);

test('Russian case forms: правительство finds Правительству', () => {
  const hits = found('правительство');
  expect(hits.some((hit) => /Советскому Правительству/.test(hit.ru))).toBe(true);
});

test('ё and е are the same letter', () => {
  expect(found('Хрущёву').map((hit) => hit.bead)).toEqual(found('Хрущеву').map((hit) => hit.bead));
  expect(found('Хрущёву').length).toBeGreaterThan(0);
});

test('a Latin letter inside a Cyrillic word (тов.Cталину) is found by the Cyrillic spelling', () => {
  const hits = found('Сталину').filter((hit) => hit.slug === '1950-07-22-roshchin-to-filippov-22591');
  expect(hits.some((hit) => hit.ru.includes('тов.Cталину'))).toBe(true);
});

test('names match across scripts, both ways', () => {
  const roshchin = found('Roshchin');
  expect(roshchin.some((hit) => hit.ru.includes('[Рощина]'))).toBe(true);
  const mao = found('Мао Цзэдун').filter((hit) => hit.slug === '1951-10-24-mao-zedong-to-filippov-25187');
  expect(mao.some((hit) => hit.en.includes('MAO ZEDONG'))).toBe(true);
});

test('a quoted phrase must occur as consecutive words', () => {
  expect(found('"jet equipment"').length).toBeGreaterThan(0);
  expect(found('"equipment jet"')).toEqual([]);
  const hit = found('"jet equipment"')[0];
  const words = hit.en.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)!;
  expect(hit.matched.en.map((position) => words[position].toLowerCase())).toEqual(expect.arrayContaining(['jet', 'equipment']));
});

test('hostile and empty queries give clear, empty results, never errors', () => {
  for (const query of ['', '   ', '.*[(', '\\', '"', '""', 'a'.repeat(10_000), '<script>alert(1)</script>', '(?:x)+$']) {
    expect(Array.isArray(found(query))).toBe(true);
  }
  fc.assert(fc.property(fc.string({ maxLength: 200 }), (query) => { expect(Array.isArray(found(query))).toBe(true); }), { numRuns: 300 });
});
