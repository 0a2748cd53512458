/**
 * Reads a synthesised cloud assembly (`cdk.out`): the stack templates (nested stacks and stages
 * included) with construct paths, environments and exports. Node file system only; no aws-cdk-lib.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { entityHolders, expanded, inlineMembers, isRecord as isObject, logsPoliciesOf, managedAttachments, readContext, resourceCondition, sectionsProblem, templateProblem, type InlineMember, type LogsPolicyUse, type ManagedAttachment, type TemplateCheckOptions } from './template.js';
import { organizationPolicyUses, type OrganizationPolicyUse } from './organizations.js';
import { iamNameUses, type IamNameUse } from './names.js';
import { alikeKey, outputOf, passedParameters, readString, type Piece, type Template, type TemplateResource, type TemplateValue } from './tokens.js';
import { cdkMessages } from './messages.js';
import { show } from '../model/messages.js';
import { isAccountId } from '../model/principals.js';
import { LineIndex, type ValuePosition } from '../parse/json.js';
import { jsonValue, templateValue } from './template-text.js';
import { utf8Text } from '../internal/utf8.js';
import { BoundedCache } from '../model/bounded-cache.js';

/** One template of an assembly. */
export interface AssemblyStack {
  /** `Stage/Stack` as CDK displays it; nested stacks: `<parent>/<logical ID of the nested stack>`. */
  readonly name: string;
  /** Path of the template file. */
  readonly file: string;
  readonly text: string;
  readonly template: Template;
  /** Where the keys and values of a template written in YAML start (a JSON template is located in its text). */
  readonly yaml?: ValuePosition | undefined;
  readonly stackName?: string | undefined;
  readonly account?: string | undefined;
  readonly region?: string | undefined;
  /** Construct path of each logical ID (from the manifest and the resources' metadata). */
  readonly paths: ReadonlyMap<string, string>;
  /** A nested stack's parent and the logical ID of its `AWS::CloudFormation::Stack` resource there. */
  readonly parent?: { readonly stack: AssemblyStack; readonly logicalId: string };
}

/** Thrown when an assembly cannot be read; the CLI turns it into exit code 2. */
export class AssemblyReadError extends Error {
  override readonly name = 'AssemblyReadError';
}

type Metadata = { readonly [path: string]: readonly { readonly type?: string; readonly data?: unknown }[] };

interface Manifest {
  readonly artifacts?: { readonly [id: string]: { readonly type?: string; readonly environment?: string; readonly displayName?: string; readonly additionalMetadataFile?: string; readonly properties?: { readonly templateFile?: string; readonly stackName?: string; readonly directoryName?: string }; readonly metadata?: Metadata } };
}

/** The text of a file of the assembly (strict UTF-8, a leading byte-order mark dropped): the CLI's reading of policy files too. */
function readText(file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new AssemblyReadError(cdkMessages.cannotRead(file, (e as Error).message));
  }
  const decoded = utf8Text(bytes);
  if (!('text' in decoded)) throw new AssemblyReadError(cdkMessages.notUtf8(file, decoded.problem));
  return decoded.text;
}

/** `file`, at the line and column of `offset` in its text when there is one. */
function where(file: string, text: string, offset: number | undefined): string {
  if (offset === undefined) return file;
  const at = new LineIndex(text).at(offset);
  return `${file}:${at.line}:${at.column}`;
}

/**
 * The JSON of a file of the assembly (a manifest). Refused, at `file:line:column`: text that is not
 * UTF-8, that is not JSON, and JSON with a key written twice in one object.
 */
function readJson(file: string): unknown {
  const text = readText(file);
  const read = jsonValue(text);
  if ('problem' in read) throw new AssemblyReadError(cdkMessages.located(where(file, text, read.problem.offset), read.problem.message));
  return read.value;
}

/** A template file, JSON or YAML (see template-text.ts), and where its keys and values start when it is YAML. */
function loadTemplate(file: string): { text: string; template: Template; yaml: ValuePosition | undefined } {
  const text = readText(file);
  const read = templateValue(text);
  if ('problem' in read) throw new AssemblyReadError(cdkMessages.located(where(file, text, read.problem.offset), read.problem.message));
  // CloudFormation refuses a resource without a Type, or with Properties or Metadata that are no objects: not read as if it had none
  const problem = templateProblem(read.value, file) ?? sectionsProblem(read.value as Template, file);
  if (problem !== undefined) throw new AssemblyReadError(problem);
  return { text, template: read.value as Template, yaml: read.yaml };
}

/** `name` of a manifest, a file inside `dir`: CDK writes every file of an assembly there (a hostile one might name /etc/passwd). */
function inside(dir: string, manifest: string, name: unknown): string {
  if (typeof name !== 'string' || name === '') throw new AssemblyReadError(cdkMessages.notManifest(manifest, `a file name that is not text: ${show(name)}`));
  const file = join(dir, name);
  const rel = relative(dir, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) throw new AssemblyReadError(cdkMessages.outsideAssembly(manifest, name));
  return file;
}

