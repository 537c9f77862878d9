import type { ReactNode } from 'react';
import type { ColumnView, DoubtfulBeadView, FindingView, FolioView, HeaderView, ParagraphView, ReaderView } from '@/lib/view';
import { SEVERITY_ORDER, type Bead, type FindingSeverity, type Lang } from '@/lib/types';
import { alignmentRevision } from '@/lib/corpus';
import { Inlines } from './Inlines';
import { findingMarks, noteMarks, ocrDoubtMarks } from './marks';
import { OcrNotice, OcrPanel } from './OcrPanel';
import { ScanViewer } from './ScanViewer';
import { ReaderBehaviour } from './ReaderBehaviour';
import { BeadGroup, BeadParagraph } from './BeadMarkup';
import { Panes } from './ReaderMarkup';
import { ReaderRoot } from './ReaderRoot';
import { VersionsPanel } from './VersionsPanel';
import { AlignmentDoubts } from './AlignmentDoubts';
import { EditModeProvider } from './EditMode';
import { EditPanel } from './EditPanel';
import { paragraphPreviews } from './reader/paragraph-preview';
import { PrintCitation } from './PrintCitation';
import { LONG_DOCUMENT_PASSAGES, PASSAGE_CHUNK } from './reader/long-document';
import { INITIAL_LAYOUT_SCRIPT } from './reader/layout-choice';

/**
 * The reader: metadata, then the Russian and English texts in two panes that scroll on their
 * own and in step. Everything is rendered at build time. On the client, one store per reader
 * (ReaderRoot) holds the display choices, the lit and selected beads and Find's matches; the
 * panes follow it and draw it onto the passages, which are static markup (ReaderMarkup,
 * BeadMarkup), and the toolbar (ReaderBehaviour) changes it: scrolling in step, selection, keys and display modes.
 */
export function Reader({ view, editToken }: { view: ReaderView; editToken?: string }) {
  const english = view.en[0];
  const bilingual = Boolean(view.ru && english);
  const revision = alignmentRevision(view.beads);
  const reader = (
    <ReaderRoot>
      {/* Constant code of ours (no text of the document): the page, toolbar included, is drawn in the remembered layout from the first paint. */}
      {bilingual && <script dangerouslySetInnerHTML={{ __html: INITIAL_LAYOUT_SCRIPT }} />}
      <nav className="skip-links" aria-label="Skip to a text">
        {view.ru && <a href="#pane-ru">Skip to the Russian original</a>}
        {english && <a href="#pane-en">Skip to the English translation</a>}
      </nav>
      <DocumentHeader header={view.header} otherCopies={view.citation.otherCopies} />
      <PrintCitation citation={view.citation} path={`/documents/${view.slug}`} siteUrl={view.siteUrl} beadCount={view.beads.length} />
      {!view.ru && <p className="notice">The Russian original of this document is not in the corpus yet; the English translation is shown alone.</p>}
      {view.mismatch && <p className="notice notice-warning" data-texts-differ="">Warning: {view.mismatch}.</p>}
      {view.ocr && <OcrNotice ocr={view.ocr} />}
      <ReaderBehaviour citation={view.citation} folios={view.folios} siteUrl={view.siteUrl} slug={view.slug} beadCount={view.beads.length} bilingual={bilingual}
        onlyLanguage={bilingual ? undefined : view.ru ? 'ru' : 'en'} notes={view.notes} noteProblems={view.noteProblems} findings={view.findings}
        machineRead={view.ocr?.reviewed === false}>
        <AlignmentDoubts doubtful={view.doubtful} slug={view.slug} revision={revision} editable={Boolean(editToken)} />
        {view.ocr && <OcrPanel ocr={view.ocr} />}
        <VersionsPanel comparisons={view.versionComparisons} />
        <Downloads slug={view.slug} />
        {editToken && view.ru && english && <EditPanel beads={view.beads} pinned={view.pinned} previews={{ ru: paragraphPreviews(view.ru), en: paragraphPreviews(english) }} />}
      </ReaderBehaviour>
      <Panes bilingual={bilingual} slug={view.slug}>
        {view.ru && <Pane column={view.ru} beads={view.beads} findings={view.findings} doubtful={view.doubtful} folios={view.folios.marks} />}
        {english && <Pane column={english} beads={view.beads} findings={view.findings} doubtful={view.doubtful} folios={view.folios.marks} />}
        {bilingual && <div className="stack-end" aria-hidden="true" />}
      </Panes>
      {view.ocr && view.ocr.scanPages.length > 0 && <ScanViewer />}
    </ReaderRoot>
  );
  return (
    <article className="reader">
      {editToken ? <EditModeProvider slug={view.slug} token={editToken} revision={revision}>{reader}</EditModeProvider> : reader}
    </article>
  );
}

