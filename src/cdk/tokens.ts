/**
 * Reads CloudFormation intrinsics (`Ref`, `Fn::GetAtt`, `Fn::Join`, `Fn::Sub`, ...) inside policy
 * documents of a template. Each string that holds a token becomes a {@link Piece}: a realistic
 * stand-in for lint, and the shortest and longest length the value can take at deploy time, so
 * sizes are bounds that hold whatever the token resolves to. No aws-cdk-lib here: the aspect and
 * `typed-iam cdk check` share it.
 */
import { utf8Length } from '../emit/size.js';
import { PSEUDO, RESOURCE_SHAPES, SSM_VALUE_MAX, type ResourceShape } from './resources.js';
import { isRecord } from '../internal/record.js';
import { show } from '../model/messages.js';
import { isAccountId } from '../model/principals.js';
import { DEFAULT_MAX_DEPTH } from '../parse/index.js';

/** A JSON value of a template. */
export type TemplateValue = string | number | boolean | null | readonly TemplateValue[] | { readonly [key: string]: TemplateValue };

/**
 * A CloudFormation template: the sections of the template anatomy, so that a template written as an
 * object literal type-checks; `Resources`, `Parameters`, `Mappings`, `Conditions` and `Outputs` are read.
 */
export interface Template {
  readonly AWSTemplateFormatVersion?: string;
  readonly Description?: string;
  readonly Metadata?: { readonly [key: string]: TemplateValue };
  readonly Parameters?: { readonly [name: string]: { readonly [key: string]: TemplateValue } };
  readonly Rules?: { readonly [name: string]: TemplateValue };
  readonly Mappings?: { readonly [name: string]: { readonly [key: string]: { readonly [key: string]: TemplateValue } } };
  readonly Conditions?: { readonly [name: string]: TemplateValue };
  readonly Transform?: TemplateValue;
  readonly Resources?: { readonly [logicalId: string]: TemplateResource };
  readonly Outputs?: { readonly [name: string]: { readonly Value?: TemplateValue; readonly Export?: { readonly Name?: TemplateValue }; readonly Description?: TemplateValue; readonly Condition?: string } };
}

/** One resource of a template (its attributes: the resource is created only where its `Condition` holds). */
export interface TemplateResource {
  readonly Type: string;
  readonly Properties?: { readonly [key: string]: TemplateValue };
  readonly Metadata?: { readonly [key: string]: TemplateValue };
  readonly DependsOn?: TemplateValue;
  readonly Condition?: string;
  readonly DeletionPolicy?: string;
  readonly UpdateReplacePolicy?: string;
  readonly CreationPolicy?: TemplateValue;
  readonly UpdatePolicy?: TemplateValue;
}

/** One token counted at its longest, for the size message. */
export interface TokenNote {
  /** The token as a reader would write it: `MyBucket.Arn`, `AWS::Region`, `Fn::ImportValue Shared-Key`. */
  readonly token: string;
  /** Longest value counted, in characters. */
  readonly longest: number;
  /** What the value is and why it is at most that long. */
  readonly why: string;
  /** True when nothing was known about the value (the default length was used). */
  readonly unknown: boolean;
}

/** A string value of a template, read. */
export interface Piece {
  /** Realistic text for lint. */
  readonly lint: string;
  /** Shortest and longest length of the JSON-escaped text, in characters. */
  readonly short: number;
  readonly long: number;
  /**
   * UTF-8 bytes of the escaped text at its longest, when more than `long` (literal text beyond ASCII,
   * `café` in an `Fn::Join`): a target counted in bytes counts them. Absent: as many as `long`.
   */
  readonly longBytes?: number;
  readonly notes: readonly TokenNote[];
  /** True when part of the value could not be known at all. */
  readonly unknown: boolean;
  /**
   * The IAM role, user or group the value names (a `Ref` of one, also through a nested stack's
   * parameter or an import), the same in every template of the app: see {@link entityOf}.
   */
  readonly entity?: string;
}

/**
 * Picks option `0 .. count - 1` of the choice `key` (`if:<condition>`, `select:<index>`,
 * `map:<mapping>:<key>`, `mapkey:<mapping>:<key>`), or `undefined` to read every option. A key
 * stands for one value at deploy time: a condition named twice takes one branch both times.
 */
export type Chooser = (key: string, count: number) => number | undefined;

/**
 * The choice key of an `Fn::If` on `condition` (see {@link Chooser}). A condition that is no name
 * (CloudFormation refuses it) is keyed by its JSON text, or, nested deeper than parse reads, by one
 * key for all such (JSON.stringify would overflow the stack).
 */
export function ifKey(condition: unknown): string {
  return `if:${typeof condition === 'string' ? condition : nestsTooDeep(condition) ? '(nested too deep)' : JSON.stringify(condition)}`;
}

/**
 * Whether a template value nests objects and arrays deeper than parse accepts
 * ({@link DEFAULT_MAX_DEPTH} levels; a policy needs about 6, intrinsics add a few). Iterative, so a
 * hostile template cannot overflow the stack here.
 */
export function nestsTooDeep(value: unknown): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > DEFAULT_MAX_DEPTH) return true;
    for (const x of Array.isArray(v) ? v : Object.values(v)) stack.push([x, depth + 1]);
  }
  return false;
}

/**
 * Why `r` is no resource CloudFormation would deploy (`is not an object`, `has no Type`, `has a Type that
 * is not a string (...)`, `has Properties that are not an object`, the same for `Metadata`), or undefined. A template's resources
 * and what its `Fn::ForEach` loops make are held to it.
 */
