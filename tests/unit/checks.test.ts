import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analysePair } from '../../lib/analysis';
import { joinUntranslatedEnds } from '../../lib/checks/excerpt';
import { loadDocument } from '../../lib/corpus';
import type { DocumentMeta, Finding } from '../../lib/types';
import { getDocumentView, passageMarks } from '../../lib/view';
import { excerptOf, fixtureCase } from '../bench/cases';
import { writeExcerptDocument } from '../helpers/excerpt-document';

const TELEGRAM = '1950-07-22-roshchin-to-filippov-22591';

async function telegram(): Promise<{ ru: string[]; en: string[]; findings: Finding[] }> {
  const document = (await loadDocument(TELEGRAM, 'texts'))!;
  const ru = document.ru!.paragraphs.map((p) => p.text);
  const en = document.en[0].paragraphs.map((p) => p.text);
  return { ru, en, findings: findingsOf(ru, en, document.meta) };
}

/** The findings of two texts, analysed as `sverka check RU EN` analyses them. */
function findingsOf(ru: string[], en: string[], meta?: DocumentMeta): Finding[] {
  return analysePair({ ru, en, meta }).findings;
}

const summary = (findings: Finding[]) => findings.map((finding) => [finding.kind, finding.ru, finding.en]);

describe('seed 002, the bilingual telegram', () => {
  test('finds Сюйчжоу rendered as Suzhou, the untranslated cipher line and the added "to Filippov", and nothing else', async () => {
    const { ru, en, findings } = await telegram();
    expect(summary(findings)).toEqual([
      ['omission', [2], []],
      ['addition', [], [13]],
      ['name-mismatch', [26], [26]],
    ]);
    const name = findings[2];
    const [ruSpan, enSpan] = [name.ruSpans[0], name.enSpans[0]];
    expect(ru[ruSpan.paragraph].slice(ruSpan.start, ruSpan.end)).toBe('Сюйчжоу');
    expect(en[enSpan.paragraph].slice(enSpan.start, enSpan.end)).toBe('Suzhou');
    expect(name.message).toContain('Xuzhou');
    expect(ru[findings[0].ru[0]]).toBe('Шифртелеграмма No. 22591');
    expect(en[findings[1].en[0]]).toBe('to Filippov');
  });

  test('its numbers (65, 160, 100, 60, 1503), dates and times all match', async () => {
    const { findings } = await telegram();
    const kinds = findings.map((finding) => finding.kind);
    expect(kinds).not.toContain('number-mismatch');
    expect(kinds).not.toContain('date-mismatch');
  });
});

