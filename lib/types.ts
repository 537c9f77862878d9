/**
 * Data types shared by every stage of the pipeline (README, "How the code is laid out").
 *
 * Everything here is plain data: it serialises to JSON unchanged, so the same objects travel
 * from the loader to the CLI and, trimmed into a view model, to the browser.
 */

/** A language of a text version. Russian originals, English translations. */
export type Lang = 'ru' | 'en';

/** How serious a problem is. Errors stop a document from being shown; warnings do not. */
export type Severity = 'error' | 'warning';

/** One problem found in a source file, always pointing at the file and line. */
export interface Problem {
  /** Path of the file, relative to the corpus root when it is inside one. */
  file: string;
  /** 1-based line number; 1 when the problem concerns the file as a whole. */
  line: number;
  /** 1-based column, when known. */
  column?: number;
  /** Stable machine-readable kind, e.g. `yaml-syntax`, `unknown-field`, `invalid-utf8`. */
  code: string;
  severity: Severity;
  /** A sentence a person can act on. */
  message: string;
}

/** Where a paragraph came from in its source file. Offsets index the decoded, normalised text. */
export interface SourceSpan {
  file: string;
  /** 1-based first line. */
  line: number;
  /** 1-based last line. */
  endLine: number;
  /** 0-based character offset of the first character. */
  start: number;
  /** 0-based offset one past the last character. */
  end: number;
}

/** Inline structure kept from the Markdown, enough to render it safely as React elements. */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'break' }
  | { type: 'emphasis' | 'strong' | 'delete'; children: Inline[] }
  | { type: 'link'; url: string; children: Inline[] }
  | { type: 'code'; value: string };

/** The Markdown block a paragraph was made from. */
export type ParagraphKind = 'paragraph' | 'heading' | 'listItem' | 'quote' | 'code' | 'literal';

/** One paragraph: one Markdown block, the unit of alignment. */
export interface Paragraph {
  /** 0-based position within its text version. */
  index: number;
  kind: ParagraphKind;
  /** Heading level 1–6, for headings. */
  depth?: number;
  /** The item marker as written ("1.", "-", "2)"), for list items. */
  marker?: string;
  /** Plain text: hard line breaks as "\n", soft line breaks as written. */
  text: string;
  inlines: Inline[];
  source: SourceSpan;
}

/** One text of a document in one language: the original, or one English version. */
export interface TextVersion {
  lang: Lang;
  /** `null` for the main version (`ru.md`, `en.md`); the label of `en.<label>.md` otherwise. */
  label: string | null;
  /** File name inside the document folder, e.g. `en.md`. */
  file: string;
  paragraphs: Paragraph[];
}

/** Archival locator: where the paper original is kept. */
export interface ArchivalLocator {
  /** The locator exactly as printed by the source. */
  printed: string;
  /** Canonical archive abbreviation: RGASPI, APRF, AVP RF, GARF… */
  repository?: string;
  fond?: string;
  opis?: string;
  delo?: string;
  papka?: string;
  /** Sheet or sheet range, leading zeros removed: "85", "88-89". */
  listy?: string;
}

/** Where the corpus got the document from. */
export interface DocumentSource {
  /** Name of the archive or publication, e.g. "Wilson Center Digital Archive". */
  archive?: string;
  url?: string;
  /** Record id in that archive. */
  recordId?: string;
}

/**
 * How the Russian original was read from a scan by OCR (`ocr:` in document.yml, written by
 * `sverka import-original`). Until a person sets `reviewed: true`, the reader marks the words the
 * engine was unsure of and the checks treat the text's disagreements as "check the scan".
 */
export interface OcrRecord {
  /** The engine and its version, e.g. "tesseract 5.3.0". */
  engine: string;
  /** The engine's language models, e.g. "rus+eng". */
  languages: string;
  /** The day the text was read, ISO 8601. */
  date: string;
  /** Mean word confidence of the engine, 0–100. */
  meanConfidence: number;
  /** Pages read. */
  pages: number;
  /** The scan files as given, in page order. */
  scans: string[];
  /** SHA-256 of ru.md as written: a ru.md that no longer matches was edited by a person. */
  outputSha256: string;
  /** A person has checked the text against the scan: the OCR marks go. */
  reviewed: boolean;
}

/** One page of a scan read by OCR (ocr.yml): the leaf it is, its image beside the text, how sure the engine was. */
export interface OcrPage {
  /** 1-based, across every scan file in order. */
  page: number;
  /** The archival leaf the page is ("88"), as its folio mark in ru.md says. */
  leaf?: string;
  /** The page image kept in the document folder, e.g. "scan/page-001.jpg". */
  image?: string;
  words: number;
  meanConfidence: number;
}

/** A word the OCR engine was unsure of (ocr.yml), found again in ru.md by its words around it, as a quote selector is. */
export interface OcrDoubt {
  /** The word as read. */
  word: string;
  /** Paragraph of ru.md it was written in (a hint: the quote decides). */
  paragraph: number;
  /** Text just before and after it in that paragraph. */
  before: string;
  after: string;
  page: number;
  /** The engine's confidence, 0–100. */
  confidence: number;
  /** Why it is doubtful, for the reviewer: "the engine was unsure of it", "a digit inside a word…". */
  reason: string;
}

/** The OCR ledger of a document (ocr.yml): its scan pages and the doubtful words. */
export interface OcrLedger {
  pages: OcrPage[];
  doubts: OcrDoubt[];
}

