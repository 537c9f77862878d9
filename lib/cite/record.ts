/**
 * A document as a reference manager sees it: who wrote it to whom, what kind of document it is,
 * when, where the original is kept, who translated it and where this copy can be read. Every
 * format Sverka cites in (the Chicago note, BibTeX, RIS, CSL-JSON, the page's meta tags) is
 * written from this one record, so they cannot disagree.
 */
import { formatIsoDate, formatLocatorPlace, parseTitle } from '../metadata';
import type { ArchivalLocator, DocumentMeta } from '../types';

/** A person's name: family and given parts when they can be told apart, else the name as written. */
export type PersonName = { family: string; given?: string } | { literal: string };

/** What kind of item a reference manager should make: letters have recipients, manuscripts do not. */
export type RecordType = 'letter' | 'manuscript';

/** The document's bibliographic record. */
export interface DocumentRecord {
  /** A stable key: the document's slug. */
  id: string;
  type: RecordType;
  /** The title the document was published under. */
  title: string;
  /** Senders or authors, as the record names them ("Roshchin", "Filippov [Stalin]"). */
  authors: PersonName[];
  recipients: PersonName[];
  translators: PersonName[];
  /** The kind of document in words, sentence case: "Ciphered telegram", "Cable", "Telegram". */
  genre: string;
  /** The document's own number ("22591"), when its title gives one. */
  number?: string;
  /** ISO 8601, possibly partial. */
  date?: string;
  /** The date as a reader writes it: "July 22, 1950". */
  datePrinted?: string;
  /** The repository holding the original: "RGASPI". */
  archive?: string;
  /** Where in it: "f. 558, op. 11, d. 334, ll. 88–89", then other copies' locators with their repositories. */
  archiveLocation?: string;
  /** The collection this translation was published in: "Wilson Center Digital Archive". */
  collection?: string;
  /** Other copies the source lists: "Library of Congress, Manuscript Division, …". */
  otherCopies: string[];
  /** Where the document can be read in Sverka (the configured site address), else the source's page. */
  url?: string;
  /** When the URL was read, ISO 8601 (the day the record was made). */
  accessed?: string;
  /** ISO 639-1 of the original. */
  language?: string;
  abstract?: string;
}

/** What a record needs besides the metadata. */
export interface RecordContext {
  slug: string;
  /** The document's page on the configured public site; absent when no site address is configured. */
  url?: string;
  /** The day the record is made, ISO 8601. */
  accessed?: string;
}

/** Kinds of document that are sent to somebody, and so are letters to a reference manager. */
const LETTER_KINDS = new Set(['telegram', 'letter', 'note']);
/** Forms of address before a name that belong to the text, not to the person: "Cde. Filippov". */
const HONORIFIC = /^(?:cde|comrade|com|tov|mr|mrs|gen|general|marshal)\.?\s+/i;
/** "(via Roshchin)": the channel, not a recipient. */
const VIA = /\s*\((?:via|through)\s[^)]*\)|,?\s+via\s+.*$/i;
/** "Copy also available in …" in a source's citation: where else the original can be seen. */
const OTHER_COPY = /\bcop(?:y|ies) (?:is |are )?also (?:available )?in ([^.]+?(?:\.\d[^.]*)?)(?=\.\s|\.?$)/gi;

/** The record of a document, from its metadata. */
export function documentRecord(meta: DocumentMeta, context: RecordContext): DocumentRecord {
  const title = parseTitle(meta.title);
  const [first, ...others] = meta.locators;
  const record: DocumentRecord = {
    id: context.slug,
    type: LETTER_KINDS.has(meta.kind) ? 'letter' : 'manuscript',
    title: meta.title,
    authors: meta.from ? people(meta.from) : [],
    recipients: meta.to ? people(meta.to) : [],
    translators: meta.translator ? meta.translator.split(/\s*(?:;|\band\b|&)\s*/).filter(Boolean).map(personName) : [],
    genre: sentenceCase(title.kindPhrase ?? meta.kind),
    otherCopies: [...(meta.citation ?? '').replace(/\s+/g, ' ').matchAll(OTHER_COPY)].map((match) => match[1].trim()),
  };
  if (title.number) record.number = title.number;
  if (meta.date) {
    record.date = meta.date;
    record.datePrinted = meta.datePrinted ?? formatIsoDate(meta.date);
  }
  if (first) {
    record.archive = first.repository;
    record.archiveLocation = [first.repository ? formatLocatorPlace(first) : first.printed, ...others.map(withRepository)].join('; ');
  }
  if (meta.source?.archive) record.collection = meta.source.archive;
  const url = context.url ?? meta.source?.url;
  if (url) record.url = url;
  if (context.accessed) record.accessed = context.accessed;
  if (meta.originalLanguage) record.language = meta.originalLanguage;
  if (meta.summary) record.abstract = meta.summary;
  return record;
}

function withRepository(locator: ArchivalLocator): string {
  return locator.repository ? `${locator.repository}, ${formatLocatorPlace(locator)}` : locator.printed;
}

/** A name without the form of address the text puts before it: "Cde. Filippov [Stalin]" → "Filippov [Stalin]". */
export function withoutHonorific(name: string): string {
  return name.replace(HONORIFIC, '');
}

/** The people a from/to field names: "Zhou Enlai or Mao Zedong (via Roshchin)" → two literal names. */
function people(field: string): PersonName[] {
  return field.replace(VIA, '').split(/\s+(?:or|and)\s+|\s*;\s*/)
    .map((name) => withoutHonorific(name.trim()).replace(/,$/, ''))
    .filter(Boolean)
    .map((literal) => ({ literal }));
}

/**
 * A translator's name: "Goldberg, Gary" or "Gary Goldberg" → family Goldberg, given Gary. A
 * single word, or a name with a particle or brackets, stays as written.
 */
function personName(name: string): PersonName {
  const comma = /^([^,]+),\s*(.+)$/.exec(name);
  if (comma) return { family: comma[1].trim(), given: comma[2].trim() };
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || /[[\]()]/.test(name) || words.some((word) => /^[a-z]/.test(word))) return { literal: name.trim() };
  return { family: words[words.length - 1], given: words.slice(0, -1).join(' ') };
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
}

/** A name as a reader writes it: "Gary Goldberg", "Filippov [Stalin]". */
export function displayName(name: PersonName): string {
  return 'literal' in name ? name.literal : [name.given, name.family].filter(Boolean).join(' ');
}

/** A name sorted family first: "Goldberg, Gary" (a literal name as written). */
export function invertedName(name: PersonName): string {
  return 'literal' in name ? name.literal : [name.family, name.given].filter(Boolean).join(', ');
}
