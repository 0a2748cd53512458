/**
 * Reads a synthesised cloud assembly (`cdk.out`): the stack templates (nested stacks and stages
 * included) with construct paths, environments and exports. Node file system only; no aws-cdk-lib.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { readContext, type TemplateCheckOptions } from './template.js';
import { readString, type Piece, type Template, type TemplateValue } from './tokens.js';
import { cdkMessages } from './messages.js';

/** One template of an assembly. */
export interface AssemblyStack {
  /** `Stage/Stack` as CDK displays it; nested stacks: `<parent>/<logical ID of the nested stack>`. */
  readonly name: string;
  /** Path of the template file. */
  readonly file: string;
  readonly text: string;
  readonly template: Template;
  readonly stackName?: string | undefined;
  readonly account?: string | undefined;
  readonly region?: string | undefined;
  /** Construct path of each logical ID (from the manifest and the resources' metadata). */
  readonly paths: ReadonlyMap<string, string>;
}

/** Thrown when an assembly cannot be read; the CLI turns it into exit code 2. */
export class AssemblyReadError extends Error {
  override readonly name = 'AssemblyReadError';
}

type Metadata = { readonly [path: string]: readonly { readonly type?: string; readonly data?: unknown }[] };

interface Manifest {
  readonly artifacts?: { readonly [id: string]: { readonly type?: string; readonly environment?: string; readonly displayName?: string; readonly additionalMetadataFile?: string; readonly properties?: { readonly templateFile?: string; readonly stackName?: string; readonly directoryName?: string }; readonly metadata?: Metadata } };
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new AssemblyReadError(cdkMessages.cannotRead(file, (e as Error).message));
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new AssemblyReadError(cdkMessages.notJson(file, (e as Error).message));
  }
}

function loadTemplate(file: string): { text: string; template: Template } {
  const template = readJson(file);
  if (typeof template !== 'object' || template === null || Array.isArray(template)) throw new AssemblyReadError(cdkMessages.notTemplate(file));
  return { text: readFileSync(file, 'utf8'), template: template as Template };
}

function envOf(environment: string | undefined): { account?: string; region?: string } {
  const m = /^aws:\/\/([^/]*)\/(.*)$/.exec(environment ?? '');
  if (m === null) return {};
  return { ...(m[1] !== 'unknown-account' && /^\d{12}$/.test(m[1]!) ? { account: m[1]! } : {}), ...(m[2] !== 'unknown-region' && m[2] !== '' ? { region: m[2]! } : {}) };
}

function pathsFrom(template: Template, fromManifest: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map(fromManifest);
  for (const [id, r] of Object.entries(template.Resources ?? {})) {
    const p = r.Metadata?.['aws:cdk:path'];
    if (typeof p === 'string') out.set(id, p);
  }
  return out;
}

/** Nested stack templates of `stack` (resources of type `AWS::CloudFormation::Stack` with an asset path). */
function nested(stack: AssemblyStack, dir: string, out: AssemblyStack[], depth: number): void {
  if (depth > 8) return;
  for (const [id, r] of Object.entries(stack.template.Resources ?? {})) {
    if (r.Type !== 'AWS::CloudFormation::Stack') continue;
    const asset = r.Metadata?.['aws:asset:path'];
    if (typeof asset !== 'string' || !asset.endsWith('.json')) continue;
    const file = join(dir, asset);
    if (!existsSync(file)) continue;
    const { text, template } = loadTemplate(file);
    const child: AssemblyStack = { name: `${stack.name}/${id}`, file, text, template, account: stack.account, region: stack.region, paths: pathsFrom(template, new Map()) };
    out.push(child);
    nested(child, dir, out, depth + 1);
  }
}

function readDir(dir: string, out: AssemblyStack[], depth: number): void {
  const manifestFile = join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) {
    const templates = readdirSync(dir).filter((f) => f.endsWith('.template.json') && !f.endsWith('.nested.template.json'));
    if (templates.length === 0) throw new AssemblyReadError(cdkMessages.noTemplates(dir));
    for (const f of templates.sort()) {
      const file = join(dir, f);
      const { text, template } = loadTemplate(file);
      const stack: AssemblyStack = { name: f.replace(/\.template\.json$/, ''), file, text, template, paths: pathsFrom(template, new Map()) };
      out.push(stack);
      nested(stack, dir, out, 0);
    }
    return;
  }
  const manifest = readJson(manifestFile) as Manifest;
  for (const [id, a] of Object.entries(manifest.artifacts ?? {})) {
    if (a.type === 'cdk:cloud-assembly' && a.properties?.directoryName !== undefined && depth < 8) {
      readDir(join(dir, a.properties.directoryName), out, depth + 1);
      continue;
    }
    if (a.type !== 'aws:cloudformation:stack' || a.properties?.templateFile === undefined) continue;
    const file = join(dir, a.properties.templateFile);
    const { text, template } = loadTemplate(file);
    const fromManifest = new Map<string, string>();
    // newer CDK versions write the metadata to a file of its own
    const extra = a.additionalMetadataFile === undefined ? {} : (readJson(join(dir, a.additionalMetadataFile)) as Metadata);
    for (const [path, entries] of [...Object.entries(a.metadata ?? {}), ...Object.entries(extra)])
      for (const e of Array.isArray(entries) ? entries : []) if (e.type === 'aws:cdk:logicalId' && typeof e.data === 'string') fromManifest.set(e.data, path.replace(/^\//, ''));
    const stack: AssemblyStack = { name: a.displayName ?? id, file, text, template, stackName: a.properties.stackName ?? id, ...envOf(a.environment), paths: pathsFrom(template, fromManifest) };
    out.push(stack);
    nested(stack, dir, out, 0);
  }
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
  if (statSync(path).isFile()) {
    const { text, template } = loadTemplate(path);
    const stack: AssemblyStack = { name: relative(process.cwd(), path) || path, file: path, text, template, paths: pathsFrom(template, new Map()) };
    out.push(stack);
    nested(stack, dirname(path), out, 0);
  } else readDir(path, out, 0);
  return out;
}

/** `Fn::ImportValue` resolver over the exports of an assembly's stacks. */
export function exportsOf(stacks: readonly AssemblyStack[], options: TemplateCheckOptions = {}): (name: string) => Piece | undefined {
  const exports = new Map<string, { stack: AssemblyStack; value: TemplateValue }>();
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
      return readString(e.value, readContext(e.stack.template, { ...options, stackName: e.stack.stackName, account: e.stack.account, region: e.stack.region, importValue: resolve }));
    } finally {
      busy.delete(name);
    }
  };
  return resolve;
}

/** Check options for one stack of an assembly: its environment, construct paths and the exports of the others. */
export function stackOptions(stack: AssemblyStack, importValue: (name: string) => Piece | undefined, base: TemplateCheckOptions): TemplateCheckOptions {
  return { ...base, stackName: stack.stackName, account: stack.account, region: stack.region, pathOf: (id) => stack.paths.get(id), importValue };
}