/** Provenance written by the importer, used to refuse overwriting a person's edits. */
export interface ImportRecord {
  /** The file the document was imported from (base name). */
  sourceFile: string;
  /** sha256 of the imported file. */
  sourceSha256: string;
  /** sha256 of the files the importer wrote, to detect later hand edits. */
  outputSha256: string;
  /** The files the importer wrote and owns (a re-import replaces or removes them); absent in older records: document.yml, ru.md, en.md. */
  files?: string[];
}

/** The contents of `document.yml`, validated. */
export interface DocumentMeta {
  title: string;
  /** ISO 8601, possibly partial: `1950`, `1950-07`, `1950-07-22`. Absent when unknown. */
  date?: string;
  /** The date as printed by the source. */
  datePrinted?: string;
  from?: string;
  to?: string;
  kind: string;
  /** Language of the original, ISO 639-1. */
  originalLanguage?: string;
  locators: ArchivalLocator[];
  /** The full citation as printed by the source. */
  citation?: string;
  source?: DocumentSource;
  translator?: string;
  summary?: string;
  credits?: string;
  rights?: string;
  /** Free remarks of the editor or the source that fit no other field. */
  remarks?: string;
  imported?: ImportRecord;
  /** Set when the Russian original was machine-read from a scan (`sverka import-original`). */
  ocr?: OcrRecord;
}

/** A corpus document, loaded. `meta` is absent when `document.yml` could not be read. */
export interface Document {
  slug: string;
  meta?: DocumentMeta;
  ru?: TextVersion;
  /** Main English version first (`en.md`), then labelled versions in label order. */
  en: TextVersion[];
  /** Beads fixed by hand in `alignment.yml`, 0-based, checked against the texts. */
  pins: Pin[];
  /** Findings dismissed as reviewed in `review.yml`. */
  dismissals: Dismissal[];
  /** The scan pages and doubtful words of an OCR-read original (ocr.yml), when there is one. */
  ocr?: OcrLedger;
  /** Every problem found in the folder; a document with an error is not readable. */
  problems: Problem[];
}

/**
 * One unit of the alignment: the Russian and English paragraph indices (0-based, ascending,
 * contiguous) that translate each other. Either side may be empty: `{ru: [7], en: []}` is a
 * paragraph left untranslated, `{ru: [], en: [13]}` one the translator added.
 */
export interface Bead {
  ru: number[];
  en: number[];
}

/** A bead fixed by a person in `alignment.yml`; the aligner keeps it and aligns around it. */
export interface Pin extends Bead {
  /** Line of `alignment.yml` the pin is written on. */
  line: number;
}

/**
 * Kinds of editorial apparatus in a text: notes by the translator or editor, identifications
 * ("Filippov [Stalin]"), words supplied by the translator ("a jet [aircraft] division"), expanded
 * abbreviations ("В[есьма]", "NOA [People's Liberation Army]"), [sic], the original wording in
 * transliteration, physical descriptions of the document ("[signature]"), archival reference
 * lines and Markdown footnotes.
 */
export type NoteKind = 'translator-note' | 'editor-note' | 'identification' | 'supplied' | 'expansion' | 'sic'
  | 'transliteration' | 'physical' | 'archival-reference' | 'footnote';

/** One note found in a paragraph. Offsets index the paragraph's plain text. */
export interface Note {
  kind: NoteKind;
  lang: Lang;
  paragraph: number;
  /** Offsets of the whole note, brackets included. */
  start: number;
  end: number;
  /** The note's text without its brackets. */
  text: string;
  /** For insertions, the word or words the note attaches to ("Filippov" for "Filippov [Stalin]"). */
  attachedTo?: string;
  /** For an abbreviation expanded inside its word ("В[есьма]"), the whole word: "Весьма". */
  expandsTo?: string;
  /** Nesting depth: 0 for a note in the running text, 1 for a note inside another… */
  depth: number;
}

/** What a fidelity check found. */
export type FindingKind = 'number-mismatch' | 'date-mismatch' | 'name-mismatch' | 'omission' | 'addition'
  | 'sentence-omitted' | 'length-ratio' | 'untranslated' | 'transliteration-without-note' | 'locator-mismatch';

/** How much a finding matters: a changed number is high, a suspicious length ratio low. */
export type FindingSeverity = 'high' | 'medium' | 'low';

/** Severities from the most to the least severe: lists and margins show the most severe first. */
export const SEVERITY_ORDER: Record<FindingSeverity, number> = { high: 0, medium: 1, low: 2 };

/** A stretch of one paragraph's plain text. */
export interface TextSpan {
  paragraph: number;
  start: number;
  end: number;
}

/** One finding of the fidelity checks, tied to a bead by its paragraphs. */
export interface Finding {
  kind: FindingKind;
  severity: FindingSeverity;
  /** Paragraphs of the bead, Russian and English. */
  ru: number[];
  en: number[];
  /** Exact places on each side, when the finding has them (the Russian number and the English one). */
  ruSpans: TextSpan[];
  enSpans: TextSpan[];
  message: string;
  /** What the check compared, e.g. "ru n:65 · en n:56". */
  evidence: string;
}

/** A finding a person reviewed and dismissed, saved in review.yml. */
export interface Dismissal {
  /** The finding's id, "f-" and 12 hex digits. */
  finding: string;
  reason: string;
}
