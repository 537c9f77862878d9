import type { ReactNode } from 'react';
import type { ColumnView, FindingView, HeaderView, ParagraphView, ReaderView } from '../../lib/view';
import type { Bead, Lang } from '../../lib/types';
import { AnnotatedInlines, noteMarks, type Mark } from './AnnotatedInlines';
import { Inlines } from './Inlines';
import { ReaderBehaviour } from './ReaderBehaviour';
import { VersionsPanel } from './VersionsPanel';

/**
 * The reader: metadata, then the Russian and English texts in two panes that scroll on their
 * own and in step. Everything is rendered at build time; a small client component adds
 * scrolling in step, highlighting, selection, keyboard steps and the display modes.
 */
export function Reader({ view }: { view: ReaderView }) {
  const english = view.en[0];
  const bilingual = Boolean(view.ru && english);
  return (
    <article className="reader">
      <DocumentHeader header={view.header} />
      {!view.ru && <p className="notice">The Russian original of this document is not in the corpus yet; the English translation is shown alone.</p>}
      <ReaderBehaviour citation={view.citation} slug={view.slug} beadCount={view.beads.length} bilingual={bilingual} notes={view.notes} noteProblems={view.noteProblems} findings={view.findings} />
      <VersionsPanel comparisons={view.versionComparisons} />
      <Downloads slug={view.slug} />
      <div className="panes" data-mode="side" data-layout={bilingual ? 'bilingual' : 'single'}>
        {view.ru && <Pane column={view.ru} beads={view.beads} findings={view.findings} />}
        {english && <Pane column={english} beads={view.beads} findings={view.findings} />}
      </div>
    </article>
  );
}

function DocumentHeader({ header }: { header: HeaderView }) {
  return (
    <header className="document-header">
      <h1><bdi>{header.title}</bdi></h1>
      <dl className="document-facts">
        <Fact name="Date" value={header.date ? <time dateTime={header.date}>{header.datePrinted ?? header.date}</time> : 'Undated'} />
        {header.from && header.to && <Fact name="From → to" value={<><bdi>{header.from}</bdi> → <bdi>{header.to}</bdi></>} />}
        <Fact name="Kind" value={header.kind} />
        {header.locators.length > 0 && <Fact name="Archive" value={<ul className="locators">{header.locators.map((locator) => <li key={locator}>{locator}</li>)}</ul>} />}
        {header.translator && <Fact name="Translator" value={header.translator} />}
        {header.source?.archive && <Fact name="Source" value={header.source.url
          ? <a href={header.source.url} rel="noopener noreferrer nofollow">{header.source.archive}{header.source.recordId ? `, record ${header.source.recordId}` : ''}</a>
          : header.source.archive} />}
      </dl>
      {header.summary && <p className="summary">{header.summary}</p>}
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
 * bead with nothing on this side shows a short placeholder saying so.
 */
function Pane({ column, beads, findings }: { column: ColumnView; beads: Bead[]; findings: FindingView[] }) {
  const severityOf = new Map<number, string>();
  for (const finding of findings) if (!finding.dismissed && !severityOf.has(finding.bead)) severityOf.set(finding.bead, finding.severity);
  const lang = column.lang;
  const name = lang === 'ru' ? 'Russian original' : `English translation${column.label ? ` (${column.label})` : ''}`;
  const groups = beads.length > 0 ? beads : column.paragraphs.map((paragraph) => ({ ru: [], en: [paragraph.index] }));
  return (
    <section className="pane" lang={lang} data-column={lang} aria-label={name} tabIndex={0}>
      <h2 className="column-heading" lang="en">{name}</h2>
      {groups.map((bead, index) => {
        const paragraphs = lang === 'ru' ? bead.ru : bead.en;
        return (
          <div key={index} className="bead" data-bead-group={index} data-finding-severity={severityOf.get(index)}>
            {paragraphs.length > 0
              ? paragraphs.map((paragraph) => <Paragraph key={paragraph} paragraph={column.paragraphs[paragraph]} lang={lang} bead={index} />)
              : <p className="bead-gap" lang="en" data-gap-bead={index}>{placeholder(lang, bead)}</p>}
          </div>
        );
      })}
    </section>
  );
}

function placeholder(lang: Lang, bead: Bead): string {
  const count = lang === 'ru' ? bead.en.length : bead.ru.length;
  const paragraphs = `${count} paragraph${count === 1 ? '' : 's'}`;
  return lang === 'ru' ? `[${paragraphs} added by the translator]` : `[${paragraphs} not translated]`;
}

function Paragraph({ paragraph, lang, bead }: { paragraph: ParagraphView; lang: Lang; bead: number }) {
  const marks: Mark[] = [...noteMarks(paragraph.notes), ...paragraph.findingSpans.map((span): Mark => ({
    start: span.start,
    end: span.end,
    wrap: (children, key) => <mark key={key} className="finding-span" data-finding-kind={span.kind} data-finding-id={span.finding}>{children}</mark>,
  }))];
  const text = marks.length > 0 ? <AnnotatedInlines inlines={paragraph.inlines} marks={marks} /> : <Inlines inlines={paragraph.inlines} />;
  const content = (<>{paragraph.marker && <span className="marker">{paragraph.marker} </span>}{text}</>);
  const props = {
    className: `paragraph paragraph-${paragraph.kind}`,
    'data-lang': lang,
    'data-bead': bead,
    'data-paragraph': paragraph.index,
    tabIndex: 0,
  };
  if (paragraph.kind === 'code') return <pre {...props}>{content}</pre>;
  if (paragraph.kind === 'quote') return <blockquote {...props}>{content}</blockquote>;
  return <p {...props}>{content}</p>;
}
