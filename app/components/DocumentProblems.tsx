import type { BrokenDocumentView } from '@/lib/view';

/** The page of a document that cannot be shown: every problem, with file and line, and how to check. */
export function DocumentProblems({ document }: { document: BrokenDocumentView }) {
  return (
    <article className="document-problems" aria-labelledby="problems-heading">
      <h1 id="problems-heading">{document.title ?? document.slug}</h1>
      <p role="alert">This document cannot be shown until the problems below are fixed in <code>texts/{document.slug}/</code>.</p>
      <ul>
        {document.problems.map((problem, index) => (
          <li key={index} className={`problem problem-${problem.severity}`} data-problem-code={problem.code}>
            <code>{problem.file}:{problem.line}</code> {problem.severity}: {problem.message}
          </li>
        ))}
      </ul>
      <p>Run <code>npm run check:texts</code> to list the problems of the whole corpus.</p>
    </article>
  );
}