function DocumentHeader({ header, otherCopies }: { header: HeaderView; otherCopies: string[] }) {
  const date = header.date ? <time dateTime={header.date}>{header.datePrinted ?? header.date}</time> : 'Undated';
  return (
    <header className="document-header">
      <h1><bdi>{header.title}</bdi></h1>
      {/* One line that says what the document is; the rest of the record opens on demand. */}
      <details className="document-about">
        <summary>
          <span className="about-line">
            {date}
            {header.from && header.to && <> · <bdi>{header.from}</bdi> → <bdi>{header.to}</bdi></>}
            {' · '}{header.kind}
            {header.locators[0] && <> · {header.locators[0]}</>}
          </span>
          <span className="about-more">About this document</span>
        </summary>
        <dl className="document-facts">
          <Fact name="Date" value={date} />
          {header.from && header.to && <Fact name="From → to" value={<><bdi>{header.from}</bdi> → <bdi>{header.to}</bdi></>} />}
          <Fact name="Kind" value={header.kind} />
          {header.locators.length > 0 && <Fact name="Archive" value={<ul className="locators">{header.locators.map((locator) => <li key={locator}>{locator}</li>)}</ul>} />}
          {header.translator && <Fact name="Translator" value={header.translator} />}
          {header.source?.archive && <Fact name="Source" value={header.source.url
            ? <a href={header.source.url} rel="noopener noreferrer nofollow" data-source-link="">{header.source.archive}{header.source.recordId ? `, record ${header.source.recordId}` : ''}</a>
            : header.source.archive} />}
          {otherCopies.length > 0 && <Fact name="Other copies" value={<ul className="locators">{otherCopies.map((copy) => <li key={copy}>{copy}</li>)}</ul>} />}
          {header.citation && <Fact name="As the source cites it" value={header.citation} />}
          {header.credits && <Fact name="Credits" value={header.credits} />}
          {header.rights && <Fact name="Rights" value={header.rights} />}
          {header.remarks && <Fact name="Remarks" value={header.remarks} />}
        </dl>
        {header.summary && <p className="summary">{header.summary}</p>}
      </details>
    </header>
  );
}

const DOWNLOADS: Array<[string, string]> = [
  ['tmx', 'TMX (OmegaT, Trados)'], ['tsv', 'TSV'], ['json', 'JSON'], ['bibtex', 'BibTeX'], ['ris', 'RIS'], ['csl', 'CSL-JSON'],
];

/** Links to the document's exports: the aligned text and its reference record. */
function Downloads({ slug }: { slug: string }) {
  return (
    <nav className="downloads" aria-label="Downloads">
      <span>Download:</span>
      {DOWNLOADS.map(([format, label]) => <a key={format} href={`/documents/${slug}/export/${format}`} download data-export={format}>{label}</a>)}
    </nav>
  );
}

function Fact({ name, value }: { name: string; value: ReactNode }) {
  return (<div className="fact"><dt>{name}</dt><dd>{value}</dd></div>);
}

/**
 * One language's pane: a group per bead, in bead order, so that both panes have every bead. A
 * bead with nothing on this side shows a short placeholder saying so. A long document's groups
 * come in chunks (`inChunks`).
 */
