'use client';

import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { passageNumber } from '@/lib/cite/note';
import { beadHash } from './reader/bead-hash';
import {
  FACET_DATE, facetValues, LazySearchIndex, markWords, RESULT_DOCUMENTS_PER_PAGE as DOCUMENTS_PER_PAGE,
  type SearchFacets, type SearchHit, type SearchResults,
} from '@/lib/search';

/** Where the build writes the index's files (app/search/data/[file]). */
const INDEX_FILES = '/search/data/';

/** URL parameter of each facet, so a search with its facets can be bookmarked and cited. */
const FACET_PARAMS = { dateFrom: 'after', dateTo: 'before', from: 'from', to: 'to', notes: 'notes', findings: 'findings' } as const;

function readUrl(): { query: string; facets: SearchFacets } {
  const params = new URLSearchParams(location.search);
  const facets: SearchFacets = {};
  for (const key of ['dateFrom', 'dateTo', 'from', 'to'] as const) {
    const value = params.get(FACET_PARAMS[key]);
    if (value) facets[key] = value;
  }
  for (const key of ['notes', 'findings'] as const) if (params.get(FACET_PARAMS[key]) === '1') facets[key] = true;
  return { query: params.get('q') ?? '', facets };
}

function writeUrl(query: string, facets: SearchFacets): void {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [key, name] of Object.entries(FACET_PARAMS) as Array<[keyof SearchFacets, string]>) {
    const value = facets[key];
    if (value) params.set(name, value === true ? '1' : value);
  }
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

/** Date facets only apply once they are a whole year, month or day, so typing "19" does not empty the results. */
function effectiveFacets(facets: SearchFacets): SearchFacets {
  return {
    ...facets,
    dateFrom: facets.dateFrom && FACET_DATE.test(facets.dateFrom) ? facets.dateFrom : undefined,
    dateTo: facets.dateTo && FACET_DATE.test(facets.dateTo) ? facets.dateTo : undefined,
  };
}

