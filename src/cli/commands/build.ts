/** `typed-iam build`: write the policies a JavaScript or TypeScript module exports as JSON files. */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { lstat, mkdir, readFile, realpath, rm, rmdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { isPolicy, type Policy } from '../../index.js';
import { isRecord } from '../../internal/record.js';
import { parseCommand, targetOption, type Command } from '../args.js';
import { HELP } from '../help.js';
import { CliError, insideDir, isPlainFileName, policyFileText, UsageError, worst, writeText, type ExitCode, type Io } from '../io.js';
import { importModule, syntaxErrorPlace } from '../load-module.js';
import { BUILD_LOCK, BUILD_MANIFEST, cliMessages } from '../messages.js';
import { lockOut } from '../out-lock.js';

const help = HELP.build;

/** `typed-iam build`. */
export const buildCommand: Command = {
  name: 'build',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommand('build', args, {
      out: { type: 'string' },
      target: { type: 'string' },
      limit: { type: 'string' },
      compact: { type: 'boolean', default: false },
    });
    const target = targetOption(values.target, values.limit);
    if (positionals.length !== 1) throw new UsageError(cliMessages.giveModule);
    if (values.out === undefined) throw new UsageError(cliMessages.outRequired);
    // an unset shell variable ("$OUT") would write into the working directory
    if (values.out === '') throw new UsageError(cliMessages.emptyOut('the JSON files.'));
    const file = resolve(io.cwd, positionals[0]!);
    // the module itself: a package or file it imports that is missing is Node's message to give (it names the module as the importer)
    if (!existsSync(file)) throw new CliError(cliMessages.moduleNotFound(positionals[0]!));
    const { exports } = await importModule(file, positionals[0]!).catch((e: unknown) => {
      if (e instanceof CliError) throw e;
      throw new CliError(cliMessages.cannotImport(positionals[0]!, `${(e as { message?: string }).message ?? String(e)}${syntaxErrorPlace(e)}`));
    });

    const found: [string, Policy][] = [];
    for (const [name, value] of Object.entries(exports)) {
      if (isPolicy(value)) found.push([name, value as Policy]);
      else if (Array.isArray(value) && value.length > 0 && value.every((v) => isPolicy(v)))
        value.forEach((v, i) => found.push([`${name}-${i + 1}`, v as Policy]));
    }
    if (found.length === 0) throw new CliError(cliMessages.noPolicies(positionals[0]!, Object.keys(exports)));

    const outDir = resolve(io.cwd, values.out);
    const lock = join(outDir, BUILD_LOCK);
    let made: string | undefined;
    try {
      made = await mkdir(outDir, { recursive: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const shown = join(values.out, BUILD_LOCK);
      if (code === 'EEXIST' || code === 'ENOTDIR') throw new CliError(cliMessages.folderIsFile(shown, values.out, 'nothing'));
      throw new CliError(cliMessages.cannotCreateFolder(shown, (e as Error).message, 'nothing'));
    }
    let unlock: (() => Promise<void>) | undefined;
    try {
      // one build at a time reads and writes the manifest, removes files and writes its own
      unlock = await lockOut(lock, join(values.out, BUILD_LOCK), io);
      return await writeAll(io, values.out, outDir, file, found, target, values.compact);
    } finally {
      await unlock?.();
      // a folder made for this run that holds nothing (every export refused, or the lock not taken) is not left behind
      if (made !== undefined) await removeEmpty(outDir, made);
    }
  },
};

/**
 * Writes the policies `found` into `outDir` (`out` as given), removes the files earlier builds of
 * `file` wrote that this one does not, and records what it wrote in the manifest. The caller holds
 * the lock.
 */
async function writeAll(
  io: Io,
  out: string,
  outDir: string,
  file: string,
  found: readonly (readonly [string, Policy])[],
  target: ReturnType<typeof targetOption>,
  compact: boolean,
): Promise<ExitCode> {
  const manifestPath = join(outDir, BUILD_MANIFEST);
  // read before anything is written: a manifest build cannot read stops it with --out as it was
  const manifest = await readManifest(manifestPath, join(out, BUILD_MANIFEST));
  // both through their links (a folder not made yet by the part that exists): a key that changed with the spelling of --out would orphan its files
  const realOut = await canonical(outDir);
  const moduleKey = relative(realOut, await canonical(file)).replaceAll('\\', '/');
  /** File name -> SHA-256 of the text this run wrote. */
  const written = new Map<string, string>();
  /** The file names of this run's exports, written or not. */
  const named = new Set<string>();

  let code: ExitCode = 0;
  for (const [name, policy] of found) {
    const path = join(out, `${name}.json`);
    // an export may be named "../../escaped": every file must stay inside --out
    const full = isPlainFileName(name) ? insideDir(outDir, `${name}.json`) : undefined;
    if (full === undefined) {
      io.error(cliMessages.exportOutside(io.err, name, out));
      code = worst(code, 2);
      continue;
    }
    named.add(`${name}.json`);
    const text = policyFileText(policy, target, compact);
    const r = policy.size(target);
    if (text === undefined) {
      io.error(cliMessages.exportOverLimit(io.err, name, r));
      code = worst(code, 1);
      continue;
    }
    try {
      await writeText(full, text);
      written.set(`${name}.json`, sha256(text));
    } catch (e) {
      // one file that cannot be written does not stop the others (the exports after it were not written, unseen)
      if (!(e instanceof CliError)) throw e;
      io.error(e.message);
      code = worst(code, 2);
      continue;
    }
    io.print(`${path}  ${r.length} / ${r.limit} ${r.unit} (${String(r.target)})  ${io.out.green(`headroom ${r.headroom}`)}`);
  }
  code = worst(code, await removeStale(io, out, outDir, realOut, manifest, moduleKey, written, named));
  await writeManifest(manifestPath, manifest);
  return code;
}

/** Removes `dir` and the folders above it up to `top` (the first one mkdir made) while they are empty. */
async function removeEmpty(dir: string, top: string): Promise<void> {
  for (let d = dir; ; d = dirname(d)) {
    if (!(await rmdir(d).then(() => true, () => false)) || d === top || dirname(d) === d) return;
  }
}

/**
 * What build wrote into one `--out`, by module (its path from `--out`, `/` separators): file name ->
 * SHA-256 of the text written. Kept in `--out` as {@link BUILD_MANIFEST}, so that a later run
 * removes the files of exports that are gone, and only those: a file build did not write is never
 * listed, and one changed since it was written no longer has its hash.
 */
type Manifest = Map<string, Map<string, string>>;

const sha256 = (text: string | Uint8Array): string => createHash('sha256').update(text).digest('hex');

/** The manifest at `path` (empty when there is none); a {@link CliError} (exit 2) when it is not one build wrote. */
async function readManifest(path: string, shown: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return new Map();
    throw new CliError(cliMessages.badManifest(shown, `it cannot be read: ${err.code ?? err.message}`));
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CliError(cliMessages.badManifest(shown, 'not JSON'));
  }
  if (!isRecord(value) || value['typedIamBuild'] !== 1 || !isRecord(value['modules'])) throw new CliError(cliMessages.badManifest(shown, 'no "typedIamBuild": 1 and "modules" object'));
  const manifest: Manifest = new Map();
  for (const [module, files] of Object.entries(value['modules'])) {
    if (!isRecord(files)) throw new CliError(cliMessages.badManifest(shown, `the files of ${JSON.stringify(module)} are not an object`));
    const entry = new Map<string, string>();
    for (const [file, hash] of Object.entries(files)) {
      // a file name is the only thing removal acts on: it must stay inside --out
      if (!isPlainFileName(file) || typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash))
        throw new CliError(cliMessages.badManifest(shown, `${JSON.stringify(file)} is not a file name with its SHA-256`));
      entry.set(file, hash);
    }
    manifest.set(module, entry);
  }
  return manifest;
}

