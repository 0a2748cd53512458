/** Shared input/output of the subcommands: streams, errors with exit codes, inputs, parsing. */
import { constants as fsConstants, rmSync, type Stats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { access, chmod, chown, lstat, mkdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { DEFAULT_MAX_LENGTH, withoutLimitOptions, type SafeParseResult } from '../parse/index.js';
import { policyText } from '../parse/input.js';
import { isRecord } from '../internal/record.js';
import { isAuthorizationDetails } from '../lint/authorization-details.js';
import { isTerraformJson } from '../lint/terraform.js';
import { SIZE_TARGETS, type Policy, type PolicyIssue, type PolicyKind, type SizeTarget, type SizeTargetName } from '../index.js';
import { glob, hasGlobMagic, type GlobReport } from './glob.js';
import type { Palette } from './colour.js';
import type { Io } from './stdio.js';
import { utf8Text } from '../internal/utf8.js';
import { cliMessages } from './messages.js';
import { onStop } from './on-stop.js';

/** Exit codes of every subcommand. */
export const EXIT = Object.freeze({ ok: 0, findings: 1, usage: 2 } as const);
/** One of {@link EXIT}'s codes. */
export type ExitCode = 0 | 1 | 2;

/**
 * Why an input could not be read, and where: `lint --format json|sarif` lists the input as an
 * `error` finding with this code and `size --json` as an error row (`NOT_FOUND`: no such file, or a
 * broken symbolic link; `NO_MATCH`: a glob or a directory holding no policy file; `UNREADABLE`: not a
 * regular file, no permission, a link loop, a path too long, a folder of a walk that cannot be read;
 * `INVALID_ENCODING`: not UTF-8; `INPUT_TOO_LARGE`).
 */
export interface UnreadInput {
  readonly code: 'INVALID_ENCODING' | 'INPUT_TOO_LARGE' | 'UNREADABLE' | 'NOT_FOUND' | 'NO_MATCH';
  readonly line?: number;
  readonly column?: number;
}

/** A problem that ends the command with `exitCode` after printing `message` on stderr. */
export class CliError extends Error {
  readonly exitCode: 1 | 2;
  /** Set when an input could not be read as text (see {@link readSource}). */
  readonly input: UnreadInput | undefined;
  constructor(message: string, exitCode: 1 | 2 = 2, input?: UnreadInput) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
    this.input = input;
  }
}

/** A wrong command line (exit 2); the message is followed by a pointer to `--help`. */
export class UsageError extends CliError {
  override readonly name = 'UsageError';
}

export { processIo, type Io } from './stdio.js';

export { toolVersion } from './version.js';

/** A policy as the parser returns it. */
export type ParsedPolicy = Extract<SafeParseResult<PolicyKind>, { success: true }>['policy'];

/** One input: a file (with its absolute path), stdin (`path` undefined), or an argument that named no readable input (`problem`). */
export interface Source {
  /** How messages name it: the path as given or found, or `<stdin>`. */
  readonly name: string;
  readonly path?: string;
  /**
   * Why this input cannot be read (a missing file, a glob matching nothing, a folder the walk
   * cannot read): {@link readSource} throws it, so the command reports it in its place and goes on
   * with the other inputs.
   */
  readonly problem?: CliError;
}

/** The name stdin gets in messages. */
export const STDIN_NAME = '<stdin>';

/**
 * Expands command-line inputs: `-` is stdin, a directory means every `*.json` below it (the
 * extension in any case, `A.JSON` too; hidden entries skipped), an argument with `*` or `?` is a
 * glob, anything else a file. An argument that names no readable input (a missing file, an empty
 * directory, a glob matching nothing, a folder the walk cannot read) becomes a source with a
 * `problem` in its place, so that the other inputs are still processed and this one is reported as
 * an input error (exit 2). Throws {@link UsageError} for an empty argument or `-` given twice: the
 * command line itself is wrong. Inputs are listed once, in the order given; `note` hears of
 * symbolic links to folders a walk did not follow.
 *
 * @example
 * ```ts
 * import { processIo, resolveSources } from './io.js';
 * const io = processIo();
 * await resolveSources(['policies/', 'extra/*.json', '-'], io);
 * ```
 */
export async function resolveSources(args: readonly string[], io: Pick<Io, 'cwd'>, note?: (message: string) => void): Promise<Source[]> {
  const out: Source[] = [];
  const seen = new Set<string>();
  const add = (name: string) => {
    const path = resolve(io.cwd, name);
    if (seen.has(path)) return;
    seen.add(path);
    out.push({ name, path });
  };
  let problems = 0;
  const fail = (name: string, message: string, code: UnreadInput['code']) => {
    problems++;
    const key = `\0${resolve(io.cwd, name)}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ name, problem: new CliError(message, 2, { code }) });
  };
  const skipped = new Set<string>();
  const report: GlobReport = {
    unreadable: (folder, e) => fail(folder, cliMessages.folderUnreadable(folder, e.code ?? e.message), 'UNREADABLE'),
    skipped: (link) => {
      if (skipped.has(link)) return;
      skipped.add(link);
      note?.(cliMessages.linkNotFollowed(link));
    },
  };
  let stdin = false;
  for (const arg of args) {
    // an unset shell variable ("$DIR"): resolving it gives the working directory, and the walk read it as "/"
    if (arg === '') throw new UsageError(cliMessages.emptyArgument);
    if (arg === '-') {
      if (stdin) throw new UsageError(cliMessages.stdinTwice);
      stdin = true;
      out.push({ name: STDIN_NAME });
      continue;
    }
    if (hasGlobMagic(arg)) {
      const before = problems;
      const found = await glob(arg, io.cwd, report);
      // a folder it could not read is reported already: it may hold the matches
      if (found.length === 0 && problems === before) fail(arg, cliMessages.noGlobMatch(arg), 'NO_MATCH');
      found.forEach(add);
      continue;
    }
    let info;
    try {
      info = await stat(resolve(io.cwd, arg));
    } catch (e) {
      const [message, code] = await statProblem(arg, resolve(io.cwd, arg), e as NodeJS.ErrnoException);
      fail(arg, message, code);
      continue;
    }
    if (info.isDirectory()) {
      const base = arg.endsWith('/') || arg.endsWith('\\') ? arg.slice(0, -1) : arg;
      const before = problems;
      const found = await glob(`${base}/**/*.json`, io.cwd, report);
      if (found.length === 0 && problems === before) fail(arg, cliMessages.noJsonInFolder(arg), 'NO_MATCH');
      found.forEach(add);
    } else add(arg);
  }
  return out;
}

/** The message and code for an argument `stat` refused: missing, a broken link, a link loop, a path too long, no permission. */
async function statProblem(arg: string, path: string, e: NodeJS.ErrnoException): Promise<[string, UnreadInput['code']]> {
  if (e.code === 'ENOENT' || e.code === 'ENOTDIR') {
    const link = await lstat(path).then((l) => l.isSymbolicLink(), () => false);
    return [link ? cliMessages.brokenLink(arg) : cliMessages.notFound(arg), 'NOT_FOUND'];
  }
  if (e.code === 'ELOOP') return [cliMessages.linkLoop(arg), 'UNREADABLE'];
  if (e.code === 'ENAMETOOLONG') return [cliMessages.pathTooLong(arg), 'UNREADABLE'];
  return [cliMessages.cannotRead(arg, e.code ?? e.message), 'UNREADABLE'];
}

/**
 * The most bytes of one input that are read. A policy text is at most `DEFAULT_MAX_LENGTH` UTF-16
 * code units and every UTF-8 sequence of 3 bytes or fewer gives at least one (4 bytes give 2), so
 * more bytes than 3 x that can only be refused: such an input is refused before it is read whole.
 */
export const MAX_INPUT_BYTES = 3 * DEFAULT_MAX_LENGTH;

/**
 * The text of a source (a leading byte-order mark dropped, or kept as U+FEFF with `keepBom`, for
 * `fmt`, whose canonical text has none: a tool that sends a file as it is sends the mark too). Throws {@link CliError} (exit 2) when
 * the source has a `problem` (see {@link resolveSources}), the file cannot be read, is larger than
 * {@link MAX_INPUT_BYTES} (checked before it is read, and stdin read no further) or is not UTF-8: a
 * Latin-1 `é` (byte 0xE9) would otherwise become U+FFFD and be reported as a character IAM refuses,
 * at the wrong place and with the wrong fix.
 *
 * @example
 * ```ts
 * import { processIo, readSource } from './io.js';
 * const io = processIo();
 * const text = await readSource({ name: 'policy.json', path: '/abs/policy.json' }, io);
 * ```
 */
export async function readSource(source: Source, io: Pick<Io, 'readStdin'>, { keepBom = false }: { readonly keepBom?: boolean } = {}): Promise<string> {
  if (source.problem !== undefined) throw source.problem;
  let bytes: Uint8Array;
  if (source.path === undefined) {
    bytes = await io.readStdin(MAX_INPUT_BYTES);
    if (bytes.length > MAX_INPUT_BYTES) throw new CliError(tooLarge(source.name, `more than ${MAX_INPUT_BYTES}`), 2, { code: 'INPUT_TOO_LARGE' });
  } else {
    try {
      // a FIFO without a writer would block the read forever, a device never ends: regular files only
      const info = await stat(source.path);
      if (!info.isFile()) throw new CliError(notAFile(source.name, info), 2, { code: 'UNREADABLE' });
      if (info.size > MAX_INPUT_BYTES) throw new CliError(tooLarge(source.name, String(info.size)), 2, { code: 'INPUT_TOO_LARGE' });
      bytes = await readFile(source.path);
    } catch (e) {
      if (e instanceof CliError) throw e;
      throw new CliError(cliMessages.cannotRead(source.name, (e as Error).message), 2, { code: 'UNREADABLE' });
    }
  }
  const text = decodeUtf8(bytes, source.name);
  return keepBom ? withBom(bytes, text) : text;
}

/** `text` (decoded from `bytes`, a byte-order mark dropped) with U+FEFF in front when `bytes` start with the mark. */
function withBom(bytes: Uint8Array, text: string): string {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? `\uFEFF${text}` : text;
}

/** `bytes` as UTF-8 text, byte-order mark dropped; a {@link CliError} naming the line and column of the first byte that is not UTF-8. */
function decodeUtf8(bytes: Uint8Array, name: string): string {
  const r = utf8Text(bytes);
  if ('text' in r) return r.text;
  const { line, column, byte, offset } = r.problem;
  throw new CliError(cliMessages.notUtf8(name, line, column, byte, offset), 2, {
    code: 'INVALID_ENCODING',
    line,
    column,
  });
}

function tooLarge(name: string, bytes: string): string {
  return cliMessages.tooLarge(name, bytes, DEFAULT_MAX_LENGTH, MAX_INPUT_BYTES);
}

function notAFile(name: string, info: Stats): string {
  const kind = info.isFIFO() ? 'fifo' : info.isCharacterDevice() ? 'character device' : info.isBlockDevice() ? 'block device' : info.isSocket() ? 'socket' : info.isDirectory() ? 'directory' : 'other';
  return cliMessages.notAFile(name, kind);
}

/**
 * `file:line:column: message [CODE at path]`, the location alone when the issue has no position.
 *
 * @example
 * ```ts
 * import { formatIssue } from './io.js';
 * import { palette } from './colour.js';
 * formatIssue('p.json', { path: '', code: 'JSON_SYNTAX', message: 'Not valid JSON: ...', line: 2, column: 16 }, palette(false));
 * // 'p.json:2:16: Not valid JSON: ... [JSON_SYNTAX]'
 * ```
 */
export function formatIssue(name: string, issue: PolicyIssue, p: Palette): string {
  return cliMessages.issue(p, name, issue);
}

/**
 * Parses policy text with `parsePolicy`'s rules; on failure prints every issue as
 * `file:line:column: message` on stderr, hands the issues to `failed` and returns `undefined` (an
 * input error, exit 2).
 *
 * @example
 * ```ts
 * import { parseSource, processIo } from './io.js';
 * const io = processIo();
 * const text = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}';
 * const policy = parseSource(text, 'policy.json', 'trust', io);
 * ```
 */
export function parseSource(
  text: string,
  name: string,
  kind: PolicyKind | undefined,
  io: Pick<Io, 'error' | 'err'>,
  failed?: (issues: readonly PolicyIssue[]) => void,
): ParsedPolicy | undefined {
  // the CLI has no --max-length or --max-issues: the parser's messages do not name those options
  const r: SafeParseResult<PolicyKind> = withoutLimitOptions.safeParse(text, kind === undefined ? {} : { kind });
  if (r.success) return r.policy;
  failed?.(r.error.issues);
  for (const issue of r.error.issues) io.error(formatIssue(name, issue, io.err));
  const hint = containerHint(text, name);
  if (hint !== undefined) io.error(hint);
  return undefined;
}

/**
 * What to do when `text` holds a policy instead of being one: a CloudFormation template (JSON or YAML),
 * a Terraform plan, or an AWS CLI response left whole (`aws iam get-policy-version`
 * without `--query`). `undefined` for anything else, a policy with a `Statement` included.
 *
 * @example
 * ```ts
 * import { containerHint } from './io.js';
 * containerHint('{"PolicyVersion":{"Document":{}}}', 'v.json'); // 'v.json holds a whole AWS CLI response, not a policy: select the policy with --query PolicyVersion.Document --output json.'
 * ```
 */
export function containerHint(text: string, name: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(policyText(text).text);
  } catch {
    // a template written in YAML: a top-level key of a template's own at the start of a line
    if (/^(?:AWSTemplateFormatVersion|Resources)[ \t]*:/m.test(text)) return cliMessages.cloudFormationTemplate(name);
    // a Serverless Framework service file: its service and provider at the start of lines
    return /^service[ \t]*:/m.test(text) && /^provider[ \t]*:/m.test(text) ? cliMessages.serverlessService(name) : undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.hasOwn(value, 'Statement')) return undefined;
  const has = (key: string) => Object.hasOwn(value, key);
  if (has('Resources') || has('AWSTemplateFormatVersion')) return cliMessages.cloudFormationTemplate(name);
  if (isTerraformJson(value)) return cliMessages.terraformPlan(name);
  if (isAuthorizationDetails(value)) return cliMessages.authorizationDetails(name);
  // aws organizations describe-policy: the policy is the text of Policy.Content, its kind Policy.PolicySummary.Type
  const org = (value as { Policy?: unknown }).Policy;
  if (isRecord(org) && typeof org['Content'] === 'string') {
    const type = isRecord(org['PolicySummary']) ? org['PolicySummary']['Type'] : undefined;
    return cliMessages.organizationsPolicy(name, type === 'SERVICE_CONTROL_POLICY' ? 'scp' : type === 'RESOURCE_CONTROL_POLICY' ? 'rcp' : undefined);
  }
  const query = has('PolicyVersion') ? 'PolicyVersion.Document' : has('Role') ? 'Role.AssumeRolePolicyDocument' : has('PolicyDocument') ? 'PolicyDocument' : has('Policy') ? 'Policy' : undefined;
  if (query !== undefined) return cliMessages.cliResponse(name, query);
  return undefined;
}

/**
 * Refuses request entries that name nothing AWS has (lint's reading: an unknown service, action or
 * condition key, a resource no ARN format fits), each given with `flag`: a decision on such a
 * request, or a check over it, answers no question (`simulate --action s3:GetObjekt --expect deny`
 * and `check access-not-granted --action s3:GetObjekt` passed for any policy). Entries listed with
 * `--uncataloged` (newer than the catalog) pass the catalog's checks.
 *
 * @example
 * ```ts
 * import { refuseUnnamed } from './io.js';
 * refuseUnnamed('--action', 'Action', ['s3:GetObject'], []); // returns
 * refuseUnnamed('--action', 'Action', ['s3:GetObjekt'], []); // throws UsageError
 * ```
 */
export async function refuseUnnamed(flag: string, element: 'Action' | 'Resource' | 'Condition', entries: readonly string[], uncataloged: readonly string[]): Promise<void> {
  if (entries.length === 0) return;
  const { firstEntryError } = await import('../lint/entries.js');
  const e = firstEntryError(element, entries, new Set(uncataloged.map((v) => v.toLowerCase())));
  if (e === undefined) return;
  const entry = entries[e.index]!;
  throw new UsageError(cliMessages.namesNothing(flag, entry, e.message, e.catalog));
}

/**
 * The one input `arg` names, for options and commands that take a single policy (`fit`, `diff`,
 * `check`, each policy flag of `simulate`). A directory or glob naming several files is a usage
 * error listing them: reading only the first (as was done) dropped the others unseen, so
 * `simulate --scp scps/` ignored a Deny SCP and `check access-not-granted pols/` passed while a
 * later file granted the access.
 *
 * @example
 * ```ts
 * import { processIo, resolveOneSource } from './io.js';
 * await resolveOneSource('policy.json', processIo()); // { name: 'policy.json', path: '/.../policy.json' }
 * ```
 */
export async function resolveOneSource(arg: string, io: Pick<Io, 'cwd'>, flag?: string): Promise<Source> {
  if (arg === '-') return { name: STDIN_NAME };
  const sources = await resolveSources([arg], io);
  // one policy: a folder of the walk that cannot be read may hold it, so any problem fails the whole command
  const problem = sources.find((s) => s.problem !== undefined)?.problem;
  if (problem !== undefined) throw problem;
  const [source] = sources;
  if (source === undefined) throw new CliError(cliMessages.notFound(arg));
  if (sources.length > 1) throw new UsageError(cliMessages.severalFiles(arg, sources.map((s) => s.name), flag));
  return source;
}

/**
 * Reads and parses one policy file (`-` for stdin); throws {@link CliError} (exit 2) when it cannot,
 * or when `arg` is a directory or glob naming several files (`flag` names the option in the message).
 * With `evaluated`, also when evaluate and analyze will not read it (an operator IAM rejects, an
 * empty NotResource, ...; docs/evaluation.md), naming the file.
 *
 * @example
 * ```ts
 * import { loadPolicyFile, processIo } from './io.js';
 * const io = processIo();
 * const boundary = await loadPolicyFile('boundary.json', 'boundary', io);
 * ```
 */
export async function loadPolicyFile(
  arg: string,
  kind: PolicyKind | undefined,
  io: Io,
  { evaluated = false, flag }: { readonly evaluated?: boolean; readonly flag?: string } = {},
): Promise<ParsedPolicy> {
  const source = await resolveOneSource(arg, io, flag);
  const policy = parseSource(await readSource(source, io), source.name, kind, io);
  if (policy === undefined) throw new CliError(cliMessages.notValidPolicy(source.name, kind ?? 'identity or resource'));
  if (evaluated) {
    // loaded only by the commands that evaluate (simulate, check, diff)
    const [{ readPolicy }, { PolicyParseError }] = await Promise.all([import('../evaluate/read.js'), import('../errors.js')]);
    try {
      readPolicy(policy);
    } catch (e) {
      if (!(e instanceof PolicyParseError)) throw e;
      throw new CliError(cliMessages.cannotEvaluate(source.name, e.issues));
    }
  }
  return policy;
}

/**
 * Writes a text file, creating its directory; a path whose folder is a file is a {@link CliError}
 * (exit 2). The file is replaced in one step (the text goes to a temporary file beside it, renamed
 * over it, with the file's mode): a write that fails part way (disk full, a file size limit) leaves
 * it as it was, where writing in place left it truncated, and so does a stop (on-stop.ts). Through a
 * symbolic link, the file it points to is replaced.
 *
 * @example
 * ```ts
 * import { writeText } from './io.js';
 * await writeText('out/read.json', '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}\n');
 * ```
 */
export async function writeText(path: string, text: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') throw new CliError(cliMessages.folderIsFile(path, dirname(path)));
    throw new CliError(cliMessages.cannotCreateFolder(path, (e as Error).message));
  }
  const target = await realpath(path).catch(() => path);
  await replaceFile(path, target, text, await stat(target).catch(() => undefined));
}

/**
 * The name of a temporary file beside `target` (same folder, so its rename cannot cross file
 * systems; hidden, named for this process), and what unregisters it: until then, the file is
 * removed if the CLI is stopped (SIGHUP, SIGINT, SIGTERM) or exits (on-stop.ts), where it stayed
 * in the folder for good, a policy cut short.
 */
function tempBeside(target: string): { readonly temp: string; readonly done: () => void } {
  const temp = join(dirname(target), `.${basename(target)}.typed-iam-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  return { temp, done: onStop(() => rmSync(temp, { force: true })) };
}

/**
 * Puts `text` in place of `target` in one step: a temporary file beside it ({@link tempBeside}),
 * given `before`'s mode and owner, then `check` (which may throw to keep `target` as it is), then
 * renamed over it. The temporary file is removed on any failure, and if the CLI is stopped.
 */
async function replaceFile(path: string, target: string, text: string, before: Stats | undefined, check?: () => Promise<void>): Promise<void> {
  const { temp, done } = tempBeside(target);
  try {
    await writeFile(temp, text, { encoding: 'utf8', flag: 'wx' });
    if (before !== undefined) {
      await chmod(temp, before.mode & 0o7777);
      await chown(temp, before.uid, before.gid).catch(() => undefined);
    }
    await check?.();
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    if (e instanceof CliError) throw e;
    throw new CliError(cliMessages.cannotWrite(path, (e as Error).message, 'left'));
  } finally {
    done();
  }
}

/** Why {@link rewriteFile} left a file as it was: it is read-only, or it changed after it was read. */
export class RewriteRefused extends CliError {
  override readonly name = 'RewriteRefused';
  readonly code: 'READ_ONLY' | 'CHANGED_DURING_WRITE';
  constructor(message: string, code: RewriteRefused['code']) {
    super(message, 2);
    this.code = code;
  }
}

/** Test seams of {@link rewriteFile}. */
export interface RewriteHooks {
  /** Runs after the new text is in its temporary file, just before the file is compared and replaced. */
  readonly beforeReplace?: () => void | Promise<void>;
}

/**
 * Replaces an existing file that was read as `read` (the text {@link readSource} gave, a byte-order
 * mark kept) with `text`, for `fmt --write`: in one step, as {@link writeText} does (a temporary
 * file beside it, given its mode and owner, renamed over it; removed on failure), through a symbolic
 * link to the file it points to, and only when that is safe. Throws {@link RewriteRefused} (exit 2)
 * and leaves the file as it is when it is read-only (no write permission for this user, or none for
 * anyone: `chmod a-w` marks a file not to be changed, which root's permission would pass over;
 * `READ_ONLY`), or when it no longer holds `read` just before the rename: an editor or another tool
 * changed it (or removed it) while it was formatted, and replacing it would lose that change
 * (`CHANGED_DURING_WRITE`). A change in the instant between that comparison and the rename is not
 * seen. Other failures are a {@link CliError} naming the file.
 *
 * @example
 * ```ts
 * import { rewriteFile } from './io.js';
 * const read = '{"Version":"2012-10-17","Statement":[]}';
 * await rewriteFile('policy.json', '{\n  "Version": "2012-10-17",\n  "Statement": []\n}\n', read);
 * ```
 */
export async function rewriteFile(path: string, text: string, read: string, hooks: RewriteHooks = {}): Promise<void> {
  let target: string;
  let before: Stats;
  try {
    target = await realpath(path);
    before = await stat(target);
  } catch (e) {
    // gone since it was read (removed, or a link now leading nowhere)
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new RewriteRefused(cliMessages.changedDuringWrite(path), 'CHANGED_DURING_WRITE');
    throw new CliError(cliMessages.cannotWrite(path, (e as Error).message, 'left'));
  }
  if ((before.mode & 0o222) === 0 || !(await access(target, fsConstants.W_OK).then(() => true, () => false)))
    throw new RewriteRefused(cliMessages.readOnly(path), 'READ_ONLY');
  await replaceFile(path, target, text, before, async () => {
    await hooks.beforeReplace?.();
    // read again as readSource read it (strict UTF-8, a byte-order mark kept): the whole text, not size and time
    const now = await readFile(target).then(
      (bytes) => {
        const r = utf8Text(bytes);
        return 'text' in r ? withBom(bytes, r.text) : undefined;
      },
      () => undefined,
    );
    if (now !== read) throw new RewriteRefused(cliMessages.changedDuringWrite(path), 'CHANGED_DURING_WRITE');
  });
}

/**
 * Writes several files as one set (the parts of `typed-iam fit`): every text goes to a temporary
 * file beside its target first, and only when all are written are they renamed over the targets, so
 * a write that fails (disk full, a file size limit) leaves no part of the new set beside the old one:
 * a deploy reading every part applied a mix of two splits, or fewer parts than the policy has. Throws
 * {@link CliError} (exit 2) naming the file that failed.
 *
 * @example
 * ```ts
 * import { writeTextSet } from './io.js';
 * await writeTextSet([{ path: 'out/p-1.json', text: '{}\n' }, { path: 'out/p-2.json', text: '{}\n' }]);
 * ```
 */
export async function writeTextSet(files: readonly { readonly path: string; readonly text: string }[]): Promise<void> {
  const staged: { temp: string; done: () => void; target: string; path: string }[] = [];
  // on a failure, the temporary files made so far (a rename done is a file written: its temp is gone)
  const removeStaged = () => Promise.all(staged.map((s) => rm(s.temp, { force: true }).catch(() => undefined)));
  try {
    try {
      for (const { path, text } of files) {
        try {
          await mkdir(dirname(path), { recursive: true });
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code === 'EEXIST' || code === 'ENOTDIR') throw new CliError(cliMessages.folderIsFile(path, dirname(path), 'no part'));
          throw new CliError(cliMessages.cannotCreateFolder(path, (e as Error).message, 'no part'));
        }
        const target = await realpath(path).catch(() => path);
        const { temp, done } = tempBeside(target);
        staged.push({ temp, done, target, path });
        try {
          await writeFile(temp, text, { encoding: 'utf8', flag: 'wx' });
        } catch (e) {
          throw new CliError(cliMessages.cannotWrite(path, (e as Error).message, 'no part'));
        }
      }
    } catch (e) {
      await removeStaged();
      throw e;
    }
    const written: string[] = [];
    for (const s of staged) {
      try {
        await rename(s.temp, s.target);
        written.push(s.path);
      } catch (e) {
        await removeStaged();
        throw new CliError(cliMessages.cannotWrite(s.path, (e as Error).message, { written }));
      }
    }
  } finally {
    // each temporary file renamed or removed: none to remove if the CLI is stopped now
    for (const s of staged) s.done();
  }
}

