/**
 * Gentleness towards OCR noise. A Russian original read by OCR and not yet checked by a person
 * (document.yml `ocr:` without `reviewed: true`) misreads digits: 3 as З, 6 as б, 9 as 9Э. A
 * number or date that disagrees there is as likely the engine's mistake as the translator's, so
 * it is a low-severity "check the scan" finding, not a translation error.
 */
import type { Finding, OcrRecord } from '../types';

const DIGIT_FINDINGS = new Set<Finding['kind']>(['number-mismatch', 'date-mismatch']);

/** The message's opening for a disagreement that may be the OCR engine's. */
const CHECK_THE_SCAN = 'check the scan: the Russian text is machine-read (OCR) and not yet reviewed, so this may be a misread digit; ';

/** Findings with the number and date disagreements of an unreviewed OCR text made low and marked "check the scan". */
export function softenOcrNoise(findings: Finding[], ocr: OcrRecord | undefined): Finding[] {
  if (!ocr || ocr.reviewed) return findings;
  return findings.map((finding) => (DIGIT_FINDINGS.has(finding.kind)
    ? { ...finding, severity: 'low', message: `${CHECK_THE_SCAN}${finding.message}` }
    : finding));
}