function Pane({ column, beads, findings, doubtful, folios }: { column: ColumnView; beads: Bead[]; findings: FindingView[]; doubtful: DoubtfulBeadView[]; folios: FolioView[] }) {
  const inDoubt = new Set(doubtful.map((item) => item.bead));
  const leavesOf = new Map<number, string[]>();
  const scansOf = new Map<number, FolioView[]>();
  for (const folio of folios) {
    leavesOf.set(folio.bead, [...(leavesOf.get(folio.bead) ?? []), folio.leaf]);
    if (folio.scan && column.lang === 'ru') scansOf.set(folio.bead, [...(scansOf.get(folio.bead) ?? []), folio]);
  }
  // Each passage's mark shows its most severe open finding; a finding over several passages marks each.
  const severityOf = new Map<number, FindingSeverity>();
  for (const finding of findings) {
    if (finding.dismissed) continue;
    for (const bead of finding.beads ?? [finding.bead]) {
      const marked = severityOf.get(bead);
      if (!marked || SEVERITY_ORDER[finding.severity] < SEVERITY_ORDER[marked]) severityOf.set(bead, finding.severity);
    }
  }
  const lang = column.lang;
  const name = lang === 'ru' ? 'Russian original' : `English translation${column.label ? ` (${column.label})` : ''}`;
  const groups = beads.length > 0 ? beads : column.paragraphs.map((paragraph) => ({ ru: [], en: [paragraph.index] }));
  return (
    <section className="pane" id={`pane-${lang}`} lang={lang} data-column={lang} aria-label={name} tabIndex={0}>
      <h2 className="column-heading" lang="en">{name}</h2>
      {inChunks(groups.map((bead, index) => {
        const paragraphs = lang === 'ru' ? bead.ru : bead.en;
        const content = paragraphs.length > 0
          ? paragraphs.map((paragraph) => <Paragraph key={paragraph} paragraph={column.paragraphs[paragraph]} lang={lang} bead={index} />)
          : <p className="bead-gap" lang="en" data-gap-bead={index}>{placeholder(lang, bead)}</p>;
        const scans = scansOf.get(index);
        return (
          <BeadGroup key={index} bead={index} severity={severityOf.get(index)} doubtful={inDoubt.has(index)} folio={folioLabel(leavesOf.get(index))}>
            {/* Only passages with a scan link get the extra child: a long document's payload grows by every empty slot. */}
            {scans ? <>{scans.map((folio) => (
              <a key={folio.leaf} className="folio-scan" href={folio.scan} data-scan-link="" data-leaf={folio.leaf} lang="en" aria-label={`Scan of leaf ${folio.leaf}`}>scan</a>
            ))}{content}</> : content}
          </BeadGroup>
        );
      }))}
      <div className="pane-end" aria-hidden="true" />
    </section>
  );
}

/** A long document's passage groups wrapped in chunks the browser draws only near the screen (see long-document.ts); a shorter one's as they are. */
function inChunks(groups: ReactNode[]): ReactNode[] {
  if (groups.length <= LONG_DOCUMENT_PASSAGES) return groups;
  const chunks: ReactNode[] = [];
  for (let start = 0; start < groups.length; start += PASSAGE_CHUNK) {
    chunks.push(<div key={start} className="passage-chunk" data-passage-chunk={start}>{groups.slice(start, start + PASSAGE_CHUNK)}</div>);
  }
  return chunks;
}

/** The margin label of the leaves that begin in a passage: "l. 89", "ll. 89–90". */
function folioLabel(leaves: string[] | undefined): string | undefined {
  if (!leaves) return undefined;
  return leaves.length === 1 ? `l. ${leaves[0]}` : `ll. ${leaves[0]}–${leaves[leaves.length - 1]}`;
}

function placeholder(lang: Lang, bead: Bead): string {
  const count = lang === 'ru' ? bead.en.length : bead.ru.length;
  const paragraphs = `${count} paragraph${count === 1 ? '' : 's'}`;
  return lang === 'ru' ? `[${paragraphs} added by the translator]` : `[${paragraphs} not translated]`;
}

function Paragraph({ paragraph, lang, bead }: { paragraph: ParagraphView; lang: Lang; bead: number }) {
  const marks = [...noteMarks(paragraph.notes), ...findingMarks(paragraph.findingSpans), ...ocrDoubtMarks(paragraph.ocrDoubts ?? [])];
  const text = <Inlines inlines={paragraph.inlines} marks={marks} />;
  const as = paragraph.kind === 'code' ? 'pre' : paragraph.kind === 'quote' ? 'blockquote' : 'p';
  return (
    <BeadParagraph as={as} bead={bead} lang={lang} index={paragraph.index} className={`paragraph paragraph-${paragraph.kind}`}>
      {paragraph.marker ? <><span className="marker">{paragraph.marker} </span>{text}</> : text}
    </BeadParagraph>
  );
}
