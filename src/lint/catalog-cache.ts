/**
 * Catalog lookups for the rules, cached per action pattern for the life of the process: a corpus of
 * policies repeats the same few thousand patterns, so each is expanded and summarised once.
 */
import {
  actionInfo,
  conditionKeyInfo,
  expandActions,
  hasService,
  matchesArnTemplate,
  resourceTypeInfo,
  resourceTypesOf,
  type ActionInfo,
  type ConditionKeyInfo,
} from '../catalog/index.js';
import { arnServices } from '../catalog/data.js';
import { BoundedCache } from '../model/bounded-cache.js';

/** What the rules need to know about one action pattern (`s3:Get*`, `iam:PassRole`, `*`). */
export interface PatternData {
  /** Canonical actions the pattern matches. */
  readonly actions: readonly string[];
  readonly infos: readonly ActionInfo[];
  /** True when the pattern matches actions and none of them has a resource type (only `Resource: "*"` works). */
  readonly starOnly: boolean;
}

/**
 * Sized for a corpus: the 1,594 AWS managed policies name 12,914 distinct action patterns, and a
 * cache that clears below that recomputes every pattern on every pass (lint ran 60x slower than
 * parsing at 4,096). Most entries are one-action patterns (an array of one string).
 */
const PATTERNS = 32_768;
const patterns = new BoundedCache<string, PatternData>(PATTERNS);
const keySets = new BoundedCache<string, ReadonlySet<string>>(PATTERNS);
const templateLists = new BoundedCache<string, readonly string[]>(PATTERNS);
/** Keyed by pattern, then ARN; at most {@link ARN_FITS} pairs in all. */
const arnFits = new BoundedCache<string, Map<string, boolean>>(PATTERNS);
const ARN_FITS = 131_072;
let arnFitCount = 0;
const actionSets = new BoundedCache<string, ReadonlySet<string>>(PATTERNS);

/** The canonical actions of `pattern` as a set. */
export function patternSet(pattern: string): ReadonlySet<string> {
  let s = actionSets.get(pattern);
  if (s === undefined) {
    s = new Set(patternData(pattern).actions);
    actionSets.set(pattern, s);
  }
  return s;
}
const keyInfos = new BoundedCache<string, ConditionKeyInfo | null>(4096);
const services = new BoundedCache<string, boolean>(1024);

/** Expansion and summary of an action pattern (any case; lower case is fastest). */
export function patternData(pattern: string): PatternData {
  let d = patterns.get(pattern);
  if (d !== undefined) return d;
  const key = pattern.toLowerCase();
  d = patterns.get(key);
  if (d === undefined) {
    const actions = expandActions(key);
    const infos: ActionInfo[] = [];
    let starOnly = actions.length > 0;
    for (const a of actions) {
      const info = actionInfo(a);
      if (info === undefined) continue;
      infos.push(info);
      if (info.resourceTypes.length > 0) starOnly = false;
    }
    d = { actions, infos, starOnly };
    patterns.set(key, d);
  }
  return d;
}

const normalised = new BoundedCache<string, string>(16_384);

/** Canonical form of a condition key pattern for comparison: lower case, placeholders as `{}` (remembered). */
export function normaliseKey(key: string): string {
  return normalised.remember(key, normalise);
}

function normalise(key: string): string {
  let out = '';
  const lower = key.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i]!;
    if (c === '$' && lower[i + 1] === '{') {
      const end = lower.indexOf('}', i);
      if (end > 0) {
        out += '{}';
        i = end;
        continue;
      }
    }
    if (c === '<') {
      const end = lower.indexOf('>', i);
      if (end > 0) {
        out += '{}';
        i = end;
        continue;
      }
    }
    out += c;
  }
  // the reference writes some tag keys as a trailing `/tag-key` placeholder (`ssm:resourceTag/tag-key`)
  return out.endsWith('/tag-key') ? `${out.slice(0, -'tag-key'.length)}{}` : out;
}

/**
 * Normalised condition keys that the actions of `pattern` document: the action's own keys, the keys
 * its table row lists per resource type, and the keys of each resource type it works on (the
 * Service Authorization Reference lists `kms:ResourceAliases` under the `key` resource type, not
 * under `kms:Decrypt`; the request context of `kms:Decrypt` on a key still holds it).
 */
