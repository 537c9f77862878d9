/**
 * Take an archive page apart: header (date, title, credits), labelled metadata sections,
 * the document body in Russian and English, and the site's trailer (source line, rights,
 * boilerplate). Every non-blank input line is accounted for in a ledger, so a test can prove
 * that nothing was lost.
 */
import type { DocumentMeta, Lang, Problem } from '../types';
import { parseTitle, readLeadingDate } from '../metadata';
import { type Block, type SourceLine, blockText, bodyLine, splitBlocks } from './blocks';
import { type Label, type LabelKind, boilerplateReason, isContentsEntry, isCreditsLine, isRightsStatement, languageCode, readLabel } from './labels';
import { makeSlug, parseCitation } from './citation';

/** Where a piece of an input line went. */
export type Destination = Lang | 'dropped' | `meta.${MetaField}`;
/** Metadata fields the importer fills from page text. */
export type MetaField = 'title' | 'datePrinted' | 'citation' | 'summary' | 'credits' | 'rights' | 'translator'
  | 'originalLanguage' | 'remarks' | 'source.recordId';

/** One input line and where its text went; several destinations when a line was split. */
export interface LedgerEntry {
  line: number;
  text: string;
  destinations: Array<{ to: Destination; text: string }>;
}

/** A body paragraph: its source lines, kept as hard line breaks. */
export interface BodyParagraph {
  line: number;
  lines: string[];
}

/** A line dropped as site boilerplate, with the reason. */
export interface DroppedLine {
  line: number;
  text: string;
  reason: string;
}

/** An archive page, taken apart. */
export interface ExtractedPage {
  meta: DocumentMeta;
  slug: string;
  ru: BodyParagraph[];
  en: BodyParagraph[];
  dropped: DroppedLine[];
  ledger: LedgerEntry[];
  /** Things an editor should look at: no title found, languages interleaved… */
  warnings: Problem[];
}

/** Minimum letters before a block's script decides its language; shorter blocks follow their neighbours. */
const MIN_LETTERS_FOR_LANGUAGE = 3;
/**
 * Characters an unlabelled closing block needs to be read as the page's summary: a summary is a
 * sentence or more, while the short lines that end a body (a signature, "No. 302/sh") are not.
 */
const MIN_SUMMARY_LENGTH = 40;
/** Characters an upload date may run to: "Uploaded 2019-05-03" fits, a sentence with digits does not. */
const MAX_UPLOAD_DATE_LENGTH = 40;

/** Take apart a decoded archive page. `file` names it in warnings. */
export function extractPage(text: string, file: string): ExtractedPage {
  return new PageReader(file).read(splitBlocks(text));
}

type Section = 'header' | 'labels' | 'body' | 'trailer';

class PageReader {
  private readonly fields = new Map<MetaField, string[]>();
  private readonly ledger: LedgerEntry[] = [];
  private readonly dropped: DroppedLine[] = [];
  private readonly warnings: Problem[] = [];
  private readonly body: Array<{ block: Block; lang?: Lang }> = [];
  private date?: { iso: string; printed: string };
  private section: Section = 'header';
  private pendingLabel?: Label;
  /** Credits, title and summary, lowercased, for `repeatsAField`; read once the trailer starts. */
  private repeatableText?: string;

  constructor(private readonly file: string) {}

  read(blocks: Block[]): ExtractedPage {
    for (const block of blocks) this.readBlock(block);
    const { ru, en } = this.splitLanguages();
    return this.finish(ru, en);
  }

  private readBlock(block: Block): void {
    const first = block.lines[0].text;
    const label = block.lines.length === 1 ? readLabel(first) : undefined;
    if (this.pendingLabel) {
      const pending = this.pendingLabel;
      this.pendingLabel = undefined;
      if (!label && isLabelValue(pending.kind, blockText(block))) return this.labelValue(pending.kind, block);
    }
    if (block.lines.every((line) => boilerplateReason(line.text))) {
      for (const line of block.lines) this.drop(line, boilerplateReason(line.text)!);
      return;
    }
    if (label) return this.readLabelBlock(label, block.lines[0]);
    if (this.section === 'header' && this.readHeader(block)) return;
    if (this.section === 'trailer') return this.readTrailer(block);
    if (this.section === 'labels' || this.section === 'header') this.section = 'body';
    this.body.push({ block });
  }

