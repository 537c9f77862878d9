/** Parse stage: Markdown text → paragraphs. */
export { parseMarkdown, plainText } from './markdown';
export type { ParsedMarkdown } from './markdown';
