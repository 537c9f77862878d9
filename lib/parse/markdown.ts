/**
 * Cut a Markdown text into paragraphs with unified + remark-parse (CommonMark).
 *
 * A paragraph is one Markdown block: a paragraph, heading or list item (README, "Adding a document"); block
 * quotes and code blocks contribute their inner blocks. Raw HTML and link definitions are
 * never interpreted: they become literal-text paragraphs, so a page can show them as text and
 * nothing the author wrote disappears. Thematic breaks are pure markup and yield no paragraph.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { lineOfOffset } from '../text';
import type { Inline, Paragraph, ParagraphKind, Problem } from '../types';

/** Paragraphs of one Markdown file, with the problems met while reading it. */
export interface ParsedMarkdown {
  paragraphs: Paragraph[];
  problems: Problem[];
}

/**
 * Most runs of `*` or `_` one block may hold before emphasis is read literally. Matching emphasis
 * openers to closers is quadratic in the runs of a block (4,000 nested emphases take 6 s, 10,000
 * take a minute); a real paragraph has a handful, an OCR'd table of asterisks a few dozen.
 */
export const MAX_EMPHASIS_RUNS = 256;
/**
 * Most `[` one block may hold before links are read literally: resolving link labels is quadratic
 * in the open brackets (50,000 nested brackets take 6 s, twice as many four times that). Editorial
 * brackets are Sverka's notes either way; a paragraph of a real register holds a few hundred.
 */
export const MAX_LINK_BRACKETS = 2000;
/**
 * Most list markers one line may open ("- - - - x") before lists are read literally: micromark
 * re-checks every open list for each new one, so 2,000 on a line take 1 s and 4,000 take 5 s.
 * Real documents nest lists three or four deep.
 */
export const MAX_LIST_MARKERS_ON_A_LINE = 64;

/** Markdown constructs a hostile file can make quadratic, and the warning when they are turned off. */
const GUARDS = [
  { constructs: ['attention'], code: 'too-much-emphasis', message: `a block holds more than ${MAX_EMPHASIS_RUNS} runs of * or _: emphasis in this file is shown as typed, the characters kept` },
  { constructs: ['labelStartLink', 'labelStartImage', 'labelEnd'], code: 'too-many-brackets', message: `a block holds more than ${MAX_LINK_BRACKETS} "[": links in this file are shown as typed, the characters kept` },
  { constructs: ['list'], code: 'too-deep-list', message: `a line opens more than ${MAX_LIST_MARKERS_ON_A_LINE} list markers: lists in this file are shown as typed, the markers kept` },
];

type MarkdownParser = { parse: (text: string) => unknown };
const parsers = new Map<string, MarkdownParser>();

/** The remark parser with `disabled` micromark constructs turned off (cached: building one costs more than a small parse). */
function parserWithout(disabled: string[]): MarkdownParser {
  const key = disabled.join(',');
  let parser = parsers.get(key);
  if (!parser) {
    const base = unified().use(remarkParse);
    parser = disabled.length > 0 ? base.data('micromarkExtensions', [{ disable: { null: disabled } }]) : base;
    parsers.set(key, parser);
  }
  return parser;
}

/** Parse normalised Markdown text (LF line ends, no BOM) into paragraphs. */
export function parseMarkdown(text: string, file: string): ParsedMarkdown {
  const problems: Problem[] = [];
  const crowded = crowdedLines(text);
  const disabled: string[] = [];
  GUARDS.forEach((guard, k) => {
    const line = crowded[k];
    if (line === undefined) return;
    disabled.push(...guard.constructs);
    problems.push({ file, line, code: guard.code, severity: 'warning', message: guard.message });
  });
  const tree = parserWithout(disabled).parse(text) as Root;
  const paragraphs: Paragraph[] = [];
  const context: WalkContext = { text, file, paragraphs, problems };
  walkBlocks(tree.children, context);
  return { paragraphs, problems };
}

