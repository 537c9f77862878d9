/**
 * Lines and blocks of an archive page as saved or pasted: blocks are runs of non-blank lines.
 * Also the decoration a Markdown-ish page puts around plain values ("## **Summary:**",
 * "**October 24, 1951**  ", "<https://…>"), which is markup and not content.
 */

/** One line of the input, with its 1-based line number. */
export interface SourceLine {
  line: number;
  /** The line as decoded, without its line end. */
  raw: string;
  /** The line without Markdown decoration and surrounding white space. */
  text: string;
}

/** A run of consecutive non-blank lines. */
export interface Block {
  lines: SourceLine[];
}

/** White space including no-break and other Unicode spaces: a line of only these is blank. */
const BLANK = /^[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]*$/u;

/** Split normalised text (LF line ends) into blocks of non-blank lines. */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: SourceLine[] = [];
  text.split('\n').forEach((raw, index) => {
    if (BLANK.test(raw)) {
      if (current.length > 0) blocks.push({ lines: current });
      current = [];
      return;
    }
    current.push({ line: index + 1, raw, text: undecorate(raw) });
  });
  if (current.length > 0) blocks.push({ lines: current });
  return blocks;
}

/**
 * A line without Markdown decoration: heading hashes, bold or italic wrappers, autolink
 * brackets and trailing hard-break spaces or backslash.
 */
export function undecorate(raw: string): string {
  let text = raw.trim().replace(/\\$/, '').trim();
  text = text.replace(/^#{1,6}\s+/, '').replace(/\s+#+$/, '');
  for (let wrapped = true; wrapped;) {
    const match = /^(\*\*|__|\*|_)(.+)\1$/.exec(text);
    wrapped = match !== null && !match[2].includes(match[1]);
    if (match && wrapped) text = match[2].trim();
  }
  // "**Summary:**" as well as "**Summary**:"
  text = text.replace(/^\*\*(.+?)\*\*\s*:$/, '$1:');
  return text.replace(/<(https?:\/\/[^>\s]+)>/g, '$1');
}

/** Body lines keep their characters; only surrounding white space (not content) goes. */
export function bodyLine(line: SourceLine): string {
  return line.raw.replace(/^[\s\u00a0]+|[\s\u00a0]+$/gu, '');
}

/** The decorated-free text of a block's lines joined by single spaces. */
export function blockText(block: Block): string {
  return block.lines.map((line) => line.text).join(' ');
}
