/**
 * YAML files of the corpus (`document.yml`, `alignment.yml`) read with line numbers for every
 * problem. Aliases are refused outright: no corpus file needs them, and refusing them defeats
 * "billion laughs" alias bombs whatever their size.
 */
import { isMap, LineCounter, parseDocument, visit } from 'yaml';
import type { YAMLMap } from 'yaml';
import type { Problem } from '../types';

/** Reports a problem at a character offset of the file. */
export type Report = (offset: number | undefined, code: string, message: string) => void;

/** The top-level mapping of a YAML file, or undefined when the file is unusable (problems say why). */
export interface ReadYaml {
  mapping?: YAMLMap;
  problems: Problem[];
  report: Report;
  /** The 1-based line of a character offset of the file. */
  lineOf: (offset: number | undefined) => number;
}

/** Parse `text` as a YAML mapping. `example` shows the expected shape in the not-a-mapping message. */
export function readYamlMapping(text: string, file: string, example: string): ReadYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const problems: Problem[] = [];
  const lineOf = (offset: number | undefined) => lineCounter.linePos(offset ?? 0).line;
  const report: Report = (offset, code, message) => {
    const position = lineCounter.linePos(offset ?? 0);
    problems.push({ file, line: position.line, column: position.col, code, severity: 'error', message });
  };
  for (const error of document.errors) {
    report(error.pos[0], error.code === 'DUPLICATE_KEY' ? 'duplicate-field' : 'yaml-syntax',
      `malformed YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`);
  }
  if (problems.length > 0) return { problems, report, lineOf };
  let aliasFound = false;
  visit(document, {
    Alias(_, node) {
      report(node.range?.[0], 'yaml-alias', `YAML aliases (*name) are not allowed in ${file.split('/').pop()}`);
      aliasFound = true;
      return visit.BREAK;
    },
  });
  if (aliasFound) return { problems, report, lineOf };
  if (!isMap(document.contents)) {
    report(document.contents?.range?.[0], 'not-a-mapping', `${file.split('/').pop()} must be a mapping of fields such as ${example}`);
    return { problems, report, lineOf };
  }
  return { mapping: document.contents, problems, report, lineOf };
}