/** List markers and the space after each, as many as stand at the start of a line. */
const LEADING_LIST_MARKERS = /^(?:[ \t]{0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$))+/gm;
const LIST_MARKER = /(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/g;

/**
 * For each guard, the first line past its limit (or undefined): emphasis runs and `[` counted per
 * block, list markers per line.
 */
function crowdedLines(text: string): Array<number | undefined> {
  const found: Array<number | undefined> = [undefined, undefined, undefined];
  let line = 1;
  let blockLine = 1;
  let runs = 0;
  let brackets = 0;
  for (const match of text.matchAll(/\n[ \t]*(?=\n)|\n|[*_]+|\[/g)) {
    const first = match[0][0];
    if (first === '[') {
      if (++brackets > MAX_LINK_BRACKETS) found[1] ??= blockLine;
    } else if (first !== '\n') {
      if (++runs > MAX_EMPHASIS_RUNS) found[0] ??= blockLine;
    } else {
      line++;
      // A line holding only blank space ends the block; the block after it starts on the next line.
      if (match[0].length > 1 || text[match.index + 1] === '\n') { runs = 0; brackets = 0; blockLine = line + 1; }
    }
  }
  for (const match of text.matchAll(LEADING_LIST_MARKERS)) {
    if ((match[0].match(LIST_MARKER)?.length ?? 0) > MAX_LIST_MARKERS_ON_A_LINE) {
      found[2] = lineOfOffset(text, match.index);
      break;
    }
  }
  return found;
}

interface WalkContext {
  text: string;
  file: string;
  paragraphs: Paragraph[];
  problems: Problem[];
}

/** A block still to visit, with the container it sits in; or an empty list item, which is a paragraph of its own. */
type Visit =
  | { node: RootContent; container: ParagraphKind; marker?: string }
  | { emptyItem: Nodes; marker: string };

/**
 * Visit blocks in document order with an explicit stack, not recursion: a line of 2,000 list
 * markers ("- - - - … x") nests 2,000 lists, and recursion that deep overflows the call stack.
 */
function walkBlocks(blocks: RootContent[], context: WalkContext): void {
  const stack: Visit[] = blocks.map((node) => ({ node, container: 'paragraph' as ParagraphKind })).reverse();
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    if ('emptyItem' in visit) {
      push(context, visit.emptyItem, 'listItem', [], { marker: visit.marker });
      continue;
    }
    const children = visitBlock(visit.node, context, visit.container, visit.marker);
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]);
  }
}

/** Emit the paragraph a block is, or return the blocks inside it to visit next, in order. */
function visitBlock(node: RootContent, context: WalkContext, container: ParagraphKind, marker?: string): Visit[] {
  switch (node.type) {
    case 'paragraph':
      push(context, node, container, inlinesOf(node.children, context), { marker });
      return [];
    case 'heading':
      push(context, node, 'heading', inlinesOf(node.children, context), { depth: node.depth });
      return [];
    case 'list':
      return node.children.flatMap((item): Visit[] => {
        const itemMarker = markerOf(item, context.text);
        if (item.children.length === 0) return [{ emptyItem: item, marker: itemMarker }];
        return item.children.map((child, position) => ({ node: child, container: 'listItem' as ParagraphKind, marker: position === 0 ? itemMarker : undefined }));
      });
    case 'blockquote':
      // A lone ">" (OCR debris, or an e-mail quote mark) has no children: keep it as written.
      if (node.children.length === 0) push(context, node, 'literal', [{ type: 'text', value: sourceOf(node, context.text) }]);
      return node.children.map((child) => ({ node: child, container: 'quote' as ParagraphKind }));
    case 'code':
      push(context, node, 'code', [{ type: 'code', value: node.value }]);
      return [];
    case 'thematicBreak':
      return [];
    case 'html':
    case 'definition':
      push(context, node, 'literal', [{ type: 'text', value: sourceOf(node, context.text) }]);
      context.problems.push({
        file: context.file, line: node.position?.start.line ?? 1, severity: 'warning',
        code: node.type === 'html' ? 'raw-html' : 'link-definition',
        message: node.type === 'html'
          ? 'raw HTML block is shown as plain text, never as HTML'
          : 'link reference definition is shown as plain text',
      });
      return [];
    default:
      push(context, node, 'literal', [{ type: 'text', value: sourceOf(node, context.text) }]);
      return [];
  }
}