function envOf(environment: string | undefined): { account?: string; region?: string } {
  const m = /^aws:\/\/([^/]*)\/(.*)$/.exec(environment ?? '');
  if (m === null) return {};
  return { ...(m[1] !== 'unknown-account' && isAccountId(m[1]!) ? { account: m[1]! } : {}), ...(m[2] !== 'unknown-region' && m[2] !== '' ? { region: m[2]! } : {}) };
}

/** A manifest's `aws:cdk:logicalId` metadata: construct path (no leading `/`) and logical ID. */
type LogicalIdEntry = readonly [path: string, logicalId: string];

/**
 * The manifest entries of one stack (its own and those of its nested stacks: one artifact holds them
 * all), and their positions in path order, sorted when first asked (see {@link entriesUnder}).
 */
interface Entries {
  readonly list: readonly LogicalIdEntry[];
  byPath?: readonly number[];
}

/** The manifest entries of each stack read from a manifest. */
const ENTRIES = new WeakMap<AssemblyStack, Entries>();

/**
 * The positions in `entries.list` of the entries whose path starts with `prefix`, in path order: the
 * paths of a prefix are one run of the sorted paths, found by binary search. A filter of every entry
 * per nested stack made reading an app linear in its entries per nested stack (bench/cdk-assembly.ts).
 */
function entriesUnder(entries: Entries, prefix: string): readonly number[] {
  const list = entries.list;
  const byPath = (entries.byPath ??= list.map((_, i) => i).sort((a, b) => (list[a]![0] < list[b]![0] ? -1 : list[a]![0] > list[b]![0] ? 1 : a - b)));
  let lo = 0;
  let hi = byPath.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[byPath[mid]!]![0] < prefix) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < byPath.length && list[byPath[end]!]![0].startsWith(prefix)) end++;
  return byPath.slice(lo, end);
}

/**
 * The construct path of the nested stack whose `AWS::CloudFormation::Stack` resource is at `path`:
 * aws-cdk-lib's `NestedStack` `X` writes it at `<scope>/X.NestedStack/X.NestedStackResource`.
 */
function nestedStackPath(path: string): string | undefined {
  const parts = path.split('/');
  const resource = parts.pop();
  const holder = parts.pop();
  if (resource === undefined || holder === undefined || !holder.endsWith('.NestedStack') || resource !== `${holder}Resource`) return undefined;
  return [...parts, holder.slice(0, -'.NestedStack'.length)].join('/');
}

/**
 * The logical IDs of one stack from the manifest entries under it: entries below a nested stack
 * belong to that stack. CDK makes a nested stack's logical IDs from paths inside it, so a construct
 * `Worker` in the parent and one in a nested stack have the same ID; one map for all named the
 * parent's role by the nested one's path (seen by `pathOf`, path-limited suppressions and
 * construct-path `tokenLengths`).
 */
function ownEntries(entries: Entries): Map<string, string> {
  const below = new Uint8Array(entries.list.length);
  for (const n of new Set(entries.list.flatMap(([path]) => nestedStackPath(path) ?? []))) for (const i of entriesUnder(entries, `${n}/`)) below[i] = 1;
  const out = new Map<string, string>();
  entries.list.forEach(([path, id], i) => {
    if (below[i] === 0) out.set(id, path);
  });
  return out;
}

/** The entries under the nested stack whose resource is `logicalId` of `parent`, in manifest order; none when its construct path is not known. */
function nestedEntries(parent: AssemblyStack, logicalId: string): Entries {
  const path = parent.paths.get(logicalId);
  const prefix = path === undefined ? undefined : nestedStackPath(path);
  const entries = ENTRIES.get(parent);
  if (prefix === undefined || entries === undefined) return { list: [] };
  return { list: [...entriesUnder(entries, `${prefix}/`)].sort((a, b) => a - b).map((i) => entries.list[i]!) };
}

function pathsFrom(template: Template, fromManifest: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map(fromManifest);
  for (const [id, r] of Object.entries(template.Resources ?? {})) {
    const p = r.Metadata?.['aws:cdk:path'];
    if (typeof p === 'string') out.set(id, p);
  }
  return out;
}

/** What one read of an assembly shares: the template files reached, and each directory's asset files by object key. */
interface Reading {
  readonly seen: Set<string>;
  readonly assets: Map<string, ReadonlyMap<string, string>>;
  /** Nested stacks read so far (one template may be the template of many). */
  nestedCount: number;
  /** Text of the nested template files compared by {@link twinFile}. */
  readonly texts: Map<string, string>;
  /** The directory of the template file given, inside which the local files its nested stacks name are read. */
  readonly root?: string;
}

/**
 * Most nested stacks read from one assembly: identical templates are read once per nested stack
 * resource, so a small hostile assembly (ten resources naming one template, whose template names
 * ten of another, ...) could ask for 10^8 checks; CloudFormation deploys no app with that many stacks
 * under its default quotas.
 */
