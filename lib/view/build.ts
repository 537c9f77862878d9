/** Build view models from loaded corpus documents. */
import { LOW_CONFIDENCE, type SentencePair } from '../align';
import { analyseDocument, analysePair, analysisSentencePairs } from '../analysis';
import { findingId } from '../checks';
import { citationParts, documentRecord, documentUrl, firstLeaf, folioMarks, siteUrl } from '../cite';
import { compareVersions } from '../versions';
import { byDateThenTitle, formatIsoDate, formatLocator } from '../metadata';
import { corpusDirectory, isReadable, isSafeSlug, listSlugs, loadDocument } from '../corpus';
import { placeDoubts } from '../ocr';
import type { Bead, Document, Finding, Note, NoteKind, Problem, TextVersion } from '../types';
import { corpusSnapshot } from './corpus-snapshot';
import type { BrokenDocumentView, ColumnView, DocumentSummary, DoubtfulBeadView, FindingView, HeaderView, NoteView, OcrView, ReaderView, SentenceSpansView } from './model';

/** Summaries of every document, dated ones by date, undated ones last, then by title. */
export async function listDocumentSummaries(corpusDir = corpusDirectory()): Promise<DocumentSummary[]> {
  const documents = await corpusSnapshot(corpusDir);
  let summaries = summariesOf.get(documents);
  if (!summaries) summariesOf.set(documents, (summaries = documents.map(summarise).sort(byDateThenTitle)));
  return summaries;
}

/** Each corpus snapshot's summaries, made once (a build asks from the list and from each route's parameters). */
const summariesOf = new WeakMap<Document[], DocumentSummary[]>();

/** Slugs the app can route to: every safe folder name, broken documents included (they get an error page). */
export async function listRoutableSlugs(corpusDir = corpusDirectory()): Promise<string[]> {
  return (await listSlugs(corpusDir)).filter(isSafeSlug);
}

/** The reader view of a document, its error view when it cannot be shown, or undefined when there is no such document. */
export async function getDocumentView(
  slug: string, corpusDir = corpusDirectory(),
): Promise<{ reader: ReaderView } | { broken: BrokenDocumentView } | undefined> {
  const document = await loadDocument(slug, corpusDir);
  return document && viewOfDocument(document);
}

/** The reader view of a loaded document, or its error view when it cannot be shown. */
export function viewOfDocument(document: Document): { reader: ReaderView } | { broken: BrokenDocumentView } {
  if (!isReadable(document)) return { broken: { slug: document.slug, title: document.meta?.title, problems: document.problems } };
  return { reader: readerView(document) };
}

function summarise(document: Document): DocumentSummary {
  const meta = document.meta;
  const summary: DocumentSummary = {
    slug: document.slug,
    title: meta?.title || document.slug,
    kind: meta?.kind ?? 'other',
    languages: [...(document.ru ? ['ru' as const] : []), ...(document.en.length > 0 ? ['en' as const] : [])],
    englishVersions: document.en.map((version) => version.label).filter((label): label is string => label !== null),
    paragraphCounts: {},
    noteCounts: countNotes(document),
    findingCounts: countFindings(document),
    readable: isReadable(document),
    problemCount: document.problems.length,
  };
  if (document.ru) summary.paragraphCounts.ru = document.ru.paragraphs.length;
  if (document.en[0]) summary.paragraphCounts.en = document.en[0].paragraphs.length;
  for (const key of ['date', 'from', 'to'] as const) {
    if (meta?.[key]) summary[key] = meta[key];
  }
  if (meta?.date) summary.datePrinted = meta.datePrinted ?? formatIsoDate(meta.date);
  return summary;
}

/** The analysis of a document with its findings as views, dismissals from review.yml applied. */
function analyse(document: Document): { beads: Bead[]; findings: FindingView[]; notes: Note[]; problems: Problem[]; mismatch?: string; doubtful: DoubtfulBeadView[] } {
  const { ru, en, beads, notes, problems, findings, mismatch, confidences } = analyseDocument(document);
  const dismissed = new Map(document.dismissals.map((dismissal) => [dismissal.finding, dismissal.reason]));
  return {
    beads, notes, problems, ...(mismatch ? { mismatch } : {}),
    doubtful: confidences.flatMap((confidence, bead) => (confidence < LOW_CONFIDENCE ? [{ bead, confidence }] : [])),
    findings: findingViews(findings, beads, ru, en).map((view) => (dismissed.has(view.id) ? { ...view, dismissed: dismissed.get(view.id) } : view)),
  };
}