function push(
  context: WalkContext, node: Nodes, kind: ParagraphKind, inlines: Inline[],
  extra: { depth?: number; marker?: string } = {},
): void {
  const start = node.position?.start;
  const end = node.position?.end;
  const paragraph: Paragraph = {
    index: context.paragraphs.length,
    kind,
    text: plainText(inlines),
    inlines,
    source: {
      file: context.file,
      line: start?.line ?? 1,
      endLine: end?.line ?? start?.line ?? 1,
      start: start?.offset ?? 0,
      end: end?.offset ?? 0,
    },
  };
  if (extra.depth !== undefined) paragraph.depth = extra.depth;
  if (extra.marker !== undefined) paragraph.marker = extra.marker;
  context.paragraphs.push(paragraph);
}

/** The list item marker exactly as written in the source ("1.", "-", "3)"). */
function markerOf(item: Nodes, text: string): string {
  const source = sourceOf(item, text);
  return /^\s*(\d{1,9}[.)]|[-+*])/.exec(source)?.[1] ?? '';
}

function sourceOf(node: Nodes, text: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : text.slice(start, end);
}

function inlinesOf(nodes: PhrasingContent[], context: WalkContext): Inline[] {
  const inlines: Inline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        inlines.push({ type: 'text', value: node.value });
        break;
      case 'break':
        inlines.push({ type: 'break' });
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
        inlines.push({ type: node.type, children: inlinesOf(node.children, context) });
        break;
      case 'link':
        inlines.push({ type: 'link', url: node.url, children: inlinesOf(node.children, context) });
        break;
      case 'inlineCode':
        inlines.push({ type: 'code', value: node.value });
        break;
      case 'image':
        // Never fetched: an image becomes a link to it, labelled with its alt text (or its address).
        inlines.push({ type: 'link', url: node.url, children: [{ type: 'text', value: node.alt || node.url }] });
        break;
      default:
        // Inline HTML, references and anything unknown: keep the characters as written.
        inlines.push({ type: 'text', value: sourceOf(node as Nodes, context.text) });
    }
  }
  return mergeAdjacentText(inlines);
}

function mergeAdjacentText(inlines: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const inline of inlines) {
    const last = merged[merged.length - 1];
    if (inline.type === 'text' && last?.type === 'text') last.value += inline.value;
    else merged.push(inline);
  }
  return merged;
}

/** Plain text of inline content: hard breaks become "\n". */
export function plainText(inlines: Inline[]): string {
  let text = '';
  for (const inline of inlines) {
    if (inline.type === 'text' || inline.type === 'code') text += inline.value;
    else if (inline.type === 'break') text += '\n';
    else text += plainText(inline.children);
  }
  return text;
}


/**
 * A paragraph's Markdown as written in `text` (the normalised file it was parsed from), with the
 * list marker or quote mark that its container put before it, so that parsing it alone gives the
 * same paragraph: the form exports carry so that an import restores the file exactly.
 */
export function paragraphMarkdown(paragraph: Pick<Paragraph, 'kind' | 'marker' | 'source'>, text: string): string {
  const written = text.slice(paragraph.source.start, paragraph.source.end);
  if (paragraph.kind === 'listItem' && paragraph.marker) return `${paragraph.marker} ${written}`;
  if (paragraph.kind === 'quote') return `> ${written}`;
  return written;
}
