/**
 * Chinese names in Russian (Palladius transcription) to pinyin: Мао Цзэдун → Mao Zedong,
 * Чжоу Эньлай → Zhou Enlai, Сюйчжоу → Xuzhou.
 *
 * The Palladius table is generated from the list of Mandarin syllables by the standard
 * pinyin → Palladius rules, then inverted, so every syllable maps exactly one way. A Russian
 * word is read as pinyin only when it splits entirely into Palladius syllables; a word that does
 * not (Сталин, Мукден) is not Chinese as far as this module can tell.
 */
import { foldCase } from '../text';

/** Every Mandarin syllable in pinyin without tones; "v" stands for ü. */
const PINYIN_SYLLABLES = `
a o e ai ei ao ou an en ang eng er yi ya ye yao you yan yin yang ying yong wu wa wo wai wei wan wen wang weng yu yue yuan yun
ba bo bai bei bao ban ben bang beng bi bie biao bian bin bing bu
pa po pai pei pao pou pan pen pang peng pi pie piao pian pin ping pu
ma mo me mai mei mao mou man men mang meng mi mie miao miu mian min ming mu
fa fo fei fou fan fen fang feng fu
da de dai dei dao dou dan den dang deng dong di dia die diao diu dian ding du duo dui duan dun
ta te tai tao tou tan tang teng tong ti tie tiao tian ting tu tuo tui tuan tun
na ne nai nei nao nou nan nen nang neng nong ni nie niao niu nian nin niang ning nu nuo nuan nv nve
la le lai lei lao lou lan lang leng long li lia lie liao liu lian lin liang ling lu luo luan lun lv lve
ga ge gai gei gao gou gan gen gang geng gong gu gua guo guai gui guan gun guang
ka ke kai kei kao kou kan ken kang keng kong ku kua kuo kuai kui kuan kun kuang
ha he hai hei hao hou han hen hang heng hong hu hua huo huai hui huan hun huang
ji jia jie jiao jiu jian jin jiang jing jiong ju jue juan jun
qi qia qie qiao qiu qian qin qiang qing qiong qu que quan qun
xi xia xie xiao xiu xian xin xiang xing xiong xu xue xuan xun
zha zhe zhi zhai zhei zhao zhou zhan zhen zhang zheng zhong zhu zhua zhuo zhuai zhui zhuan zhun zhuang
cha che chi chai chao chou chan chen chang cheng chong chu chua chuo chuai chui chuan chun chuang
sha she shi shai shei shao shou shan shen shang sheng shu shua shuo shuai shui shuan shun shuang
re ri rao rou ran ren rang reng rong ru rua ruo rui ruan run
za ze zi zai zei zao zou zan zen zang zeng zong zu zuo zui zuan zun
ca ce ci cai cao cou can cen cang ceng cong cu cuo cui cuan cun
sa se si sai sao sou san sen sang seng song su suo sui suan sun`.trim().split(/\s+/);

const INITIALS: Array<[string, string]> = [
  ['zh', 'чж'], ['ch', 'ч'], ['sh', 'ш'], ['b', 'б'], ['p', 'п'], ['m', 'м'], ['f', 'ф'], ['d', 'д'], ['t', 'т'],
  ['n', 'н'], ['l', 'л'], ['g', 'г'], ['k', 'к'], ['h', 'х'], ['j', 'цз'], ['q', 'ц'], ['x', 'с'], ['r', 'ж'],
  ['z', 'цз'], ['c', 'ц'], ['s', 'с'],
];

/** Finals after an initial consonant. */
const FINALS: Record<string, string> = {
  a: 'а', o: 'о', e: 'э', ai: 'ай', ei: 'эй', ao: 'ао', ou: 'оу', an: 'ань', en: 'энь', ang: 'ан', eng: 'эн', ong: 'ун',
  i: 'и', ia: 'я', ie: 'е', iao: 'яо', iu: 'ю', ian: 'янь', in: 'инь', iang: 'ян', ing: 'ин', iong: 'юн',
  u: 'у', ua: 'уа', uo: 'о', uai: 'уай', ui: 'уй', uan: 'уань', un: 'унь', uang: 'уан',
  v: 'юй', ve: 'юэ',
};

