/** Russian left in the English outside notes: Cyrillic letters, or transliterated words no note explains. */
import type { Finding } from '../types';
import type { CheckInput, NoteMask } from './context';

const CYRILLIC_RUN = /[\p{Script=Cyrillic}][\p{Script=Cyrillic}\s.,-]*/gu;
/**
 * Lowercase words with letter groups English spelling does not have, at least two of them close
 * together: "pristupit k obiednineniiu". One alone is too often a name or a loanword.
 */
const TRANSLITERATION_SIGN = '[a-z]*(?:zh|kh|shch|iiu|iia|iu\\b|yy|ykh\\b|ogo\\b|nyi\\b|skii\\b)[a-z]*';
const TRANSLITERATED_RUN = new RegExp(`\\b${TRANSLITERATION_SIGN}(?:\\s+[a-z]+){0,2}\\s+${TRANSLITERATION_SIGN}\\b`, 'g');
const ENGLISH_WORDS = /\b(?:the|a|an|of|to|in|on|for|with|and|or|is|are|was|were|be|by|from|at|this|that|media|via|asia|india|russia|trivia)\b/;

/** Untranslated-text findings of the English paragraphs of one bead. */
export function checkUntranslated(en: number[], ru: number[], input: CheckInput, mask: NoteMask): Finding[] {
  const findings: Finding[] = [];
  for (const paragraph of en) {
    const text = mask.blank('en', paragraph, input.en[paragraph]);
    for (const match of text.matchAll(CYRILLIC_RUN)) {
      const found = match[0].trimEnd();
      findings.push({ kind: 'untranslated', severity: 'medium', ru, en, ruSpans: [],
        enSpans: [{ paragraph, start: match.index, end: match.index + found.length }],
        message: `Russian text left in the English: “${found}”`, evidence: 'Cyrillic letters outside notes' });
    }
    for (const match of text.matchAll(TRANSLITERATED_RUN)) {
      if (ENGLISH_WORDS.test(match[0])) continue;
      findings.push({ kind: 'transliteration-without-note', severity: 'low', ru, en, ruSpans: [],
        enSpans: [{ paragraph, start: match.index, end: match.index + match[0].length }],
        message: `transliterated Russian with no note: “${match[0]}”`, evidence: 'Latin letters that read as Russian, outside brackets' });
    }
  }
  return findings;
}
