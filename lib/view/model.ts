/**
 * The view model: plain JSON the app renders. Only what a page shows travels to it, so the
 * browser gets a compact payload and never sees file-system details beyond file and line.
 */
import type { CitationParts, DocumentRecord } from '../cite';
import type { VersionComparison } from '../versions';
import type { Bead, DocumentMeta, DocumentSource, Finding, Inline, Lang, NoteKind, ParagraphKind, Problem, TextSpan } from '../types';

/**
 * The identifying fields every view of a document shows. `datePrinted` is the date as the source
 * printed it, or the ISO date written out ("July 1, 1950") when the source printed none.
 */
export type DocumentIdentity = Pick<DocumentMeta, 'title' | 'date' | 'datePrinted' | 'from' | 'to' | 'kind'>;

/** One row of the document list. */
export interface DocumentSummary extends DocumentIdentity {
  slug: string;
  /** Languages present, Russian first. */
  languages: Lang[];
  /** Labels of further English versions. */
  englishVersions: string[];
  paragraphCounts: Partial<Record<Lang, number>>;
  /** Notes of the Russian and main English text, by kind. */
  noteCounts: Partial<Record<NoteKind, number>>;
  /** Fidelity findings by severity (bilingual documents only). */
  findingCounts: Partial<Record<Finding['severity'], number>>;
  /** False when the document has an error and only its error page can be shown. */
  readable: boolean;
  problemCount: number;
}

/** A paragraph as the reader shows it. */
export interface ParagraphView {
  index: number;
  kind: ParagraphKind;
  depth?: number;
  marker?: string;
  inlines: Inline[];
  /** Source line, for citing and for error reports. */
  line: number;
  /** Notes in the paragraph, outermost first; offsets index the paragraph's plain text. */
  notes: NoteView[];
  /** Stretches of the paragraph that findings point at. */
  findingSpans: FindingSpanView[];
  /** Words an unreviewed OCR text may have misread (Russian only). */
  ocrDoubts?: OcrDoubtView[];
}

/** A word the OCR engine was unsure of, where it stands in its paragraph. */
export interface OcrDoubtView extends TextSpan {
  /** Unique in the document: "ocr-3". */
  id: string;
  word: string;
  /** The engine's confidence, 0–100. */
  confidence: number;
  /** The scan page it was read from, from 1. */
  page: number;
  /** Why it is marked. */
  reason: string;
  /** The passage it is in. */
  bead: number;
}

/** How the Russian original was read from a scan, for the reader's notice and OCR panel. */
export interface OcrView {
  engine: string;
  languages: string;
  date: string;
  meanConfidence: number;
  pages: number;
  reviewed: boolean;
  /** The doubtful words still in the text, in reading order (none once reviewed). */
  doubts: OcrDoubtView[];
  /** The scan's pages kept beside the text: their leaf and image address. */
  scanPages: Array<{ page: number; leaf?: string; image: string }>;
}

/** A stretch of a paragraph that a finding points at: the finding's id and kind. */
export interface FindingSpanView extends TextSpan {
  finding: string;
  kind: Finding['kind'];
}

/**
 * The sentences of a bilingual document's paragraphs, by language and paragraph index, as flat
 * triples (start, end, pair) in the paragraph's plain text: a sentence and its counterpart in the
 * other language share `pair` within their passage. Fetched by the reader when first needed.
 */
export type SentenceSpansView = Record<'ru' | 'en', Record<number, number[]>>;

/** Two English versions compared: changed passages with word diffs, findings resolved and introduced. */
export interface VersionComparisonView extends VersionComparison {
  /** Labels of the versions; "main" is en.md. */
  from: string;
  to: string;
}

/** A fidelity finding as the reader shows it. */
export interface FindingView extends Finding {
  /** Stable across rebuilds while the texts do not change: "f-3a9c…". */
  id: string;
  /** The bead it belongs to: the first, when it covers several. */
  bead: number;
  /**
   * Every bead it covers, in order, when that is more than one: the untranslated paragraphs at an
   * end of an excerpt's original are one finding, a bead each (see joinUntranslatedEnds).
   */
  beads?: number[];
  /** The reason given when it was dismissed as reviewed (review.yml). */
  dismissed?: string;
}

/** A leaf of the original that begins in a passage: "89", "89 ob.". */
export interface FolioView {
  bead: number;
  leaf: string;
  /** The leaf begins with the passage: none of it is on the leaf before. */
  atStart?: boolean;
  /** The address of the leaf's page image, when the scan is kept beside the text. */
  scan?: string;
}

/** A note as the reader shows it. */
export interface NoteView {
  /** Unique in the document: "en-3". */
  id: string;
  kind: NoteKind;
  lang: Lang;
  paragraph: number;
  /** The bead the note's paragraph belongs to. */
  bead: number;
  start: number;
  end: number;
  text: string;
  attachedTo?: string;
  /** An abbreviation expanded inside its word: the whole word ("Весьма" for "В[есьма]"). */
  expandsTo?: string;
}

/** One column of the reader. */
export interface ColumnView {
  lang: Lang;
  label: string | null;
  file: string;
  paragraphs: ParagraphView[];
}

/** The metadata header of the reader. */
export interface HeaderView extends DocumentIdentity, Pick<DocumentMeta, 'translator' | 'summary' | 'credits' | 'rights' | 'remarks' | 'citation'> {
  /** Archival locators in the short English form, e.g. "RGASPI f. 558, op. 11, d. 334, ll. 88–89". */
  locators: string[];
  source?: DocumentSource;
}

/** Everything the document page needs. */
export interface ReaderView {
  slug: string;
  header: HeaderView;
  ru?: ColumnView;
  en: ColumnView[];
  /** Alignment of the Russian with the main English version, computed at build time. */
  beads: Bead[];
  /** Every note of the Russian and main English text, Russian first, in reading order. */
  notes: NoteView[];
  /** Brackets without a partner, by file and line. */
  noteProblems: Problem[];
  /** Fidelity findings, in bead order. */
  findings: FindingView[];
  /** Each pair of English versions compared, when the document has more than one. */
  versionComparisons: VersionComparisonView[];
  /** The document's part of a citation, formatted (the passage's part is added in the reader). */
  citation: CitationParts;
  /** The bibliographic record the page's meta tags are written from. */
  record: DocumentRecord;
  /** The configured public site address, for permalinks; absent when none is configured. */
  siteUrl?: string;
  /** Warnings that did not stop the document from being shown. */
  warnings: Problem[];
  /** Set when the English does not seem to translate the Russian: why (shown above the texts). */
  mismatch?: string;
  /** Archival leaves that begin in a passage, as the texts mark them ("[Л. 89]"), and the leaf the document begins on. */
  folios: { marks: FolioView[]; firstLeaf?: string };
  /** Set when the Russian original was read from a scan by OCR. */
  ocr?: OcrView;
  /** Passages exactly as a pin of alignment.yml fixes them (a person checked them). */
  pinned: number[];
  /** Beads the aligner is not sure of (confidence below LOW_CONFIDENCE), in order: worth a reviewer's look. */
  doubtful: DoubtfulBeadView[];
}

/** A bead whose alignment is in doubt. */
export interface DoubtfulBeadView {
  /** 0-based bead index; the reader shows it as passage bead + 1. */
  bead: number;
  confidence: number;
}

/** A document that cannot be shown, with the reasons. */
export interface BrokenDocumentView {
  slug: string;
  title?: string;
  problems: Problem[];
}
