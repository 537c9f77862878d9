import type { Metadata } from 'next';
import { SearchBox } from '../components/SearchBox';

export const metadata: Metadata = { title: 'Search' };

/** Search across the corpus, both languages. The query lives in the URL (?q=). */
export default function SearchPage() {
  return (
    <section aria-labelledby="search-heading">
      <h1 id="search-heading">Search</h1>
      <SearchBox />
    </section>
  );
}
