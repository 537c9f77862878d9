/** Metadata stage: `document.yml` read, validated and written; dates and archival locators. */
export { readMetadata, DOCUMENT_KINDS, DOCUMENT_FIELDS } from './schema';
export type { ReadMetadata } from './schema';
export { ocrFields, writeMetadata } from './write';
export { byDateThenTitle, formatIsoDate, isIsoDate, readDate, readLeadingDate } from './date';
export type { DateDirection, LeadingDate } from './date';
export { formatLocator, formatLocatorPlace, parseLocator, parseLocators } from './locator';
export type { ParsedLocators } from './locator';
export { readYamlMapping } from './yaml';
export type { ReadYaml, Report } from './yaml';
export { parseTitle } from './title';
export type { TitleParts } from './title';
