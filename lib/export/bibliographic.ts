/**
 * A document as a reference-manager record: BibTeX (biblatex fields), RIS and CSL-JSON, all
 * written from the one `DocumentRecord`. Telegrams and letters are letters (sender as author,
 * recipient, letter type), other documents manuscripts; the translator is a translator, never an
 * author; the repository and the place in it go where each format keeps them. Fields the
 * document lacks are left out, never invented.
 */
import { displayName, invertedName, type DocumentRecord, type PersonName } from '../cite';

/**
 * Characters BibTeX reads as markup, written so that parsers give them back as text: a lone
 * brace no longer unbalances the file, and ~ ^ \ are not taken for spaces, accents or commands.
 */
const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}',
  '%': '\\%', '&': '\\&', '#': '\\#', '$': '\\$', '_': '\\_',
};
const escapeBibtex = (value: string) => value.replace(/[\\{}~^%&#$_]/g, (character) => BIBTEX_ESCAPES[character]);
/** A URL goes into BibTeX verbatim; only what would unbalance the braces or break the line is percent-encoded. */
const bibtexUrl = (url: string) => url.replace(/[{}\\\s]/g, (character) => encodeURIComponent(character));

/** A BibTeX name list: a name without given and family parts in double braces, so that it is kept whole. */
function bibtexNames(names: PersonName[]): string | undefined {
  if (names.length === 0) return undefined;
  return names.map((name) => ('literal' in name ? `{${escapeBibtex(name.literal)}}` : escapeBibtex(invertedName(name)))).join(' and ');
}

/** The BibTeX entry (biblatex fields): @letter for letters and telegrams, @unpublished for other manuscripts. */
export function toBibtex(record: DocumentRecord): string {
  const fields: Array<[string, string | undefined]> = [
    ['author', bibtexNames(record.authors)],
    // The whole title in braces: its capitals are the document's, not to be lowercased by a style.
    ['title', `{${escapeBibtex(record.title)}}`],
    ['translator', bibtexNames(record.translators)],
    ['type', record.genre && escapeBibtex(record.genre)],
    ['number', record.number && escapeBibtex(record.number)],
    ['date', record.date],
    ['year', record.date?.slice(0, 4)],
    ['library', [record.archive, record.archiveLocation].filter(Boolean).map((part) => escapeBibtex(part!)).join(', ') || undefined],
    ['howpublished', record.collection && escapeBibtex(record.collection)],
    ['note', bibtexNote(record)],
    ['langid', record.language === 'ru' ? 'russian' : record.language],
    ['url', record.url && bibtexUrl(record.url)],
    ['urldate', record.accessed],
    ['abstract', record.abstract && escapeBibtex(record.abstract)],
  ];
  const body = fields.filter(([, value]) => value).map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@${record.type === 'letter' ? 'letter' : 'unpublished'}{${record.id},\n${body}\n}\n`;
}

function bibtexNote(record: DocumentRecord): string | undefined {
  const parts = [
    record.recipients.length > 0 ? `To ${record.recipients.map(displayName).join(' and ')}` : '',
    ...record.otherCopies.map((copy) => `Copy also in ${copy}`),
  ].filter(Boolean);
  return parts.length > 0 ? escapeBibtex(parts.join('. ')) : undefined;
}

/** RIS dates are YYYY/MM/DD/ with empty parts for a partial date. */
const risDate = (iso: string) => `${iso.split('-').concat('', '').slice(0, 3).join('/')}/`;

/**
 * The RIS record, with the tags Zotero's RIS translator reads: PCOMM (letter) or MANSCPT, AU the
 * sender, A2 the recipient, A4 the translator, M3 the letter type, DB the archive, AN the place
 * in it, DP the collection, Y2 the access date. Lines end in CRLF, as Zotero and EndNote write them.
 */
export function toRis(record: DocumentRecord): string {
  const line = (tag: string, value: string | undefined): string[] => (value ? [`${tag}  - ${value.replace(/\s+/g, ' ').trim()}`] : []);
  const lines = [
    ...line('TY', record.type === 'letter' ? 'PCOMM' : 'MANSCPT'),
    ...line('TI', record.title),
    ...record.authors.flatMap((name) => line('AU', invertedName(name))),
    ...(record.type === 'letter' ? record.recipients.flatMap((name) => line('A2', invertedName(name))) : []),
    ...record.translators.flatMap((name) => line('A4', invertedName(name))),
    ...line('M3', record.genre),
    ...line('DA', record.date && risDate(record.date)),
    ...line('PY', record.date?.slice(0, 4)),
    ...line('DB', record.archive),
    ...line('AN', record.archiveLocation),
    ...line('DP', record.collection),
    ...line('LA', record.language),
    ...line('UR', record.url),
    ...line('Y2', record.accessed && risDate(record.accessed)),
    ...line('AB', record.abstract),
    ...record.otherCopies.flatMap((copy) => line('N1', `Copy also in ${copy}`)),
    ...line('ID', record.id),
    'ER  - ',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** A CSL name: family and given, or a literal name kept whole. */
const cslName = (name: PersonName) => ('literal' in name ? { literal: name.literal } : { family: name.family, ...(name.given ? { given: name.given } : {}) });
const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

/**
 * The CSL-JSON item (an array of one), as citeproc-js and Zotero read it: a letter is a
 * `personal_communication` with author, recipient and genre; the archive and the place in it are
 * separate, as Chicago's archival forms need.
 */
export function toCslJson(record: DocumentRecord): string {
  const item: Record<string, unknown> = {
    id: record.id,
    type: record.type === 'letter' ? 'personal_communication' : 'manuscript',
    title: record.title,
  };
  if (record.authors.length > 0) item.author = record.authors.map(cslName);
  if (record.recipients.length > 0) item.recipient = record.recipients.map(cslName);
  if (record.translators.length > 0) item.translator = record.translators.map(cslName);
  item.genre = record.genre;
  if (record.number) item.number = record.number;
  if (record.date) item.issued = dateParts(record.date);
  if (record.archive) item.archive = record.archive;
  if (record.archiveLocation) item.archive_location = record.archiveLocation;
  if (record.collection) item['collection-title'] = record.collection;
  if (record.otherCopies.length > 0) item.note = record.otherCopies.map((copy) => `Copy also in ${copy}`).join('; ');
  if (record.language) item.language = record.language;
  if (record.url) item.URL = record.url;
  if (record.accessed) item.accessed = dateParts(record.accessed);
  if (record.abstract) item.abstract = record.abstract;
  return `${JSON.stringify([item], null, 2)}\n`;
}