/** Syllables without an initial consonant. */
const STANDALONE: Record<string, string> = {
  a: 'а', o: 'о', e: 'э', ai: 'ай', ei: 'эй', ao: 'ао', ou: 'оу', an: 'ань', en: 'энь', ang: 'ан', eng: 'эн', er: 'эр',
  yi: 'и', ya: 'я', ye: 'е', yao: 'яо', you: 'ю', yan: 'янь', yin: 'инь', yang: 'ян', ying: 'ин', yong: 'юн',
  wu: 'у', wa: 'ва', wo: 'во', wai: 'вай', wei: 'вэй', wan: 'вань', wen: 'вэнь', wang: 'ван', weng: 'вэн',
  yu: 'юй', yue: 'юэ', yuan: 'юань', yun: 'юнь',
};

const SOFT_SIGN_DROPPED = new Map<string, string>();

function toPalladius(syllable: string): string {
  if (STANDALONE[syllable]) return STANDALONE[syllable];
  const [initial, cyrillicInitial] = INITIALS.find(([latin]) => syllable.startsWith(latin))!;
  let final = syllable.slice(initial.length);
  // After j, q, x the vowel written u is ü.
  if ('jqx'.includes(initial) && final.startsWith('u')) final = `v${final.slice(1)}`;
  if (final === 'van') return `${cyrillicInitial}юань`;
  if (final === 'vn') return `${cyrillicInitial}юнь`;
  // zi, ci, si are written with ы; zhi, chi, shi, ri with и.
  if (final === 'i' && 'zcs'.includes(initial)) return `${cyrillicInitial}ы`;
  return cyrillicInitial + FINALS[final];
}

/** Palladius syllable → pinyin, with ü written as u (as names are spelt in English). */
const PALLADIUS_TO_PINYIN = new Map<string, string>();
for (const pinyin of PINYIN_SYLLABLES) {
  const palladius = toPalladius(pinyin);
  const english = pinyin.replace(/v/g, 'u');
  PALLADIUS_TO_PINYIN.set(palladius, english);
  // Before a consonant the soft sign of -ань, -энь, -инь… is often left out ("Андун" for Andong).
  if (palladius.endsWith('нь')) SOFT_SIGN_DROPPED.set(palladius.slice(0, -1), english);
}
const LONGEST_SYLLABLE = Math.max(...[...PALLADIUS_TO_PINYIN.keys()].map((syllable) => syllable.length));
/** Readings kept per prefix while splitting a word: enough for the real ambiguities (ан = an or ang). */
const MAX_READINGS = 4;

/**
 * The pinyin readings of a Russian word in Palladius transcription ("Цзэдун" → ["zedong"],
 * "Андун" → ["andong", "angdong"]), fewest syllables first; empty when the word does not split
 * entirely into Palladius syllables. Hyphens and spaces inside the word are allowed ("Цзэ-дун").
 */
export function palladiusToPinyin(word: string): string[] {
  const letters = foldCase(word).replace(/[-\s]/g, '');
  if (letters === '' || /[^а-яь]/.test(letters)) return [];
  // readings[k]: the ways to read letters[0..k) as syllables, as [pinyin, syllable count].
  const readings: Array<Array<[string, number]>> = [[['', 0]]];
  for (let end = 1; end <= letters.length; end++) {
    const found: Array<[string, number]> = [];
    for (let length = Math.min(LONGEST_SYLLABLE, end); length >= 1; length--) {
      const piece = letters.slice(end - length, end);
      const beforeConsonant = end < letters.length && !'аеиоуыэюяь'.includes(letters[end]);
      const pinyins = [PALLADIUS_TO_PINYIN.get(piece), beforeConsonant ? SOFT_SIGN_DROPPED.get(piece) : undefined];
      for (const pinyin of pinyins) {
        if (!pinyin) continue;
        for (const [reading, count] of readings[end - length] ?? []) found.push([reading + pinyin, count + 1]);
      }
    }
    // Stable sort: among equally short readings the regular one (with its soft sign) comes first.
    readings[end] = found.sort((a, b) => a[1] - b[1]).slice(0, MAX_READINGS);
    // No syllable reaches past the last LONGEST_SYLLABLE positions: if none of them could be read, the rest cannot be either.
    if (end >= LONGEST_SYLLABLE && readings.slice(end - LONGEST_SYLLABLE + 1, end + 1).every((reading) => reading.length === 0)) return [];
  }
  return [...new Set((readings[letters.length] ?? []).map(([reading]) => reading))];
}