const MAX_NESTED_STACKS = 10_000;

/**
 * The JSON file assets of the asset manifests (`*.assets.json`) in `dir`, by object key: the
 * default synthesizer publishes a nested stack's template as such an asset and names its object
 * key in the parent's `TemplateURL`.
 */
function fileAssets(dir: string, reading: Reading): ReadonlyMap<string, string> {
  let found = reading.assets.get(dir);
  if (found !== undefined) return found;
  const map = new Map<string, string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.assets.json')).sort()) {
    const manifest = readJson(join(dir, f)) as { files?: Record<string, { source?: { path?: unknown }; destinations?: Record<string, { objectKey?: unknown }> }> };
    for (const asset of Object.values(manifest.files ?? {})) {
      const path = asset.source?.path;
      if (typeof path !== 'string' || !path.endsWith('.json')) continue;
      for (const d of Object.values(asset.destinations ?? {})) if (typeof d.objectKey === 'string' && d.objectKey !== '') map.set(d.objectKey, path);
    }
  }
  reading.assets.set(dir, (found = map));
  return found;
}

/** Every string inside a template value (the literal parts of `Fn::Join`, `Fn::Sub`, ...); iterative, as a template may nest without bound. */
function strings(value: unknown): string[] {
  const out: string[] = [];
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    else if (typeof v === 'object' && v !== null) {
      const values = Object.values(v);
      for (let i = values.length - 1; i >= 0; i--) stack.push(values[i]);
    }
  }
  return out;
}

/**
 * The template file of a nested stack resource: the asset path its metadata names (written when
 * asset metadata is on, as `cdk synth` does), else the file asset whose object key its
 * `TemplateURL` holds (an app synthesised in code has no asset metadata).
 */
function nestedTemplateFile(r: { readonly Metadata?: Record<string, unknown>; readonly Properties?: Record<string, unknown> }, dir: string, reading: Reading): string | undefined {
  const asset = r.Metadata?.['aws:asset:path'];
  if (typeof asset === 'string' && asset.endsWith('.json')) return join(dir, asset);
  const url = strings(r.Properties?.['TemplateURL']).join('');
  if (url === '') return undefined;
  for (const [key, path] of fileAssets(dir, reading)) if (url.includes(key)) return join(dir, path);
  return undefined;
}

/**
 * The local file a hand-written template names as a nested stack's template, before `aws
 * cloudformation package` or `sam build` upload it: a `TemplateURL` (an `AWS::Serverless::Application`'s
 * `Location`) that is a path, not a URL, relative to the naming template's directory. Read only inside
 * the directory of the template file given (a template from elsewhere could name any file).
 */
function localTemplateFile(r: TemplateResource, from: string, reading: Reading): string | undefined {
  const v = r.Properties?.[r.Type === 'AWS::Serverless::Application' ? 'Location' : 'TemplateURL'];
  if (reading.root === undefined || typeof v !== 'string' || v === '' || /^[a-z][a-z0-9+.-]*:/i.test(v)) return undefined;
  const file = resolve(dirname(from), v);
  const rel = relative(reading.root, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** The nested stacks read for a stack, by the logical ID of their `AWS::CloudFormation::Stack` resource. */
const CHILDREN = new WeakMap<AssemblyStack, Map<string, AssemblyStack>>();

/**
 * The file of a nested stack whose asset file another nested stack resource has read already: the
 * default synthesizer publishes identical templates as one asset (one object key, the first file),
 * while it writes each nested stack's template to a file of its own. An unread file of the same
 * text is this stack's (the stray pass would read it again as a stack of its own); none left: the
 * asset file, read again, since its text is this stack's.
 */
function twinFile(file: string, dir: string, reading: Reading): string {
  if (!reading.seen.has(file)) return file;
  const textOf = (f: string): string => reading.texts.get(f) ?? (reading.texts.set(f, readFileSync(f, 'utf8')), reading.texts.get(f)!);
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.nested.template.json')).sort()) {
    const other = join(dir, f);
    if (!reading.seen.has(other) && textOf(other) === textOf(file)) return other;
  }
  return file;
}

/**
 * Nested stack templates of `stack` (resources of type `AWS::CloudFormation::Stack` whose template
 * is in `dir`), one for each resource: two nested stacks with the same template are two stacks,
 * each with its own name, construct paths and parameters. `chain` holds the files of the stacks
 * above (a template leading back to one of them is a cycle CloudFormation cannot deploy).
 */
function nested(stack: AssemblyStack, dir: string, out: AssemblyStack[], depth: number, reading: Reading, chain: ReadonlySet<string> = new Set([stack.file])): void {
  if (depth > 8) return;
  for (const [id, r] of Object.entries(stack.template.Resources ?? {})) {
    if (r.Type !== 'AWS::CloudFormation::Stack' && r.Type !== 'AWS::Serverless::Application') continue;
    const asset = (r.Type === 'AWS::CloudFormation::Stack' ? nestedTemplateFile(r, dir, reading) : undefined) ?? localTemplateFile(r, stack.file, reading);
    if (asset === undefined || !existsSync(asset) || chain.has(asset)) continue;
    const file = twinFile(asset, dir, reading);
    if (++reading.nestedCount > MAX_NESTED_STACKS) throw new AssemblyReadError(cdkMessages.tooManyNested(MAX_NESTED_STACKS));
    reading.seen.add(file);
    const { text, template, yaml } = loadTemplate(file);
    // the parent's manifest metadata names the nested stack's logical IDs too: those under its construct path
    const entries = nestedEntries(stack, id);
    const child: AssemblyStack = { name: `${stack.name}/${id}`, file, text, template, yaml, account: stack.account, region: stack.region, paths: pathsFrom(template, ownEntries(entries)), parent: { stack, logicalId: id } };
    ENTRIES.set(child, entries);
    const children = CHILDREN.get(stack) ?? new Map<string, AssemblyStack>();
    CHILDREN.set(stack, children.set(id, child));
    out.push(child);
    nested(child, dir, out, depth + 1, reading, new Set([...chain, asset, file]));
  }
}

/**
 * Nested stack templates in `dir` that no parent led to (a `TemplateURL` this reader cannot
 * follow): read as stacks of their own, named after the file, so that no policy goes unchecked.
 */
function strayNested(dir: string, out: AssemblyStack[], reading: Reading): void {
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.nested.template.json')).sort()) {
    const file = join(dir, f);
    if (reading.seen.has(file)) continue;
    reading.seen.add(file);
    const { text, template, yaml } = loadTemplate(file);
    const stack: AssemblyStack = { name: f.replace(/\.nested\.template\.json$/, ''), file, text, template, yaml, paths: pathsFrom(template, new Map()) };
    out.push(stack);
    nested(stack, dir, out, 1, reading);
  }
}

