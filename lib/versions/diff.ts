/**
 * Differences between two versions of a translation, with diff-match-patch (Myers' O(ND)
 * algorithm). Text is tokenised into words first and each distinct word mapped to one character
 * (the line-mode trick of diff-match-patch, applied to words), so that differences are whole
 * words and the diff reads as an editor's correction, not as scattered letters.
 */
import DiffMatchPatch from 'diff-match-patch';

/** One piece of a diff: kept, removed (only in the first version) or added (only in the second). */
export interface DiffPiece {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

const dmp = new DiffMatchPatch();
/** Words, and the white space and punctuation between them, as separate tokens. */
const TOKEN = /[\p{L}\p{N}'’]+|\s+|[^\p{L}\p{N}\s]/gu;
/** Characters from the Private Use Area stand for tokens: they never occur in the texts compared. */
const FIRST_TOKEN_CODE = 0xe000;

/** Word-level differences between two texts. */
export function wordDiff(before: string, after: string): DiffPiece[] {
  const tokens: string[] = [];
  const codes = new Map<string, string>();
  const encode = (text: string) => Array.from(text.match(TOKEN) ?? [], (token) => {
    let code = codes.get(token);
    if (code === undefined) {
      code = String.fromCodePoint(FIRST_TOKEN_CODE + tokens.length);
      codes.set(token, code);
      tokens.push(token);
    }
    return code;
  }).join('');
  const diffs = dmp.diff_main(encode(before), encode(after), false);
  dmp.diff_cleanupSemantic(diffs);
  const pieces: DiffPiece[] = [];
  for (const [operation, encoded] of diffs) {
    const text = Array.from(encoded, (character) => tokens[character.codePointAt(0)! - FIRST_TOKEN_CODE]).join('');
    const op = operation === DiffMatchPatch.DIFF_INSERT ? 'insert' : operation === DiffMatchPatch.DIFF_DELETE ? 'delete' : 'equal';
    const last = pieces[pieces.length - 1];
    if (last?.op === op) last.text += text;
    else pieces.push({ op, text });
  }
  return pieces;
}

/**
 * Which paragraphs of version B correspond to each paragraph of version A: paragraphs are
 * diffed as units (each paragraph one character), and changed runs are paired in order.
 * Returns, for every paragraph of A, the paragraphs of B that replace it.
 */
export function matchParagraphs(a: string[], b: string[]): number[][] {
  const ids = new Map<string, string>();
  const encode = (paragraphs: string[]) => paragraphs.map((text) => {
    const key = text.replace(/\s+/g, ' ').trim();
    if (!ids.has(key)) ids.set(key, String.fromCodePoint(FIRST_TOKEN_CODE + ids.size));
    return ids.get(key)!;
  }).join('');
  const diffs = dmp.diff_main(encode(a), encode(b), false);
  const result: number[][] = a.map(() => []);
  let ai = 0;
  let bi = 0;
  for (let k = 0; k < diffs.length; k++) {
    const [operation, text] = diffs[k];
    const count = Array.from(text).length;
    if (operation === DiffMatchPatch.DIFF_EQUAL) {
      for (let n = 0; n < count; n++) result[ai++].push(bi++);
      continue;
    }
    // A run of changes: deleted A paragraphs and inserted B paragraphs, paired in order.
    let deleted = 0;
    let inserted = 0;
    for (; k < diffs.length && diffs[k][0] !== DiffMatchPatch.DIFF_EQUAL; k++) {
      if (diffs[k][0] === DiffMatchPatch.DIFF_DELETE) deleted += Array.from(diffs[k][1]).length;
      else inserted += Array.from(diffs[k][1]).length;
    }
    k--;
    for (let n = 0; n < Math.max(deleted, inserted); n++) {
      const target = Math.min(ai + n, ai + deleted - 1);
      if (target >= ai && n < inserted) result[target].push(bi + n);
      else if (deleted === 0 && ai > 0) result[ai - 1].push(bi + n);
      else if (deleted === 0) result[0]?.push(bi + n);
    }
    ai += deleted;
    bi += inserted;
  }
  return result;
}
