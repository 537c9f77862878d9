/** View stage: plain JSON view models for the app, built from the corpus. */
export { getDocumentView, getSentenceSpans, listDocumentSummaries, listRoutableSlugs, passageMarks, viewOfDocument } from './build';
export type { BrokenDocumentView, ColumnView, DocumentSummary, DoubtfulBeadView, FindingSpanView, FindingView, FolioView, HeaderView, NoteView, OcrDoubtView, OcrView, ParagraphView, ReaderView, SentenceSpansView, VersionComparisonView } from './model';
export { getSearchFiles, getSearchIndex } from './search';
export { prerendersDocuments } from './prerender';
export { getScanImage, listScanImages } from './scan-images';
