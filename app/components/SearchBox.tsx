'use client';

import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { deserializeIndex, search, type SearchHit, type SearchIndex, type SerializedIndex } from '../../lib/search';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The search form and its results, grouped by document, with the matched words marked on both sides. */
export function SearchBox() {
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState<SearchIndex | undefined>();
  useEffect(() => {
    setQuery(new URLSearchParams(location.search).get('q') ?? '');
    void fetch('/search-index.json').then((response) => response.json()).then((data: SerializedIndex) => setIndex(deserializeIndex(data)));
  }, []);
  const hits = useMemo(() => (index && query.trim() ? search(index, query) : []), [index, query]);
  const groups = useMemo(() => {
    const bySlug = new Map<string, SearchHit[]>();
    for (const hit of hits) bySlug.set(hit.slug, [...(bySlug.get(hit.slug) ?? []), hit]);
    return [...bySlug];
  }, [hits]);
  const update = (value: string) => {
    setQuery(value);
    history.replaceState(null, '', value ? `?q=${encodeURIComponent(value)}` : location.pathname);
  };
  return (
    <>
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <label>
          <span>Search both languages</span>{' '}
          <input type="search" value={query} onChange={(event) => update(event.target.value)} data-control="search" placeholder='правительство, Roshchin, "jet equipment"' />
        </label>
      </form>
      <p className="list-count" aria-live="polite">{!index ? 'Loading the index…' : query.trim() ? `${hits.length} passage${hits.length === 1 ? '' : 's'} in ${groups.length} document${groups.length === 1 ? '' : 's'}` : ''}</p>
      {groups.map(([slug, documentHits]) => (
        <section key={slug} className="search-document" data-search-document={slug}>
          <h2>{slug}</h2>
          <ol>
            {documentHits.map((hit) => (
              <li key={hit.bead} className="search-hit">
                <a href={`/documents/${slug}#b${hit.bead}`} data-search-hit={`${slug}#b${hit.bead}`}>Passage {hit.bead + 1}</a>
                {hit.ru && <p lang="ru">{marked(hit.ru, hit.matched.ru)}</p>}
                {hit.en && <p lang="en">{marked(hit.en, hit.matched.en)}</p>}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}

function marked(text: string, positions: number[]): ReactNode[] {
  const wanted = new Set(positions);
  const nodes: ReactNode[] = [];
  let position = 0;
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    if (wanted.has(position)) {
      nodes.push(text.slice(last, match.index), <mark key={match.index}>{match[0]}</mark>);
      last = match.index + match[0].length;
    }
    position++;
  }
  nodes.push(text.slice(last));
  return nodes;
}
