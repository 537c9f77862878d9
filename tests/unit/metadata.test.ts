import { formatLocator, isIsoDate, parseLocators, readLeadingDate, readMetadata, writeMetadata } from '../../lib/metadata';
import type { DocumentMeta } from '../../lib/types';

describe('dates', () => {
  test.each([
    ['July 22, 1950', '1950-07-22'],
    ['22 July 1950', '1950-07-22'],
    ['22 июля 1950 г.', '1950-07-22'],
    ['October 1951', '1951-10'],
    ['1950-11-20', '1950-11-20'],
  ])('reads "%s" as %s', (printed, iso) => {
    expect(readLeadingDate(printed)?.iso).toBe(iso);
  });

  test('splits a date from the title that follows it on the same line', () => {
    expect(readLeadingDate('November 20, 1950 Telegram from Stalin')).toEqual({
      iso: '1950-11-20', printed: 'November 20, 1950', rest: 'Telegram from Stalin',
    });
  });

  test('ISO validation accepts partial dates and rejects impossible ones', () => {
    expect(['1950', '1950-07', '1952-02-29'].every(isIsoDate)).toBe(true);
    expect(['1950-02-29', '1950-13', '22.7.1950', '1950-7-22'].some(isIsoDate)).toBe(false);
  });
});

describe('archival locators', () => {
  test('reads the three locators of seed 000, including the OCR "II." for "ll."', () => {
    const { locators } = parseLocators('APRF, Fond 45, Opis 1, Delo 331, List 85; AVP RF, Fond 059a, Opis 5a, Delo 3, Papka 11, List 118; and RGASPI, f. 558, op. 11, d. 334, II.0085.');
    expect(locators.map(formatLocator)).toEqual([
      'APRF, f. 45, op. 1, d. 331, l. 85',
      'AVP RF, f. 059a, op. 5a, d. 3, p. 11, l. 118',
      'RGASPI, f. 558, op. 11, d. 334, l. 85',
    ]);
    expect(locators[1].printed).toBe('AVP RF, Fond 059a, Opis 5a, Delo 3, Papka 11, List 118');
  });

  test('normalises sheet numbers and keeps what is not a locator apart', () => {
    const { locators, remainder } = parseLocators('RGASPI, f. 558, op. 11, d. 334, ll.0088-0089; copy also available in Library of Congress');
    expect(locators.map(formatLocator)).toEqual(['RGASPI, f. 558, op. 11, d. 334, ll. 88–89']);
    expect(remainder).toEqual(['copy also available in Library of Congress']);
  });

  test('"and" between locators separates them; AVPRF is AVP RF', () => {
    const { locators } = parseLocators('APRF, Fond 45, Opis 1, Delo 347, Listy 90-91 and AVPRF, Fond 059a, Opis 5a, Delo 3, Papka 11, Listy 165-166');
    expect(locators.map((locator) => [locator.repository, locator.listy])).toEqual([['APRF', '90-91'], ['AVP RF', '165-166']]);
  });

  test('reads Russian locators in Cyrillic', () => {
    const { locators } = parseLocators('РГАСПИ. Ф. 558. Оп. 11. Д. 334. Л. 88–89');
    expect(formatLocator(locators[0])).toBe('RGASPI, f. 558, op. 11, d. 334, ll. 88–89');
  });
});

describe('document.yml', () => {
  const codes = (text: string) => readMetadata(text, 'document.yml').problems.map((p) => [p.code, p.line]);

  test('a full record reads back exactly as it was written', () => {
    const meta: DocumentMeta = {
      title: 'Ciphered Telegram No. 22591 from Roschin to Filippov [Stalin]',
      date: '1950-07-22', datePrinted: 'July 22, 1950', from: 'Roshchin', to: 'Filippov [Stalin]', kind: 'telegram',
      originalLanguage: 'ru',
      locators: [{ printed: 'RGASPI, f. 558, op. 11, d. 334, ll.0088-0089', repository: 'RGASPI', fond: '558', opis: '011', delo: '334', listy: '88-89' }],
      source: { archive: 'Wilson Center Digital Archive', url: 'https://example.org/document/1', recordId: '0042' },
      translator: 'Gary Goldberg', summary: 'Mao informs Stalin: "yes".', remarks: 'line one\nline two',
      imported: { sourceFile: 'x.txt', sourceSha256: 'a'.repeat(64), outputSha256: 'b'.repeat(64) },
    };
    const result = readMetadata(writeMetadata(meta), 'document.yml');
    expect(result.problems).toEqual([]);
    expect(result.meta).toEqual(meta);
  });

  test('numbers are read as written, leading zeros kept', () => {
    const { meta } = readMetadata('title: T\nkind: letter\ndate: 1950\nlocators:\n  - printed: f. 059\n    fond: 059\n', 'd.yml');
    expect(meta?.date).toBe('1950');
    expect(meta?.locators[0].fond).toBe('059');
  });

  test.each([
    ['malformed YAML', 'title: "unclosed\nkind: telegram\n', 'yaml-syntax'],
    ['unknown field', 'title: T\nkind: telegram\nfond: 1\n', 'unknown-field'],
    ['impossible date', 'title: T\nkind: telegram\ndate: 1950-02-30\n', 'bad-date'],
    ['missing title', 'kind: telegram\n', 'missing-field'],
    ['empty title', 'title: ""\nkind: telegram\n', 'empty-field'],
    ['alias', 'title: &t T\nkind: telegram\nsummary: *t\n', 'yaml-alias'],
    ['duplicate field', 'title: T\ntitle: U\nkind: telegram\n', 'duplicate-field'],
  ])('%s is an error', (_, text, code) => {
    expect(codes(text).map(([found]) => found)).toContain(code);
  });

  test('errors point at the line of the offending field and suggest the likely name', () => {
    const { problems } = readMetadata('title: T\nkind: telegram\n\norginal_language: ru\n', 'document.yml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'document.yml', line: 4, code: 'unknown-field' });
    expect(problems[0].message).toContain('did you mean "original_language"');
  });
});