  private readLabelBlock(label: Label, line: SourceLine): void {
    const endsBody = label.kind === 'documentInformation' || label.kind === 'uploadedDate' || label.kind === 'recordId';
    if (this.section === 'body' && endsBody) this.takeSummaryFromBodyEnd();
    if (endsBody) this.section = 'trailer';
    else if (this.section === 'header') this.section = 'labels';
    if (label.inlineValue) {
      const labelText = line.text.slice(0, line.text.length - label.inlineValue.length);
      this.record(line, [{ to: 'dropped', text: labelText }, { to: this.fieldOf(label.kind), text: label.inlineValue }]);
      this.dropped.push({ line: line.line, text: labelText, reason: 'section label' });
      this.setField(this.fieldOf(label.kind), label.inlineValue);
      return;
    }
    this.drop(line, 'section label');
    if (label.takesBlock) this.pendingLabel = label;
  }

  /** A web-page dump prints the summary, unlabelled, right before "Document Information". */
  private takeSummaryFromBodyEnd(): void {
    if (this.fields.has('summary') || this.body.length < 2) return;
    const last = this.body[this.body.length - 1].block;
    if (scriptOf(blockText(last)) !== 'en' || blockText(last).length < MIN_SUMMARY_LENGTH) return;
    this.body.pop();
    this.labelValue('summary', last);
  }

  private fieldOf(kind: LabelKind): Destination & `meta.${string}` {
    const fields: Partial<Record<LabelKind, MetaField>> = {
      citation: 'citation', summary: 'summary', originalLanguage: 'originalLanguage',
      credits: 'credits', recordId: 'source.recordId', translator: 'translator', title: 'title', date: 'datePrinted',
    };
    return `meta.${fields[kind] ?? 'remarks'}`;
  }

  private labelValue(kind: LabelKind, block: Block): void {
    if (kind === 'contents' && !block.lines.every((line) => isContentsEntry(line.text))) {
      this.section = 'body';
      this.body.push({ block });
      return;
    }
    if (kind === 'contents') {
      for (const line of block.lines) this.drop(line, 'contents listing (the texts themselves are imported)');
      this.section = 'body';
      return;
    }
    const destination = this.fieldOf(kind);
    for (const line of block.lines) this.record(line, [{ to: destination, text: line.text }]);
    this.setField(destination, blockText(block));
  }

  /** Date, title and credits at the top of the page. Returns false when the block starts the body. */
  private readHeader(block: Block): boolean {
    const lines = block.lines;
    if (!this.date) {
      const leading = readLeadingDate(lines[0].text);
      if (!leading) return false;
      this.date = { iso: leading.iso, printed: leading.printed };
      const titleLines = lines.slice(1);
      const destinations: LedgerEntry['destinations'] = [{ to: 'meta.datePrinted', text: leading.printed }];
      if (leading.rest) destinations.push({ to: 'meta.title', text: leading.rest });
      this.record(lines[0], destinations);
      this.setField('meta.datePrinted', leading.printed);
      const title = [leading.rest, ...titleLines.map((line) => line.text)].filter(Boolean).join(' ');
      for (const line of titleLines) this.record(line, [{ to: 'meta.title', text: line.text }]);
      if (title) this.setField('meta.title', title);
      return true;
    }
    if (lines.every((line) => isCreditsLine(line.text))) {
      for (const line of lines) this.record(line, [{ to: 'meta.credits', text: line.text }]);
      this.setField('meta.credits', blockText(block));
      return true;
    }
    if (!this.fields.has('title') && scriptOf(blockText(block)) !== 'ru') {
      for (const line of lines) this.record(line, [{ to: 'meta.title', text: line.text }]);
      this.setField('meta.title', blockText(block));
      return true;
    }
    return false;
  }

