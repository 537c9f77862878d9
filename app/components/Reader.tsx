import type { ColumnView, HeaderView, ParagraphView, ReaderView } from '../../lib/view';
import { Inlines } from './Inlines';

/** The reader: the document's metadata, then the Russian and English texts in two columns. */
export function Reader({ view }: { view: ReaderView }) {
  const english = view.en[0];
  const beadOf = beadIndex(view);
  return (
    <article className="reader">
      <DocumentHeader header={view.header} />
      {!view.ru && <p className="notice">The Russian original of this document is not in the corpus yet; the English translation is shown alone.</p>}
      <div className={`columns ${view.ru && english ? 'columns-two' : 'columns-one'}`}>
        {view.ru && <Column column={view.ru} beadOf={beadOf.ru} />}
        {english && <Column column={english} beadOf={beadOf.en} />}
      </div>
    </article>
  );
}

function DocumentHeader({ header }: { header: HeaderView }) {
  return (
    <header className="document-header">
      <h1>{header.title}</h1>
      <dl className="document-facts">
        <Fact name="Date" value={header.date ? <time dateTime={header.date}>{header.datePrinted ?? header.date}</time> : 'Undated'} />
        {header.from && header.to && <Fact name="From → to" value={`${header.from} → ${header.to}`} />}
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

function Fact({ name, value }: { name: string; value: React.ReactNode }) {
  return (<div className="fact"><dt>{name}</dt><dd>{value}</dd></div>);
}

/** For each paragraph of each side, the index of the bead it belongs to. */
function beadIndex(view: ReaderView): { ru: number[]; en: number[] } {
  const index = { ru: [] as number[], en: [] as number[] };
  view.beads.forEach((bead, b) => {
    for (const paragraph of bead.ru) index.ru[paragraph] = b;
    for (const paragraph of bead.en) index.en[paragraph] = b;
  });
  return index;
}

function Column({ column, beadOf }: { column: ColumnView; beadOf: number[] }) {
  const name = column.lang === 'ru' ? 'Russian original' : `English translation${column.label ? ` (${column.label})` : ''}`;
  return (
    <section className="column" lang={column.lang} data-column={column.lang} aria-label={name}>
      <h2 className="column-heading" lang="en">{name}</h2>
      {column.paragraphs.map((paragraph) => <Paragraph key={paragraph.index} paragraph={paragraph} lang={column.lang} bead={beadOf[paragraph.index]} />)}
    </section>
  );
}

function Paragraph({ paragraph, lang, bead }: { paragraph: ParagraphView; lang: string; bead: number }) {
  const content = (<>{paragraph.marker && <span className="marker">{paragraph.marker} </span>}<Inlines inlines={paragraph.inlines} /></>);
  const props = { className: `paragraph paragraph-${paragraph.kind}`, 'data-lang': lang, 'data-paragraph': paragraph.index, 'data-bead': bead };
  if (paragraph.kind === 'code') return <pre {...props}>{content}</pre>;
  if (paragraph.kind === 'quote') return <blockquote {...props}>{content}</blockquote>;
  return <p {...props}>{content}</p>;
}
