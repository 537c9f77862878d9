/** What a document's title says about it: the kind of document, its number, sender and addressee. */

/** What a title such as "Ciphered Telegram No. 22591 from Roschin to Filippov [Stalin]" says. */
export interface TitleParts {
  kind?: string;
  /** The words that name the kind, as the title has them: "Ciphered Telegram", "Cable". */
  kindPhrase?: string;
  number?: string;
  from?: string;
  to?: string;
}

const KIND_WORDS: Array<[RegExp, string]> = [
  [/^(?:ciphered\s+|coded\s+)?(?:telegram|cable|cipher(?:ed)? telegram|radiogram)/i, 'telegram'],
  [/^letter/i, 'letter'],
  [/^(?:memorandum|memo)/i, 'memorandum'],
  [/^report/i, 'report'],
  [/^(?:record|minutes) of (?:a |the )?(?:conversation|meeting)/i, 'conversation'],
  [/^minutes/i, 'minutes'],
  [/^(?:decree|resolution)/i, 'resolution'],
  [/^note/i, 'note'],
];

/** Read the kind, number, sender and addressee from a document title. */
export function parseTitle(title: string): TitleParts {
  const parts: TitleParts = {};
  let rest = title.trim();
  for (const [pattern, kind] of KIND_WORDS) {
    const match = pattern.exec(rest);
    if (match) {
      parts.kind = kind;
      parts.kindPhrase = match[0].trim();
      rest = rest.slice(match[0].length);
      break;
    }
  }
  const number = /^\s*(?:No\.|N|№)\s*([\w/-]+)/i.exec(rest);
  if (number) {
    parts.number = number[1];
    rest = rest.slice(number[0].length);
  }
  rest = rest.replace(/^[\s,:]+/, '');
  const fromTo = /^(?:from\s+)?(.+?)\s+to\s+(.+)$/i.exec(rest);
  if (fromTo && (parts.kind || /^from\s/i.test(rest))) {
    parts.from = fromTo[1].trim().replace(/,$/, '');
    parts.to = fromTo[2].trim();
  }
  return parts;
}