/** `path` through its symbolic links; a part that does not exist yet is kept as written below the part that does. */
async function canonical(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(await canonical(parent), basename(path));
  }
}

/**
 * Removes the files an earlier build of this module wrote (listed in `manifest`) that this run did
 * not write, when they still hold what was written and no other module's build lists them; names
 * each removal on stderr. The files of a module that no longer exists (renamed, moved, deleted) are
 * this module's to remove too: nothing else would. A file changed since, or one that cannot be
 * removed, is kept in the manifest and reported (exit 2). Updates the module's entry of `manifest`
 * to what is now in `--out`.
 */
async function removeStale(
  io: Io,
  out: string,
  outDir: string,
  realOut: string,
  manifest: Manifest,
  moduleKey: string,
  written: ReadonlyMap<string, string>,
  named: ReadonlySet<string>,
): Promise<ExitCode> {
  let code: ExitCode = 0;
  const entry = new Map(written);
  /** File name -> its hash and, for a module that no longer exists, that module. */
  const mine = new Map<string, { readonly hash: string; readonly orphan?: string }>();
  const others = new Set<string>();
  for (const [module, files] of manifest) {
    const gone = module !== moduleKey && (await stat(resolve(realOut, module)).then(() => false, (e: NodeJS.ErrnoException) => e.code === 'ENOENT' || e.code === 'ENOTDIR'));
    if (module === moduleKey || gone) {
      for (const [file, hash] of files) if (!mine.has(file) || module === moduleKey) mine.set(file, gone ? { hash, orphan: module } : { hash });
      if (gone) manifest.delete(module);
    } else for (const file of files.keys()) others.add(file);
  }
  for (const [file, { hash, orphan }] of mine) {
    if (written.has(file) || others.has(file)) continue;
    const full = insideDir(outDir, file);
    if (full === undefined) continue;
    const shown = join(out, file);
    const info = await lstat(full).catch((e: NodeJS.ErrnoException) => e);
    // removed by hand already: nothing is left
    if (info instanceof Error && info.code === 'ENOENT') continue;
    const same = !(info instanceof Error) && info.isFile() && sha256(await readFile(full).catch(() => new Uint8Array())) === hash;
    if (!same) {
      io.error(info instanceof Error ? cliMessages.staleNotRemoved(shown, info.code ?? info.message) : cliMessages.staleChanged(shown));
      entry.set(file, hash);
      code = 2;
      continue;
    }
    try {
      await rm(full);
      io.error(cliMessages.removedStale(shown, orphan !== undefined ? { module: orphan } : named.has(file) ? 'not written' : 'gone'));
    } catch (e) {
      io.error(cliMessages.staleNotRemoved(shown, (e as NodeJS.ErrnoException).code ?? (e as Error).message));
      entry.set(file, hash);
      code = 2;
    }
  }
  if (entry.size === 0) manifest.delete(moduleKey);
  else manifest.set(moduleKey, entry);
  return code;
}

/** Writes `manifest` (removes the file when it lists nothing). */
async function writeManifest(path: string, manifest: Manifest): Promise<void> {
  if (manifest.size === 0) {
    // no --out at all (every export refused) has no manifest either
    await rm(path, { force: true }).catch(() => undefined);
    return;
  }
  const modules = Object.fromEntries([...manifest].sort(([a], [b]) => (a < b ? -1 : 1)).map(([m, files]) => [m, Object.fromEntries([...files].sort(([a], [b]) => (a < b ? -1 : 1)))]));
  await writeText(path, `${JSON.stringify({ typedIamBuild: 1, modules }, null, 2)}\n`);
}
