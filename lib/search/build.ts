/** Building the search index from the corpus's aligned documents. */
import type { SearchDocumentInput, SearchIndex } from './model';
import { POSTINGS_PER_SHARD } from './model';
import { termsOf } from './terms';

/** The index of `documents`, in the order given (the list's order), every shard and text loaded. */
export function buildSearchIndex(documents: SearchDocumentInput[]): SearchIndex {
  const index: SearchIndex = { documents: [], shardCount: 1, postings: new Map(), loadedShards: new Set(), texts: new Map() };
  let passage = 0;
  let postingCount = 0;
  documents.forEach((document, documentNumber) => {
    index.documents.push({
      slug: document.slug, title: document.title, date: document.date, from: document.from, to: document.to,
      first: passage, passages: document.beads.length, noted: [...document.notedBeads], flagged: [...document.flaggedBeads],
    });
    const texts = document.beads.map((bead): [string, string] => [
      bead.ru.map((p) => document.ru[p]).join('\n\n'),
      bead.en.map((p) => document.en[p]).join('\n\n'),
    ]);
    index.texts.set(documentNumber, texts);
    for (const [ru, en] of texts) {
      const terms = new Set([...termsOf(ru), ...termsOf(en)].map((term) => term.term));
      for (const term of terms) {
        let list = index.postings.get(term);
        if (!list) index.postings.set(term, (list = []));
        list.push(passage);
        postingCount++;
      }
      passage++;
    }
  });
  index.shardCount = Math.max(1, Math.ceil(postingCount / POSTINGS_PER_SHARD));
  for (let shard = 0; shard < index.shardCount; shard++) index.loadedShards.add(shard);
  return index;
}
