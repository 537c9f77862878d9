/**
 * Types for `vlq`: the package ships them (types/index.d.ts) but its "exports" map does not point
 * to them, so TypeScript's bundler resolution cannot find them.
 */
declare module 'vlq' {
  /** Base64 VLQ of one integer or a list of integers. */
  export function encode(value: number | number[]): string;
  /** The integers of a base64 VLQ string. */
  export function decode(string: string): number[];
}