  /** After the body: the source line with locators and translator, rights, repeated credits. */
  private readTrailer(block: Block): void {
    for (const line of block.lines) {
      const text = line.text;
      const reason = boilerplateReason(text);
      if (reason) this.drop(line, reason);
      else if (isRightsStatement(text)) this.assign(line, 'meta.rights');
      else if (isCreditsLine(text)) this.assign(line, 'meta.credits');
      else if (this.repeatsAField(text)) this.drop(line, 'repeats a field already read');
      else if (parseCitation(text).locators.length > 0) this.readSourceLine(line);
      else this.assign(line, 'meta.remarks');
    }
  }

  /**
   * "RGASPI, f. 558, …; copy also available in … Translated by Gary Goldberg." The whole line is
   * kept as printed (as the citation, or a remark when the page had a citation already); the
   * translator's name is read out of it as well.
   */
  private readSourceLine(line: SourceLine): void {
    this.assign(line, this.fields.has('citation') ? 'meta.remarks' : 'meta.citation');
    const translated = /\bTranslated by\s+(.+?)\.?\s*$/i.exec(line.text);
    if (translated) this.setField('meta.translator', translated[1]);
  }

  private repeatsAField(text: string): boolean {
    const normalised = text.toLowerCase();
    if (normalised.length === 0) return false;
    // Lowercased once per field value, not once per trailer line: a long trailer stays linear in its own length.
    this.repeatableText ??= ['credits', 'title', 'summary'].flatMap((field) => this.fields.get(field as MetaField) ?? []).join('\n').toLowerCase();
    return this.repeatableText.includes(normalised);
  }

  /** Assign body blocks to Russian or English by script; short neutral blocks follow their neighbours. */
  private splitLanguages(): { ru: BodyParagraph[]; en: BodyParagraph[] } {
    const decided = this.body.map((item) => scriptOf(blockText(item.block)));
    // A neutral block follows the nearest decided block before it, else the nearest after it: one pass each way.
    const after: Array<Lang | undefined> = new Array(decided.length);
    for (let i = decided.length - 1, next: Lang | undefined; i >= 0; i--) {
      after[i] = next;
      next = decided[i] ?? next;
    }
    let before: Lang | undefined;
    this.body.forEach((item, i) => {
      item.lang = decided[i] ?? before ?? after[i] ?? 'en';
      before = decided[i] ?? before;
    });
    const switches = this.body.filter((item, i) => i > 0 && item.lang !== this.body[i - 1].lang);
    if (switches.length > 1) {
      this.warnings.push({ file: this.file, line: switches[1].block.lines[0].line, code: 'interleaved-languages', severity: 'warning',
        message: 'Russian and English blocks interleave; check that the original and translation were separated correctly' });
    }
    const ru: BodyParagraph[] = [];
    const en: BodyParagraph[] = [];
    for (const { block, lang } of this.body) {
      const lines = block.lines.map(bodyLine);
      block.lines.forEach((line, i) => this.record(line, [{ to: lang!, text: lines[i] }]));
      (lang === 'ru' ? ru : en).push({ line: block.lines[0].line, lines });
    }
    return { ru, en };
  }