/** Beads of a document that hold a note, and beads with a finding nobody dismissed (the search facets). */
export function passageMarks(document: Document): { noted: number[]; flagged: number[] } {
  const { beads, notes, findings } = analyse(document);
  const unique = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);
  return {
    noted: unique(noteViewsOf(notes, beads).map((note) => note.bead)),
    flagged: unique(findings.filter((finding) => !finding.dismissed).flatMap((finding) => finding.beads ?? [finding.bead])),
  };
}

/**
 * The findings as the reader shows them, each tied to the beads of its paragraphs. Most findings
 * lie in one bead; the untranslated stretch at an end of an excerpt's original covers one bead per
 * paragraph, and each of them is marked (`FindingView.beads`).
 */
function findingViews(findings: Finding[], beads: Bead[], ru: string[], en: string[]): FindingView[] {
  const beadOf = beadOfParagraph(beads);
  return findings.map((finding) => {
    const covered = [...new Set([...finding.ru.map((paragraph) => beadOf.ru.get(paragraph)), ...finding.en.map((paragraph) => beadOf.en.get(paragraph))]
      .filter((bead): bead is number => bead !== undefined))].sort((a, b) => a - b);
    const view: FindingView = { ...finding, bead: covered[0] ?? 0, id: findingId(finding, ru, en) };
    return covered.length > 1 ? { ...view, beads: covered } : view;
  });
}

function countFindings(document: Document): Partial<Record<Finding['severity'], number>> {
  const counts: Partial<Record<Finding['severity'], number>> = {};
  if (!isReadable(document) || !document.ru || !document.en[0]) return counts;
  for (const finding of analyse(document).findings.filter((view) => !view.dismissed)) counts[finding.severity] = (counts[finding.severity] ?? 0) + 1;
  return counts;
}

function countNotes(document: Document): Partial<Record<NoteKind, number>> {
  const counts: Partial<Record<NoteKind, number>> = {};
  if (!isReadable(document)) return counts;
  for (const note of analyseDocument(document).notes) counts[note.kind] = (counts[note.kind] ?? 0) + 1;
  return counts;
}


function readerView(document: Document): ReaderView {
  const meta = document.meta!;
  const header: HeaderView = { title: meta.title, kind: meta.kind, locators: meta.locators.map(formatLocator) };
  for (const key of ['date', 'from', 'to', 'translator', 'summary', 'credits', 'rights', 'remarks', 'citation'] as const) {
    if (meta[key]) header[key] = meta[key];
  }
  if (meta.date) header.datePrinted = meta.datePrinted ?? formatIsoDate(meta.date);
  if (meta.source) header.source = { ...meta.source };
  const { beads, notes, problems, findings, mismatch, doubtful } = analyse(document);
  const noteViews = noteViewsOf(notes, beads);
  const view: ReaderView = {
    slug: document.slug,
    header,
    en: document.en.map((version, index) => columnView(version, index === 0 ? noteViews : [], index === 0 ? findings : [])),
    beads,
    notes: noteViews,
    noteProblems: problems,
    findings,
    versionComparisons: compareAllVersions(document, beads),
    citation: citationParts(meta),
    record: documentRecord(meta, { slug: document.slug, url: documentUrl(document.slug) }),
    warnings: document.problems,
    doubtful,
    pinned: pinnedBeads(beads, document.pins),
    folios: folioViews(document, notes, beads),
  };
  const site = siteUrl();
  if (site) view.siteUrl = site;
  if (mismatch) view.mismatch = mismatch;
  const ocr = ocrView(document, beads);
  if (ocr) {
    view.ocr = ocr;
    const images = new Map(ocr.scanPages.filter((page) => page.leaf).map((page) => [page.leaf!, page.image]));
    for (const mark of view.folios.marks) if (images.has(mark.leaf)) mark.scan = images.get(mark.leaf);
  }
  if (document.ru) view.ru = columnView(document.ru, noteViews, findings, ocr?.doubts ?? []);
  return view;
}

