/**
 * The small runtime behind the generated ARN helpers: one formatter shared by every service.
 * Generated services call {@link defineService} with their packed templates.
 */
import { PolicyArgumentError, PolicyValidationError } from '../errors.js';
import { arnMessages, unknownOption } from '../messages.js';
import { readOptionValues } from '../internal/option-values.js';
import { isPolicyPartition } from '../model/arn.js';
import type { Partition } from '../builder/principal.js';
import { emptyNamesOf } from '../catalog/empty-names.js';

/** An ARN as `.on(...)` accepts it. */
export type Arn = `arn:${string}`;

/** Defaults for the partition, region and account segments of the ARNs a helper builds. */
export interface ArnDefaults {
  /** Partition; default `aws`. */
  readonly partition?: Partition;
  /** Region; default `*`. Ignored by resource types whose ARN has no region. */
  readonly region?: string;
  /** Account id; default `*`. Ignored by resource types whose ARN has no account. */
  readonly account?: string;
}

/** Options of a helper whose ARN has neither region nor account (S3 buckets, ...). */
export interface ArnOptions {
  /** Partition; default `aws` (or the context's). */
  readonly partition?: Partition;
}
/** Options of a helper whose ARN has a region but no account. */
export interface ArnOptionsWithRegion extends ArnOptions {
  /** Region; default `*` (or the context's). */
  readonly region?: string;
}
/** Options of a helper whose ARN has an account but no region (IAM, ...). */
export interface ArnOptionsWithAccount extends ArnOptions {
  /** Account id; default `*` (or the context's). */
  readonly account?: string;
}
/** Options of a helper whose ARN has a region and an account. */
export interface ArnOptionsWithRegionAccount extends ArnOptionsWithRegion, ArnOptionsWithAccount {}

/**
 * The fields of one ARN template: each variable is a required string (a name, an IAM wildcard
 * such as `*`, or a policy variable such as `${aws:username}`), plus the segment options.
 */
export type ArnFields<F extends string, O extends ArnOptions> = { readonly [K in F]: string } & O;

/** Builds the ARN of one resource type from its fields. */
export interface ArnHelper<P> {
  (fields: P): Arn;
}
/** Builds the ARN of a resource type whose template has no variable of its own. */
export interface OptionalArnHelper<O extends ArnOptions> {
  (fields?: O): Arn;
}

declare const service: unique symbol;
/** What every generated service helper object has: its service prefix (type-level brand). */
export interface ServiceArns {
  readonly [service]: string;
}

const BIND = Symbol.for('typed-iam.arn.bind');

type Values = Readonly<Record<string, unknown>>;

function fail(message: string): never {
  throw new PolicyValidationError([{ path: 'Resource', code: 'INVALID_RESOURCE', message }]);
}

/** The variables of a packed template (`${name}` with lowerCamel names). */
function fieldsOf(template: string): string[] {
  const out: string[] = [];
  let at = template.indexOf('${');
  while (at >= 0) {
    const end = template.indexOf('}', at);
    out.push(template.slice(at + 2, end));
    at = template.indexOf('${', end);
  }
  return out;
}

/** The segments every ARN has a default for (`arnContext`'s defaults). */
const SEGMENTS: readonly string[] = ['partition', 'region', 'account'];
const isSegment = (name: string) => SEGMENTS.includes(name);

function format(where: string, templates: readonly string[], fields: Values, defaults: ArnDefaults, mayBeEmpty: readonly string[]): Arn {
  // several templates (e.g. API Gateway v1 and v2): the first whose own fields are all given
  let chosen = templates[0]!;
  if (templates.length > 1) {
    const fits = templates.find((t) => fieldsOf(t).every((f) => isSegment(f) || fields[f] !== undefined));
    if (fits !== undefined) chosen = fits;
  }
  const value = (name: string): string => {
    const v = fields[name] ?? (isSegment(name) ? defaults[name as keyof ArnDefaults] : undefined);
    if (v === undefined) {
      if (name === 'region' || name === 'account') return '*';
      fail(arnMessages.missingField(where, name));
    }
    if (typeof v !== 'string' || (v === '' && !mayBeEmpty.includes(name.toLowerCase()))) fail(arnMessages.emptyField(where, name, v));
    return v;
  };
  const partition = fields['partition'] ?? defaults.partition ?? 'aws';
  // a typo ('aws-gov') made an ARN of no partition, which matches nothing (lint: INVALID_PARTITION)
  if (typeof partition !== 'string' || !isPolicyPartition(partition)) fail(arnMessages.partition(where, partition));
  let out = `arn:${partition}:`;
  let from = 0;
  let at = chosen.indexOf('${');
  while (at >= 0) {
    const end = chosen.indexOf('}', at);
    out += chosen.slice(from, at) + value(chosen.slice(at + 2, end));
    from = end + 1;
    at = chosen.indexOf('${', from);
  }
  return (out + chosen.slice(from)) as Arn;
}