export function resourceShapeProblem(r: unknown): string | undefined {
  if (!isRecord(r)) return 'is not an object';
  if (r['Type'] === undefined) return 'has no Type';
  if (typeof r['Type'] !== 'string') {
    // a Type left for a tool to expand ({"Rain::Module": "vpc.yml"}) is shown when short enough to read
    const written = show(r['Type']);
    return `has a Type that is not a string (${written.length <= 80 ? written : Array.isArray(r['Type']) ? 'a list' : typeof r['Type'] === 'object' && r['Type'] !== null ? 'an object' : typeof r['Type']})`;
  }
  for (const key of ['Properties', 'Metadata']) if (r[key] !== undefined && !isRecord(r[key])) return `has ${key} that is not an object`;
  return undefined;
}

/**
 * The parts of an entity key that names its role, user or group ({@link entityNamed}): kind,
 * account (`?` when not known at synth) and lower-cased name; undefined for `<stack>#<logical ID>`.
 */
export function namedEntity(entity: string): { readonly kind: string; readonly account: string; readonly name: string } | undefined {
  const m = /^(\w+):([^:]*):(.*)$/s.exec(entity);
  return m === null ? undefined : { kind: m[1]!, account: m[2]!, name: m[3]! };
}

/** What the reader knows about the stack and what the user told it. */
export interface ReadContext {
  readonly template: Template;
  /** Names the template among those of the app (its construct path, or its name in the assembly): keeps logical IDs of two stacks apart. */
  readonly stackKey?: string | undefined;
  /** Stack name, account, region and partition when known at synth (the stack's `env`). */
  readonly stackName?: string | undefined;
  readonly account?: string | undefined;
  readonly region?: string | undefined;
  readonly partition?: string | undefined;
  /**
   * Longest values the user knows: by pseudo parameter (`AWS::Region`), resource type or logical ID
   * (the longest physical name), parameter name or export name (the longest value).
   */
  readonly lengths: { readonly [key: string]: number };
  /** Longest value of a token nothing is known about. */
  readonly unknownLength: number;
  /**
   * The longest JSON text of a value the element being read accepts (a principal ARN: 1,123), when shorter than
   * `unknownLength`: it bounds a token standing for one value of that element.
   */
  readonly elementBound?: { readonly length: number; readonly what: string } | undefined;
  /**
   * Picks one option at each choice of the document (the branch of an `Fn::If`, the element an
   * `Fn::Select` takes, the top or second key of an `Fn::FindInMap`): `undefined`, or no chooser,
   * reads every option (lint the first, sizes the shortest and the longest). A choice named twice
   * (one condition, one parameter as index) is one key: see {@link Chooser}.
   */
  readonly choose?: Chooser | undefined;
  /** The document's object keys are `Fn::Sub` text (a policy given as JSON text whose keys hold tokens: `PolicySite.keysSub`). */
  readonly subKeys?: boolean | undefined;
  /** Value of `Fn::ImportValue` when the exporting template is at hand (`cdk check` over cdk.out). */
  readonly importValue?: ((name: string) => Piece | undefined) | undefined;
  /** Value of a parameter a parent stack passes to this nested stack (its `AWS::CloudFormation::Stack` `Parameters`). */
  readonly parameterValue?: ((name: string) => Piece | undefined) | undefined;
  /** Value of output `name` of the nested stack whose `AWS::CloudFormation::Stack` resource is `logicalId` (`Fn::GetAtt [X, Outputs.Name]`). */
  readonly nestedOutput?: ((logicalId: string, name: string) => Piece | undefined) | undefined;
}

const READING_OUTPUTS = new WeakMap<Template, Set<string>>();

/**
 * Output `name` of a template, read in its context `ctx` (a nested stack's, for its parent's
 * `Fn::GetAtt [X, Outputs.Name]`). `undefined` when there is none, or while it is being read (a
 * cycle CloudFormation refuses).
 */
export function outputOf(ctx: ReadContext, name: string): Piece | undefined {
  const outputs = ctx.template.Outputs;
  const value = outputs !== undefined && own(outputs, name) ? outputs[name]!.Value : undefined;
  const busy = READING_OUTPUTS.get(ctx.template) ?? new Set<string>();
  if (value === undefined || busy.has(name)) return undefined;
  READING_OUTPUTS.set(ctx.template, busy.add(name));
  try {
    return readString(value, ctx);
  } finally {
    busy.delete(name);
  }
}

/**
 * The parameters a parent template passes to its nested stack resource `logicalId`, read in the
 * parent's context (CDK passes each reference to a parent resource as such a parameter).
 */
export function passedParameters(parent: ReadContext, logicalId: string): (name: string) => Piece | undefined {
  return (name) => {
    const r = resourceOf(parent, logicalId);
    const params = r?.Type === 'AWS::CloudFormation::Stack' ? r.Properties?.['Parameters'] : undefined;
    if (typeof params !== 'object' || params === null || Array.isArray(params) || !own(params, name)) return undefined;
    return readString((params as { readonly [key: string]: TemplateValue })[name]!, parent);
  };
}

const escaped = (s: string): number => JSON.stringify(s).length - 2;
/** UTF-8 bytes of the escaped text (emit/size's count of a target in bytes). */
const escapedBytes = (s: string): number => utf8Length(JSON.stringify(s)) - 2;

/** UTF-8 bytes of a piece at its longest. */
export function bytesOf(p: Piece): number {
  return p.longBytes ?? p.long;
}

/** `longBytes` when `bytes` is more than `long`. */
function withBytes(p: Piece, bytes: number): Piece {
  return bytes > p.long ? { ...p, longBytes: bytes } : p;
}

/** A piece for literal text. */
export function literal(s: string): Piece {
  const n = escaped(s);
  return withBytes({ lint: s, short: n, long: n, notes: [], unknown: false }, escapedBytes(s));
}