describe('planted errors in a correct translation', () => {
  test('a changed number is found, with both numbers located', async () => {
    const { ru, en } = await telegram();
    const changed = en.map((text) => text.replace('existing 65 fighter crews', 'existing 56 fighter crews'));
    const finding = findingsOf(ru, changed).find((f) => f.kind === 'number-mismatch')!;
    expect(finding.message).toBe('the Russian number “65” does not match the English “56”');
    expect(changed[finding.enSpans[0].paragraph].slice(finding.enSpans[0].start, finding.enSpans[0].end)).toBe('56');
  });

  test('a changed date is found', async () => {
    const { ru, en } = await telegram();
    const changed = en.map((text) => text.replace('At 1430 22 July', 'At 1430 23 July'));
    expect(findingsOf(ru, changed).map((f) => f.kind)).toContain('date-mismatch');
  });

  test('a swapped name is found', async () => {
    const { ru, en } = await telegram();
    const changed = en.map((text) => text.replace('combined Harbin-Jinzhou aviation school', 'combined Harbin-Jingzhou aviation school'));
    const names = findingsOf(ru, changed).filter((f) => f.kind === 'name-mismatch').map((f) => f.message);
    expect(names).toContainEqual(expect.stringContaining('“Jingzhou”'));
  });

  test('a dropped sentence is found', () => {
    // John, Russian ¶ 11–15 and English ¶ 15–19: Russian ¶ 12 and English ¶ 16 translate each other sentence by sentence; cut the third English sentence.
    const john = fixtureCase('john-excerpt');
    const ru = john.ru;
    const en = john.en.map((text) => text.replace(' John testified, saying, “I have seen the Spirit descending like a dove out of heaven, and it remained on him.', ''));
    const omitted = findingsOf(ru, en).filter((f) => f.kind === 'sentence-omitted');
    expect(omitted.map((f) => f.message)).toContainEqual(expect.stringContaining('И свидетельствовал Иоанн, говоря'));
    // The untouched pair raises nothing on that bead.
    expect(findingsOf(ru, john.en).filter((f) => f.kind === 'sentence-omitted' && f.message.includes('Иоанн, говоря'))).toEqual([]);
  });

  test('a free rendering that joins sentences but keeps their length is not reported as an omission', () => {
    const ru = [
      'Утром Ласточка отправилась в гавань. Она села на мачту большого корабля и смотрела, как матросы выгружали ящики. Вечером она вернулась к Принцу.',
      'Принц попросил её остаться ещё на одну ночь.',
    ];
    const en = [
      'In the morning the Swallow flew down to the harbour, sat on the mast of a large vessel and watched the sailors unloading chests, and in the evening he flew back to the Prince.',
      'The Prince asked him to stay one night longer.',
    ];
    expect(findingsOf(ru, en).filter((f) => f.kind === 'sentence-omitted')).toEqual([]);
    // Cut the harbour: now the English is short by about a sentence, and the sentence is named.
    const cut = [en[0].replace(', sat on the mast of a large vessel and watched the sailors unloading chests', ''), en[1]];
    expect(findingsOf(ru, cut).filter((f) => f.kind === 'sentence-omitted').map((f) => f.message)).toEqual([expect.stringContaining('Она села на мачту')]);
  });

  test('the text of an editor\'s note is never reported as left out', () => {
    const ru = [
      'Призрак поклялся, что не успеет Шантеклер [Шантеклер — имя петуха в средневековом эпосе. Далее в тексте это название противопоставляется слову «петух».] дважды протрубить, как свершатся кровавые дела.',
      'Он ждал час, он ждал два.',
    ];
    const en = ['The ghost swore that, when Chanticleer had sounded twice his merry horn, deeds of blood would be wrought.', 'Hour after hour he waited.'];
    expect(findingsOf(ru, en).filter((f) => f.kind === 'sentence-omitted')).toEqual([]);
  });

  test('a dropped paragraph is found', async () => {
    const { ru, en } = await telegram();
    const changed = en.filter((text) => !text.startsWith('Consequently we can fully complete'));
    const omissions = findingsOf(ru, changed).filter((f) => f.kind === 'omission');
    expect(omissions.map((f) => ru[f.ru[0]])).toContainEqual(expect.stringMatching(/^Следовательно, работу/));
  });

  test('Russian left untranslated in the English is found', async () => {
    const { ru, en } = await telegram();
    const changed = en.map((text) => text.replace('Please inform me of your decision.', 'Please inform me of your decision. совершенно секретно'));
    expect(findingsOf(ru, changed).find((f) => f.kind === 'untranslated')?.message).toContain('совершенно секретно');
  });

  test('a reference line that disagrees with the metadata is found', async () => {
    const document = (await loadDocument(TELEGRAM, 'texts'))!;
    const ru = document.ru!.paragraphs.map((p) => p.text.replace('Д N 334', 'Д N 343'));
    const en = document.en[0].paragraphs.map((p) => p.text);
    const finding = findingsOf(ru, en, document.meta).find((f) => f.kind === 'locator-mismatch');
    expect(finding?.evidence).toContain('delo 343');
  });
});

