/**
 * Read what an archive page's citation and title say: the quoted title, date, archive, locators
 * and URL of a citation; the kind, number, sender and addressee of a title; and the corpus slug.
 */
import { translate, WIKIPEDIA } from 'iuliia';
import { MAX_SLUG_LENGTH } from '../corpus';
import { parseLocators, readLeadingDate, type TitleParts } from '../metadata';
import type { ArchivalLocator } from '../types';

/** The parts of a printed citation: "\"Title\", July 13, 1950, Archive, Locators. URL". */
export interface CitationParts {
  title?: string;
  date?: { iso: string; printed: string };
  archive?: string;
  locators: ArchivalLocator[];
  /** Parts of the locator text that are not locators ("copy also available in …"). */
  remainder: string[];
  url?: string;
  recordId?: string;
}

const URL_PATTERN = /https?:\/\/[^\s<>"]+/;
/** An archive named in a citation before its locators: "Wilson Center Digital Archive". */
const ARCHIVE_NAME = /^((?:[A-Z][\w'’-]*\s+){0,6}(?:Archive|Archives|Library|Collection|Project))\s*,\s*/;

/** Split a printed citation into its parts. Missing parts are left undefined. */
export function parseCitation(citation: string): CitationParts {
  let rest = citation.trim();
  const parts: CitationParts = { locators: [], remainder: [] };
  const url = URL_PATTERN.exec(rest);
  if (url) {
    parts.url = url[0].replace(/[.,;]+$/, '');
    parts.recordId = /\/(?:document|record|item)s?\/(\d+)/.exec(parts.url)?.[1];
    rest = (rest.slice(0, url.index) + rest.slice(url.index + url[0].length)).trim();
  }
  const quoted = /^["“](.+?)["”]\s*,?\s*/.exec(rest);
  if (quoted) {
    parts.title = quoted[1].trim().replace(/,$/, '');
    rest = rest.slice(quoted[0].length);
  }
  const date = readLeadingDate(rest);
  if (date) {
    parts.date = { iso: date.iso, printed: date.printed };
    rest = date.rest.replace(/^,\s*/, '');
  }
  const archive = ARCHIVE_NAME.exec(rest);
  if (archive) {
    parts.archive = archive[1];
    rest = rest.slice(archive[0].length);
  }
  const { locators, remainder } = parseLocators(rest);
  parts.locators = locators;
  parts.remainder = remainder;
  return parts;
}


/** Longest slug-name part, so slugs stay readable in a folder listing. */
const MAX_NAME_WORDS = 3;

/** The short name of a person in a from/to field: "Cde. Filippov [Stalin]" → "filippov". */
function slugName(name: string): string {
  const bare = name
    .replace(/\[[^\]]*\]|\([^)]*\)/g, ' ')
    .split(/\s+or\s+|,|;|\s+via\s+/i)[0]
    .replace(/\b(?:cde|comrade|com|tov|mr|gen|general|marshal)\.?\s+/gi, ' ');
  return slugify(bare).split('-').filter(Boolean).slice(0, MAX_NAME_WORDS).join('-');
}

/** Lowercase ASCII words joined by hyphens; Cyrillic is transliterated (Wikipedia style). */
export function slugify(text: string): string {
  return translate(text, WIKIPEDIA)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Words of a title kept in a slug when it has no sender and addressee: enough to tell documents apart in a listing. */
const MAX_TITLE_WORDS = 6;

/**
 * The corpus slug: ISO date (or "undated") + sender + "to" + addressee + number, or the date and
 * the title's first words; never longer than the corpus allows (cut at a hyphen).
 */
export function makeSlug(date: string | undefined, title: TitleParts, fallbackTitle: string): string {
  const name = title.from && title.to
    ? [slugName(title.from), 'to', slugName(title.to), title.number ? slugify(title.number) : ''].filter(Boolean).join('-')
    : slugify(fallbackTitle).split('-').slice(0, MAX_TITLE_WORDS).join('-');
  const slug = [date ?? 'undated', name || 'document'].join('-').replace(/-+/g, '-').replace(/-$/, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-'));
}