function concat(parts: readonly Piece[]): Piece {
  let lint = '';
  let short = 0;
  let long = 0;
  const notes: TokenNote[] = [];
  let unknown = false;
  let bytes = 0;
  for (const p of parts) {
    lint += p.lint;
    short += p.short;
    long += p.long;
    bytes += bytesOf(p);
    notes.push(...p.notes);
    unknown ||= p.unknown;
  }
  return withBytes({ lint, short, long, notes, unknown }, bytes);
}

function token(token: string, lint: string, short: number, long: number, why: string, unknown = false): Piece {
  return { lint, short, long, notes: [{ token, longest: long, why, unknown }], unknown };
}

/**
 * Longest JSON text of a value that may hold any text (a parameter, an SSM parameter's value): at
 * most `chars` characters, and at most `bytes` UTF-8 bytes when that is known too (a CloudFormation
 * parameter value: 4,096 bytes). JSON escapes `"`, `\`, tab, line feed and carriage return as two
 * characters: every other character IAM accepts in a policy (U+0020-U+00FF) is one, so the text is at
 * most two characters a character (`\u0001` for another control character would be six; IAM and KMS
 * refuse those, and typed-iam assumes no policy holds one). In UTF-8 each escape adds a byte to a
 * one-byte character; a character is at most 4 bytes (beyond U+FFFF: services other than IAM and
 * KMS document no character set), so at most 4 bytes a character, or the bytes plus one for each
 * character when the bytes are bounded.
 */
export function textBound(chars: number, bytes?: number): { readonly long: number; readonly bytes: number } {
  const n = bytes === undefined ? chars : Math.min(chars, bytes);
  return { long: 2 * n, bytes: bytes === undefined ? 4 * chars : Math.min(4 * chars, bytes + n) };
}

/** A token holding any text of at most `chars` characters (and `bytes` bytes): its JSON text counted at {@link textBound}. */
function textToken(label: string, stand: string, chars: number, bytes: number | undefined, what: string): Piece {
  const b = textBound(chars, bytes);
  const why = `${what}: ${fmt(b.long)} characters as JSON if each is escaped (\\")`;
  return withBytes(token(label, stand, 0, b.long, why), b.bytes);
}

const fmt = (n: number): string => n.toLocaleString('en-US');

function own(obj: object, key: string): boolean {
  return Object.hasOwn(obj, key);
}

/** A JSON object of the template (a parameter's or a mapping's definition), not an intrinsic's list or a text. */
function isRecordValue(v: unknown): v is { readonly [key: string]: TemplateValue } {
  return isRecord(v);
}

function lengthFor(ctx: ReadContext, key: string): number | undefined {
  return own(ctx.lengths, key) ? ctx.lengths[key] : undefined;
}

/** A token nothing is known about; `single` when it stands for one value (not a list), so the element's bound holds for it. */
function unknownToken(ctx: ReadContext, key: string, stand: string, what: string, label = key, single = false): Piece {
  const given = lengthFor(ctx, key);
  if (given !== undefined) return token(label, stand, 0, given, `${what}, at most ${given} (as configured)`);
  const bound = single ? ctx.elementBound : undefined;
  if (bound !== undefined && bound.length < ctx.unknownLength)
    return token(label, stand, 0, bound.length, `${what}, unknown: counted at ${bound.length}, ${bound.what}; set its length (key "${key}") to size it exactly`, true);
  return token(label, stand, 0, ctx.unknownLength, `${what}, unknown: counted at ${ctx.unknownLength}; set its length (key "${key}") to size it exactly`, true);
}

/** True for a one-key object whose key is an intrinsic function or `Ref`. */
export function isIntrinsic(v: TemplateValue): v is { readonly [key: string]: TemplateValue } {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'));
}

/** A template object's properties (or a policy's elements). */
export type Props = { readonly [key: string]: TemplateValue };

/**
 * True for an object value that is no intrinsic function: a resource's properties, a policy
 * document, a statement, a condition block.
 *
 * @example
 * ```ts
 * import { isObject } from './tokens.js';
 * isObject({ Effect: 'Allow' }); // true
 * isObject({ Ref: 'Bucket' });   // false
 * isObject(['a']);               // false
 * ```
 */
export function isObject(v: TemplateValue | undefined): v is Props {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isIntrinsic(v);
}

/**
 * A template value as a list: an array's items, any other value as a list of itself, `undefined` as none.
 *
 * @example
 * ```ts
 * import { listOf } from './tokens.js';
 * listOf(['s3:GetObject', 's3:PutObject']).length; // 2
 * listOf('s3:GetObject');                           // ['s3:GetObject']
 * listOf(undefined);                                // []
 * ```
 */
export function listOf(v: TemplateValue | undefined): readonly TemplateValue[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? (v as readonly TemplateValue[]) : [v];
}

/** `{ Ref: 'AWS::NoValue' }`: the element is left out. */
export function isNoValue(v: TemplateValue): boolean {
  return isIntrinsic(v) && (v as { Ref?: unknown }).Ref === 'AWS::NoValue';
}

function pseudo(ctx: ReadContext, name: string): Piece | undefined {
  const known = name === 'AWS::AccountId' ? ctx.account : name === 'AWS::Region' ? ctx.region : name === 'AWS::Partition' ? ctx.partition : name === 'AWS::StackName' ? ctx.stackName : undefined;
  if (known !== undefined) return literal(known);
  if (name === 'AWS::StackId') {
    const uuid = token('uuid', '00000000-0000-0000-0000-000000000000', 36, 36, 'a stack id, 36 characters');
    const parts = [literal('arn:'), pseudo(ctx, 'AWS::Partition')!, literal(':cloudformation:'), pseudo(ctx, 'AWS::Region')!, literal(':'), pseudo(ctx, 'AWS::AccountId')!, literal(':stack/'), pseudo(ctx, 'AWS::StackName')!, literal('/'), uuid];
    const p = concat(parts);
    return { ...p, notes: [{ token: name, longest: p.long, why: 'a stack ARN', unknown: false }] };
  }
  const info = own(PSEUDO, name) ? PSEUDO[name] : undefined;
  if (info === undefined) return undefined;
  const max = lengthFor(ctx, name) ?? info.max;
  return token(name, info.stand, Math.min(info.min, max), max, max === info.max ? info.what : `${info.what.split(',')[0]}, at most ${max} (as configured)`);
}

