/** Parse stage: Markdown text → paragraphs. */
export { paragraphMarkdown, parseMarkdown, plainText } from './markdown';
export type { ParsedMarkdown } from './markdown';
