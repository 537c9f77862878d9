/**
 * Checks stage: what the translation changed, added or lost. Each check is a module that turns a
 * bead into findings: numbers and dates, names, omissions and additions, untranslated text, and
 * the archival reference line against the metadata; the digits of an unreviewed OCR text are
 * only "check the scan".
 */
import { learnWordLexicon } from '../align';
import { sha256Hex } from '../text';
import { SEVERITY_ORDER, type Bead, type Finding, type Note } from '../types';
import { NoteMask, type CheckInput } from './context';
import { checkLocators } from './locator';
import { checkNames, consolidateNameVariants, NameLexicon } from './names';
import { checkNumbers } from './numbers';
import { softenOcrNoise } from './ocr-noise';
import { joinUntranslatedEnds } from './excerpt';
import { checkOmissions, typicalRatio } from './omissions';
import { checkUntranslated } from './untranslated';

export type { CheckInput } from './context';

/** Every finding of a document, in bead order, the most severe first within a bead. */
export function runChecks(input: CheckInput): Finding[] {
  const mask = new NoteMask(input.notes);
  const ratio = typicalRatio(input);
  const apparatus = new Set(input.notes.filter((note) => note.lang === 'ru' && note.kind === 'archival-reference'
    && note.start === 0 && note.end === input.ru[note.paragraph].length).map((note) => note.paragraph));
  // The word pairs the document's beads teach: names that do not transliterate, and the sentence alignment inside each bead.
  const words = input.lexicon ?? learnWordLexicon(input.ru, input.en, input.beads);
  const names = NameLexicon.of(input, mask, words);
  const omissionContext = { ratio, lexicon: words, isApparatus: (paragraph: number) => apparatus.has(paragraph), mask };
  const findings: Finding[] = [];
  input.beads.forEach((bead) => {
    const beadFindings = [
      ...checkNumbers(bead, input, mask),
      ...checkNames(bead, input, mask, names),
      ...checkOmissions(bead, input, omissionContext),
      ...checkUntranslated(bead.en, bead.ru, input, mask),
    ];
    findings.push(...beadFindings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]));
  });
  findings.push(...checkLocators(input.notes, input.meta?.locators ?? [], (note) => beadOf(input.beads, note)));
  return joinUntranslatedEnds(softenOcrNoise(consolidateNameVariants(findings, input.en), input.meta?.ocr), input.ru.length, input.en.length);
}

function beadOf(beads: Bead[], note: Note): Bead | undefined {
  return beads.find((bead) => (note.lang === 'ru' ? bead.ru : bead.en).includes(note.paragraph));
}

/** Hex digits of a finding id: 48 bits, so that the findings of a corpus never share one by chance. */
const FINDING_ID_DIGITS = 12;

/**
 * A finding's id, "f-" and 12 hex digits. It depends on what the finding is about (its kind,
 * evidence and the texts of its paragraphs), not on where it stands, so that a dismissal in
 * review.yml still applies after paragraphs elsewhere are added or corrected.
 */
export function findingId(finding: Finding, ru: string[], en: string[]): string {
  const basis = [finding.kind, finding.evidence, ...finding.ru.map((p) => ru[p]), ...finding.en.map((p) => en[p])].join('\u0000');
  return `f-${sha256Hex(basis, FINDING_ID_DIGITS)}`;
}