function readDir(dir: string, out: AssemblyStack[], depth: number, reading: Reading): void {
  const manifestFile = join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) {
    const templates = readdirSync(dir).filter((f) => f.endsWith('.template.json') && !f.endsWith('.nested.template.json'));
    if (templates.length === 0) throw new AssemblyReadError(cdkMessages.noTemplates(dir));
    for (const f of templates.sort()) {
      const file = join(dir, f);
      const { text, template, yaml } = loadTemplate(file);
      const stack: AssemblyStack = { name: f.replace(/\.template\.json$/, ''), file, text, template, yaml, paths: pathsFrom(template, new Map()) };
      out.push(stack);
      reading.seen.add(file);
      nested(stack, dir, out, 0, reading);
    }
    strayNested(dir, out, reading);
    return;
  }
  const manifest = readJson(manifestFile) as Manifest;
  // a manifest read as listing nothing would pass every check: one CDK did not write is an input error
  if (!isObject(manifest as unknown) || (manifest.artifacts !== undefined && !isObject(manifest.artifacts as unknown)))
    throw new AssemblyReadError(cdkMessages.notManifest(manifestFile, isObject(manifest as unknown) ? '"artifacts" is not an object' : 'not a JSON object'));
  const before = out.length;
  for (const [id, a] of Object.entries(manifest.artifacts ?? {})) {
    if (!isObject(a as unknown)) throw new AssemblyReadError(cdkMessages.notManifest(manifestFile, `artifact ${show(id)} is not an object`));
    if (a.properties !== undefined && !isObject(a.properties as unknown)) throw new AssemblyReadError(cdkMessages.notManifest(manifestFile, `the properties of artifact ${show(id)} are not an object`));
    if (a.type === 'cdk:cloud-assembly') {
      if (depth >= 8) throw new AssemblyReadError(cdkMessages.notManifest(manifestFile, `cloud assemblies nested more than 8 deep at ${show(id)}`));
      readDir(inside(dir, manifestFile, a.properties?.directoryName), out, depth + 1, reading);
      continue;
    }
    if (a.type !== 'aws:cloudformation:stack') continue;
    const file = inside(dir, manifestFile, a.properties?.templateFile);
    const { text, template, yaml } = loadTemplate(file);
    const fromManifest: LogicalIdEntry[] = [];
    // newer CDK versions write the metadata to a file of its own
    const extra = a.additionalMetadataFile === undefined ? {} : readJson(inside(dir, manifestFile, a.additionalMetadataFile));
    for (const m of [a.metadata ?? {}, extra])
      if (!isObject(m as unknown)) throw new AssemblyReadError(cdkMessages.notManifest(manifestFile, `the metadata of artifact ${show(id)} is not an object`));
    for (const [path, entries] of [...Object.entries(a.metadata ?? {}), ...Object.entries(extra as Metadata)])
      for (const e of Array.isArray(entries) ? entries : [])
        if (isObject(e as unknown) && e.type === 'aws:cdk:logicalId' && typeof e.data === 'string') fromManifest.push([path.replace(/^\//, ''), e.data]);
    const entries: Entries = { list: fromManifest };
    const stack: AssemblyStack = { name: typeof a.displayName === 'string' ? a.displayName : id, file, text, template, yaml, stackName: typeof a.properties?.stackName === 'string' ? a.properties.stackName : id, ...envOf(typeof a.environment === 'string' ? a.environment : undefined), paths: pathsFrom(template, ownEntries(entries)) };
    ENTRIES.set(stack, entries);
    out.push(stack);
    reading.seen.add(file);
    nested(stack, dir, out, 0, reading);
  }
  strayNested(dir, out, reading);
  if (depth === 0 && out.length === before) throw new AssemblyReadError(cdkMessages.noStacks(dir));
}

/**
 * Every stack template of a cloud assembly directory (`cdk.out`, stages and nested stacks
 * included), or the one template a file path names.
 *
 * @example
 * ```ts
 * import { readAssembly } from './assembly.js';
 * readAssembly('cdk.out').map((s) => `${s.name}: ${Object.keys(s.template.Resources ?? {}).length} resources`);
 * ```
 */
export function readAssembly(path: string): AssemblyStack[] {
  if (!existsSync(path)) throw new AssemblyReadError(cdkMessages.missing(path));
  const out: AssemblyStack[] = [];
  const file = statSync(path).isFile();
  const reading: Reading = { seen: new Set(), assets: new Map(), nestedCount: 0, texts: new Map(), ...(file ? { root: dirname(path) } : {}) };
  if (file) {
    const { text, template, yaml } = loadTemplate(path);
    const stack: AssemblyStack = { name: relative(process.cwd(), path) || path, file: path, text, template, yaml, paths: pathsFrom(template, new Map()) };
    out.push(stack);
    reading.seen.add(path);
    nested(stack, dirname(path), out, 0, reading);
  } else readDir(path, out, 0, reading);
  // one stage's templates are one directory (a Stage is a cloud assembly of its own, with its nested stacks)
  const stages = new Map<string, AssemblyStack[]>();
  for (const s of out) {
    const stage = stages.get(dirname(s.file));
    if (stage === undefined) stages.set(dirname(s.file), [s]);
    else stage.push(s);
  }
  for (const s of out) APP.set(s, stages.get(dirname(s.file))!);
  return out;
}

/**
 * The stacks of each stack's stage: an inline policy of one may count toward another's role.
 * Stages apart (CDK Pipelines' Dev and Prod, often other accounts) have no role in common, even
 * one of the same name.
 */
const APP = new WeakMap<AssemblyStack, readonly AssemblyStack[]>();

/** What the stacks of an app attach to each role, user and group: inline policies by `<target> <entity>`, managed policies by entity. */
export interface AppAttachments {
  readonly inline: Map<string, readonly InlineMember[]>;
  readonly managed: Map<string, readonly ManagedAttachment[]>;
  /** The construct path of each role, user and group of the app, by entity. */
  readonly holders: Map<string, string>;
  /** The CloudWatch Logs resource policies of the account each stack makes, by stack key, with where it deploys. */
  readonly logs: Map<string, { readonly place: StackPlace; readonly uses: readonly LogsPolicyUse[] }>;
  /** The SCPs and RCPs each stack attaches to roots, OUs and accounts named by their ids, by stack key (Organizations is one per app's stage, whatever the Region). */
  readonly organizations: Map<string, readonly OrganizationPolicyUse[]>;
  /** The roles, users, groups and managed policies each stack names, by stack key, with where it deploys. */
  readonly names: Map<string, { readonly place: StackPlace; readonly uses: readonly IamNameUse[] }>;
}

/**
 * Where a stack deploys, as far as the app says: its account and Region where known at synth, and
 * the stack at the root of its nested stacks (a nested stack deploys where its parent does).
 */
export interface StackPlace {
  readonly account?: string | undefined;
  readonly region?: string | undefined;
  readonly root: string;
}

/**
 * Whether two stacks deploy to one account and Region: `yes` when they share a root stack or both
 * accounts and Regions are known and alike, `no` when a known account or Region differs, else `maybe`.
 *
 * @example
 * ```ts
 * import { samePlace } from './assembly.js';
 * samePlace({ account: '111122223333', region: 'us-east-1', root: 'A' }, { account: '111122223333', region: 'us-east-1', root: 'B' }); // 'yes'
 * samePlace({ root: 'A' }, { account: '111122223333', region: 'us-east-1', root: 'B' }); // 'maybe'
 * ```
 */
export function samePlace(a: StackPlace, b: StackPlace): 'yes' | 'no' | 'maybe' {
  if (a.root === b.root) return 'yes';
  const differ = (x: string | undefined, y: string | undefined) => x !== undefined && y !== undefined && x !== y;
  if (differ(a.account, b.account) || differ(a.region, b.region)) return 'no';
  return a.account !== undefined && a.region !== undefined && b.account !== undefined && b.region !== undefined ? 'yes' : 'maybe';
}

/**
 * Whether two stacks deploy to one account, in any Region (IAM is global): `yes` when they share a
 * root stack or both accounts are known and alike, `no` when both are known and differ, else `maybe`.
 *
 * @example
 * ```ts
 * import { sameAccount } from './assembly.js';
 * sameAccount({ account: '111122223333', region: 'us-east-1', root: 'A' }, { account: '111122223333', region: 'eu-west-1', root: 'B' }); // 'yes'
 * sameAccount({ root: 'A' }, { account: '111122223333', root: 'B' }); // 'maybe'
 * ```
 */
export function sameAccount(a: StackPlace, b: StackPlace): 'yes' | 'no' | 'maybe' {
  if (a.root === b.root) return 'yes';
  if (a.account === undefined || b.account === undefined) return 'maybe';
  return a.account === b.account ? 'yes' : 'no';
}

/** The stack at the root of `stack`'s nested stacks (itself when it is no nested stack). */
function rootOf(stack: AssemblyStack): AssemblyStack {
  let s = stack;
  while (s.parent !== undefined) s = s.parent.stack;
  return s;
}

/** Where an assembly's stack deploys. */
const placeOf = (stack: AssemblyStack): StackPlace => ({ account: stack.account, region: stack.region, root: rootOf(stack).name });

type ImportValue = (name: string) => Piece | undefined;

/**
 * {@link AppAttachments} of every stack of an app, read and indexed once per app (the stacks of a
 * stage of one {@link readAssembly}), `Fn::ImportValue` resolver and the option values that shape
 * it ({@link indexKey}): a caller passing equal options in a new object per stack shares one. A new
 * read of the assembly is a new app; the option values are read at each call, so options changed in
 * place make another index, never a stale one. At most {@link INDEXES_PER_APP} per app and resolver.
 */
const ATTACHED = new WeakMap<readonly AssemblyStack[], WeakMap<ImportValue, BoundedCache<string, AttachmentIndex>>>();

/** Indexes kept per app and resolver (option sets differ rarely: one per `cdk check` run). */
const INDEXES_PER_APP = 8;

/**
 * The values of `base` that what the app attaches depends on: {@link ownOptions} replaces the
 * others (stack key, names, environment, construct paths, parameters, outputs) per stack, and
 * checks read the rest (rules, suppressions, quotas, the `*Elsewhere` lookups), not the attachments.
 * Token lengths are sized by; a trust policy limit and a partition go into how a template is read.
 * Key order is kept: with two construct-path keys naming one logical ID, the later one counts.
 */
function indexKey(base: TemplateCheckOptions): string {
  const value = (v: unknown): string => `${typeof v}:${Object.is(v, -0) ? '-0' : String(v)}`;
  const lengths = base.tokenLengths === undefined ? 'none' : Object.entries(base.tokenLengths).map(([k, n]) => `${JSON.stringify(k)}=${value(n)}`).join(',');
  return [lengths, value(base.unknownTokenLength), value(base.trustPolicyLimit), value(base.partition)].join('|');
}

/** What one template attaches ({@link addAttachments} adds it to an app's); `place`: where it deploys. */
export function attachmentsOf(template: Template, options: TemplateCheckOptions, place: StackPlace): AppAttachments {
  const stack = options.stackKey ?? '';
  const resources = expanded(template).Resources ?? {};
  return {
    inline: new Map([...inlineMembers(template, options)].map(([key, group]) => [key, group.members] as const)),
    managed: new Map(managedAttachments(template, options)),
    holders: entityHolders(template, options),
    logs: new Map([[stack, { place, uses: logsPoliciesOf(expanded(template), stack) }]]),
    organizations: new Map([[stack, organizationPolicyUses(resources, stack, resourceCondition)]]),
    names: new Map([[stack, { place, uses: iamNameUses(resources, stack, resourceCondition) }]]),
  };
}

/** Adds `more` (what one template attaches) to `into` (what an app's templates attach). */
export function addAttachments(into: AppAttachments, more: AppAttachments): void {
  for (const [key, list] of more.inline) into.inline.set(key, [...(into.inline.get(key) ?? []), ...list]);
  for (const [entity, list] of more.managed) into.managed.set(entity, [...(into.managed.get(entity) ?? []), ...list]);
  for (const [entity, name] of more.holders) into.holders.set(entity, name);
  for (const [stack, made] of more.logs) into.logs.set(stack, made);
  for (const [stack, uses] of more.organizations) into.organizations.set(stack, uses);
  for (const [stack, made] of more.names) into.names.set(stack, made);
}

function appAttachments(stacks: readonly AssemblyStack[], importValue: ImportValue, base: TemplateCheckOptions): AttachmentIndex {
  let byImports = ATTACHED.get(stacks);
  if (byImports === undefined) ATTACHED.set(stacks, (byImports = new WeakMap()));
  let byKey = byImports.get(importValue);
  if (byKey === undefined) byImports.set(importValue, (byKey = new BoundedCache(INDEXES_PER_APP)));
  // the values as they are now, and the index made of them
  return byKey.remember(indexKey(base), () => {
    const app: AppAttachments = { inline: new Map(), managed: new Map(), holders: new Map(), logs: new Map(), organizations: new Map(), names: new Map() };
    for (const s of stacks) addAttachments(app, attachmentsOf(s.template, ownOptions(s, importValue, base), placeOf(s)));
    return indexAttachments(app);
  });
}

/** What {@link exportsOf} reads of a stack: its template and environment. */
export type ExportingStack = Pick<AssemblyStack, 'template' | 'stackName' | 'account' | 'region'> & { readonly name?: string };

/** `Fn::ImportValue` resolver over the exports of an assembly's stacks (or of the stacks the aspect renders). */
export function exportsOf(stacks: readonly ExportingStack[], options: TemplateCheckOptions = {}): (name: string) => Piece | undefined {
  const exports = new Map<string, { stack: ExportingStack; value: TemplateValue }>();
  for (const s of stacks)
    for (const o of Object.values(s.template.Outputs ?? {})) {
      const name = o.Export?.Name;
      if (typeof name === 'string' && o.Value !== undefined) exports.set(name, { stack: s, value: o.Value });
    }
  const busy = new Set<string>();
  const resolve = (name: string): Piece | undefined => {
    const e = exports.get(name);
    if (e === undefined || busy.has(name)) return undefined;
    busy.add(name);
    try {
      return readString(e.value, readContext(e.stack.template, { ...options, stackKey: e.stack.name, stackName: e.stack.stackName, account: e.stack.account, region: e.stack.region, importValue: resolve }));
    } finally {
      busy.delete(name);
    }
  };
  return resolve;
}

/**
 * Check options for one stack of an assembly: its environment, construct paths, the exports of the
 * others, and the inline policies the app's other stacks attach to its roles, users and groups.
 */
export function stackOptions(stack: AssemblyStack, importValue: (name: string) => Piece | undefined, base: TemplateCheckOptions): TemplateCheckOptions {
  let index: AttachmentIndex | undefined;
  return { ...ownOptions(stack, importValue, base), ...elsewhereOptions(() => (index ??= appAttachments(APP.get(stack) ?? [stack], importValue, base)), stack.name, placeOf(stack)) };
}

/**
 * What a stack makes (its CloudWatch Logs policies, its IAM names) as another stack of the app sees
 * it, with `sameAccount`: made once for each list and relation, since every stack of the app asks.
 */
const SEEN = new WeakMap<readonly object[], { yes?: readonly object[]; maybe?: readonly object[] }>();
function seenFrom<U extends object>(uses: readonly U[], same: 'yes' | 'maybe'): readonly (U & { readonly sameAccount: 'yes' | 'maybe' })[] {
  let seen = SEEN.get(uses);
  if (seen === undefined) SEEN.set(uses, (seen = {}));
  return (seen[same] ??= uses.map((u) => ({ ...u, sameAccount: same }))) as readonly (U & { readonly sameAccount: 'yes' | 'maybe' })[];
}

/**
 * What the other stacks of an app (`app`, read when first asked) attach to the roles, users and
 * groups of stack `here`, as check options. A role named alike in a stack whose account is not known
 * at synth may be the same role (`sameEntities` of tokens.ts): its policies count too, and a role of a
 * known account counts those of an env-agnostic stack; a role that only such a stack holds is not
 * known to be in the app (at best "maybe").
 */
export function elsewhereOptions(app: () => AttachmentIndex, here: string, place: StackPlace): Pick<TemplateCheckOptions, 'inlineElsewhere' | 'managedElsewhere' | 'entityHolder' | 'logsPoliciesElsewhere' | 'organizationPoliciesElsewhere' | 'iamNamesElsewhere'> {
  return {
    inlineElsewhere: (entity, target) => app().inline(entity, target).filter((m) => m.stack !== here),
    managedElsewhere: (entity) => app().managed(entity).filter((m) => m.stack !== here),
    entityHolder: (entity) => app().attachments.holders.get(entity),
    // the CloudWatch Logs resource policies of the other stacks that deploy (or may deploy) to this stack's account and Region
    logsPoliciesElsewhere: () =>
      [...app().attachments.logs].flatMap(([stack, made]) => {
        const same = stack === here ? 'no' : samePlace(place, made.place);
        return same === 'no' ? [] : seenFrom(made.uses, same);
      }),
    // the SCPs and RCPs the other stacks attach: an id names one root, OU or account whichever account and Region a stack deploys to
    organizationPoliciesElsewhere: () => [...app().attachments.organizations].flatMap(([stack, uses]) => (stack === here ? [] : uses)),
    // the IAM names of the other stacks that deploy (or may deploy) to this stack's account, in any Region
    iamNamesElsewhere: () =>
      [...app().attachments.names].flatMap(([stack, made]) => {
        const same = stack === here ? 'no' : sameAccount(place, made.place);
        return same === 'no' ? [] : seenFrom(made.uses, same);
      }),
  };
}

/**
 * What an app's stacks attach to an entity and to every entity that may be it (`sameEntities` of tokens.ts:
 * named alike, one account not known at synth), found through an index made once per app (see
 * {@link indexAttachments}).
 */
export interface AttachmentIndex {
  readonly attachments: AppAttachments;
  /** The inline policies counted toward `entity` under size target `target`: its own, then those of the entities that may be it, in the order of `attachments.inline`. */
  inline(entity: string, target: string): InlineMember[];
  /** The managed policies attached to `entity`, then to the entities that may be it, in the order of `attachments.managed`. */
  managed(entity: string): ManagedAttachment[];
}

/**
 * Indexes what an app attaches, once, after its last {@link addAttachments}: the maps must not
 * change afterwards. Each lookup then reads only the entities of its kind and name; a scan of every
 * key of the app per lookup made `cdk check` quadratic in the app's roles (bench/cdk-assembly.ts).
 */
export function indexAttachments(attachments: AppAttachments): AttachmentIndex {
  const inline = alikeLookup(attachments.inline);
  const managed = alikeLookup(attachments.managed);
  return { attachments, inline: (entity, target) => inline(entity, `${target} `), managed: (entity) => managed(entity, '') };
}

/**
 * The lists of `map` under `prefix` + an entity that may be `entity` (`sameEntities` of tokens.ts): the
 * entity's own, then those of each other key under `prefix` whose entity may be it, in map order.
 * The keys under a prefix are grouped by {@link alikeKey} when the prefix is first asked for.
 */
function alikeLookup<T>(map: ReadonlyMap<string, readonly T[]>): (entity: string, prefix: string) => T[] {
  /** Per prefix and alike key: every key's entry, and those of the keys whose account is not known. */
  type Group = { readonly all: [string, readonly T[]][]; readonly anyAccount: [string, readonly T[]][] };
  const byPrefix = new Map<string, Map<string, Group>>();
  const groupsUnder = (prefix: string): Map<string, Group> => {
    let groups = byPrefix.get(prefix);
    if (groups !== undefined) return groups;
    groups = new Map();
    for (const [key, list] of map) {
      const named = key.startsWith(prefix) ? alikeKey(key.slice(prefix.length)) : undefined;
      if (named === undefined) continue;
      let g = groups.get(named.key);
      if (g === undefined) groups.set(named.key, (g = { all: [], anyAccount: [] }));
      g.all.push([key, list]);
      if (named.anyAccount) g.anyAccount.push([key, list]);
    }
    byPrefix.set(prefix, groups);
    return groups;
  };
  return (entity, prefix) => {
    const own = prefix + entity;
    const out = [...(map.get(own) ?? [])];
    const named = alikeKey(entity);
    if (named === undefined) return out;
    const group = groupsUnder(prefix).get(named.key);
    // an entity of an unknown account may be any account's; one of a known account only one whose account is unknown
    for (const [key, list] of (named.anyAccount ? group?.all : group?.anyAccount) ?? []) if (key !== own) out.push(...list);
    return out;
  };
}

/** {@link stackOptions} without the other stacks' inline policies. */
function ownOptions(stack: AssemblyStack, importValue: (name: string) => Piece | undefined, base: TemplateCheckOptions): TemplateCheckOptions {
  const parent = stack.parent;
  // a nested stack's parameters are what its parent passes, read in the parent's context
  const parameterValue = parent === undefined ? undefined : passedParameters(readContext(parent.stack.template, ownOptions(parent.stack, importValue, base)), parent.logicalId);
  // an output of a nested stack is read there, in its own context
  const nestedOutput = (logicalId: string, name: string): Piece | undefined => {
    const child = CHILDREN.get(stack)?.get(logicalId);
    return child === undefined ? undefined : outputOf(readContext(child.template, ownOptions(child, importValue, base)), name);
  };
  const tokenLengths = pathLengths(stack, base.tokenLengths);
  return { ...base, ...(tokenLengths === undefined ? {} : { tokenLengths }), stackKey: stack.name, stackName: stack.stackName, account: stack.account, region: stack.region, pathOf: (id) => stack.paths.get(id), importValue, parameterValue, nestedOutput };
}

/** `tokenLengths` with each key that is a construct path (`Reports/Data`) also set for the logical ID it names in this stack, as the aspect does. */
function pathLengths(stack: AssemblyStack, lengths: TemplateCheckOptions['tokenLengths']): TemplateCheckOptions['tokenLengths'] {
  if (lengths === undefined) return undefined;
  const out: { [key: string]: number } = { ...lengths };
  for (const [key, n] of Object.entries(lengths)) {
    if (!key.includes('/')) continue;
    const want = key.replace(/^\/+|\/+$/g, '');
    for (const [id, path] of stack.paths) if (path === want || path === `${want}/Resource`) out[id] = n;
  }
  return out;
}
