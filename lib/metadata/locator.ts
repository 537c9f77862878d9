/**
 * Archival locators: read them from citation text as archive pages print them, and format
 * them in the usual English short form.
 *
 * Printed forms seen in the sources: "APRF, Fond 45, Opis 1, Delo 331, List 85",
 * "RGASPI, f. 558, op. 11, d. 334, ll.0088-0089", "AVPRF, … Papka 11, Listy 165-166", and OCR
 * damage such as "II.0085" for "ll.0085". Several locators in one citation are separated by
 * ";" or "and".
 */
import type { ArchivalLocator } from '../types';

/** Archive abbreviations in Latin and Cyrillic print, mapped to one canonical spelling. */
const REPOSITORIES: Record<string, string> = {
  RGASPI: 'RGASPI', РГАСПИ: 'RGASPI',
  APRF: 'APRF', АПРФ: 'APRF',
  AVPRF: 'AVP RF', 'AVP RF': 'AVP RF', АВПРФ: 'AVP RF', 'АВП РФ': 'AVP RF',
  GARF: 'GARF', ГАРФ: 'GARF',
  RGANI: 'RGANI', РГАНИ: 'RGANI',
  RGVA: 'RGVA', РГВА: 'RGVA',
  RGAE: 'RGAE', РГАЭ: 'RGAE',
  TSAMO: 'TsAMO', ЦАМО: 'TsAMO',
  RGAVMF: 'RGAVMF', РГАВМФ: 'RGAVMF',
  RGALI: 'RGALI', РГАЛИ: 'RGALI',
};

/** No letter before: a word boundary that also works for Cyrillic. */
const START = '(?<![\\p{L}])';
/** Number sign variants between a field name and its value: "N", "№", "No.". */
const NUMBER_SIGN = '(?:\\s*(?:N|№|No\\.?)(?![\\p{L}]))?';
const ARCHIVE_NUMBER = '([0-9]+[a-zа-я]?)(?![0-9])';

const FIELD_PATTERNS: Record<'fond' | 'opis' | 'delo' | 'papka', RegExp> = {
  fond: new RegExp(`${START}(?:fond|f|ф)\\.?${NUMBER_SIGN}\\s*${ARCHIVE_NUMBER}`, 'iu'),
  opis: new RegExp(`${START}(?:opis|op|оп)\\.?${NUMBER_SIGN}\\s*${ARCHIVE_NUMBER}`, 'iu'),
  delo: new RegExp(`${START}(?:delo|d|д)\\.?${NUMBER_SIGN}\\s*${ARCHIVE_NUMBER}`, 'iu'),
  papka: new RegExp(`${START}(?:papka|p|п)\\.?${NUMBER_SIGN}\\s*${ARCHIVE_NUMBER}`, 'iu'),
};
/** Sheets: "List 85", "Listy 90-91", "ll. 141-143", "l. 5", "II.0085" (OCR for "ll."), "лл. 88–89". */
const LISTY_PATTERN = new RegExp(
  `${START}(?:listy|list|ll|l|II|лл|л)\\.?${NUMBER_SIGN}\\s*([0-9]+(?:\\s*[-–—]\\s*[0-9]+)?)(?![0-9])`, 'iu');

/** Locators read from a citation, and the parts of the text that were not locators. */
export interface ParsedLocators {
  locators: ArchivalLocator[];
  /** Pieces of the text that are not locators, e.g. "copy also available in Library of Congress…". */
  remainder: string[];
}

/** Read every archival locator in `text`. Pieces that are not locators are returned as `remainder`. */
export function parseLocators(text: string): ParsedLocators {
  const locators: ArchivalLocator[] = [];
  const remainder: string[] = [];
  for (const piece of splitPieces(text)) {
    const locator = parseLocator(piece);
    if (locator) locators.push(locator);
    else if (piece) remainder.push(piece);
  }
  return { locators, remainder };
}

function splitPieces(text: string): string[] {
  return text
    .split(/;|\s+and\s+(?=\p{Lu})/u)
    .map((piece) => piece.trim().replace(/^and\s+/, '').replace(/[.,;]+$/, '').trim())
    .filter((piece) => piece !== '');
}

/** Read one locator ("RGASPI, f. 558, op. 11, d. 334, ll. 88-89"); undefined if it is not one. */
export function parseLocator(printed: string): ArchivalLocator | undefined {
  const { repository, length } = readRepository(printed);
  const rest = printed.slice(length);
  const locator: ArchivalLocator = { printed: printed.trim() };
  if (repository) locator.repository = repository;
  for (const field of ['fond', 'opis', 'delo', 'papka'] as const) {
    const match = FIELD_PATTERNS[field].exec(rest);
    if (match) locator[field] = match[1];
  }
  const listy = LISTY_PATTERN.exec(rest);
  if (listy) locator.listy = normaliseSheets(listy[1]);
  const isLocator = repository !== undefined ? locator.fond !== undefined || locator.delo !== undefined
    : locator.fond !== undefined && locator.delo !== undefined;
  return isLocator ? locator : undefined;
}

/** The archive named at the start of a locator, trying the longest known name first. */
function readRepository(printed: string): { repository?: string; length: number } {
  const words = /^\s*([\p{Lu}][\p{Lu} ]{1,12})/u.exec(printed);
  if (!words) return { length: 0 };
  const candidate = words[1].trim().split(' ');
  for (let count = candidate.length; count > 0; count--) {
    const name = candidate.slice(0, count).join(' ').toUpperCase();
    const repository = REPOSITORIES[name] ?? REPOSITORIES[name.replace(/ /g, '')];
    if (repository) return { repository, length: printed.indexOf(candidate[count - 1]) + candidate[count - 1].length };
  }
  return { length: 0 };
}

/** "0088-0089" → "88-89"; "141 – 143" → "141-143". */
function normaliseSheets(sheets: string): string {
  return sheets.split(/\s*[-–—]\s*/).map((n) => String(Number(n))).join('-');
}

/** Where in the repository, in short English form: "f. 558, op. 11, d. 334, ll. 88–89" (the printed text when nothing was parsed). */
export function formatLocatorPlace(locator: ArchivalLocator): string {
  const parts: string[] = [];
  if (locator.fond) parts.push(`f. ${locator.fond}`);
  if (locator.opis) parts.push(`op. ${locator.opis}`);
  if (locator.delo) parts.push(`d. ${locator.delo}`);
  if (locator.papka) parts.push(`p. ${locator.papka}`);
  if (locator.listy) parts.push(`${locator.listy.includes('-') ? 'll.' : 'l.'} ${locator.listy.replace('-', '–')}`);
  return parts.length > 0 ? parts.join(', ') : locator.printed;
}

/** Short English form, as Chicago cites archives: "RGASPI, f. 558, op. 11, d. 334, ll. 88–89". */
export function formatLocator(locator: ArchivalLocator): string {
  const place = formatLocatorPlace(locator);
  if (place === locator.printed) return place;
  return [locator.repository, place].filter(Boolean).join(', ');
}
