/** Export stage: aligned text (TMX, TSV, JSON) and bibliographic records (BibTeX, RIS, CSL-JSON). */
export { PARAGRAPH_SEPARATOR, toTmx, toTsv, unescapeTsv } from './aligned';
export type { AlignedDocument } from './aligned';
export { toBibtex, toCslJson, toRis } from './bibliographic';
export type { RecordContext } from './bibliographic';
export { AlignedImportError, pinsFile, readTmx, readTsv } from './read';
export type { AlignedImport } from './read';
export { baseUrl, EXPORT_FORMATS, renderDocumentExport } from './document';
export type { ExportFormat } from './document';
