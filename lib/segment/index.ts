/** Segment stage: paragraphs → sentences with character spans → word stems. */
export { splitSentences } from './sentences';
export type { SentenceSpan } from './sentences';
export { stemsOf, stemWord } from './words';
