import fc from 'fast-check';
import { buildSearchIndex, indexFiles, wordsOf, LazySearchIndex, MANIFEST_FILE, search, shardFile, textFile, type SearchFacets, type SearchIndex } from '../../lib/search';
import { getSearchIndex } from '../../lib/view';

let index: SearchIndex;
beforeAll(async () => {
  index = await getSearchIndex('texts');
});

const found = (query: string, facets: SearchFacets = {}) => search(index, query, facets);
const TELEGRAM = '1950-07-22-roshchin-to-filippov-22591';

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
  const words = wordsOf(hit.en);
  expect(hit.matched.en.map((position) => words[position].toLowerCase())).toEqual(expect.arrayContaining(['jet', 'equipment']));
});

test('hostile and empty queries give clear, empty results, never errors', () => {
  for (const query of ['', '   ', '.*[(', '\\', '"', '""', 'a'.repeat(10_000), '<script>alert()</script>', '(?:x)+$', '***', '—']) {
    expect({ query: query.slice(0, 40), hits: found(query) }).toEqual({ query: query.slice(0, 40), hits: [] });
  }
});

test('any query gives hits from the corpus, each a passage that holds the words it marks', () => {
  const passages = new Map(index.documents.map((document) => [document.slug, document]));
  fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('Сталину', 'Filippov', '"jet equipment"', 'Мао OR Mao', 'Xuzhou')), (query) => {
    for (const hit of found(query)) {
      expect(passages.has(hit.slug)).toBe(true);
      const ruWords = wordsOf(hit.ru);
      const enWords = wordsOf(hit.en);
      expect(hit.matched.ru.every((position) => position >= 0 && position < ruWords.length)).toBe(true);
      expect(hit.matched.en.every((position) => position >= 0 && position < enWords.length)).toBe(true);
      expect(hit.matched.ru.length + hit.matched.en.length).toBeGreaterThan(0);
    }
  }), { numRuns: 300 });
});

describe('facets', () => {
  test('date range: a year, a month or a day, both ends inclusive; undated documents drop out', () => {
    const all = found('Сталину');
    expect(new Set(all.map((hit) => hit.slug)).size).toBeGreaterThan(1);
    expect(found('Сталину', { dateFrom: '1950-07', dateTo: '1950-07' }).map((hit) => hit.slug)).toEqual(all.filter((hit) => hit.slug.startsWith('1950-07')).map((hit) => hit.slug));
    expect(found('Сталину', { dateFrom: '1950-07-22', dateTo: '1950-07-22' }).every((hit) => hit.slug === TELEGRAM)).toBe(true);
    expect(found('Сталину', { dateFrom: '1990' })).toEqual([]);
  });

  test('author and recipient, exactly as in the metadata', () => {
    const telegram = index.documents.find((document) => document.slug === TELEGRAM)!;
    expect(telegram.from).toBeTruthy();
    const byAuthor = found('Сталину', { from: telegram.from });
    expect(byAuthor.length).toBeGreaterThan(0);
    expect(byAuthor.every((hit) => index.documents.find((document) => document.slug === hit.slug)!.from === telegram.from)).toBe(true);
    expect(found('Сталину', { to: 'Nobody At All' })).toEqual([]);
  });

  test('passages with notes or with findings', () => {
    const telegram = index.documents.find((document) => document.slug === TELEGRAM)!;
    const noted = found('Roshchin', { notes: true });
    expect(noted.length).toBeGreaterThan(0);
    expect(noted.every((hit) => index.documents.find((document) => document.slug === hit.slug)!.noted.includes(hit.bead))).toBe(true);
    // The Сюйчжоу/Suzhou name finding is in the telegram.
    const flagged = found('Suzhou', { findings: true });
    expect(flagged.map((hit) => hit.slug)).toContain(TELEGRAM);
    expect(flagged.every((hit) => hit.slug !== TELEGRAM || telegram.flagged.includes(hit.bead))).toBe(true);
    // Shanghai is in several documents; of the telegram's, only the passage with the Сюйчжоу/Suzhou finding stays.
    const shanghai = found('Shanghai');
    const shanghaiFlagged = found('Shanghai', { findings: true });
    expect(new Set(shanghai.map((hit) => hit.slug)).size).toBeGreaterThan(1);
    expect(shanghaiFlagged.length).toBeLessThan(shanghai.length);
    expect(shanghaiFlagged.filter((hit) => hit.slug === TELEGRAM).map((hit) => hit.bead)).toEqual([27]);
  });
});

describe('static files and lazy loading', () => {
  let built: SearchIndex | undefined;
  const large = () => {
    if (built) return built;
    // A corpus big enough for several shards: 200 documents of 60 passages with varied words.
    const documents = Array.from({ length: 200 }, (_, d) => {
      const ru = Array.from({ length: 60 }, (_, p) => `Донесение ${d * 60 + p} о переброске полка номер ${p} в район ${['Мукден', 'Харбин', 'Андун'][p % 3]} слово${d}x${p}.`);
      const en = ru.map((_, p) => `Report ${d * 60 + p} on moving regiment number ${p} to the ${['Mukden', 'Harbin', 'Andong'][p % 3]} area word${d}y${p}.`);
      return { slug: `doc-${d}`, title: `Document ${d}`, date: `1950-01-${String(1 + (d % 28)).padStart(2, '0')}`, ru, en, beads: ru.map((_, p) => ({ ru: [p], en: [p] })), notedBeads: [0], flaggedBeads: [] };
    });
    return (built = buildSearchIndex(documents));
  };

  test('a lazily loaded index gives the same hits as the full one, loading only the shards and texts it needs', async () => {
    const full = large();
    expect(full.shardCount).toBeGreaterThan(3);
    const files = indexFiles(full);
    const fetched: string[] = [];
    const lazy = await LazySearchIndex.open(async (file) => {
      fetched.push(file);
      return JSON.parse(JSON.stringify(files.get(file)));
    });
    for (const query of ['Харбина', 'regiment Mukden', '"moving regiment"', 'word17y3', '"regiment moving"']) {
      fetched.length = 0;
      const page = await lazy.search(query, {}, 5);
      const expected = search(full, query);
      const shownSlugs = [...new Set(expected.map((hit) => hit.slug))].slice(0, 5);
      expect(page.hits).toEqual(expected.filter((hit) => shownSlugs.includes(hit.slug)));
      expect(fetched.filter((file) => file.startsWith('shard-')).length).toBeLessThanOrEqual(2 * query.split(' ').length);
      expect(fetched.filter((file) => file.startsWith('text-')).length).toBeLessThanOrEqual(5);
    }
    expect(fetched).not.toContain(MANIFEST_FILE);
  });

  test('every file the index needs is there, and a stale manifest is refused', async () => {
    const full = large();
    const files = indexFiles(full);
    expect([...files.keys()]).toEqual(expect.arrayContaining([MANIFEST_FILE, shardFile(full.shardCount - 1), textFile(199)]));
    await expect(LazySearchIndex.open(async () => ({ ...(files.get(MANIFEST_FILE) as object), version: 1 }))).rejects.toThrow(/rebuild/);
  });
});
