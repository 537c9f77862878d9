/**
 * What the lines of an archive page are: section labels ("Citation:", "Summary:"), site
 * boilerplate, credits, rights statements. Patterns are written for the Wilson Center Digital
 * Archive, the main source of these pages, in the shapes users save or paste them.
 */

/** Section labels and the metadata each introduces. */
export type LabelKind = 'citation' | 'summary' | 'originalLanguage' | 'contents' | 'credits'
  | 'documentInformation' | 'uploadedDate' | 'recordId' | 'translator' | 'author' | 'date' | 'title';

const LABELS: Record<string, LabelKind> = {
  citation: 'citation',
  summary: 'summary',
  'original language': 'originalLanguage',
  contents: 'contents',
  credits: 'credits',
  'document information': 'documentInformation',
  'original uploaded date': 'uploadedDate',
  'record id': 'recordId',
  'translated by': 'translator',
  translator: 'translator',
  author: 'author',
  date: 'date',
  title: 'title',
};

/** Labels that never introduce a value of their own on the following lines. */
const LABELS_WITHOUT_BLOCK_VALUE: ReadonlySet<LabelKind> = new Set(['documentInformation']);

/** A recognised label, with the value written on the same line, if any. */
export interface Label {
  kind: LabelKind;
  /** Text after "Label:" on the same line; empty when the value follows on the next lines. */
  inlineValue: string;
  /** True when the following block is the label's value. */
  takesBlock: boolean;
}

/** Recognise a section label such as "Citation:" or "Record ID: 110692" in an undecorated line. */
export function readLabel(text: string): Label | undefined {
  const match = /^([A-Za-z][A-Za-z ]{1,30}?)\s*(?::\s*(.*))?$/.exec(text);
  if (!match) return undefined;
  const kind = LABELS[match[1].trim().toLowerCase()];
  if (!kind) return undefined;
  const inlineValue = (match[2] ?? '').trim();
  const hasColon = match[2] !== undefined;
  // Without a colon only whole-line section titles count: "Summary" yes, "Date" no (too common).
  if (!hasColon && !['citation', 'summary', 'originalLanguage', 'contents', 'credits', 'documentInformation',
    'uploadedDate', 'recordId'].includes(kind)) return undefined;
  return { kind, inlineValue, takesBlock: inlineValue === '' && !LABELS_WITHOUT_BLOCK_VALUE.has(kind) };
}

/** Why a line of site chrome was dropped, or undefined when it is not boilerplate. */
export function boilerplateReason(text: string): string | undefined {
  const rules: Array<[RegExp, string]> = [
    [/^skip to (main )?content$/i, 'site navigation'],
    [/^(menu|search|share|print|download|back to top|related documents|home)$/i, 'site navigation'],
    [/^to enquire about this document's rights status/i, 'site contact notice'],
    [/^(cookie|we use cookies)/i, 'cookie notice'],
  ];
  return rules.find(([pattern]) => pattern.test(text))?.[1];
}

/** "This document was made possible with support from …": the funder's credit line. */
export function isCreditsLine(text: string): boolean {
  return /^this document was made possible with (the )?support (from|of)\b/i.test(text);
}

/** The archive's rights statement. */
export function isRightsStatement(text: string): boolean {
  return /welcomes reuse of digital archive materials|subject to copyright|all rights reserved/i.test(text);
}

/** "Translation - English", "Transcript - Russian", "Original Scan": a Contents entry. */
export function isContentsEntry(text: string): boolean {
  return /^(translation|transcript|original scan|original|scan)\b[^.]{0,40}$/i.test(text);
}

/** ISO 639-1 code for a language named in English, as archives print it. */
export function languageCode(name: string): string | undefined {
  const codes: Record<string, string> = {
    russian: 'ru', english: 'en', chinese: 'zh', korean: 'ko', german: 'de', french: 'fr',
    ukrainian: 'uk', polish: 'pl', hungarian: 'hu', czech: 'cs', japanese: 'ja', vietnamese: 'vi',
  };
  return codes[name.trim().toLowerCase()];
}
