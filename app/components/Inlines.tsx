import type { ReactNode } from 'react';
import type { Inline } from '../../lib/types';

/** Link targets a reader can follow safely; anything else (javascript:, data:) is shown as text. */
export const SAFE_LINK = /^(?:https?:|mailto:)/i;

/**
 * Render a paragraph's inline structure as React elements. Text is always text: nothing from a
 * source file is ever injected as HTML, and unsafe links are made inert.
 */
export function Inlines({ inlines }: { inlines: Inline[] }): ReactNode {
  return inlines.map((inline, key) => renderInline(inline, key));
}

function renderInline(inline: Inline, key: number): ReactNode {
  switch (inline.type) {
    case 'text':
      return inline.value;
    case 'break':
      return <br key={key} />;
    case 'code':
      return <code key={key}>{inline.value}</code>;
    case 'emphasis':
      return <em key={key}><Inlines inlines={inline.children} /></em>;
    case 'strong':
      return <strong key={key}><Inlines inlines={inline.children} /></strong>;
    case 'delete':
      return <del key={key}><Inlines inlines={inline.children} /></del>;
    case 'link':
      return SAFE_LINK.test(inline.url)
        ? <a key={key} href={inline.url} rel="noopener noreferrer nofollow"><Inlines inlines={inline.children} /></a>
        : <span key={key} className="inert-link" title={`Link not followed: ${inline.url}`}><Inlines inlines={inline.children} /></span>;
  }
}