function resourceOf(ctx: ReadContext, logicalId: string): TemplateResource | undefined {
  const resources = ctx.template.Resources;
  return resources !== undefined && own(resources, logicalId) ? resources[logicalId] : undefined;
}

/** The physical name of a resource: its name property, else a name CloudFormation generates. */
function nameOf(ctx: ReadContext, logicalId: string, r: TemplateResource, shape: ResourceShape, depth: number): Piece {
  const given = lengthFor(ctx, logicalId) ?? lengthFor(ctx, r.Type);
  const prop = shape.nameProperty === undefined ? undefined : r.Properties?.[shape.nameProperty];
  const drop = shape.dropPrefix;
  // a name written in the template is exact: a length given for the type or the resource bounds only names not written
  if (typeof prop === 'string') return literal(drop !== undefined && prop.toLowerCase().startsWith(drop) ? prop.slice(drop.length) : prop);
  if (prop !== undefined && given === undefined) {
    const p = readString(prop, ctx, depth + 1);
    // a name given by a token: the service accepts none longer than nameMax; lint reads it without the prefix the value leaves out
    if (p !== undefined) {
      const dropped = drop !== undefined && p.lint.toLowerCase().startsWith(drop);
      const long = Math.min(p.long, shape.nameMax);
      return { ...p, lint: dropped ? p.lint.slice(drop.length) : p.lint, short: Math.min(dropped ? Math.max(0, p.short - drop.length) : p.short, long), long, unknown: false };
    }
  }
  let stand = shape.lowerCase === true ? logicalId.toLowerCase() : logicalId;
  // cut to the longest name, ending in a digest of the whole logical ID: two resources whose IDs share
  // the first nameMax characters (CDK's long nested paths) read as two names, not one (lint called the
  // second entry of a grant on both redundant)
  if (stand.length > shape.nameMax) {
    const tail = shape.nameMax >= 24 ? 12 : 8;
    stand = stand.slice(0, shape.nameMax - tail) + standInId(logicalId, tail, shape.lowerCase !== true);
  }
  const max = given ?? shape.nameMax;
  const why = given !== undefined ? `name at most ${max} (as configured)` : prop === undefined ? `name generated by CloudFormation, at most ${max}` : `name at most ${max}`;
  return { lint: stand, short: Math.min(shape.nameMin ?? 1, max), long: max, notes: [{ token: `${logicalId} name`, longest: max, why, unknown: false }], unknown: false };
}

/**
 * `length` letters and digits (upper case with `upper`) drawn from a digest of `seed`: the same
 * seed gives the same text in every read (a policy and its suppression's reference, both sides of
 * `cdk diff`), and two seeds differ with near certainty (FNV-1a, then xorshift). Lint text only.
 */
function standInId(seed: string, length: number, upper: boolean): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  if (h === 0) h = 1; // xorshift stays at 0
  let out = '';
  while (out.length < length) {
    h ^= h << 13;
    h ^= h >>> 17;
    h ^= h << 5;
    h >>>= 0;
    out += (h % 36).toString(36);
  }
  return upper ? out.toUpperCase() : out;
}

function expand(ctx: ReadContext, pattern: string, logicalId: string, r: TemplateResource, shape: ResourceShape, depth: number): Piece {
  const parts: Piece[] = [];
  let i = 0;
  while (i < pattern.length) {
    const open = pattern.indexOf('{', i);
    if (open < 0) {
      parts.push(literal(pattern.slice(i)));
      break;
    }
    if (open > i) parts.push(literal(pattern.slice(i, open)));
    const close = pattern.indexOf('}', open);
    const what = pattern.slice(open + 1, close);
    i = close + 1;
    if (what === 'P') parts.push(pseudo(ctx, 'AWS::Partition')!);
    else if (what === 'R') parts.push(pseudo(ctx, 'AWS::Region')!);
    else if (what === 'A') parts.push(pseudo(ctx, 'AWS::AccountId')!);
    else if (what === 'S') parts.push(pseudo(ctx, 'AWS::URLSuffix')!);
    else if (what === 'name') parts.push(nameOf(ctx, logicalId, r, shape, depth));
    else if (what === 'path') {
      const path = r.Properties?.['Path'];
      parts.push(path === undefined ? literal('/') : (readString(path, ctx, depth + 1) ?? literal('/')));
    } else if (what === 'value') {
      // a value bounded by the resource's properties (an SSM parameter's tier); a shape without the bound: unknown
      const bound = shape.valueMax?.(r.Properties ?? {});
      parts.push(bound === undefined ? unknownToken(ctx, `${logicalId} value`, 'token', 'a value') : { ...textToken(`${logicalId} value`, 'a'.repeat(16), bound.max, undefined, bound.why), short: 1 });
    } else if (what.startsWith('id:') || what.startsWith('ID:')) {
      // lint reads a stand-in of the id's characters, lower case or upper case for an IAM unique id
      // (AROA...), as long as the id up to 40 (a VPC endpoint's 17: 16 was an INVALID_VPCE_FORMAT error),
      // one per resource (two endpoints in one aws:SourceVpce list read as one before)
      const n = Number(what.slice(3));
      parts.push({ lint: standInId(`${logicalId} ${what}`, Math.min(n, 40), what.startsWith('ID:')), short: 1, long: n, notes: [], unknown: false });
    } else if (what.startsWith('hex:')) {
      // in full: lint reads a canonical user id by its length (64 or 96 hex digits)
      const n = Number(what.slice(4));
      parts.push({ lint: 'a'.repeat(n), short: n, long: n, notes: [], unknown: false });
    }
  }
  return concat(parts);
}

