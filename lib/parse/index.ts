/** Parse stage: Markdown text → paragraphs. */
export { MAX_EMPHASIS_RUNS, MAX_LINK_BRACKETS, MAX_LIST_MARKERS_ON_A_LINE, paragraphMarkdown, parseMarkdown, plainText } from './markdown';
export type { ParsedMarkdown } from './markdown';
