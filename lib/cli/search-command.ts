/** `sverka search "query" [--json]`: passages of the corpus that match, in both languages. */
import { parseArgs } from 'node:util';
import { corpusDirectory } from '../corpus';
import { FACET_DATE, markWords, search, type SearchFacets } from '../search';
import { getSearchIndex } from '../view';
import type { Output } from './output';

/** Usage line shown by `sverka help`. */
export const SEARCH_USAGE = 'search "query" [--json] [--date-from 1950] [--date-to 1950-12] [--from NAME] [--to NAME] [--notes] [--findings] [--corpus texts]\n'
  + '      passages matching all words (Russian morphology, names across scripts, "phrases"), narrowed by date, author, recipient, notes or findings';

/** Run the search command; returns the process exit code. */
export async function runSearch(args: string[], output: Output): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: {
    json: { type: 'boolean', default: false }, corpus: { type: 'string' },
    'date-from': { type: 'string' }, 'date-to': { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
    notes: { type: 'boolean', default: false }, findings: { type: 'boolean', default: false },
  } });
  if (positionals.length !== 1) {
    output.error(`usage: sverka ${SEARCH_USAGE}`);
    return 2;
  }
  const facets: SearchFacets = {
    dateFrom: values['date-from'], dateTo: values['date-to'], from: values.from, to: values.to, notes: values.notes, findings: values.findings,
  };
  for (const option of ['date-from', 'date-to'] as const) {
    const value = values[option];
    if (value !== undefined && !FACET_DATE.test(value)) {
      output.error(`--${option} ${JSON.stringify(value)}: expected a year, month or day (1950, 1950-07, 1950-07-22)`);
      return 2;
    }
  }
  const hits = search(await getSearchIndex(values.corpus ?? corpusDirectory()), positionals[0], facets);
  if (values.json) {
    output.line(JSON.stringify(hits));
    return 0;
  }
  for (const hit of hits) {
    output.line(`${hit.slug} #b${hit.bead}`);
    if (hit.ru) output.line(`  ru: ${marked(hit.ru, hit.matched.ru)}`);
    if (hit.en) output.line(`  en: ${marked(hit.en, hit.matched.en)}`);
  }
  output.line(`${hits.length} passage(s)`);
  return 0;
}

/** The text with matched words in [[double brackets]], on one line. */
function marked(text: string, positions: number[]): string {
  return markWords(text, positions).map((piece) => (piece.marked ? `[[${piece.text}]]` : piece.text)).join('').replace(/\s+/g, ' ');
}