function reference(ctx: ReadContext, logicalId: string, attribute: string | undefined, depth: number): Piece {
  const label = attribute === undefined ? `Ref ${logicalId}` : `${logicalId}.${attribute}`;
  const r = resourceOf(ctx, logicalId);
  if (r === undefined) {
    if (attribute === undefined) {
      // own keys only: `Ref: toString` names no parameter (a prototype's member counted as a short one before)
      const params = ctx.template.Parameters;
      const param = params !== undefined && own(params, logicalId) ? params[logicalId] : undefined;
      if (isRecordValue(param)) return parameter(ctx, logicalId, param);
      const ps = pseudo(ctx, logicalId);
      if (ps !== undefined) return ps;
    }
    return unknownToken(ctx, label, standFor(attribute), 'a value from outside this template', label, true);
  }
  if (r.Type === 'Custom::AWSCDKCfnJson' && attribute === 'Value' && r.Properties?.['Value'] !== undefined) {
    // CfnJson: the JSON text of its Value property, parsed at deploy time (a condition block with
    // token keys). Its escaped text bounds the compact JSON; lint cannot see inside, so it stays unknown.
    const text = readString(r.Properties['Value'], ctx, depth + 1);
    if (text !== undefined) return { ...text, short: 0, unknown: true, notes: [{ token: label, longest: text.long, why: 'the JSON text of a CfnJson', unknown: false }] };
  }
  const shape = own(RESOURCE_SHAPES, r.Type) ? RESOURCE_SHAPES[r.Type] : undefined;
  // own keys only: `Fn::GetAtt [Bucket, constructor]` read a function as the pattern (a TypeError)
  const pattern = shape === undefined ? undefined : attribute === undefined ? shape.ref : own(shape.attributes, attribute) ? shape.attributes[attribute] : undefined;
  if (shape === undefined || pattern === undefined) {
    const given = lengthFor(ctx, logicalId) ?? lengthFor(ctx, label);
    if (given !== undefined) return token(label, standFor(attribute), 0, given, `${r.Type} ${attribute ?? 'Ref'}, at most ${given} (as configured)`);
    if (r.Type === 'AWS::CloudFormation::Stack' && attribute?.startsWith('Outputs.') === true) {
      const found = ctx.nestedOutput?.(logicalId, attribute.slice('Outputs.'.length));
      if (found !== undefined) return { ...found, notes: [{ token: label, longest: found.long, why: 'an output of a nested stack, read there', unknown: found.unknown }] };
    }
    return unknownToken(ctx, label, standFor(attribute), `${attribute ?? 'Ref'} of ${r.Type}`, label, true);
  }
  const p = expand(ctx, pattern, logicalId, r, shape, depth);
  const entity = entityOf(ctx.stackKey, logicalId, r, ctx.account);
  return { ...p, notes: [{ token: label, longest: p.long, why: whyOf(r.Type, attribute, p), unknown: p.unknown }], ...(entity === undefined ? {} : { entity }) };
}

const ENTITY_TYPES: { readonly [type: string]: readonly [kind: string, nameProperty: string] } = {
  'AWS::IAM::Role': ['role', 'RoleName'],
  'AWS::IAM::User': ['user', 'UserName'],
  'AWS::IAM::Group': ['group', 'GroupName'],
};

/**
 * One IAM role, user or group however a template names it: `role:<account>:<name>` when its name
 * is written (IAM names are unique in an account, ignoring case: `Roles: ['worker']` in one stack
 * and a role named `Worker` in another stack of the same account are one role; two accounts' roles
 * of one name are two), else `<stack key>#<logical ID>` (CDK gives two stacks' resources the same
 * logical IDs). `<account>` is the stack's account, `?` when not known at synth (an env-agnostic
 * stack: see {@link sameEntities}). Undefined for other resources.
 */
export function entityOf(stackKey: string | undefined, logicalId: string, r: TemplateResource, account?: string): string | undefined {
  const t = own(ENTITY_TYPES, r.Type) ? ENTITY_TYPES[r.Type] : undefined;
  if (t === undefined) return undefined;
  const name = r.Properties?.[t[1]];
  return typeof name === 'string' ? entityNamed(t[0], name, account) : `${stackKey ?? ''}#${logicalId}`;
}

/** The entity of a role, user or group named by text (`Roles: ['worker']`) in a stack of `account`: see {@link entityOf}. */
export function entityNamed(kind: string, name: string, account?: string): string {
  return `${kind}:${account !== undefined && isAccountId(account) ? account : UNKNOWN_ACCOUNT}:${name.toLowerCase()}`;
}

/** The account of a named entity of a stack whose account is not known at synth. */
const UNKNOWN_ACCOUNT = '?';

/**
 * Whether the entities `a` and `b` may be one role, user or group: equal, or named alike where one
 * stack's account is not known at synth (an env-agnostic stack may deploy to any account): so sums
 * over entities stay conservative.
 */
export function sameEntities(a: string, b: string): boolean {
  if (a === b) return true;
  const x = alikeKey(a);
  const y = alikeKey(b);
  return x !== undefined && y !== undefined && x.key === y.key && (x.anyAccount || y.anyAccount);
}

/**
 * What {@link sameEntities} compares of two entities that differ: `key`, kind and name
 * (`role:worker`, the same for every account), and whether the account is not known at synth.
 * Undefined for an entity not named by text (`<stack>#<logical ID>`), which is only itself. An
 * index of entities by `key` finds those that may be one entity without comparing every pair.
 */
