/**
 * Wording of every message of the command line, in one place, grouped by where it is said: errors
 * thrown as `UsageError` and `CliError`, what goes to stderr (notes, progress and summaries), the
 * prose lines of stdout and the texts of findings. Messages are one line: what is wrong, then what
 * to do; a message that matches a documented code ends with it (`[READ_ONLY]`). `--help` has its own
 * text (help.ts); the layout of results (tables, rows, JSON, SARIF) stays with each command.
 *
 * Imports nothing at run time: loaded by the commands only, never by `--version` or `--help`.
 */
import type { Palette } from './colour.js';
import type { FitStep } from '../optimize/index.js';
import type { PolicyIssue, SizeReport } from '../index.js';

/**
 * Why Node could not import a TypeScript module itself: it does not strip types, or its strip-only
 * mode refused a `.tsx` file, syntax that needs a transform, or a `./x.js` import naming `x.ts`.
 */
export type NodeRefusal =
  | { readonly kind: 'no-stripping' }
  | { readonly kind: 'tsx'; readonly file: string }
  | { readonly kind: 'syntax'; readonly detail: string }
  | { readonly kind: 'js-specifier'; readonly missing: string; readonly source: string };

/** Why Node could not import the module, and the fix besides a compiler API that the case has. */
function refusalWords(refusal: NodeRefusal, nodeVersion: string): readonly [why: string, instead: string] {
  switch (refusal.kind) {
    case 'no-stripping':
      return [`Node ${nodeVersion} does not run TypeScript by itself`, 'use a Node version that strips types (22.18 or later)'];
    case 'tsx':
      return [`Node ${nodeVersion} strips types from .ts and .mts files, not from ${refusal.file}`, 'rename it to .ts if it has no JSX'];
    case 'syntax':
      return [
        `Node ${nodeVersion} strips types only and refused it (${refusal.detail})`,
        'use erasable syntax only (no enum, namespace or parameter property; tsconfig "erasableSyntaxOnly" reports them)',
      ];
    case 'js-specifier':
      return [
        `Node ${nodeVersion} strips types only and does not resolve ${refusal.missing} to ${refusal.source}`,
        'import the .ts file by its own name (tsconfig "rewriteRelativeImportExtensions" keeps tsc\'s output working)',
      ];
  }
}

/** The build manifest's file name inside `--out` (hidden: a directory walk skips it, and it is no `*.json` policy). */
export const BUILD_MANIFEST = '.typed-iam-build.manifest';

/** The build lock's file name inside `--out` (hidden, as the manifest: no walk or `*.json` glob takes it for a policy). */
export const BUILD_LOCK = '.typed-iam-build.lock';

/** `a.json, b.json, c.json, d.json, e.json and 3 more`. */
function shown(names: readonly string[]): string {
  return `${names.slice(0, 5).join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''}`;
}

/** What an input that is not a regular file is. */
const NOT_A_FILE = {
  fifo: 'a named pipe (FIFO)',
  'character device': 'a character device',
  'block device': 'a block device',
  socket: 'a socket',
  directory: 'a directory',
  other: 'not a regular file',
} as const;

/** `1 file`, `2 files`. */
function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * What became of the files when a write failed, ending the message: the file `left` as it was,
 * `nothing` written into `--out`, `no part` of a set written, or only the parts `written` so far.
 */
export type WriteOutcome = 'left' | 'nothing' | 'no part' | { readonly written: readonly string[] };

function outcome(then: WriteOutcome): string {
  if (then === 'left') return 'it was left as it was';
  if (then === 'nothing') return 'nothing was written';
  if (then === 'no part' || then.written.length === 0) return 'no part was written';
  return `only ${then.written.join(', ')} ${then.written.length === 1 ? 'was' : 'were'} written: the set is incomplete`;
}

/** Who holds a build lock, as its file says. */
export interface LockOwner {
  readonly pid: number;
  readonly hostname: string;
  /** ISO 8601. */
  readonly started: string;
}

