/**
 * Quote text as one POSIX shell word, for commands the reader composes for a person to paste:
 * inside single quotes nothing is special ($(…), backticks, $VAR, !, \ and newlines included),
 * and a single quote itself is closed, escaped and reopened.
 */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
