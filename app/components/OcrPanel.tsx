/**
 * What a reviewer of an OCR-read original needs: a notice saying the Russian text was read by a
 * machine from a scan (engine, date, confidence) and whether a person has checked it, and the
 * panel of the words the engine was unsure of, each linked to its passage and its page of the
 * scan. Static markup, like the alignment doubts.
 */
import { passageNumber } from '@/lib/cite/note';
import type { OcrView } from '@/lib/view';

/** The notice above the texts of a document whose Russian was read from a scan. */
export function OcrNotice({ ocr }: { ocr: OcrView }) {
  const how = `${ocr.engine}, ${ocr.languages}, ${ocr.date}; mean confidence ${ocr.meanConfidence}%`;
  if (ocr.reviewed) {
    return <p className="notice" data-ocr-notice="reviewed">The Russian original was read from a scan by OCR ({how}) and has been checked against the scan by a person.</p>;
  }
  return (
    <p className="notice notice-ocr" data-ocr-notice="unreviewed">
      The Russian original was machine-read from a scan ({how}) and has not yet been checked by a person.
      {ocr.doubts.length > 0 ? ` ${ocr.doubts.length} word${ocr.doubts.length === 1 ? ' that may be misread is' : 's that may be misread are'} underlined; compare them with the scan.` : ''}
      {' '}Numbers that disagree with the translation may be misread digits.
    </p>
  );
}

/** The panel of doubtful words; nothing once the text is reviewed or when the engine was sure of every word. */
export function OcrPanel({ ocr }: { ocr: OcrView }) {
  if (ocr.reviewed || ocr.doubts.length === 0) return null;
  const imageOf = new Map(ocr.scanPages.map((page) => [page.page, page]));
  return (
    <details className="ocr-panel">
      <summary>OCR to check ({ocr.doubts.length} word{ocr.doubts.length === 1 ? '' : 's'})</summary>
      <p className="doubts-hint">The OCR engine was unsure of these words, or they have a shape OCR often gets wrong. Compare each with the scan, correct ru.md, and set <code>reviewed: true</code> under <code>ocr:</code> in document.yml once the whole text is checked.</p>
      <ul className="doubts-list">
        {ocr.doubts.map((doubt) => {
          const page = imageOf.get(doubt.page);
          return (
            <li key={doubt.id} data-ocr-doubt-entry={doubt.id}>
              <a href={`#b${passageNumber(doubt.bead)}`}><span lang="ru">{doubt.word}</span> · passage {passageNumber(doubt.bead)}</a>
              <span className="doubt-confidence"> {doubt.reason} (confidence {doubt.confidence}%)</span>
              {page && <>{' · '}<a href={page.image} data-scan-link="" data-scan-page={page.page} data-leaf={page.leaf}>scan page {page.page}</a></>}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