const ownerText = (o: LockOwner) => `pid ${o.pid} on ${o.hostname}, started ${o.started}`;
/** Why a lock is stale: the build it names no longer runs, or it names none and is older than `staleSeconds`. */
const staleLock = (owner: LockOwner | undefined, staleSeconds: number) =>
  owner === undefined ? `names no build and is over ${staleSeconds} seconds old (its build was stopped while it made it)` : `names a build that is no longer running (${ownerText(owner)})`;

/** Why `fmt --write` left files as they were, with their numbers. */
export interface NotRewritten {
  readonly links: number;
  readonly readOnly: number;
  readonly changed: number;
}

export const cliMessages = {
  // typed-iam itself (main.ts): an unknown command, and how a command's failure is framed on stderr
  unknownCommand: (word: string, commands: readonly string[]) => `typed-iam: unknown command "${word}". Commands: ${commands.join(', ')}. Run typed-iam --help.`,
  /** A wrong command line: the message, then (a line of its own, the same for every usage error) where the usage is. */
  usage: (command: string, message: string) => `typed-iam ${command}: ${message}\nRun typed-iam ${command} --help for usage.`,
  failed: (command: string, message: string) => `typed-iam ${command}: ${message}`,
  /** A bug: the stack follows on the next lines, for the report. */
  unexpected: (command: string, stack: string) => `typed-iam ${command}: unexpected error; please report it with the command line.\n${stack}`,
  /** The message of a JSON or SARIF error document when the command said nothing on stderr. */
  failedSilently: (command: string) => `typed-iam ${command} failed.`,

  // options of every command (args.ts), and option values more than one command checks
  givenTwice: (flag: string, first: string | undefined, second: string | undefined) =>
    `--${flag} is given twice (${JSON.stringify(first)} and ${JSON.stringify(second)}); it takes one value: give it once.`,
  notOneOf: (flag: string, value: string, allowed: readonly string[]) => `${flag} "${value}" is not valid; use one of: ${allowed.join(', ')}.`,
  limitNeedsTarget: '--limit needs --target: name the target whose quota your account raised (for example --target trust --limit 4096).',
  badLimit: (limit: string, unit: string) => `--limit "${limit}" is not valid; give a whole number above 0, in the target's unit (${unit}).`,
  /** `--timeout` (in milliseconds) and the numbers of `cdk check`. */
  notPositiveWhole: (flag: string, value: string, unit?: 'milliseconds') => `${flag} "${value}" is not a positive whole number${unit === undefined ? '' : ` of ${unit}`}.`,
  /** Two options that exclude each other (fmt --check/--write, size --compact/--pretty, simulate --resource-policy/--trust). */
  notBoth: (a: string, b: string) => `Give either ${a} or ${b}, not both.`,
  /** `to`: what the command does with them (lint, measure, format). */
  giveInputs: (to: string) => `Give at least one file, directory or glob to ${to}, or - for stdin.`,
  stdinTwice: '"-" (stdin) can be given only once.',
  /** `--out ""` of build and fit; `forWhat` ends the sentence. */
  emptyOut: (forWhat: string) => `--out "" names no folder (an unset variable?); give the folder for ${forWhat}`,

  // inputs (io.ts): arguments that name no readable file, and what a file holds instead of a policy
  emptyArgument: 'An empty argument names no file (an unset variable?); give a file, directory or glob, or - for stdin.',
  folderUnreadable: (folder: string, code: string) =>
    `${folder}: cannot read this folder (${code}); its files would not be checked. Make it readable (chmod u+rx, as its owner) to check them.`,
  linkNotFollowed: (link: string) => `${link}: a symbolic link to a folder, not followed (it may loop or lead out of the tree); name it to include its files: ${link}/`,
  noGlobMatch: (arg: string) => `${arg}: no file matches this pattern. Quote the pattern so the shell does not expand it, and check the path.`,
  noJsonInFolder: (arg: string) =>
    `${arg}: no .json files in this directory; nothing would be checked. A directory gives its *.json files only: name policy files of another extension, or a glob matching them.`,
  notFound: (arg: string) => `${arg}: file not found.`,
  brokenLink: (arg: string) => `${arg}: file not found (a symbolic link to a path that does not exist).`,
  linkLoop: (arg: string) => `${arg}: a loop of symbolic links; not read. Point the link at the policy file itself.`,
  pathTooLong: (arg: string) => `${arg}: the path is too long for the file system (ENAMETOOLONG); not read. Give a shorter path to it (relative, or through a shorter link).`,
  cannotRead: (name: string, detail: string) => `${name}: cannot be read (${detail}).`,
  /** `bytes`: the size, or `more than <max>` for stdin. */
  tooLarge: (name: string, bytes: string, maxLength: number, maxBytes: number) =>
    `${name}: ${bytes} bytes, too large to be a policy (policy text is at most ${maxLength} characters, so at most ${maxBytes} bytes of UTF-8); not read. [INPUT_TOO_LARGE]`,
  notAFile: (name: string, kind: keyof typeof NOT_A_FILE) =>
    `${name} is ${NOT_A_FILE[kind]}, not a regular file; it is not read (it could block or never end). Pipe it to "-" (stdin) instead: typed-iam ... - < ${name}`,
  /** A parse issue: `file:line:column: message [CODE at path]`, the file alone when the issue has no position. */
  issue: (p: Palette, name: string, issue: Pick<PolicyIssue, 'line' | 'column' | 'message' | 'code' | 'path'>) =>
    `${p.bold(issue.line === undefined ? name : `${name}:${issue.line}:${issue.column ?? 1}`)}: ${issue.message} ${p.dim(`[${issue.code}${issue.path ? ` at ${issue.path}` : ''}]`)}`,
  notUtf8: (name: string, line: number, column: number, byte: string, offset: number) =>
    `${name}:${line}:${column}: not UTF-8 text (byte 0x${byte} at offset ${offset}); IAM reads policies as UTF-8, so save the file as UTF-8.`,
  cloudFormationTemplate: (name: string) => `${name} is a CloudFormation template, not a policy: check the policies in it with typed-iam cdk check ${name}.`,
  serverlessService: (name: string) =>
    `${name} is a Serverless Framework service file, not a policy: run serverless package and check the policies of the template it writes with typed-iam cdk check .serverless/cloudformation-template-update-stack.json.`,
  terraformPlan: (name: string) =>
    `${name} is a Terraform plan or state (terraform show -json): typed-iam lint ${name} checks each of its policies; here give one alone, such as terraform output -json <name> or jq -r '.resource_changes[] | select(.address == "ADDRESS") | .change.after.policy' (a JSON string holding the policy is read as the policy).`,
  terraformKind: (name: string) =>
    `${name} is a Terraform plan or state: each of its policies is linted as the kind and against the size target its resource type gives it (aws_iam_role's assume_role_policy a trust policy, aws_organizations_policy an SCP or RCP, ...); leave out --kind, --target, --limit and --attached-to.`,
  unsupportedFormat: (name: string, message: string) => `${name}: ${message} [UNSUPPORTED_FORMAT]`,
  authorizationDetails: (name: string) =>
    `${name} is the output of aws iam get-account-authorization-details, not a policy: typed-iam lint ${name} checks each of its policies; here give one alone, e.g. jq '.RoleDetailList[] | select(.RoleName == "NAME") | .RolePolicyList[0].PolicyDocument' (trust: .AssumeRolePolicyDocument; managed: .Policies[].PolicyVersionList[] | select(.IsDefaultVersion) | .Document).`,
  authorizationDetailsKind: (name: string) =>
    `${name} is the output of aws iam get-account-authorization-details: each of its policies is linted as its kind (inline identity, trust, managed, boundary) and target, and what each managed policy is attached to; leave out --kind, --target, --limit and --attached-to.`,
  organizationsPolicy: (name: string, kind: string | undefined) =>
    `${name} holds a whole aws organizations describe-policy response, not a policy: select the policy with --query Policy.Content --output text${kind === undefined ? '' : ` and lint it with --kind ${kind}`}.`,
  cliResponse: (name: string, query: string) => `${name} holds a whole AWS CLI response, not a policy: select the policy with --query ${query} --output json.`,
  /** `why`: lint's finding on the entry; `catalog`: the finding is the catalog's (the entry may be newer than it). */
  namesNothing: (flag: string, entry: string, why: string, catalog: boolean) =>
    `${flag} ${JSON.stringify(entry)} names nothing AWS has (no real request holds it, and a deny or a passed check would prove nothing): ${why}${catalog ? ` If it is newer than typed-iam's catalog, pass --uncataloged ${JSON.stringify(entry)}.` : ''}`,
  /** Where one policy is taken (`flag`, or a positional argument), `arg` names several files. */
  severalFiles: (arg: string, names: readonly string[], flag: string | undefined) =>
    `${flag === undefined ? '' : `${flag} `}"${arg}" names ${names.length} files (${shown(names)}); give one policy file${flag === undefined ? '' : ` per ${flag} (repeat ${flag} where several are taken)`}.`,
  notValidPolicy: (name: string, kind: string) => `${name} is not a valid ${kind} policy (see above).`,
  /** The issues evaluate found, each `path: message` (the messages say what to change). */
  cannotEvaluate: (name: string, issues: readonly { readonly path: string; readonly message: string }[]) =>
    `${name} cannot be evaluated: ${issues.map((i) => `${i.path === '' ? '' : `${i.path}: `}${i.message}${/[.!?]$/.test(i.message) ? '' : '.'}`).join(' ')}`,

  // writing files (io.ts: build's files, fit's parts, fmt --write)
  folderIsFile: (path: string, folder: string, then?: WriteOutcome) =>
    `Cannot write ${path}: ${folder} (or a folder above it) is a file, not a folder${then === undefined ? '' : `; ${outcome(then)}`}.`,
  /** `detail`: the system's message, which ends the sentence unless `then` follows. */
  cannotCreateFolder: (path: string, detail: string, then?: WriteOutcome) => `Cannot create the folder of ${path}: ${detail}${then === undefined ? '' : `; ${outcome(then)}.`}`,
  cannotWrite: (path: string, detail: string, then?: WriteOutcome) => `Cannot write ${path}: ${detail}${then === undefined ? '' : `; ${outcome(then)}.`}`,
  /** Files (fit's parts) that exist already. */
  existsAlready: (paths: readonly string[]) => `${paths.join(', ')} exist${paths.length === 1 ? 's' : ''} already; pass --force to overwrite.`,

  // lint
  /** The summary on stderr: `files` inputs, `unread` of them not read, `total` findings, `bySeverity` such as `2 error`. */
  lintSummary: (p: Palette, files: number, unread: number, total: number, bySeverity: readonly string[]) => {
    const inputs = `${count(files, 'file')}${unread === 0 ? '' : ` (${unread} not read)`}`;
    if (total === 0 && unread === 0) return p.green(`${inputs}: no findings`);
    return `${inputs}: ${total === 0 ? 'no' : total} finding${total === 1 ? '' : 's'}${total === 0 ? '' : ` (${bySeverity.join(', ')})`}`;
  },
  /** SARIF's notification for an input that is not JSON. */
  notJsonNotification: (code: string, message: string) => `${code}: ${message}`,

  // size
  /** The error row of `--json` when no issue said why. */
  notMeasured: (name: string) => `${name} could not be read as a policy.`,

  // fmt
  writeStdin: '--write cannot rewrite stdin; leave out --write to print the result.',
  symbolicLink: (name: string) => `${name} is a symbolic link; not rewritten. Pass --follow to rewrite the file it points to.`,
  formatted: (name: string) => `formatted ${name}`,
  /** fmt without --write or --check, given `names` (more than one input). `arg`: the one argument that named them all, if so. */
  severalToPrint: (names: readonly string[], arg: string | undefined) =>
    `Without --write or --check, fmt prints one policy (one JSON document), and ${arg === undefined ? 'the arguments name' : `"${arg}" names`} ${names.length} inputs (${shown(names)}); pass --write to rewrite them in place or --check to list those not formatted, or give one file.`,
  readOnly: (name: string) =>
    `${name} is read-only (no write permission for you, or for anyone); not rewritten. Make it writable (chmod u+w, as its owner) to format it in place. [READ_ONLY]`,
  changedDuringWrite: (name: string) =>
    `${name} changed (or was removed) while typed-iam formatted it; not rewritten, so the change is kept. Run typed-iam fmt --write again. [CHANGED_DURING_WRITE]`,
  /** `--check`'s summary: `files` inputs, `unread` of them not read or not valid, `changed` not formatted. */
  fmtChecked: (files: number, unread: number, changed: number) => `${fmtInputs(files, unread)} checked, ${changed} not formatted${changed > 0 ? ' (typed-iam fmt --write fixes them)' : ''}.`,
  /** `--write`'s summary. */
  fmtWritten: (files: number, unread: number, rewritten: number, kept: NotRewritten, failed: number) =>
    `${fmtInputs(files, unread)} checked, ${rewritten} rewritten${notRewritten(kept)}${failed > 0 ? `, ${failed} could not be written` : ''}.`,

  // expand
  givePattern: 'Give at least one action pattern, such as "s3:Get*".',
  notPattern: (arg: string) => `"${arg}" is not an action pattern; write service:Action, such as "s3:Get*" (or "*").`,
  /** `didYouMean`: the catalog's ` Did you mean ...?`, or '' when it has nothing near. */
  noActionMatches: (pattern: string, catalogDate: string, didYouMean: string) =>
    `No action matches "${pattern}" (AWS catalog of ${catalogDate}).${didYouMean === '' ? ' Check the spelling, or update typed-iam if the action is newer than its catalog.' : didYouMean}`,

  // simulate
  contextNotKeyValue: (entry: string) => `--context "${entry}" is not key=value; write it like --context aws:SourceIp=203.0.113.7.`,
  unexpectedArgument: (arg: string) => `Unexpected argument "${arg}"; policies are given with --policy, --resource-policy, ...`,
  actionRequired: '--action is required, such as --action s3:GetObject.',
  notOneAction: (action: string) =>
    `--action ${JSON.stringify(action)} is not one action; give service:Action without wildcards, such as s3:GetObject (typed-iam expand lists the actions a pattern matches).`,
  emptyResource: '--resource is empty; give a resource ARN, or leave it out for "*".',
  emptyPrincipal: '--principal is empty; give the caller (an ARN, account id or service principal), --principal anonymous for an anonymous request, or leave it out.',
  notAccountId: (flag: string, value: string) => `${flag} ${JSON.stringify(value)} must be a 12-digit account id, such as 111122223333.`,
  givePolicy: 'Give at least one policy: --policy, --resource-policy, --trust, --boundary, --session, --scp, --rcp or --endpoint-policy.',
  /** stdout, before the decision, when simulate chose the caller. */
  assumedCaller: (arn: string) => `caller: ${arn} (no --principal: a same-account role holding the --policy identity policies, as simulate-custom-policy evaluates)`,
  notExpected: (expected: string, decision: string) => `Expected ${expected}, got ${decision}.`,
  /** A statement a decision or a check names (indices from 0): `identity policy 1, statement 2 (ReadDocs)`, `scp level 1 policy 1, ...`. */
  statementAt: (s: { readonly policy: string; readonly level?: number | undefined; readonly policyIndex: number; readonly statementIndex: number; readonly sid?: string | undefined }) =>
    `${s.policy}${s.level === undefined ? '' : ` level ${s.level + 1}`} policy ${s.policyIndex + 1}, statement ${s.statementIndex + 1}${s.sid === undefined ? '' : ` (${s.sid})`}`,

  // fit
  badMaxParts: (value: string) => `--max-parts "${value}" is not valid; give a whole number above 0 (20 for a role whose managed policy quota is raised to 20).`,
  givePolicyFile: 'Give exactly one policy file (or - for stdin).',
  /** The library's size or quota error on `name` (its message may list the quotas, a line each). */
  cannotFit: (p: Palette, name: string, message: string) => `${p.bold(name)}: ${message}`,
  /** Follows {@link cliMessages.cannotFit}'s list of quotas when one is the number of attached policies. */
  raiseMaxParts: '  With a raised quota, pass it as --max-parts <n>.',
  /** The first progress line on stderr: the policy's size before fitting. */
  fitStart: (name: string, length: number, unit: string, limit: number, target: string) => `${name}: ${length} ${unit}, limit ${limit} (${target})`,
  /** A progress line on stderr per step (indented below {@link cliMessages.fitStart}). */
  fitStep: (step: FitStep, unit: string) =>
    step.step === 'split'
      ? `  split: ${count(step.parts, 'part')} (${step.lengths.join(', ')} ${unit})`
      : `  ${step.step}: ${step.lengthBefore} -> ${step.lengthAfter} ${unit}, ${step.statementsBefore} -> ${step.statementsAfter} statements`,
  removedPart: (file: string, parts: number) => `removed ${file}: a part of an earlier run (this run wrote ${parts}).`,
  cannotRemovePart: (file: string, parts: number, detail: string) =>
    `Cannot remove ${file}, a part of an earlier run (this run wrote ${parts}): ${detail}; remove it before deploying the parts.`,

  // build: the module
  giveModule: 'Give exactly one module, such as src/policies.ts.',
  outRequired: '--out <dir> is required: the folder for the JSON files.',
  cannotImport: (module: string, detail: string) => `Cannot import ${module}: ${detail}`,
  moduleNotFound: (module: string) => `Module not found: ${module}; check the path (relative to the working directory).`,
  noPolicies: (module: string, exports: readonly string[]) =>
    `${module} exports no typed-iam policies (exports: ${exports.join(', ') || 'none'}). Export the values made by policy.identity(...), parsePolicy(...), ...`,
  cts: (file: string) => `${file}: .cts (CommonJS TypeScript) modules are not supported; use .ts or .mts.`,
  noTypeScriptApi: (file: string, nodeVersion: string, from: string, refusal: NodeRefusal, withoutApi: string | undefined) => {
    const [why, instead] = refusalWords(refusal, nodeVersion);
    const found =
      withoutApi === undefined
        ? `no "typescript" package was found from ${from}`
        : `the "typescript" package found from ${from} is ${withoutApi}, which has no compiler API to transpile with (TypeScript 7 ships its native compiler only)`;
    const install =
      withoutApi === undefined
        ? 'Install it in your project (npm install --save-dev typescript@6: TypeScript 7 has no compiler API to transpile with)'
        : "Install Microsoft's TypeScript 6 API package beside it (npm install --save-dev @typescript/typescript6)";
    return `Cannot import ${file}: ${why}, and ${found}. ${install}, ${instead}, or compile the module to JavaScript and build that.`;
  },
  noTempFolder: (folder: string, detail: string) =>
    `Cannot create a temporary folder in ${folder} to compile TypeScript: ${detail}; make the folder writable, or compile the module to JavaScript and build that.`,

  // build: the files of the exports
  exportOutside: (p: Palette, name: string, out: string) =>
    `${p.bold(JSON.stringify(name))}: not written: an export name with "/", "\\", ".." or an absolute path would write outside --out ${out}. Rename the export.`,
  exportOverLimit: (p: Palette, name: string, r: Pick<SizeReport, 'over' | 'length' | 'limit' | 'unit' | 'target'>) =>
    `${p.bold(name)}: ${p.red(`over by ${r.over}`)}: ${r.length} / ${r.limit} ${r.unit} (${String(r.target)}); not written. Run typed-iam fit on it or split(policy, target) in code.`,

  // build: --out's manifest (files of earlier builds) and its lock (one build at a time)
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
  /**
   * Another build holds `--out`'s lock: `owner` as the lock names it (undefined when it names no
   * build: it is being written, or not one typed-iam wrote), `here` when it runs on this host.
   */
  outLocked: (lock: string, owner: LockOwner | undefined, here: boolean, staleSeconds = 10) =>
    `${lock}: ${
      owner === undefined
        ? `another typed-iam build into this folder holds this lock (it names no build: it may be starting; such a lock is taken over once it is ${staleSeconds} seconds old)`
        : here
          ? `another typed-iam build into this folder is running (${ownerText(owner)})`
          : `another typed-iam build into this folder holds this lock (${ownerText(owner)}; another host, so whether it still runs is not known here)`
    }; nothing was written. Wait for it to finish, or delete ${lock} if no build is running. [OUT_LOCKED]`,
  lockTakenOver: (lock: string, owner: LockOwner | undefined, staleSeconds = 10) =>
    owner === undefined
      ? `${lock}: taken over: it named no build and was over ${staleSeconds} seconds old (its build was stopped while it made it).`
      : `${lock}: taken over from a build that is no longer running (${ownerText(owner)}); it stopped before removing its lock.`,
  /**
   * The lock names a build of this host that no longer runs, and another build's claim on it
   * (`claim`, naming `claimer` when it names a build) stayed while this one waited: a claim is taken
   * over when the build it names no longer runs, or, naming none, after `staleSeconds`.
   */
  lockBeingTakenOver: (lock: string, owner: LockOwner | undefined, claim: string, claimer?: LockOwner, staleSeconds = 10) =>
    `${lock}: ${staleLock(owner, staleSeconds)}, and another build is taking it over (${claim}${claimer === undefined ? '' : `, made by ${ownerText(claimer)}`}); nothing was written. Build again: ${
      claimer === undefined ? `a claim that names no build is taken over once it is ${staleSeconds} seconds old` : `a claim is taken over once the build it names no longer runs; if that build is stopped (suspended), end it, or delete ${claim} and ${lock} if no build is running`
    }. [OUT_LOCKED]`,
  /** A stale lock that cannot be taken over: the file that claims it could not be made (`code`). */
  cannotTakeOver: (lock: string, owner: LockOwner | undefined, code: string, staleSeconds = 10) =>
    `${lock}: ${staleLock(owner, staleSeconds)}, but it cannot be taken over here (its claim file could not be made: ${code}); nothing was written. Delete ${lock} if no build is running, and build again. [OUT_LOCKED]`,
  /** The build was stopped by `signal` while it held its lock, which was removed. */
  lockRemovedOnSignal: (lock: string, signal: string) =>
    `typed-iam build: stopped by ${signal}; ${lock} removed. Files written before it stay; build again to finish writing the folder and its manifest.`,

  // diff and check
  giveTwoPolicies: 'Give two policy files: typed-iam diff before.json after.json.',
  /** stdout, after the rows, when not every request could be compared. */
  diffIncomplete: (reasons: readonly string[]) => `unknown: ${reasons.join('; ')}`,
  nameCheck: (checks: readonly string[]) => `Name a check: ${checks.join(', ')}.`,
  giveCheckedFile: 'Give one policy file to check, after the options.',
  needsExisting: 'no-new-access needs --existing <file>: the policy to compare with.',
  needsQuery: 'access-not-granted needs --action and/or --resource.',
  notActionPattern: (action: string) => `--action ${JSON.stringify(action)} is not an action or action pattern; write service:Action, such as iam:PassRole or s3:Get*.`,
  needsResourceType: 'no-public-access needs --resource-type, such as --resource-type s3-bucket.',
  /** A SARIF result's text: the reason, and the request that shows it. */
  witnessed: (reason: string, witness: unknown) => `${reason} Witness: ${JSON.stringify(witness)}`,

  // cdk check and cdk diff
  giveSubcommand: 'Give a subcommand: check or diff.',
  unknownSubcommand: (sub: string) => `Unknown subcommand "${sub}"; use check or diff.`,
  badTokenLength: (value: string) => `--token-length "${value}" must be <key>=<length>, for example AWS::Region=9.`,
  giveAssembly: 'Give the cdk.out directory of a synthesised app (or a template file).',
  /** `--sizes`: a policy's size in its template (`construct`); `at most` when tokens make it vary. */
  templateSize: (
    construct: string,
    property: string,
    s: { readonly longest: number; readonly shortest: number; readonly limit: number; readonly unit: string; readonly target: string; readonly aggregate?: { readonly entity: string } | undefined },
  ) =>
    `${construct} size ${property}: ${s.longest === s.shortest ? '' : 'at most '}${s.longest} of ${s.limit} ${s.unit} (${s.target}${s.aggregate === undefined ? '' : `, inline policies of ${s.aggregate.entity} together`})`,
  /** A SARIF result's text: the construct, then the finding. */
  atConstruct: (construct: string, message: string) => `${construct}: ${message}`,
  cdkCheckSummary: (p: Palette, templates: number, policies: number, findings: number, bySeverity: readonly string[], suppressed: number) => {
    const head = `${count(templates, 'template')}, ${count(policies, 'policy', 'policies')}`;
    const tail = suppressed > 0 ? `; ${suppressed} suppressed` : '';
    return findings === 0 ? p.green(`${head}: no findings${tail}`) : `${head}: ${count(findings, 'finding')} (${bySeverity.join(', ')})${tail}`;
  },
  giveTwoAssemblies: 'Give two cloud assemblies: typed-iam cdk diff <before/cdk.out> <after/cdk.out>.',
  /** stdout, below a construct's rows. */
  notCompared: (reasons: readonly string[]) => `  ? not every request could be compared: ${reasons.join('; ')}`,
  cdkDiffSummary: (p: Palette, changed: number, withAdded: number) =>
    changed === 0 ? p.green('no access added or removed') : `${count(changed, 'construct')} changed: ${withAdded} with access added`,
} as const;

/** `3 files`, `3 files (1 not read or not a valid policy)`: an input that was not read is not a formatted file. */
function fmtInputs(files: number, unread: number): string {
  return `${count(files, 'file')}${unread === 0 ? '' : ` (${unread} not read or not a valid policy)`}`;
}

/** `, 3 not rewritten (1 symbolic link, 2 read-only)`; one reason alone reads `(a symbolic link)`, `(read-only)`; nothing when none. */
function notRewritten(kept: NotRewritten): string {
  const reasons: [number, string, string][] = [
    [kept.links, 'a symbolic link', 'symbolic links'],
    [kept.readOnly, 'read-only', 'read-only'],
    [kept.changed, 'changed while formatted', 'changed while formatted'],
  ];
  const present = reasons.filter(([n]) => n > 0);
  const total = present.reduce((sum, [n]) => sum + n, 0);
  if (total === 0) return '';
  if (present.length === 1) {
    const [[n, one, many]] = present as [[number, string, string]];
    return `, ${n} not rewritten (${n === 1 ? one : many})`;
  }
  return `, ${total} not rewritten (${present.map(([n, one, many]) => `${n} ${n === 1 ? one.replace(/^a /, '') : many}`).join(', ')})`;
}
