/**
 * Wording of the command line's messages about writing files (`fmt --write`, `build --out`) and
 * several inputs given to `fmt`, in one place. Messages are one line: what is wrong, then what to
 * do; a message that matches a documented code ends with it (`[READ_ONLY]`). Loaded by the commands
 * only, never by `--help`.
 */

/** The build manifest's file name inside `--out` (hidden: a directory walk skips it, and it is no `*.json` policy). */
export const BUILD_MANIFEST = '.typed-iam-build.manifest';

/** `a.json, b.json, c.json, d.json, e.json and 3 more`. */
function shown(names: readonly string[]): string {
  return `${names.slice(0, 5).join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''}`;
}

export const cliMessages = {
  // fmt --write
  readOnly: (name: string) =>
    `${name} is read-only (no write permission for you, or for anyone); not rewritten. Make it writable (chmod u+w, as its owner) to format it in place. [READ_ONLY]`,
  changedDuringWrite: (name: string) =>
    `${name} changed (or was removed) while typed-iam formatted it; not rewritten, so the change is kept. Run typed-iam fmt --write again. [CHANGED_DURING_WRITE]`,
  /** fmt without --write or --check, given `names` (more than one input). `arg`: the one argument that named them all, if so. */
  severalToPrint: (names: readonly string[], arg: string | undefined) =>
    `Without --write or --check, fmt prints one policy (one JSON document), and ${arg === undefined ? 'the arguments name' : `"${arg}" names`} ${names.length} inputs (${shown(names)}); pass --write to rewrite them in place or --check to list those not formatted, or give one file.`,
  // build --out
  /** `why`: the export is gone, it was not written this run, or the module that wrote it (named from --out) no longer exists. */
  removedStale: (path: string, why: 'gone' | 'not written' | { readonly module: string }) =>
    why === 'gone'
      ? `removed ${path}: an earlier build of this module wrote it, and the module no longer exports its policy.`
      : why === 'not written'
        ? `removed ${path}: an earlier build wrote it, and this run did not write that export (see above); its old policy would be deployed as the current one.`
        : `removed ${path}: an earlier build of ${why.module} (from --out) wrote it, and that module no longer exists (renamed, moved or deleted).`,
  staleChanged: (path: string) =>
    `${path}: an earlier build wrote it, and it is no longer written, but it changed since; not removed. Delete it, or move it out of --out, if no deploy should read it. [STALE_OUTPUT]`,
  staleNotRemoved: (path: string, detail: string) =>
    `${path}: an earlier build wrote it, and it is no longer written, but it cannot be removed (${detail}); delete it before deploying the folder. [STALE_OUTPUT]`,
  badManifest: (path: string, detail: string) =>
    `${path} is not a manifest typed-iam build writes (${detail}); nothing was written. Delete it and build again (files of earlier builds are then not removed). [BAD_MANIFEST]`,
} as const;
