/**
 * The passages of the reader, as static markup: a bead's group in each pane and its paragraphs.
 * They carry the data attributes that the client's one subscriber (`useBeadMarks`, in Panes)
 * finds them by to draw the lit and selected state, and hydrate nothing themselves.
 */
import type { CSSProperties, ReactNode } from 'react';
import { passageNumber } from '@/lib/cite/note';

/**
 * One bead's paragraphs in one pane, with its passage number for the margin (the number of URLs,
 * citations, search hits and findings), marked when the aligner is not sure of it and labelled
 * with the archival leaves that begin in it ("l. 89"); `--bead` orders
 * the groups of both panes in the stacked view.
 */
export function BeadGroup({ bead, severity, doubtful, folio, children }: { bead: number; severity?: string; doubtful?: boolean; folio?: string; children: ReactNode }) {
  return (
    <div className="bead" data-bead-group={bead} data-passage={passageNumber(bead)} {...presentOnly({ 'data-finding-severity': severity, 'data-alignment-doubt': doubtful ? '' : undefined, 'data-folio': folio })}
      style={{ '--bead': bead } as CSSProperties}>
      {children}
    </div>
  );
}

/**
 * The attributes that have a value. The page carries its passages twice, as HTML and as React's
 * payload, where an unset attribute is still written out ("$undefined"): on the 10,000-passage
 * document of npm run bench:reader, leaving out the three a passage rarely has (and an absent
 * list marker) took its payload from 9.8 to 7.5 million characters.
 */
function presentOnly(attributes: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(attributes).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** The element a paragraph is drawn as. */
export type ParagraphElement = 'p' | 'pre' | 'blockquote';

/** A paragraph of a bead: current when its bead is selected (drawn by `useBeadMarks`). */
export function BeadParagraph({ as: Element, bead, lang, index, className, children }: {
  as: ParagraphElement; bead: number; lang: string; index: number; className: string; children: ReactNode;
}) {
  return (
    <Element className={className} data-lang={lang} data-bead={bead} data-paragraph={index} tabIndex={0}>
      {children}
    </Element>
  );
}