/**
 * The leaves marked in the texts, by passage: the Russian original's marks (the leaves are its
 * own), or the translation's when only it carries them; and the first leaf the locator names.
 */
function folioViews(document: Document, notes: Note[], beads: Bead[]): ReaderView['folios'] {
  const beadOf = beadOfParagraph(beads);
  const marksOf = (version: TextVersion | undefined) => (version ? folioMarks(version.lang, version.paragraphs.map((paragraph) => paragraph.text), notes) : []);
  const russian = marksOf(document.ru);
  const marks = russian.length > 0 ? russian : marksOf(document.en[0]);
  const start = firstLeaf(document.meta?.locators[0]?.listy);
  return {
    marks: marks.map((mark) => {
      const bead = beadOf[mark.lang].get(mark.paragraph) ?? mark.paragraph;
      // A mark that opens the first paragraph of its passage on its side starts the passage on the new leaf.
      const firstOfBead = (beads[bead]?.[mark.lang][0] ?? mark.paragraph) === mark.paragraph;
      return { bead, leaf: mark.leaf, ...(mark.atStart && firstOfBead ? { atStart: true } : {}) };
    }),
    ...(start ? { firstLeaf: start } : {}),
  };
}

/** The address of a page image kept in a document's scan folder. */
function scanImageUrl(slug: string, image: string): string {
  return `/documents/${slug}/${image}`;
}

/**
 * The OCR provenance of a document whose Russian was read from a scan, with the doubtful words
 * still found in the text (none once a person has marked it reviewed) and the kept page images.
 */
function ocrView(document: Document, beads: Bead[]): OcrView | undefined {
  const record = document.meta?.ocr;
  if (!record || !document.ru) return undefined;
  const beadOf = beadOfParagraph(beads);
  const placed = record.reviewed ? [] : placeDoubts(document.ocr?.doubts ?? [], document.ru.paragraphs.map((paragraph) => paragraph.text));
  return {
    engine: record.engine, languages: record.languages, date: record.date, meanConfidence: record.meanConfidence, pages: record.pages, reviewed: record.reviewed,
    doubts: placed.map((doubt, index) => ({
      id: `ocr-${index}`, word: doubt.word, confidence: doubt.confidence, page: doubt.page, reason: doubt.reason,
      paragraph: doubt.paragraph, start: doubt.start, end: doubt.end, bead: beadOf.ru.get(doubt.paragraph) ?? 0,
    })),
    scanPages: (document.ocr?.pages ?? []).flatMap((page) => (page.image ? [{ page: page.page, ...(page.leaf ? { leaf: page.leaf } : {}), image: scanImageUrl(document.slug, page.image) }] : [])),
  };
}

/** The beads that a pin fixes exactly as they stand. */
function pinnedBeads(beads: Bead[], pins: Bead[]): number[] {
  const key = (bead: Bead) => `${bead.ru.join(',')}|${bead.en.join(',')}`;
  const pinned = new Set(pins.map(key));
  return beads.flatMap((bead, index) => (pinned.has(key(bead)) ? [index] : []));
}

/** Every pair of English versions, the earlier label first; "main" is en.md. */
function compareAllVersions(document: Document, beads: Bead[]): ReaderView['versionComparisons'] {
  const ru = document.ru?.paragraphs.map((paragraph) => paragraph.text) ?? [];
  const texts = document.en.map((version) => version.paragraphs.map((paragraph) => paragraph.text));
  const comparisons: ReaderView['versionComparisons'] = [];
  for (let a = 0; a < document.en.length; a++) {
    for (let b = a + 1; b < document.en.length; b++) {
      // Passages follow the beads of the first version; other pairs are aligned to the Russian afresh.
      const pairBeads = a === 0 ? beads : analysePair({ ru, en: texts[a], meta: document.meta }).beads;
      comparisons.push({
        from: document.en[a].label ?? 'main',
        to: document.en[b].label ?? 'main',
        ...compareVersions(ru, texts[a], texts[b], pairBeads, document.meta),
      });
    }
  }
  return comparisons;
}