describe('a translation of an excerpt', () => {
  test('the untranslated paragraphs at each end of the original are one finding each, not one per paragraph', () => {
    // Before, the English paragraphs 120–220 of Mark raised an omission finding for each of some 260 Russian paragraphs.
    const excerpt = excerptOf(fixtureCase('mark'), 'en', 120, 220);
    const omissions = findingsOf(excerpt.ru, excerpt.en).filter((finding) => finding.kind === 'omission');
    const untranslated = excerpt.beads.filter((bead) => bead.en.length === 0).flatMap((bead) => bead.ru);
    const [head, tail] = omissions.filter((finding) => finding.ru.length >= 3);
    expect(head.ru[0]).toBe(0);
    expect(head.message).toMatch(/^the Russian paragraphs 1–\d+ of 336 have no translation: the English seems to translate an excerpt/);
    expect(tail.ru.at(-1)).toBe(335);
    // Every untranslated paragraph is still reported, in the two stretches or on its own.
    expect(new Set(omissions.flatMap((finding) => finding.ru))).toEqual(new Set(untranslated));
    expect(omissions.length).toBeLessThan(6);
  });

  test('the reader and the search facet tie an untranslated end to each of its passages, not only the first', async () => {
    const corpus = mkdtempSync(path.join(tmpdir(), 'sverka-excerpt-'));
    try {
      writeExcerptDocument(corpus, '1950-03-03-excerpt');
      const view = await getDocumentView('1950-03-03-excerpt', corpus);
      if (!view || !('reader' in view)) throw new Error('the excerpt document did not load');
      const { beads, findings } = view.reader;
      // The passages with no English before the first translated one and after the last.
      const translated = beads.flatMap((bead, index) => (bead.en.length > 0 ? [index] : []));
      const head = beads.slice(0, translated[0]).map((_, index) => index);
      const tail = beads.slice(translated.at(-1)! + 1).map((_, index) => translated.at(-1)! + 1 + index);
      expect(head.length).toBeGreaterThanOrEqual(10);
      expect(tail.length).toBeGreaterThanOrEqual(10);
      const joined = findings.filter((finding) => finding.beads);
      expect(joined.map((finding) => finding.beads)).toEqual([head, tail]);
      expect(joined.map((finding) => finding.bead)).toEqual([head[0], tail[0]]);
      const { flagged } = passageMarks((await loadDocument('1950-03-03-excerpt', corpus))!);
      expect(flagged).toEqual(expect.arrayContaining([...head, ...tail]));
    } finally {
      rmSync(corpus, { recursive: true, force: true });
    }
  });

  test('a translation of nothing is not called an excerpt: each untranslated paragraph keeps its finding', () => {
    const ru = ['Первый абзац телеграммы.', 'Второй абзац телеграммы.', 'Третий абзац телеграммы.', 'Четвёртый абзац телеграммы.'];
    const omission = (paragraph: number): Finding => ({ kind: 'omission', severity: 'medium', ru: [paragraph], en: [], ruSpans: [{ paragraph, start: 0, end: ru[paragraph].length }], enSpans: [], message: `¶ ${paragraph + 1}`, evidence: '1:0 bead' });
    const findings = ru.map((_, paragraph) => omission(paragraph));
    expect(joinUntranslatedEnds(findings, ru.length, 0)).toEqual(findings);
    // With the last paragraph translated, the first three are one stretch.
    const joined = joinUntranslatedEnds(findings.slice(0, 3), ru.length, 1);
    expect(joined.map((finding) => [finding.ru, finding.message])).toEqual([[[0, 1, 2], expect.stringMatching(/^the Russian paragraphs 1–3 of 4 have no translation/)]]);
  });
});

describe('clean translations', () => {
  test('a development case raises at most one finding per 20 beads, beyond its real omissions and additions', () => {
    const mark = fixtureCase('mark');
    const findings = findingsOf(mark.ru, mark.en);
    const goldOneSided = mark.gold.filter((bead) => bead.ru.length === 0 || bead.en.length === 0).length;
    expect(findings.length).toBeLessThanOrEqual(goldOneSided + mark.gold.length / 20);
  });
});

