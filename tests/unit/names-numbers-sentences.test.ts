import { englishNameKeys, palladiusToPinyin, russianNameKeys } from '../../lib/names';
import { findNumberTokens, numberWordValue } from '../../lib/numbers';
import { splitSentences } from '../../lib/segment';

const namesMatch = (russian: string, english: string) => russianNameKeys(russian).some((key) => englishNameKeys(english).includes(key));
const values = (text: string, lang: 'ru' | 'en') => findNumberTokens(text, lang).map((token) => token.value);

describe('Palladius transcription to pinyin', () => {
  test.each([
    ['Мао', 'mao'], ['Цзэдун', 'zedong'], ['Чжоу', 'zhou'], ['Эньлай', 'enlai'], ['Сюйчжоу', 'xuzhou'],
    ['Аньшань', 'anshan'], ['Ляоян', 'liaoyang'], ['Цзиньчжоу', 'jinzhou'], ['Шэньян', 'shenyang'], ['Цзэ-дун', 'zedong'],
  ])('%s → %s', (russian, pinyin) => {
    expect(palladiusToPinyin(russian)[0]).toBe(pinyin);
  });

  test('a soft sign left out before a consonant is still read: Андун → andong', () => {
    expect(palladiusToPinyin('Андун')).toContain('andong');
  });

  test('Russian words are not taken for Chinese', () => {
    expect(palladiusToPinyin('Сталин')).toEqual([]);
    expect(palladiusToPinyin('Мукден')).toEqual([]);
  });
});

describe('names across scripts', () => {
  test.each([
    ['Рощина', 'Roshchin'], ['Хрущеву', 'Khrushchev'], ['Батицкого', "Batitsky's"], ['Берия', 'Beria'],
    ['Цзэдуна', 'Zedong'], ['Эньлая', 'Enlai'], ['Ляоянь', 'Liaoyang'], ['Пекина', 'Peking'], ['Пекин', 'Beijing'],
    ['Иерусалим', 'Jerusalem'], ['Капернаум', 'Capernaum'], ['Мукдена', 'Mukden'],
  ])('%s matches %s', (russian, english) => {
    expect(namesMatch(russian, english)).toBe(true);
  });

  test('Сюйчжоу (Xuzhou) does not match Suzhou, the error in seed 002', () => {
    expect(namesMatch('Сюйчжоу', 'Suzhou')).toBe(false);
    expect(namesMatch('Сюйчжоу', 'Xuzhou')).toBe(true);
  });

  test('Greek chi before r is the Russian х: Христос is Christ', () => {
    expect(namesMatch('Христос', 'Christ')).toBe(true);
    expect(namesMatch('Христа', 'Christ')).toBe(true);
  });

  test('unrelated names do not match', () => {
    expect(namesMatch('Молотову', 'Malenkov')).toBe(false);
    expect(namesMatch('Сталину', 'Beria')).toBe(false);
  });
});

