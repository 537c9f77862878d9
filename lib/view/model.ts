/**
 * The view model: plain JSON the app renders. Only what a page shows travels to it, so the
 * browser gets a compact payload and never sees file-system details beyond file and line.
 */
import type { Inline, Lang, ParagraphKind, Problem } from '../types';

/** One row of the document list. */
export interface DocumentSummary {
  slug: string;
  title: string;
  /** ISO date, absent when undated. */
  date?: string;
  datePrinted?: string;
  from?: string;
  to?: string;
  kind: string;
  /** Languages present, Russian first. */
  languages: Lang[];
  /** Labels of further English versions. */
  englishVersions: string[];
  paragraphCounts: Partial<Record<Lang, number>>;
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
}

/** One column of the reader. */
export interface ColumnView {
  lang: Lang;
  label: string | null;
  file: string;
  paragraphs: ParagraphView[];
}

/** The metadata header of the reader. */
export interface HeaderView {
  title: string;
  date?: string;
  datePrinted?: string;
  from?: string;
  to?: string;
  kind: string;
  translator?: string;
  /** Archival locators in the short English form, e.g. "RGASPI f. 558, op. 11, d. 334, ll. 88–89". */
  locators: string[];
  summary?: string;
  source?: { archive?: string; url?: string; recordId?: string };
  credits?: string;
  rights?: string;
  remarks?: string;
}

/** Everything the document page needs. */
export interface ReaderView {
  slug: string;
  header: HeaderView;
  ru?: ColumnView;
  en: ColumnView[];
  /** Warnings that did not stop the document from being shown. */
  warnings: Problem[];
}

/** A document that cannot be shown, with the reasons. */
export interface BrokenDocumentView {
  slug: string;
  title?: string;
  problems: Problem[];
}
