/**
 * A small file-system glob: `*` and `?` within one path segment, `**` for any number of
 * directories. Matching is a linear scan with one backtrack point per segment; no regular
 * expression is built from the pattern. Entries starting with `.` only match a segment that starts
 * with `.`; symbolic links to directories are not followed by `**` (a link may loop, or lead out of
 * the tree), and are handed to `skipped` so that their files are not missed unseen. A folder the
 * walk reaches but cannot read (no permission) throws the file system's error (`syscall`
 * `scandir`), or is handed to `unreadable` when given, and the walk goes on. Names match
 * case-sensitively, except a pattern's `.json` extension, which matches in any case (`A.JSON`).
 */
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { wildcardMatch } from '../model/match.js';

/**
 * True when `arg` contains glob characters (`*` or `?`).
 *
 * @example
 * ```ts
 * import { hasGlobMagic } from './glob.js';
 * hasGlobMagic('policies/**\/*.json'); // true
 * ```
 */
export function hasGlobMagic(arg: string): boolean {
  return arg.includes('*') || arg.includes('?');
}

/** A `.json` extension, in any case. */
const JSON_EXTENSION = /\.json$/i;

/**
 * True when `name` matches one glob segment (`*` = any run of characters, `?` = one character).
 * Case-sensitive, but for a `.json` extension at the end of the pattern, which matches in any case
 * (`*.json` matches `A.JSON`: a file saved by a tool or a system that writes upper-case extensions
 * was skipped unseen); the rest of the name is matched as written.
 *
 * @example
 * ```ts
 * import { matchSegment } from './glob.js';
 * matchSegment('*.json', 'a.json'); // true
 * matchSegment('*.json', 'B.JSON'); // true
 * matchSegment('a*.json', 'A.json'); // false
 * ```
 */
export function matchSegment(pattern: string, name: string): boolean {
  if (!JSON_EXTENSION.test(pattern)) return wildcardMatch(pattern, name, false);
  const stem = -'.json'.length;
  return JSON_EXTENSION.test(name) && wildcardMatch(pattern.slice(0, stem), name.slice(0, stem), false);
}

/** What a walk reports beside its matches. */
export interface GlobReport {
  /** A folder the walk reached but could not read (`error.syscall` is `scandir`); without it the error is thrown. */
  readonly unreadable?: (folder: string, error: NodeJS.ErrnoException) => void;
  /** A symbolic link to a folder that `**` did not follow, shown as the pattern writes paths. */
  readonly skipped?: (link: string) => void;
}

/**
 * The files (not directories) matching `pattern`, relative to `cwd` unless the pattern is
 * absolute, sorted. Paths are returned the way the pattern writes them (`/` separators).
 *
 * @example
 * ```ts
 * import { glob } from './glob.js';
 * await glob('policies/**\/*.json', process.cwd()); // ['policies/a.json', 'policies/team/b.json']
 * ```
 */
export async function glob(pattern: string, cwd: string, report: GlobReport = {}): Promise<string[]> {
  const normal = pattern.replaceAll('\\', '/');
  const absolute = isAbsolute(normal) || normal.startsWith('/');
  const segments = normal.split('/').filter((s, i) => s !== '' && !(s === '.' && i > 0));
  let first = segments.findIndex(hasGlobMagic);
  if (first < 0) first = segments.length;
  if (segments[segments.length - 1] === '**') segments.push('*');
  const literal = segments.slice(0, first);
  const base = absolute ? `/${literal.join('/')}` : literal.join('/');
  const out = new Set<string>();
  await walk(resolve(cwd, base || '.'), base, segments.slice(first), out, report);
  return [...out].sort();
}

async function walk(dir: string, shown: string, rest: readonly string[], out: Set<string>, report: GlobReport): Promise<void> {
  const [head, ...tail] = rest;
  if (head === undefined) return;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    // a path that is not there (or not a folder, or a link loop) holds no match; a folder that is
    // there but cannot be read (no permission) would drop its files unseen: the caller reports it
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP') return;
    if (report.unreadable === undefined || (e as NodeJS.ErrnoException).syscall !== 'scandir') throw e;
    report.unreadable(shown === '' ? '.' : shown, e as NodeJS.ErrnoException);
    return;
  }
  const show = (name: string) => (shown === '' ? name : shown.endsWith('/') ? `${shown}${name}` : `${shown}/${name}`);
  if (head === '**') {
    // zero directories
    await walk(dir, shown, tail, out, report);
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      if (e.isDirectory()) await walk(join(dir, e.name), show(e.name), rest, out, report);
      else if (e.isSymbolicLink() && report.skipped !== undefined && (await isFolder(join(dir, e.name)))) report.skipped(show(e.name));
    }
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.') && !head.startsWith('.')) continue;
    if (!matchSegment(head, e.name)) continue;
    const path = join(dir, e.name);
    if (tail.length === 0) {
      if (e.isFile() || (e.isSymbolicLink() && (await isFile(path)))) out.add(show(e.name));
    } else if (e.isDirectory() || (e.isSymbolicLink() && !(await isFile(path)))) {
      await walk(path, show(e.name), tail, out, report);
    }
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