describe('numbers, dates and times', () => {
  test('dates written differently in the two languages reduce to the same token', () => {
    expect(values('22.7 в 14 часов 30 минут', 'ru')).toEqual(expect.arrayContaining(['d:22.7', 't:1430']));
    expect(values('At 1430 22 July I received', 'en')).toEqual(expect.arrayContaining(['d:22.7', 't:1430']));
    expect(values('13.XI[SIC].51', 'en')).toContain('d:13.11');
    expect(values('November 13, 1951', 'en')).toEqual(expect.arrayContaining(['d:13.11', 'n:1951']));
    expect(values('декабрю 1950 года', 'ru')).toContain('m:12.1950');
  });

  test('number words in both languages', () => {
    expect(values('сто двадцать четыре самолета и девять дивизий', 'ru')).toEqual(['n:124', 'n:9']);
    expect(values('one hundred and twenty-four planes and nine divisions', 'en')).toEqual(['n:124', 'n:9']);
    expect(values('во второй очереди', 'ru')).toEqual(['n:2']);
  });

  test('each number word is read as its own value, in every case and as an ordinal, however similar its neighbours', () => {
    const words: Array<[string, number | undefined]> = [
      ['две', 2], ['двух', 2], ['двадцать', 20], ['двадцатого', 20], ['двенадцать', 12], ['двенадцатом', 12], ['двести', 200], ['двухсот', 200],
      ['семь', 7], ['семнадцатого', 17], ['семидесяти', 70], ['седьмой', 7], ['семьсот', 700], ['четвёртого', 4], ['четвертом', 4],
      ['сорок', 40], ['сорокового', 40], ['сто', 100], ['стол', undefined], ['тысячами', 1000], ['первоначально', undefined], ['девятнадцатого', 19],
    ];
    for (const [word, value] of words) expect([word, numberWordValue(word, 'ru')]).toEqual([word, value]);
    expect([numberWordValue('Seventeen', 'en'), numberWordValue('seventy', 'en'), numberWordValue('twelfth', 'en'), numberWordValue('often', 'en')]).toEqual([17, 70, 12, undefined]);
  });

  test('words that only look like numbers are not numbers', () => {
    expect(values('стол и первоначально', 'ru')).toEqual([]);
    expect(values('someone often', 'en')).toEqual([]);
  });

  test('thousands written with separators are one number; a year beside a count is two', () => {
    expect(values('a 3,500-rouble note and 1,000,000 men', 'en')).toEqual(['n:3500', 'n:1000000']);
    expect(values('in 1950, 123 men', 'en')).toEqual(['n:1950', 'n:123']);
    expect(values('3 500 рублей и 22\u00A0500 человек', 'ru')).toEqual(['n:3500', 'n:22500']);
    expect(values('в 1950 году 123 человека', 'ru')).toEqual(['n:1950', 'n:123']);
  });

  test('words of measure carry their number: nineteen-year-old, восьмидесятилетняя; other compounds do not', () => {
    expect(values('a nineteen-year-old boy and a three-day march', 'en')).toEqual(['n:19', 'n:3']);
    expect(values('one-eyed Jack', 'en')).toEqual([]);
    expect(values('восьмидесятилетняя старуха, двухдневный поход', 'ru')).toEqual(['n:80', 'n:2']);
    expect(values('летний день, многолетний труд', 'ru')).toEqual([]);
  });

  test('a compound number ending in an ordinal, with ё, is one number', () => {
    expect(values('в тысяча пятьсот восемьдесят четвёртом году', 'ru')).toEqual(['n:1584']);
    expect(values('девятнадцатого сентября, в тридцатом году, с восемьюдесятью', 'ru')).toEqual(['n:19', 'd:19.9', 'n:30', 'n:80']);
  });

  test('a day in words before a month is a date, as an English day with its suffix is', () => {
    expect(values('в пятницу семнадцатого августа', 'ru')).toContain('d:17.8');
    expect(values('on Friday, August 17', 'en')).toContain('d:17.8');
    expect(values('on the 19th of September', 'en')).toContain('d:19.9');
    expect(values('19-го сентября', 'ru')).toContain('d:19.9');
  });

  test('idioms read as what they mean: the Russian hour counted to the coming one, the year of life, во сто крат, семью after tens', () => {
    expect(values('в половине восьмого пришли горничные', 'ru')).toEqual(['n:7']);
    expect(values('at half-past seven the housemaids came', 'en')).toEqual(['n:7']);
    expect(values('в четверть двенадцатого', 'ru')).toEqual(['n:11']);
    expect(values('ей шёл шестнадцатый год', 'ru')).toEqual(['n:15']);
    expect(values('во сто крат больше', 'ru')).toEqual([]);
    expect(values('в сто раз больше', 'ru')).toEqual(['n:100']);
    expect(values('доллар восемьюдесятью семью центами', 'ru')).toEqual(['n:87']);
    expect(values('всей семью поехали', 'ru')).toEqual([]);
  });

  test('a run of number words ends at any other word, and a number word inside another word is no number', () => {
    expect(values('сто рублей двадцать копеек', 'ru')).toEqual(['n:100', 'n:20']);
    expect(values('two men, and three horses', 'en')).toEqual(['n:2', 'n:3']);
    expect(values('the ninth hour, nine men', 'en')).toEqual(['n:9', 'n:9']);
    expect(values('about the ninth hour', 'en')).toEqual(['n:9']);
    expect(values('Ли-два и abc-двадцать', 'ru')).toEqual([]);
    expect(values('счёт: -двадцать два', 'ru')).toEqual(['n:22']);
    expect(values('Двадцать Два', 'ru')).toEqual(['n:22']);
  });

  test('tokens carry their spans', () => {
    const text = 'Для подготовки 160 экипажей';
    const [token] = findNumberTokens(text, 'ru');
    expect(text.slice(token.start, token.end)).toBe('160');
  });
});

describe('sentences', () => {
  test('abbreviations, initials and markers do not end a sentence; spans cover the text', () => {
    const text = 'Прибыл в г. Москву 22 июля 1950 г. в 14 ч. Тов. Сталину И.В. доложено. Он сказал: «Да». 1. Первое. Mr. Smith left.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text.trim())).toEqual([
      'Прибыл в г. Москву 22 июля 1950 г. в 14 ч. Тов. Сталину И.В. доложено.',
      'Он сказал: «Да».',
      '1. Первое.',
      'Mr. Smith left.',
    ]);
    expect(sentences.map((s) => s.text).join('')).toBe(text);
    expect(sentences.every((s) => text.slice(s.start, s.end) === s.text)).toBe(true);
  });

  test('an exclamation or a question running on in lower case is one sentence; a capital starts the next', () => {
    const text = 'Царедворец говорит Ему: Господи! приди, пока не умер сын мой. Иисус говорит ему: пойди! Он пошёл. “Sir!” he said. Why? Nobody knew.';
    expect(splitSentences(text).map((s) => s.text.trim())).toEqual([
      'Царедворец говорит Ему: Господи! приди, пока не умер сын мой.',
      'Иисус говорит ему: пойди!',
      'Он пошёл.',
      '“Sir!” he said.',
      'Why?',
      'Nobody knew.',
    ]);
  });
});