export function alikeKey(entity: string): { readonly key: string; readonly anyAccount: boolean } | undefined {
  const x = namedEntity(entity);
  // a kind is a word (no `:`), so kind and name are told apart again in the key
  return x === undefined ? undefined : { key: `${x.kind}:${x.name}`, anyAccount: x.account === UNKNOWN_ACCOUNT };
}

function whyOf(type: string, attribute: string | undefined, p: Piece): string {
  const name = p.notes.find((n) => n.token.endsWith(' name') || n.token.endsWith(' value'));
  return `${attribute === undefined ? 'Ref' : attribute} of ${type}${name === undefined ? '' : ` (${name.why})`}`;
}

function standFor(attribute: string | undefined): string {
  return attribute !== undefined && /arn$/i.test(attribute) ? 'arn:aws:iam::123456789012:token' : 'token';
}

function parameter(ctx: ReadContext, name: string, param: { readonly [key: string]: TemplateValue }): Piece {
  const given = lengthFor(ctx, name);
  const allowed = param['AllowedValues'];
  // an empty Default is the idiom of an optional parameter, used where a condition says it is not empty (an ARN
  // of an empty bucket name read by lint matched no resource type): lint reads the parameter's name in its place
  const stand = typeof param['Default'] === 'string' && param['Default'] !== '' ? param['Default'] : name;
  if (given !== undefined) return token(`Ref ${name}`, stand, 0, given, `parameter ${name}, at most ${given} (as configured)`);
  // its value (what a parent passes, its AllowedValues) names a Systems Manager parameter, whose value CloudFormation passes on
  const type = param['Type'];
  const ssm = typeof type === 'string' ? /^AWS::SSM::Parameter::Value<(.*)>$/.exec(type)?.[1] : undefined;
  if (ssm !== undefined) return ssmParameter(ctx, name, ssm);
  const passed = ctx.parameterValue?.(name);
  if (passed !== undefined) return { ...passed, notes: [{ token: `Ref ${name}`, longest: passed.long, why: 'passed by the parent stack', unknown: passed.unknown }] };
  if (Array.isArray(allowed) && allowed.every((v) => typeof v === 'string' || typeof v === 'number')) {
    const lens = allowed.map((v) => escaped(String(v)));
    const bytes = allowed.map((v) => escapedBytes(String(v)));
    const first = allowed.map(String).find((v) => v !== '') ?? stand;
    return withBytes(token(`Ref ${name}`, first, Math.min(...lens), Math.max(...lens), `parameter ${name}, one of its AllowedValues`), Math.max(...bytes));
  }
  const max = param['MaxLength'];
  if (typeof max === 'number' || (typeof max === 'string' && /^\d+$/.test(max))) {
    // one entry of a principal: no longer than IAM accepts there
    const bound = ctx.elementBound;
    if (bound !== undefined && (type === undefined || type === 'String') && bound.length < textBound(Number(max), CFN_PARAMETER_BYTES).long)
      return token(`Ref ${name}`, stand, 0, bound.length, `parameter ${name}, MaxLength ${Number(max)}; counted at ${bound.length}, ${bound.what}`);
    return textToken(`Ref ${name}`, stand, Number(max), CFN_PARAMETER_BYTES, `parameter ${name}, MaxLength ${Number(max)}`);
  }
  // a String parameter is one value; a list type (CommaDelimitedList, List<...>) may hold several
  return unknownToken(ctx, `Ref ${name}`, stand, `parameter ${name}`, `Ref ${name}`, type === undefined || type === 'String');
}

/** Longest value of a CloudFormation parameter (CloudFormation quotas: parameter value, 4,096 bytes). */
const CFN_PARAMETER_BYTES = 4096;

/**
 * A parameter of type `AWS::SSM::Parameter::Value<T>`: CloudFormation passes the value of the
 * Systems Manager parameter it names, whose tier is not in the template, so up to an Advanced
 * parameter's 8,192 characters ({@link SSM_VALUE_MAX}). `T` a list (`List<...>`,
 * `CommaDelimitedList`): the value is split on commas into a JSON list, each comma `","`; one value
 * in a principal entry: no longer than IAM accepts there.
 */
function ssmParameter(ctx: ReadContext, name: string, type: string): Piece {
  const label = `Ref ${name}`;
  const n = SSM_VALUE_MAX.advanced;
  const what = `parameter ${name}, the value of a Systems Manager parameter (tier unknown: at most ${fmt(n)} characters)`;
  // lint cannot read the value (the parameter's Default is the Systems Manager parameter's name): unknown to lint, known in length
  const list = type.startsWith('List<') || type === 'CommaDelimitedList';
  if (!list) {
    const bound = ctx.elementBound;
    if (bound !== undefined && bound.length < 2 * n) return { ...token(label, 'token', 0, bound.length, `${what}; counted at ${bound.length}, ${bound.what}`), unknown: true };
    return { ...textToken(label, 'token', n, undefined, what), unknown: true };
  }
  // [...] of k+1 entries for k commas: 4 + 3k + the rest escaped (2 characters, 4 bytes a character); the stand-in's quotes are the brackets
  const long = 3 * n + 2;
  return { ...withBytes(token(label, 'token', 0, long, `${what}, split on commas into a list: ${fmt(long)} characters as JSON`), 4 * n + 2), unknown: true };
}

/** Alternatives: the shortest and the longest of several possible values; lint reads the first. */
function either(options: readonly Piece[]): Piece {
  const first = options[0]!;
  const piece = {
    lint: first.lint,
    short: Math.min(...options.map((o) => o.short)),
    long: Math.max(...options.map((o) => o.long)),
    notes: options.flatMap((o) => o.notes),
    unknown: options.some((o) => o.unknown),
  };
  return withBytes(piece, Math.max(...options.map(bytesOf)));
}

