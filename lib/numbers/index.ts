/** Numbers stage: numbers, number words, dates and times as comparable tokens. */
export { findNumberTokens } from './tokens';
export type { NumberToken } from './tokens';
export { combineNumberWords, numberWordValue } from './words';
