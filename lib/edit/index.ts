/** Edit stage: a person's corrections (alignment edits, dismissed findings) written to the corpus, and the local edit mode that takes them from the reader. */
export { EDIT_TOKEN_VARIABLE, editModeToken, isLoopbackHost, MIN_TOKEN_LENGTH, writeRefusal } from './access';
export { EDIT_ROUTE, EDIT_TOKEN_HEADER } from './protocol';
export type { EditResponseBody } from './protocol';
export { describeEdit, dismissFinding, editAlignment } from './corrections';
export type { RecordedDismissal } from './corrections';
export { handleEditRequest } from './handle';
export { BadEditRequest, MAX_EDIT_REQUEST_BYTES, parseEditRequest, readEditRequest } from './request';
export type { EditRequest } from './request';