/** The text of a key of `Fn::FindInMap` when it is known at synth (text, a `Ref` of the stack's known region), else `undefined`. */
function keyText(v: TemplateValue | undefined, ctx: ReadContext, depth: number): string | undefined {
  if (typeof v === 'string') return v;
  if (v === undefined || !isIntrinsic(v)) return undefined;
  const p = readString(v, ctx, depth + 1);
  return p !== undefined && !p.unknown && p.notes.length === 0 && p.short === p.long ? p.lint : undefined;
}

/** A piece of an `Fn::Sub` text: literal text, the value of one of its variables, or a reference (`${Id}`, `${Id.Attr}`). */
export type SubPiece = { readonly text: string } | { readonly value: TemplateValue } | { readonly ref: string; readonly attr?: string };

/**
 * The pieces of an `Fn::Sub` (its string form or `[text, variables]`), or `undefined` when `v` is
 * no `Fn::Sub`: the one reading of its placeholders (`${!Literal}` is text).
 */
export function subPieces(v: TemplateValue): SubPiece[] | undefined {
  const arg = isIntrinsic(v) ? (v as { 'Fn::Sub'?: unknown })['Fn::Sub'] : undefined;
  const [text, given] = typeof arg === 'string' ? [arg, undefined] : Array.isArray(arg) && typeof arg[0] === 'string' ? [arg[0] as string, arg[1] as unknown] : [undefined, undefined];
  if (text === undefined) return undefined;
  const vars = typeof given === 'object' && given !== null && !Array.isArray(given) ? (given as { readonly [key: string]: TemplateValue }) : {};
  const out: SubPiece[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('${', i);
    const close = open < 0 ? -1 : text.indexOf('}', open);
    if (close < 0) {
      out.push({ text: text.slice(i) });
      break;
    }
    out.push({ text: text.slice(i, open) });
    const name = text.slice(open + 2, close);
    i = close + 1;
    const dot = name.indexOf('.');
    out.push(name.startsWith('!') ? { text: `\${${name.slice(1)}}` } : own(vars, name) ? { value: vars[name]! } : dot < 0 ? { ref: name } : { ref: name.slice(0, dot), attr: name.slice(dot + 1) });
  }
  return out;
}

/**
 * Reads a string value of a template: text, or an intrinsic that yields a string. `undefined` for
 * `AWS::NoValue`. Values that are not strings (numbers, booleans) are read as their text.
 *
 * @example
 * ```ts
 * import { readContext } from './template.js';
 * import { readString } from './tokens.js';
 * const ctx = readContext({ Resources: {} });
 * readString({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::b']] }, ctx);
 * // { lint: 'arn:aws:s3:::b', short: 14, long: 21, ... }
 * ```
 */
