/** The parts of untyped third-party clients the interoperability tests use. */

declare module 'citeproc' {
  /** citeproc-js: a CSL style engine. */
  const CSL: {
    Engine: new (system: { retrieveLocale(lang: string): string; retrieveItem(id: string): unknown }, style: string) => {
      setOutputFormat(format: 'text' | 'html'): void;
      updateItems(ids: unknown[]): void;
      processCitationCluster(citation: unknown, before: unknown[], after: unknown[]): [unknown, Array<[number, string]>];
    };
  };
  export default CSL;
}

declare module '@citation-js/core' {
  /** Citation.js: reads a bibliographic format into CSL-JSON items. */
  export class Cite {
    constructor(input: string);
    data: Array<Record<string, unknown>>;
  }
  export const plugins: { input: { chainLink(input: string): unknown } };
}

declare module 'tmexchange/tmx2js' {
  /** tmexchange: a TMX file as resources by group, unit id and language. */
  export default function tmx2js(xml: string): Promise<unknown>;
}