/**
 * The fields of one helper's call as a copy, each read once (the template is chosen and the ARN
 * written from the same values): a name that is no field of its ARN (`known`) is refused, as read
 * as absent a misspelt `acount` or `regoin` gave `*`, any account or Region, and a misspelt
 * `partiton` the `aws` partition.
 */
function readHelperFields(where: string, known: readonly string[], fields: unknown): Values {
  if (fields === undefined || fields === null) return {};
  if (typeof fields !== 'object') throw new PolicyArgumentError('fields', arnMessages.notObject(where, 'fields', fields));
  const read = readOptionValues(fields, known);
  if ('unknown' in read) fail(arnMessages.unknownField(where, read.unknown, known));
  return read.options;
}

function build(prefix: string, spec: string, defaults: ArnDefaults): ServiceArns {
  const helpers: Record<string | symbol, unknown> = {};
  // the fields whose value may be empty (catalog/empty-names.ts): a helper's field is the variable's
  // name in lowerCamel case (scripts/generate-catalog.ts), which only drops separators and changes case
  const mayBeEmpty = emptyNamesOf(prefix).map((v) => v.replace(/[^A-Za-z0-9]/g, '').toLowerCase());
  for (const entry of spec.split('|')) {
    const eq = entry.indexOf('=');
    const name = entry.slice(0, eq);
    const templates = entry.slice(eq + 1).split('!');
    const where = `${prefix}.${name}`;
    // the names a call may give, found at its first call (not when the service is defined: importing
    // typed-iam/arn defines every service)
    let known: readonly string[] | undefined;
    helpers[name] = (fields?: Values) =>
      format(where, templates, readHelperFields(where, (known ??= [...new Set(['partition', ...templates.flatMap(fieldsOf)])]), fields), defaults, mayBeEmpty);
  }
  Object.defineProperty(helpers, BIND, { value: (more: ArnDefaults) => build(prefix, spec, { ...defaults, ...more }) });
  return Object.freeze(helpers) as unknown as ServiceArns;
}

/** @internal Used by the generated helpers: the helper object of one service. */
export function defineService<T extends ServiceArns>(prefix: string, spec: string): T {
  return build(prefix, spec, {}) as T;
}

/** The services of `T` (drops anything that is not a service helper object). */
export type BoundServices<T> = { readonly [K in keyof T as T[K] extends ServiceArns ? K : never]: T[K] };

/**
 * Binds partition, region and account defaults to a group of service helpers.
 *
 * @example
 * ```ts
 * import { arnContext, dynamodb, s3 } from 'typed-iam/arn';
 * const prod = arnContext({ region: 'eu-west-1', account: '123456789012' }, { dynamodb, s3 });
 * prod.dynamodb.table({ tableName: 'Orders' }); // 'arn:aws:dynamodb:eu-west-1:123456789012:table/Orders'
 * ```
 * Passing the whole namespace (`import * as arn from 'typed-iam/arn'`) binds every service, at
 * the price of bundling all of them.
 */
export function arnContext<const T extends object>(defaults: ArnDefaults, services: T): BoundServices<T> {
  // from JavaScript: no services was a TypeError inside, and defaults of null failed only at the first ARN
  for (const [argument, v] of [['defaults', defaults], ['services', services]] as const)
    if (typeof v !== 'object' || v === null) throw new PolicyArgumentError(argument, arnMessages.notObject('arnContext', argument, v));
  // read once, and no other name: a misspelt `acount` was read as absent, so every ARN named any account
  const given = readOptionValues(defaults, SEGMENTS);
  if ('unknown' in given) throw new PolicyArgumentError('defaults', unknownOption(given.unknown, SEGMENTS));
  const read: ArnDefaults = given.options;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(services)) {
    const bind = (value as { [BIND]?: (d: ArnDefaults) => ServiceArns } | null)?.[BIND];
    if (typeof bind === 'function') out[key] = bind(read);
  }
  return Object.freeze(out) as BoundServices<T>;
}