export function patternKeys(pattern: string): ReadonlySet<string> {
  let s = keySets.get(pattern);
  if (s !== undefined) return s;
  const key = pattern.toLowerCase();
  s = keySets.get(key);
  if (s === undefined) {
    const set = new Set<string>();
    for (const info of patternData(key).infos) {
      for (const k of info.conditionKeys) set.add(normaliseKey(k));
      for (const rt of info.resourceTypes) {
        for (const k of rt.conditionKeys) set.add(normaliseKey(k));
        for (const k of resourceTypeInfo(info.service, rt.name)?.conditionKeys ?? []) set.add(normaliseKey(k));
      }
    }
    s = set;
    keySets.set(key, s);
  }
  return s;
}

/** Distinct ARN templates of the resource types of the actions of `pattern`. */
export function patternTemplates(pattern: string): readonly string[] {
  const key = pattern.toLowerCase();
  let t = templateLists.get(key);
  if (t === undefined) {
    const set = new Set<string>();
    for (const info of patternData(key).infos) for (const rt of info.resourceTypes) for (const arn of rt.arns) set.add(arn);
    t = [...set];
    templateLists.set(key, t);
  }
  return t;
}

/** True when `arn` fits a resource type of some action of `pattern`. */
export function patternFitsArn(pattern: string, arn: string): boolean {
  // two lookups of strings already hashed instead of a joined `${pattern}\n${arn}` key built and hashed per pair
  let byArn = arnFits.get(pattern);
  let r = byArn?.get(arn);
  if (r === undefined) {
    if (arnFitCount >= ARN_FITS) {
      arnFits.clear();
      arnFitCount = 0;
      byArn = undefined;
    }
    if (byArn === undefined) {
      byArn = new Map();
      arnFits.set(pattern, byArn);
    }
    r = false;
    for (const t of patternTemplates(pattern)) {
      if (matchesArnTemplate(t, arn)) {
        r = true;
        break;
      }
    }
    byArn.set(arn, r);
    arnFitCount++;
  }
  return r;
}

const infoOrNull = (k: string): ConditionKeyInfo | null => conditionKeyInfo(k) ?? null;

/** Cached {@link conditionKeyInfo}. */
export function keyInfo(key: string): ConditionKeyInfo | undefined {
  return keyInfos.remember(key.toLowerCase(), infoOrNull) ?? undefined;
}

/** Cached {@link hasService}. */
export function knownService(prefix: string): boolean {
  return services.remember(prefix, hasService);
}

/**
 * True when `service` (lower case) can stand in the service field of an ARN: a service prefix of the
 * catalog (a service AWS has; some, such as `applicationinsights`, list no ARN format yet have ARNs)
 * or the service field of one of the catalog's ARN formats (`catalog` of servicecatalog).
 */
export function knownArnService(service: string): boolean {
  return knownService(service) || arnServices().has(service);
}

const unlisted = new BoundedCache<string, readonly string[]>(1024);

/**
 * ARN templates of the resource types of `service` that none of its actions lists and whose service
 * field is the service's own: the Service Authorization Reference (as iam-data gives it) names them
 * but ties them to no action, so which actions take them is unknown. API Gateway's HTTP and WebSocket
 * API types (`arn:${Partition}:apigateway:${Region}::/apis/${ApiId}`, routes, integrations, ...) are
 * such: the Reference lists them on its "API Gateway Management V2" page for the same DELETE, GET,
 * PATCH, POST and PUT actions as the first page, and the merged data keeps only the first page's.
 * `[]` for an unknown service.
 */
export function unlistedTemplates(service: string): readonly string[] {
  const key = service.toLowerCase();
  let t = unlisted.get(key);
  if (t === undefined) {
    if (!knownService(key)) return [];
    const listed = new Set<string>();
    for (const info of patternData(`${key}:*`).infos) for (const rt of info.resourceTypes) listed.add(rt.name);
    t = resourceTypesOf(key)
      .filter((rt) => !listed.has(rt.name))
      .flatMap((rt) => rt.arns.filter((arn) => arn.split(':', 3)[2] === key));
    unlisted.set(key, t);
  }
  return t;
}