/** The search form, its facets and the results grouped by document, with the matched words marked on both sides. */
export function SearchBox() {
  const [query, setQuery] = useState('');
  const [facets, setFacets] = useState<SearchFacets>({});
  const [documentLimit, setDocumentLimit] = useState(DOCUMENTS_PER_PAGE);
  const [lazy, setLazy] = useState<LazySearchIndex | undefined>();
  const [results, setResults] = useState<SearchResults | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  useEffect(() => {
    const fromUrl = readUrl();
    setQuery(fromUrl.query);
    setFacets(fromUrl.facets);
    LazySearchIndex.open(async (file) => {
      const response = await fetch(INDEX_FILES + file);
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      return response.json();
    }).then(setLazy, (error: Error) => setFailure(`The search index could not be loaded (${error.message}).`));
  }, []);
  const applied = useMemo(() => effectiveFacets(facets), [facets]);
  useEffect(() => {
    if (!lazy || !query.trim()) {
      setResults(undefined);
      return;
    }
    let current = true;
    lazy.search(query, applied, documentLimit).then(
      (found) => { if (current) setResults(found); },
      (error: Error) => { if (current) setFailure(`The search failed (${error.message}).`); },
    );
    return () => { current = false; };
  }, [lazy, query, applied, documentLimit]);
  const choices = useMemo(() => (lazy ? facetValues(lazy.index) : undefined), [lazy]);
  const groups = useMemo(() => {
    const bySlug = new Map<string, SearchHit[]>();
    for (const hit of results?.hits ?? []) bySlug.set(hit.slug, [...(bySlug.get(hit.slug) ?? []), hit]);
    return [...bySlug];
  }, [results]);
  const update = (nextQuery: string, nextFacets: SearchFacets) => {
    setQuery(nextQuery);
    setFacets(nextFacets);
    setDocumentLimit(DOCUMENTS_PER_PAGE);
    writeUrl(nextQuery, nextFacets);
  };
  const setFacet = <K extends keyof SearchFacets>(key: K, value: SearchFacets[K]) => update(query, { ...facets, [key]: value || undefined });
  return (
    <>
      <form role="search" onSubmit={(event) => event.preventDefault()} className="search-form">
        <label className="search-query">
          <span>Search both languages</span>{' '}
          <input type="search" value={query} onChange={(event) => update(event.target.value, facets)} data-control="search" placeholder='правительство, Roshchin, "jet equipment"' />
        </label>
        <fieldset className="search-facets">
          <legend>Narrow to</legend>
          <label>Dated from <input value={facets.dateFrom ?? ''} onChange={(event) => setFacet('dateFrom', event.target.value.trim())} data-facet="date-from" size={10} placeholder={choices?.firstDate?.slice(0, 4) ?? 'YYYY'} pattern="\d{4}(-\d{2}(-\d{2})?)?" /></label>
          <label>to <input value={facets.dateTo ?? ''} onChange={(event) => setFacet('dateTo', event.target.value.trim())} data-facet="date-to" size={10} placeholder={choices?.lastDate?.slice(0, 4) ?? 'YYYY'} pattern="\d{4}(-\d{2}(-\d{2})?)?" /></label>
          <label>From <select value={facets.from ?? ''} onChange={(event) => setFacet('from', event.target.value)} data-facet="from">
            <option value="">anyone</option>
            {choices?.from.map(([name, count]) => <option key={name} value={name}>{name} ({count})</option>)}
          </select></label>
          <label>To <select value={facets.to ?? ''} onChange={(event) => setFacet('to', event.target.value)} data-facet="to">
            <option value="">anyone</option>
            {choices?.to.map(([name, count]) => <option key={name} value={name}>{name} ({count})</option>)}
          </select></label>
          <label><input type="checkbox" checked={Boolean(facets.notes)} onChange={(event) => setFacet('notes', event.target.checked)} data-facet="notes" /> with notes</label>
          <label><input type="checkbox" checked={Boolean(facets.findings)} onChange={(event) => setFacet('findings', event.target.checked)} data-facet="findings" /> with findings</label>
        </fieldset>
      </form>
      <p className="list-count" aria-live="polite" data-search-status>{failure ?? status(lazy, query, results)}</p>
      {groups.map(([slug, documentHits]) => (
        <section key={slug} className="search-document" data-search-document={slug}>
          <h2>
            {documentHits[0].date && <time dateTime={documentHits[0].date} className="search-date">{documentHits[0].date}</time>}
            <a href={`/documents/${slug}`}><bdi>{documentHits[0].title}</bdi></a>
          </h2>
          <ol>
            {documentHits.map((hit) => (
              <li key={hit.bead} className="search-hit">
                <a href={`/documents/${slug}${beadHash(hit.bead)}`} data-search-hit={`${slug}${beadHash(hit.bead)}`}>Passage {passageNumber(hit.bead)}</a>
                {hit.ru && <p lang="ru">{marked(hit.ru, hit.matched.ru)}</p>}
                {hit.en && <p lang="en">{marked(hit.en, hit.matched.en)}</p>}
              </li>
            ))}
          </ol>
        </section>
      ))}
      {results && results.shownDocuments < results.documents && (
        <button type="button" onClick={() => setDocumentLimit(documentLimit + DOCUMENTS_PER_PAGE)} data-control="more-results">
          Show more documents ({results.documents - results.shownDocuments} left)
        </button>
      )}
    </>
  );
}

function status(lazy: LazySearchIndex | undefined, query: string, results: SearchResults | undefined): string {
  if (!lazy) return 'Loading the index…';
  if (!query.trim()) return `${lazy.index.documents.length} documents indexed.`;
  if (!results) return 'Searching…';
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  if (results.hasPhrase && results.shownDocuments < results.documents) {
    return `${plural(results.hits.length, 'passage')} with the phrase in the first ${plural(results.shownDocuments, 'document')}; ${results.documents - results.shownDocuments} more documents have all its words.`;
  }
  const passages = results.hasPhrase ? results.hits.length : results.passages;
  const documents = results.hasPhrase ? new Set(results.hits.map((hit) => hit.slug)).size : results.documents;
  return `${plural(passages, 'passage')} in ${plural(documents, 'document')}`;
}

function marked(text: string, positions: number[]): ReactNode[] {
  return markWords(text, positions).map((piece, index) => (piece.marked ? <mark key={index}>{piece.text}</mark> : piece.text));
}