export function readString(v: TemplateValue, ctx: ReadContext, depth = 0): Piece | undefined {
  if (typeof v === 'string') return literal(v);
  if (typeof v === 'number' || typeof v === 'boolean') return literal(String(v));
  if (depth > 32 || !isIntrinsic(v)) return unknownToken(ctx, 'value', 'token', 'a value typed-iam cannot read');
  const [fn, arg] = Object.entries(v)[0]!;
  switch (fn) {
    case 'Ref':
      if (arg === 'AWS::NoValue') return undefined;
      return typeof arg === 'string' ? reference(ctx, arg, undefined, depth) : unknownToken(ctx, 'Ref', 'token', 'a Ref');
    case 'Fn::GetAtt': {
      const [id, attr] = typeof arg === 'string' ? [arg.slice(0, arg.indexOf('.')), arg.slice(arg.indexOf('.') + 1)] : Array.isArray(arg) ? arg : [];
      if (typeof id === 'string' && typeof attr === 'string') return reference(ctx, id, attr, depth);
      return unknownToken(ctx, 'Fn::GetAtt', 'token', 'an attribute');
    }
    case 'Fn::Join': {
      if (!Array.isArray(arg) || typeof arg[0] !== 'string' || !Array.isArray(arg[1])) return unknownToken(ctx, 'Fn::Join', 'token', 'a joined list');
      const sep = arg[0];
      const parts: Piece[] = [];
      for (const item of arg[1] as readonly TemplateValue[]) {
        const p = readString(item, ctx, depth + 1);
        if (p === undefined) continue;
        if (parts.length > 0 && sep !== '') parts.push(literal(sep));
        parts.push(p);
      }
      return concat(parts);
    }
    case 'Fn::Sub': {
      const pieces = subPieces(v);
      if (pieces === undefined) return unknownToken(ctx, 'Fn::Sub', 'token', 'a substitution');
      return concat(pieces.map((p) => ('text' in p ? literal(p.text) : 'value' in p ? (readString(p.value, ctx, depth + 1) ?? literal('')) : reference(ctx, p.ref, p.attr, depth))));
    }
    case 'Fn::If': {
      if (!Array.isArray(arg) || arg.length !== 3) return unknownToken(ctx, 'Fn::If', 'token', 'a condition');
      // one branch when the chooser picks it (AWS::NoValue then leaves the value out), else both: lint reads the first
      const picked = ctx.choose?.(ifKey(arg[0]), 2);
      if (picked !== undefined) return readString(arg[1 + picked] as TemplateValue, ctx, depth + 1);
      return either([arg[1], arg[2]].map((o) => readString(o as TemplateValue, ctx, depth + 1) ?? literal('')));
    }
    case 'Fn::Select': {
      if (!Array.isArray(arg) || arg.length !== 2) return unknownToken(ctx, 'Fn::Select', 'token', 'a selected value');
      const [index, list] = arg as [TemplateValue, TemplateValue];
      if (Array.isArray(list)) {
        const n = typeof index === 'number' || (typeof index === 'string' && /^\d+$/.test(index)) ? Number(index) : undefined;
        // an index known only at deploy time (a parameter): each element is an option of the choice the index makes
        const picked = n === undefined && list.length > 0 ? ctx.choose?.(`select:${JSON.stringify(index)}`, list.length) : undefined;
        const items = (n !== undefined ? list.slice(n, n + 1) : picked !== undefined ? list.slice(picked, picked + 1) : list).map((x) => readString(x, ctx, depth + 1) ?? literal(''));
        return items.length === 0 ? literal('') : either(items);
      }
      if (isIntrinsic(list) && Array.isArray((list as { 'Fn::Split'?: unknown })['Fn::Split'])) {
        const [delim, source] = (list as { 'Fn::Split': readonly TemplateValue[] })['Fn::Split'];
        const whole = readString(source ?? '', ctx, depth + 1) ?? literal('');
        const n = Number(index);
        const lint = typeof delim === 'string' && Number.isInteger(n) ? (whole.lint.split(delim)[n] ?? whole.lint) : whole.lint;
        return { ...whole, lint, short: 0 };
      }
      if (isIntrinsic(list) && own(list, 'Fn::GetAZs')) return token('Fn::GetAZs', 'us-east-1a', 10, 20, 'an availability zone');
      return unknownToken(ctx, 'Fn::Select', 'token', 'an item of a list');
    }
    case 'Fn::Split': {
      // a list: each delimiter becomes `","` (3 characters) in the JSON, so the list is longer than its source when the
      // delimiter is shorter than 3 (account ids split on "," grow by 2 each); lint cannot read the entries
      const [delim, source] = Array.isArray(arg) && arg.length === 2 ? (arg as [TemplateValue, TemplateValue]) : [undefined, undefined];
      // the source holds every entry: the bound of one entry of the element (a principal ARN) does not hold for it
      const whole = typeof delim === 'string' && delim !== '' && source !== undefined ? readString(source, { ...ctx, elementBound: undefined }, depth + 1) : undefined;
      if (whole === undefined) return unknownToken(ctx, 'Fn::Split', 'token', 'a split list');
      const d = escaped(delim as string);
      // the stand-in is a string: its two quotes are the list's brackets; literal text splits exactly
      const long = typeof source === 'string' ? JSON.stringify(source.split(delim as string)).length - 2 : whole.long + Math.max(0, 3 - d) * Math.floor(whole.long / d) + 2;
      // the delimiters and the JSON around the entries are ASCII: the bytes beyond the length are the source's
      const bytes = typeof source === 'string' ? utf8Length(JSON.stringify(source.split(delim as string))) - 2 : long + bytesOf(whole) - whole.long;
      const list: Piece = { lint: 'token', short: typeof source === 'string' ? long : 0, long, notes: [{ token: 'Fn::Split', longest: long, why: `a list split from a value of at most ${whole.long} characters, as JSON`, unknown: false }, ...whole.notes], unknown: true };
      return withBytes(list, bytes);
    }
    case 'Fn::FindInMap': {
      if (!Array.isArray(arg) || arg.length < 3) return unknownToken(ctx, 'Fn::FindInMap', 'token', 'a mapping value');
      const maps = ctx.template.Mappings;
      const map = typeof arg[0] === 'string' && maps !== undefined && own(maps, arg[0]) && isRecordValue(maps[arg[0]]) ? maps[arg[0]] : undefined;
      if (map === undefined) return unknownToken(ctx, 'Fn::FindInMap', 'token', 'a mapping value');
      // a key known at synth (text, the stack's region) names one entry; another (a parameter, an unknown region) is a
      // choice among the mapping's keys, one key standing for one value wherever the template uses it
      const k1 = keyText(arg[1], ctx, depth);
      const k2 = keyText(arg[2], ctx, depth);
      const pick = <T>(options: readonly T[], key: string): readonly T[] => {
        const i = options.length > 0 ? ctx.choose?.(key, options.length) : undefined;
        return i === undefined ? options : options.slice(i, i + 1);
      };
      const tops = k1 !== undefined ? (own(map, k1) ? [map[k1]!] : []) : pick(Object.values(map), `map:${arg[0]}:${JSON.stringify(arg[1])}`);
      const seconds = [...new Set(tops.filter(isRecordValue).flatMap((t) => Object.keys(t)))];
      const second = k2 !== undefined ? undefined : pick(seconds, `mapkey:${arg[0]}:${JSON.stringify(arg[2])}`);
      // a second key chosen that a top entry lacks: that entry's every value (a combination CloudFormation refuses, read anyway)
      const values = tops.filter(isRecordValue).flatMap((t) => {
        if (k2 !== undefined) return own(t, k2) ? [t[k2]!] : [];
        const named = (second ?? seconds).filter((k) => own(t, k));
        return named.length > 0 ? named.map((k) => t[k]!) : Object.values(t);
      });
      const pieces = values.map((x) => readString(x, ctx, depth + 1) ?? literal(''));
      return pieces.length === 0 ? unknownToken(ctx, 'Fn::FindInMap', 'token', 'a mapping value') : either(pieces);
    }
    case 'Fn::ImportValue': {
      const name = typeof arg === 'string' ? arg : undefined;
      if (name !== undefined) {
        const given = lengthFor(ctx, name);
        if (given === undefined) {
          const found = ctx.importValue?.(name);
          if (found !== undefined) return { ...found, notes: [{ token: `Fn::ImportValue ${name}`, longest: found.long, why: 'exported by another stack of the assembly', unknown: found.unknown }] };
        }
      }
      // an export is one string
      return unknownToken(ctx, name ?? 'Fn::ImportValue', 'arn:aws:iam::123456789012:token', 'an exported value', `Fn::ImportValue ${name ?? '(computed name)'}`, true);
    }
    default:
      return unknownToken(ctx, fn, 'token', `${fn} (not read by typed-iam)`);
  }
}
