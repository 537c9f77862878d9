'use client';

/**
 * The reader's markup that follows client state: the panes container (layout), bead groups
 * (lit, selected) and paragraphs (aria-current, found). Their text is rendered on the server
 * and passed in as children; these components only add the attributes the state decides.
 */
import type { CSSProperties, ReactNode } from 'react';
import { passageNumber } from '@/lib/cite/note';
import { isSelected, paragraphKey, useBeadState, useReaderState, useReaderStore } from './reader/store';

/** The two panes (or one) side by side, in the layout the toolbar chose. */
export function Panes({ bilingual, children }: { bilingual: boolean; children: ReactNode }) {
  const store = useReaderStore();
  const mode = useReaderState((state) => (bilingual ? state.mode : 'side'));
  const swapped = useReaderState((state) => state.swapped);
  const bare = useReaderState((state) => state.bare);
  return (
    <div className="panes" ref={store.setPanes} data-mode={mode} data-swapped={String(swapped)} data-bare={String(bare)} data-layout={bilingual ? 'bilingual' : 'single'}>
      {children}
    </div>
  );
}

/**
 * One bead's paragraphs in one pane, with its passage number for the margin (the number of URLs,
 * citations, search hits and findings); `--bead` orders the groups of both panes in the stacked view.
 */
export function BeadGroup({ bead, severity, children }: { bead: number; severity?: string; children: ReactNode }) {
  const lit = useBeadState(bead, (state) => state.lit === bead);
  const selected = useBeadState(bead, (state) => isSelected(state.selection, bead));
  const className = `bead${lit ? ' is-lit' : ''}${selected ? ' is-selected' : ''}`;
  return (
    <div className={className} data-bead-group={bead} data-passage={passageNumber(bead)} data-finding-severity={severity} style={{ '--bead': bead } as CSSProperties}>
      {children}
    </div>
  );
}

/** The element a paragraph is drawn as. */
export type ParagraphElement = 'p' | 'pre' | 'blockquote';

/** A paragraph: current when its bead is selected, marked when Find matched it. */
export function BeadParagraph({ as: Element, bead, lang, index, className, children }: {
  as: ParagraphElement; bead: number; lang: string; index: number; className: string; children: ReactNode;
}) {
  const selected = useBeadState(bead, (state) => isSelected(state.selection, bead));
  const found = useBeadState(bead, (state) => state.found.has(paragraphKey(lang, index)));
  return (
    <Element className={`${className}${found ? ' is-found' : ''}`} data-lang={lang} data-bead={bead} data-paragraph={index} tabIndex={0} aria-current={selected ? 'true' : undefined}>
      {children}
    </Element>
  );
}