/**
 * True when `name` can be a file name inside a folder: not empty, no `/` or `\`, not `.` or `..`,
 * no NUL, not absolute. `typed-iam build` names files after exports, which a module may spell
 * `"../../escaped"`.
 *
 * @example
 * ```ts
 * import { isPlainFileName } from './io.js';
 * isPlainFileName('readDocs'); // true
 * isPlainFileName('../../escaped'); // false
 * ```
 */
export function isPlainFileName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name) && !isAbsolute(name) && !name.includes('..');
}

/**
 * `path` resolved against `dir`, or `undefined` when it would land outside `dir`.
 *
 * @example
 * ```ts
 * import { insideDir } from './io.js';
 * insideDir('/out', 'a.json'); // '/out/a.json'
 * insideDir('/out', '../a.json'); // undefined
 * ```
 */
export function insideDir(dir: string, path: string): string | undefined {
  const base = resolve(dir);
  const full = resolve(base, path);
  const rel = relative(base, full);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? undefined : full;
}

/**
 * The worse of two exit codes (2 over 1 over 0).
 *
 * @example
 * ```ts
 * import { worst } from './io.js';
 * worst(1, 2); // 2
 * ```
 */
export function worst(a: ExitCode, b: ExitCode): ExitCode {
  return a > b ? a : b;
}

/**
 * The text to write for a policy: indented with a final newline when that fits `target` (default:
 * the policy's own), else compact when that fits (targets that count whitespace), else `undefined`.
 *
 * @example
 * ```ts
 * import { allow, policy } from 'typed-iam';
 * import { policyFileText } from './io.js';
 * policyFileText(policy.identity(allow('s3:GetObject').on('*')), 'managed', false); // '{\n  "Version": ...'
 * ```
 */
export function policyFileText(policy: Pick<Policy, 'size' | 'toString' | 'defaultTarget'>, target: SizeTargetName | SizeTarget | undefined, compact: boolean): string | undefined {
  const t = target ?? policy.defaultTarget;
  const counts = (typeof t === 'string' ? SIZE_TARGETS[t] : t).whitespaceCounts;
  if (!compact && policy.size(t, { pretty: true }).fits) return `${policy.toString({ pretty: true, target: t })}${counts ? '' : '\n'}`;
  if (policy.size(t).fits) return policy.toString({ target: t });
  return undefined;
}