describe('names swapped for another name of the document', () => {
  const ru = [
    'Агриппа сказал Фесту: ты почти убеждаешь меня.',
    'Фест ответил Агриппе, что Павел невиновен.',
    'Тогда Павел простер руку и сказал Агриппе так.',
  ];
  const names = (en: string[]) => findingsOf(ru, en).filter((finding) => finding.kind === 'name-mismatch');

  test('a name of the document that the English replaces with another of its names is found, with both words marked', () => {
    const en = [
      'Agrippa said to Festus: you almost persuade me.',
      'Festus answered Agrippa that Paul was innocent.',
      'Then Paul stretched out his hand and spoke thus to Festus.',
    ];
    const [finding, ...others] = names(en);
    expect(others).toEqual([]);
    expect([finding.ru, finding.en]).toEqual([[2], [2]]);
    expect(ru[2].slice(finding.ruSpans[0].start, finding.ruSpans[0].end)).toBe('Агриппе');
    expect(en[2].slice(finding.enSpans[0].start, finding.enSpans[0].end)).toBe('Festus');
    expect(finding.message).toBe('“Агриппе” (Agrippe) is not in the English, which names “Festus” instead');
  });

  test('a name whose spellings do not transliterate (Иерусалим, Jerusalem) is learnt from the document, and its swap found', () => {
    const mark = fixtureCase('mark');
    const swapped = mark.gold.find((bead) => bead.ru.length === 1 && bead.en.length === 1
      && /Иерусалим/.test(mark.ru[bead.ru[0]]) && /\bJerusalem\b/.test(mark.en[bead.en[0]]) && !/Галиле/.test(mark.ru[bead.ru[0]]) && !/Galilee/.test(mark.en[bead.en[0]]))!;
    const en = mark.en.map((text, index) => (index === swapped.en[0] ? text.replaceAll('Jerusalem', 'Galilee') : text));
    const pins = mark.gold.map((bead, index) => ({ ...bead, line: index + 1 }));
    const found = analysePair({ ru: mark.ru, en, pins }).findings.filter((f) => f.kind === 'name-mismatch' && f.ru[0] === swapped.ru[0]);
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/^“Иерусалим\S*” .* is not in the English, which names “Galilee” instead$/)]);
    // The clean translation raises no substitution there.
    expect(analysePair({ ru: mark.ru, en: mark.en, pins }).findings.filter((f) => f.kind === 'name-mismatch' && f.ru[0] === swapped.ru[0])).toEqual([]);
  });

  test('words that only happen to split into Chinese syllables (Вася, Аминь) are not read as Chinese where the text has no Chinese names', () => {
    const ru = ['Вася пришёл домой и сказал: Аминь.', 'Потом он лёг спать.'];
    const en = ['Vasia came home and said: Amen.', 'Then he went to bed.'];
    expect(findingsOf(ru, en).filter((f) => f.kind === 'name-mismatch')).toEqual([]);
  });

  test('another form of a name keeps its counterpart (Мессию and Messiah, Израильтяне and Israelites); a name lost from its own passage is still a name', () => {
    const ru = ['Мы нашли Мессию, сказал Андрей.', 'Мессия придет, и Израиль узнает его.', 'Вот подлинно Израильтянин, сказал Иисус.', 'Марк, сын мой, приветствует вас.', 'И Андрей пошёл за Ним.'];
    const en = ['We have found the Messiah, said Andrew.', 'The Messiah will come, and Israel will know him.', 'Behold, an Israelite indeed, said Jesus.', 'Mark, my son, greets you.', 'And Andrew followed him.'];
    expect(findingsOf(ru, en).filter((f) => f.kind === 'name-mismatch')).toEqual([]);
    // Андрей rendered "Mark": Mark is a name of the document (Марк), though its own passage is elsewhere.
    const swapped = [en[0].replace('Andrew', 'Mark'), ...en.slice(1)];
    expect(findingsOf(ru, swapped).filter((f) => f.kind === 'name-mismatch').map((f) => f.message)).toEqual([expect.stringContaining('which names “Mark” instead')]);
  });

  test('the same names, each with its counterpart, or a name left out for a pronoun, are not findings', () => {
    expect(names(['Agrippa said to Festus: you almost persuade me.', 'Festus answered Agrippa that Paul was innocent.', 'Then Paul stretched out his hand and spoke thus to Agrippa.'])).toEqual([]);
    expect(names(['Agrippa said to Festus: you almost persuade me.', 'Festus answered Agrippa that Paul was innocent.', 'Then Paul stretched out his hand and spoke thus to him.'])).toEqual([]);
  });
});

describe('small numbers spelt out', () => {
  const numbers = (ru: string, en: string) => findingsOf([ru], [en]).filter((finding) => finding.kind === 'number-mismatch').map((finding) => finding.message);

  test('a count changed into another (три → "four") is found, though a small number alone would not be', () => {
    expect(numbers('И пробыл там три дня.', 'And he stayed there four days.')).toEqual(['the Russian number “три” does not match the English “four”']);
    expect(numbers('И пробыл там три дня.', 'And he stayed there three days.')).toEqual([]);
  });

  test('a pronoun "one", or an ordinal rendered by another turn of phrase, is not a changed count', () => {
    expect(numbers('Пришёл человек и сказал.', 'One came and said.')).toEqual([]);
    expect(numbers('Это было во второй день и два человека пришли.', 'On the next day two men came.')).toEqual([]);
    expect(numbers('Один из них сказал на второй день.', 'On the next day one of them said.')).toEqual([]);
  });
});

describe('amounts converted into other units', () => {
  test('kopecks become pence, versts miles: a low finding that says it is a conversion, not a high one', () => {
    for (const [ru, en, said] of [
      ['Заплатил пятнадцать копеек.', 'He paid eleven pence.', '“пятнадцать” копеек became “eleven” pence'],
      ['Прошёл десять вёрст.', 'He walked seven miles.', '“десять” вёрст became “seven” miles'],
    ]) {
      const findings = findingsOf([ru], [en]).filter((finding) => finding.kind === 'number-mismatch');
      expect(findings.map((finding) => [finding.severity, finding.message.slice(0, said.length)])).toEqual([['low', said]]);
      expect(findings[0].message).toContain('a difference but not an error');
    }
  });

  test('a count of people changed is still a high finding', () => {
    expect(findingsOf(['Пришло двенадцать человек.'], ['Fifteen men came.']).map((finding) => finding.severity)).toEqual(['high']);
  });
});

