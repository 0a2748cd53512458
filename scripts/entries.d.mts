// Types of scripts/entries.mjs, for the tests that import it.
export interface Entry {
  readonly subpath: string;
  readonly src: string;
  readonly out: string;
  readonly optional?: boolean;
  readonly sideEffects?: boolean;
}
export declare const root: string;
export declare const ENTRIES: readonly Entry[];
export declare const BIN: { readonly name: string; readonly src: string; readonly out: string };
export declare function presentEntries(): Entry[];
export declare function missingEntries(): Entry[];
export declare function hasBin(): boolean;
export declare function specifier(entry: Entry): string;
