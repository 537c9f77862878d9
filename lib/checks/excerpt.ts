/**
 * A translation of an excerpt: when one text translates only a stretch of the other, the rest of
 * the longer text at either end is one thing to report ("paragraphs 1–70 have no translation"),
 * not an omission finding per paragraph, which buried the other findings of an excerpt of a
 * Gospel under a hundred and more. Runs shorter than MIN_UNTRANSLATED_END_PARAGRAPHS keep
 * their findings (a telegram's untranslated heading is one paragraph).
 */
import type { Finding } from '../types';

/** Fewest paragraphs at one end of a text, all without counterpart, that are reported as one stretch. */
export const MIN_UNTRANSLATED_END_PARAGRAPHS = 3;

/**
 * `findings` with the omission findings of the Russian paragraphs before the first and after the
 * last paragraph with a translation (and the addition findings of such English paragraphs) each
 * joined into one finding, when there are MIN_UNTRANSLATED_END_PARAGRAPHS or more of them and
 * some paragraph of that text has a counterpart.
 * `ruCount` and `enCount` are the texts' paragraph counts.
 */
export function joinUntranslatedEnds(findings: Finding[], ruCount: number, enCount: number): Finding[] {
  let joined = findings;
  for (const kind of ['omission', 'addition'] as const) {
    const side = kind === 'omission' ? 'ru' : 'en';
    const count = side === 'ru' ? ruCount : enCount;
    const oneSided = joined.filter((finding) => finding.kind === kind);
    const paragraphOf = new Map(oneSided.flatMap((finding) => finding[side].map((paragraph) => [paragraph, finding] as const)));
    // The runs at the start and at the end of the text, by paragraph.
    const head: Finding[] = [];
    for (let paragraph = 0; paragraph < count && paragraphOf.has(paragraph); paragraph++) head.push(paragraphOf.get(paragraph)!);
    // A text with no paragraph translated is no excerpt: its findings stay as they are.
    if (head.length === count) continue;
    const tail: Finding[] = [];
    for (let paragraph = count - 1; paragraphOf.has(paragraph); paragraph--) tail.unshift(paragraphOf.get(paragraph)!);
    for (const run of [head, tail]) {
      if (run.length < MIN_UNTRANSLATED_END_PARAGRAPHS) continue;
      const distinct = new Set(run);
      const index = joined.indexOf(run[0]);
      joined = [...joined.slice(0, index), joinedFinding([...distinct], kind, count), ...joined.slice(index).filter((finding) => !distinct.has(finding))];
    }
  }
  return joined;
}

/** One finding for a run of one-sided findings at an end of the text. */
function joinedFinding(run: Finding[], kind: 'omission' | 'addition', count: number): Finding {
  const side = kind === 'omission' ? 'ru' : 'en';
  const paragraphs = run.flatMap((finding) => finding[side]);
  const first = paragraphs[0] + 1;
  const last = paragraphs[paragraphs.length - 1] + 1;
  const where = paragraphs[0] === 0 ? 'before the translated stretch' : 'after the translated stretch';
  const language = side === 'ru' ? 'Russian' : 'English';
  const message = kind === 'omission'
    ? `the Russian paragraphs ${first}–${last} of ${count} have no translation: the English seems to translate an excerpt (they come ${where})`
    : `the English paragraphs ${first}–${last} of ${count} have no Russian original: the Russian seems to be an excerpt (they come ${where})`;
  return {
    kind, severity: run[0].severity, ru: side === 'ru' ? paragraphs : [], en: side === 'en' ? paragraphs : [],
    ruSpans: side === 'ru' ? run.flatMap((finding) => finding.ruSpans) : [], enSpans: side === 'en' ? run.flatMap((finding) => finding.enSpans) : [],
    message, evidence: `${paragraphs.length} ${language} paragraphs at an end of the text, each a bead of its own`,
  };
}
