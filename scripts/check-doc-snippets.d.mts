// Types of scripts/check-doc-snippets.mjs, for the test that imports it.
export interface Found {
  readonly body: string;
  readonly line: number;
  readonly skip: boolean;
}
export interface Snippet extends Found {
  readonly name: string;
  readonly file: string;
}
export declare function fences(text: string): Found[];
export declare function tsdocExamples(text: string): Found[];
export declare function collectSnippets(): Snippet[];
export declare const compilerOptions: Record<string, unknown>;
export declare function checkSnippets(
  snippets: readonly Snippet[],
  options?: { dir?: string; host?: unknown; exported?: ReadonlyMap<string, readonly string[]> },
): { errors: string[]; checked: number; host: unknown };
export declare function publicApi(options?: { host?: unknown }): {
  exported: Map<string, string[]>;
  missing: { entry: string; name: string; at: string }[];
  host: unknown;
};
export declare function notRunnable(snippet: Pick<Snippet, 'body' | 'skip'>): string | undefined;
export declare function announcedThrow(body: string): string | undefined;
export declare function runSnippets(snippets: readonly Snippet[]): { failures: string[]; ran: number; stated: number; dir: string };
export interface StatedResult {
  readonly line: number;
  readonly text: string;
  readonly value: unknown;
  readonly start: number;
  readonly end: number;
}
export declare function statedResults(body: string): StatedResult[];
export declare function sameStated(stated: unknown, actual: unknown): boolean;
export declare function repoFiles(dir?: string): string[];
