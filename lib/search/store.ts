/**
 * The index as static files: a manifest (documents and facets), postings in shards chosen by a
 * hash of the term, and the passage texts of each document. Passage numbers are stored as
 * base64 VLQ deltas, which keeps the postings a fraction of the size of the text they index.
 */
import { decode, encode } from 'vlq';
import type { SearchDocument, SearchIndex } from './model';
import { shardOf } from './model';

/** Bumped when the file format changes, so a stale cached manifest is not misread. */
const FORMAT_VERSION = 2;

/** The first file a reader loads. */
export interface SearchManifest {
  version: number;
  shardCount: number;
  documents: SearchDocument[];
}

/** One shard: term → its passage numbers as VLQ deltas. */
export type SearchShard = Record<string, string>;

/** Name of the manifest file. */
export const MANIFEST_FILE = 'manifest.json';
/** Name of a postings shard's file. */
export function shardFile(shard: number): string {
  return `shard-${shard}.json`;
}
/** Name of the file with a document's passage texts (by its number in the manifest). */
export function textFile(documentNumber: number): string {
  return `text-${documentNumber}.json`;
}

/** Every file of a fully loaded index, by name, as JSON-ready data. */
export function indexFiles(index: SearchIndex): Map<string, unknown> {
  const files = new Map<string, unknown>();
  const manifest: SearchManifest = { version: FORMAT_VERSION, shardCount: index.shardCount, documents: index.documents };
  files.set(MANIFEST_FILE, manifest);
  const shards: SearchShard[] = Array.from({ length: index.shardCount }, () => ({}));
  for (const [term, passages] of index.postings) {
    shards[shardOf(term, index.shardCount)][term] = encode(passages.map((passage, i) => passage - (i === 0 ? 0 : passages[i - 1])));
  }
  shards.forEach((shard, number) => files.set(shardFile(number), shard));
  for (const [documentNumber, texts] of index.texts) files.set(textFile(documentNumber), texts);
  return files;
}

/** An index that knows the documents but has no postings or texts loaded yet. */
export function indexFromManifest(manifest: SearchManifest): SearchIndex {
  if (manifest.version !== FORMAT_VERSION) throw new Error(`search index format ${manifest.version}, expected ${FORMAT_VERSION}: rebuild the site`);
  return { documents: manifest.documents, shardCount: manifest.shardCount, postings: new Map(), loadedShards: new Set(), texts: new Map() };
}

/** Add a loaded shard's postings to the index. */
export function addShard(index: SearchIndex, shard: number, data: SearchShard): void {
  for (const [term, deltas] of Object.entries(data)) {
    let passage = 0;
    index.postings.set(term, decode(deltas).map((delta) => (passage += delta)));
  }
  index.loadedShards.add(shard);
}