/** The bead each paragraph of each language belongs to. */
function beadOfParagraph(beads: Bead[]): Record<'ru' | 'en', Map<number, number>> {
  const beadOf = { ru: new Map<number, number>(), en: new Map<number, number>() };
  beads.forEach((bead, index) => {
    for (const paragraph of bead.ru) beadOf.ru.set(paragraph, index);
    for (const paragraph of bead.en) beadOf.en.set(paragraph, index);
  });
  return beadOf;
}

function noteViewsOf(notes: Note[], beads: Bead[]): NoteView[] {
  const beadOf = beadOfParagraph(beads);
  const counters = { ru: 0, en: 0 };
  return notes.map((note) => ({
    id: `${note.lang}-${counters[note.lang]++}`,
    kind: note.kind,
    lang: note.lang,
    paragraph: note.paragraph,
    bead: beadOf[note.lang].get(note.paragraph) ?? 0,
    start: note.start,
    end: note.end,
    text: note.text,
    ...(note.attachedTo ? { attachedTo: note.attachedTo } : {}),
    ...(note.expandsTo ? { expandsTo: note.expandsTo } : {}),
  }));
}

/**
 * The sentence spans of a bilingual document (see `SentenceSpansView`), or undefined when it is
 * not a readable document with both texts.
 */
export async function getSentenceSpans(slug: string, corpusDir = corpusDirectory()): Promise<SentenceSpansView | undefined> {
  const document = await loadDocument(slug, corpusDir);
  if (!document || !isReadable(document) || !document.ru || !document.en[0]) return undefined;
  return sentenceSpansOf(analysisSentencePairs(analyseDocument(document)));
}

/** Sentence pairs as each paragraph's flat triples (start, end, pair). */
function sentenceSpansOf(pairs: SentencePair[][]): SentenceSpansView {
  const spans: SentenceSpansView = { ru: {}, en: {} };
  for (const beadPairs of pairs) {
    beadPairs.forEach((pair, index) => {
      for (const lang of ['ru', 'en'] as const) {
        for (const { paragraph, start, end } of pair[lang]) (spans[lang][paragraph] ??= []).push(start, end, index);
      }
    });
  }
  return spans;
}

/** Items by the paragraph they belong to, in their order. */
function byParagraph<T extends { paragraph: number }>(items: T[]): Map<number, T[]> {
  const grouped = new Map<number, T[]>();
  for (const item of items) {
    const list = grouped.get(item.paragraph);
    if (list) list.push(item);
    else grouped.set(item.paragraph, [item]);
  }
  return grouped;
}

function columnView(version: TextVersion, notes: NoteView[], findings: FindingView[], ocrDoubts: OcrView['doubts'] = []): ColumnView {
  const spans = findings.filter((finding) => !finding.dismissed).flatMap((finding) => (version.lang === 'ru' ? finding.ruSpans : finding.enSpans)
    .map((span) => ({ ...span, finding: finding.id, kind: finding.kind })));
  // By paragraph, once: a long excerpt's untranslated end is one finding with a span in each of its paragraphs.
  const spansOf = byParagraph(spans);
  const notesOf = byParagraph(notes.filter((note) => note.lang === version.lang));
  const doubtsOf = byParagraph(ocrDoubts);
  return {
    lang: version.lang,
    label: version.label,
    file: version.file,
    paragraphs: version.paragraphs.map((paragraph) => ({
      index: paragraph.index,
      kind: paragraph.kind,
      ...(paragraph.depth !== undefined ? { depth: paragraph.depth } : {}),
      ...(paragraph.marker !== undefined ? { marker: paragraph.marker } : {}),
      inlines: paragraph.inlines,
      line: paragraph.source.line,
      notes: notesOf.get(paragraph.index) ?? [],
      findingSpans: (spansOf.get(paragraph.index) ?? []).filter((span) => span.end - span.start < paragraph.text.length),
      ...(doubtsOf.has(paragraph.index) ? { ocrDoubts: doubtsOf.get(paragraph.index) } : {}),
    })),
  };
}
