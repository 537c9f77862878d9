/**
 * Write body paragraphs as Markdown that reads back to exactly the same text.
 *
 * Each paragraph is first written as it is, its lines joined by backslash hard breaks, because
 * that is what an editor wants to read and edit. The result is parsed back with the corpus
 * parser; if the text differs (the paragraph looked like a list, a heading, emphasis, HTML…),
 * it is written again with mdast-util-to-markdown, which escapes what Markdown would take as
 * syntax, and checked again. A paragraph that still does not read back is an error.
 */
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Paragraph as MdastParagraph, PhrasingContent } from 'mdast';
import { parseMarkdown } from '../parse';
import type { BodyParagraph } from './extract';

/** A paragraph that cannot be written so that it reads back the same. */
export class RoundTripError extends Error {
  constructor(readonly file: string, readonly line: number, message: string) {
    super(`${file}:${line}: ${message}`);
  }
}

/** Markdown for body paragraphs: one block per paragraph, blank lines between, final newline. */
export function paragraphsToMarkdown(paragraphs: BodyParagraph[], sourceFile: string): string {
  return paragraphs.map((paragraph) => paragraphToMarkdown(paragraph, sourceFile)).join('\n\n') + '\n';
}

function paragraphToMarkdown(paragraph: BodyParagraph, sourceFile: string): string {
  const expected = paragraph.lines.join('\n');
  const verbatim = paragraph.lines.join('\\\n');
  if (readsBackAs(verbatim, expected)) return verbatim;
  const escaped = toMarkdown(mdastParagraph(paragraph.lines)).replace(/\n+$/, '');
  if (readsBackAs(escaped, expected)) return escaped;
  throw new RoundTripError(sourceFile, paragraph.line, 'paragraph cannot be written as Markdown that reads back unchanged');
}

function readsBackAs(markdown: string, expected: string): boolean {
  const { paragraphs } = parseMarkdown(markdown, 'round-trip');
  return paragraphs.length === 1 && paragraphs[0].kind === 'paragraph' && paragraphs[0].text === expected;
}

function mdastParagraph(lines: string[]): MdastParagraph {
  const children: PhrasingContent[] = [];
  lines.forEach((line, index) => {
    if (index > 0) children.push({ type: 'break' });
    children.push({ type: 'text', value: line });
  });
  return { type: 'paragraph', children };
}
