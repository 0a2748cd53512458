// Types of scripts/pack.mjs, for the tests that import it.
export interface PackReport {
  readonly filename: string;
  readonly size: number;
  readonly unpackedSize: number;
  readonly entryCount: number;
  readonly files: readonly { readonly path: string; readonly size: number; readonly mode: number }[];
}
export declare function pack(dir: string): { tarball: string; report: PackReport };
export declare function runPublint(tarball: string): Promise<string[]>;
export declare function runAttw(tarball: string): { ok: boolean; output: string; excluded: string[] };
export { BIN } from './entries.mjs';