  private finish(ru: BodyParagraph[], en: BodyParagraph[]): ExtractedPage {
    const value = (field: MetaField, separator = ' ') => this.fields.get(field)?.join(separator);
    const citation = parseCitation(value('citation', '; ') ?? '');
    let title = value('title') ?? citation.title;
    if (!title) {
      const firstLine = (en[0] ?? ru[0])?.lines[0] ?? 'Untitled document';
      title = firstLine;
      this.warnings.push({ file: this.file, line: (en[0] ?? ru[0])?.line ?? 1, code: 'no-title', severity: 'warning',
        message: `no title found; the first line of the text was used ("${firstLine}"): edit document.yml` });
    }
    const date = this.date ?? citation.date;
    if (!date) {
      this.warnings.push({ file: this.file, line: 1, code: 'no-date', severity: 'warning',
        message: 'no date found: the document is listed as undated; add "date:" to document.yml if it is known' });
    }
    const titleParts = parseTitle(title);
    const language = value('originalLanguage');
    const meta: DocumentMeta = {
      title,
      kind: titleParts.kind ?? kindFromText([...en, ...ru]) ?? 'other',
      locators: citation.locators,
    };
    if (date) { meta.date = date.iso; meta.datePrinted = date.printed; }
    if (titleParts.from) meta.from = titleParts.from;
    if (titleParts.to) meta.to = titleParts.to;
    const originalLanguage = (language && languageCode(language)) ?? (ru.length > 0 ? 'ru' : undefined);
    if (originalLanguage) meta.originalLanguage = originalLanguage;
    const citationText = value('citation', '\n');
    if (citationText) meta.citation = citationText;
    if (citation.archive || citation.url || value('source.recordId') || citation.recordId) {
      meta.source = {};
      if (citation.archive) meta.source.archive = citation.archive;
      if (citation.url) meta.source.url = citation.url;
      const recordId = value('source.recordId') ?? citation.recordId;
      if (recordId) meta.source.recordId = recordId;
    }
    for (const field of ['translator', 'summary', 'credits', 'rights'] as const) {
      const text = value(field, field === 'summary' ? '\n\n' : ' ');
      if (text) meta[field] = text;
    }
    // Pieces of the source line that are neither locators nor the translator credit are worth a remark.
    const holdings = citation.remainder.map((piece) => piece.replace(/\.?\s*\bTranslated by\b.*$/i, '').trim()).filter(Boolean);
    const remarks = [...(this.fields.get('remarks') ?? []), ...holdings.filter((piece) => !(value('remarks') ?? '').includes(piece))];
    if (language && !languageCode(language)) remarks.push(`Original language: ${language}`);
    if (remarks.length > 0) meta.remarks = [...new Set(remarks)].join('\n');
    return {
      meta,
      slug: makeSlug(date?.iso, titleParts, title),
      ru,
      en,
      dropped: this.dropped,
      ledger: this.ledger.sort((a, b) => a.line - b.line),
      warnings: this.warnings,
    };
  }

  private setField(destination: `meta.${string}`, text: string): void {
    const field = destination.slice('meta.'.length) as MetaField;
    const values = this.fields.get(field);
    if (values) values.push(text);
    else this.fields.set(field, [text]);
    if (this.repeatableText !== undefined && (field === 'credits' || field === 'title' || field === 'summary')) this.repeatableText += `\n${text.toLowerCase()}`;
  }

  private assign(line: SourceLine, destination: `meta.${MetaField}`): void {
    this.record(line, [{ to: destination, text: line.text }]);
    this.setField(destination, line.text);
  }

  private drop(line: SourceLine, reason: string): void {
    this.record(line, [{ to: 'dropped', text: line.text }]);
    this.dropped.push({ line: line.line, text: line.text, reason });
  }

  private record(line: SourceLine, destinations: LedgerEntry['destinations']): void {
    this.ledger.push({ line: line.line, text: line.raw, destinations });
  }
}

/** The language a block's letters are written in, or undefined when it has too few letters to tell. */
export function scriptOf(text: string): Lang | undefined {
  const cyrillic = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  if (Math.max(cyrillic, latin) < MIN_LETTERS_FOR_LANGUAGE) return undefined;
  return cyrillic > latin ? 'ru' : 'en';
}

/** Whether a block can be the value of a label: a record id is one word, an upload date has digits. */
function isLabelValue(kind: LabelKind, text: string): boolean {
  if (kind === 'recordId') return /^[\w.-]+$/.test(text);
  if (kind === 'uploadedDate') return /\d/.test(text) && text.length < MAX_UPLOAD_DATE_LENGTH;
  return true;
}

/** "telegram" when the text itself calls the document one, as bare telegrams do. */
function kindFromText(paragraphs: BodyParagraph[]): string | undefined {
  const text = paragraphs.map((paragraph) => paragraph.lines.join(' ')).join(' ');
  return /\b(?:telegram|cable|телеграмм)/i.test(text) ? 'telegram' : undefined;
}
