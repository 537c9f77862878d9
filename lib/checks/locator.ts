/**
 * The archival reference line of the text ("[РГАСПИ.ФN 558, ОП.N 11, Д N 334. Л.N 8 9]") against
 * the locator of the document's metadata ("RGASPI, f. 558, op. 11, d. 334, ll. 88-89").
 */
import { parseLocator } from '../metadata';
import type { ArchivalLocator, Bead, Finding, Note } from '../types';

const FIELDS = ['fond', 'opis', 'delo'] as const;

/** Findings for reference lines that disagree with the metadata. */
export function checkLocators(notes: Note[], locators: ArchivalLocator[], beadOf: (note: Note) => Bead | undefined): Finding[] {
  const findings: Finding[] = [];
  for (const note of notes.filter((candidate) => candidate.kind === 'archival-reference')) {
    const printed = parseLocator(note.text);
    if (!printed) continue;
    const known = locators.filter((locator) => !locator.repository || !printed.repository || locator.repository === printed.repository);
    if (known.length === 0) continue;
    const agrees = known.some((locator) => FIELDS.every((field) => !printed[field] || !locator[field] || normal(printed[field]) === normal(locator[field]))
      && sheetsAgree(printed.listy, locator.listy));
    if (agrees) continue;
    const bead = beadOf(note);
    const span = { paragraph: note.paragraph, start: note.start, end: note.end };
    findings.push({
      kind: 'locator-mismatch', severity: 'high', ru: bead?.ru ?? [], en: bead?.en ?? [],
      ruSpans: note.lang === 'ru' ? [span] : [], enSpans: note.lang === 'en' ? [span] : [],
      message: `the reference line in the text does not match the document's locator (${known.map((locator) => locator.printed).join('; ')})`,
      evidence: `text: ${FIELDS.map((field) => `${field} ${printed[field] ?? '?'}`).join(', ')}, listy ${printed.listy ?? '?'}`,
    });
  }
  return findings;
}

function normal(value: string): string {
  return value.toLowerCase().replace(/^0+/, '');
}

/** Sheets agree when one set of digits is found in the other: "8 9" (OCR) in "88-89". */
function sheetsAgree(printed: string | undefined, known: string | undefined): boolean {
  if (!printed || !known) return true;
  const digits = (value: string) => value.replace(/\D/g, '');
  return digits(known).includes(digits(printed)) || digits(printed).includes(digits(known));
}
