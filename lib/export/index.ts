/** Export stage: aligned text (TMX, TSV, JSON) and bibliographic records (BibTeX, RIS, CSL-JSON). Reading them back is lib/import's. */
export { toTmx, toTsv } from './aligned';
export type { AlignedDocument } from './aligned';
export { toBibtex, toCslJson, toRis } from './bibliographic';
export { EXPORT_FORMATS, renderDocumentExport } from './document';
export type { ExportFormat } from './document';
