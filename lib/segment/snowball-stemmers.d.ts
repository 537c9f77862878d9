/** Type declarations for `snowball-stemmers`, which ships none. */
declare module 'snowball-stemmers' {
  /** A Snowball stemmer for one language. */
  export interface Stemmer {
    stem(word: string): string;
  }
  /** The stemmer for `language` ("russian", "english", …). */
  export function newStemmer(language: string): Stemmer;
  /** The languages available. */
  export function algorithms(): string[];
}
