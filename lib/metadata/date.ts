/**
 * Dates of documents: ISO 8601 validation (partial dates allowed) and reading dates as
 * archive pages print them ("July 22, 1950", "22 July 1950", "22 июля 1950 г.").
 */

const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december'];
/** Russian month stems: they match the nominative and the genitive ("июль", "июля"). */
const RUSSIAN_MONTH_STEMS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август',
  'сентябр', 'октябр', 'ноябр', 'декабр'];

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `value` is an ISO 8601 calendar date, possibly partial (`1950`, `1950-07`), that exists. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, , month, day] = match;
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  return Number(day) >= 1 && Number(day) <= daysInMonth(Number(match[1]), monthNumber);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoOf(year: number, month?: number, day?: number): string | undefined {
  const iso = [String(year).padStart(4, '0'), month && String(month).padStart(2, '0'), day && String(day).padStart(2, '0')]
    .filter(Boolean).join('-');
  return isIsoDate(iso) ? iso : undefined;
}

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase().replace(/\.$/, '');
  const english = ENGLISH_MONTHS.findIndex((month) => month === lower || (lower.length >= 3 && month.startsWith(lower)));
  if (english >= 0) return english + 1;
  // Longest stem first, so "мая" is not taken for "март".
  const russian = RUSSIAN_MONTH_STEMS
    .map((stem, index) => ({ stem, index }))
    .sort((a, b) => b.stem.length - a.stem.length)
    .find(({ stem }) => lower.startsWith(stem) && lower.length <= stem.length + 2);
  return russian ? russian.index + 1 : undefined;
}

/** A date found at the start of a line of text: its ISO form and the characters it took. */
export interface LeadingDate {
  iso: string;
  printed: string;
  rest: string;
}

const WORD_MONTH = '([A-Za-zА-Яа-яЁё]+\\.?)';
const LEADING_DATE_PATTERNS: Array<{ pattern: RegExp; read: (m: RegExpExecArray) => string | undefined }> = [
  { pattern: /^(\d{4})-(\d{2})-(\d{2})\b/, read: (m) => isoOf(+m[1], +m[2], +m[3]) },
  { pattern: new RegExp(`^${WORD_MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`), read: (m) => withMonth(m[1], (mm) => isoOf(+m[3], mm, +m[2])) },
  { pattern: new RegExp(`^(\\d{1,2})\\s+${WORD_MONTH}\\s+(\\d{4})(?:\\s*г\\.)?`), read: (m) => withMonth(m[2], (mm) => isoOf(+m[3], mm, +m[1])) },
  { pattern: new RegExp(`^${WORD_MONTH}\\s+(\\d{4})\\b`), read: (m) => withMonth(m[1], (mm) => isoOf(+m[2], mm)) },
];

function withMonth(name: string, make: (month: number) => string | undefined): string | undefined {
  const month = monthNumber(name);
  return month === undefined ? undefined : make(month);
}

/**
 * Read a printed date at the start of `line`, e.g. "November 20, 1950 Telegram from…".
 * Returns undefined when the line does not start with a date.
 */
export function readLeadingDate(line: string): LeadingDate | undefined {
  const trimmed = line.trim();
  for (const { pattern, read } of LEADING_DATE_PATTERNS) {
    const match = pattern.exec(trimmed);
    if (!match) continue;
    const iso = read(match);
    if (iso) return { iso, printed: match[0].trim(), rest: trimmed.slice(match[0].length).trim() };
  }
  return undefined;
}

/** Read a line that is exactly a printed date; undefined if anything else is on it. */
export function readDate(text: string): { iso: string; printed: string } | undefined {
  const found = readLeadingDate(text);
  return found && found.rest === '' ? { iso: found.iso, printed: found.printed } : undefined;
}

/** An ISO date, possibly partial, in the form the archive pages use: "July 1, 1950", "July 1950", "1950". */
export function formatIsoDate(iso: string): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  if (month === undefined) return year;
  const monthName = ENGLISH_MONTHS[Number(month) - 1];
  const capitalised = monthName.charAt(0).toUpperCase() + monthName.slice(1);
  return day === undefined ? `${capitalised} ${year}` : `${capitalised} ${Number(day)}, ${year}`;
}

/** Which way a list ordered by date runs: oldest first (1) or newest first (−1). */
export type DateDirection = 1 | -1;

/**
 * The order of document lists: dated documents by date (ISO dates compare as strings), undated
 * ones last in either direction, then by title.
 */
export function byDateThenTitle(a: { date?: string; title: string }, b: { date?: string; title: string }, direction: DateDirection = 1): number {
  if (Boolean(a.date) !== Boolean(b.date)) return a.date ? -1 : 1;
  if (a.date && b.date && a.date !== b.date) return (a.date < b.date ? -1 : 1) * direction;
  return a.title.localeCompare(b.title);
}
