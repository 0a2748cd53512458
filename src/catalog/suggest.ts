/**
 * "Did you mean": the nearest valid names for an unknown action, service prefix, condition key or
 * condition operator. Each service's names are indexed once, on first use, by length, so a lookup
 * compares only names of a nearby length in that one service (never the 22,000 actions of the
 * catalog); case differences are an exact match.
 */
import { BoundedCache } from '../model/bounded-cache.js';
import { hasWildcard, wildcardMatch } from '../model/match.js';
import { BASE_OPERATORS } from '../model/operators.js';
import { actionSlip } from '../model/syntax.js';
import { show } from '../model/messages.js';
import { keys, service, serviceIndex, serviceKeys, servicePrefixes } from './data.js';
import { CLIENT_WORDS } from './client-names.js';
import { operationActions } from './documented-operations.js';
import { indexOf, nearest, SHORTEST_PREFIX, type NameIndex } from './nearest.js';

let serviceNames: NameIndex | undefined;
const actionIndexes = new BoundedCache<number, NameIndex>(512);
const keyIndexes = new BoundedCache<number, NameIndex>(512);
let globalKeys: NameIndex | undefined;
let operators: NameIndex | undefined;
const results = new BoundedCache<string, readonly string[]>(4096);

/**
 * Longest input compared: no name of the catalog (action, key, operator) comes near it, so longer
 * input has no suggestion, answered before it is read or kept as a cache key.
 */
const LONGEST_INPUT = 256;

/** `limit` as a whole number of names, 0 or more: a negative or `NaN` limit, or one that is no number, asks for none. */
const wholeLimit = (limit: number): number => (typeof limit === 'number' && limit >= 0 ? Math.floor(limit) : 0);

function remembered(kind: string, name: string, limit: number, compute: (limit: number) => string[]): readonly string[] {
  const n = wholeLimit(limit);
  if (name.length > LONGEST_INPUT || n === 0) return Object.freeze([]);
  const id = `${kind}\u0000${n}\u0000${name}`;
  let r = results.get(id);
  if (r === undefined) {
    r = Object.freeze(compute(n));
    results.set(id, r);
  }
  return r;
}

/**
 * The service prefixes nearest to `prefix` (any case; an exact match in another case comes alone); for
 * an SDK client's or endpoint's name, the services it names ({@link clientServices}).
 *
 * @example
 * ```ts
 * import { suggestServices } from 'typed-iam/catalog';
 * suggestServices('S3');        // ['s3']
 * suggestServices('dynamdb');   // ['dynamodb']
 * suggestServices('bedrock-runtime'); // ['bedrock']
 * ```
 */
export function suggestServices(prefix: string, limit = 3): readonly string[] {
  if (typeof prefix !== 'string') return [];
  return remembered('service', prefix, limit, (n) => {
    // an SDK client's name (`bedrock-runtime`) means the service it names, not one a few edits away (`bedrock-mantle`)
    const named = clientServices(prefix);
    return named.length > 0 ? named.slice(0, n) : nearest((serviceNames ??= indexOf(servicePrefixes())), prefix, n);
  });
}

function actionIndex(i: number): NameIndex {
  let index = actionIndexes.get(i);
  if (index === undefined) {
    index = indexOf(service(i).names);
    actionIndexes.set(i, index);
  }
  return index;
}

/**
 * True for an action name of one word (`Invoke`, `Send`): an action is named by a verb and what it
 * acts on, so a bare verb is a name cut short, and the names it begins are what was meant. A name
 * of more words (`DescribeBudget`) is more often an API whose permission has another name
 * (`budgets:ViewBudget`), where `DescribeBudgetAction` would mislead.
 */
const bareVerb = (name: string): boolean => /^[A-Za-z][a-z0-9]*$/.test(name);

/**
 * The services an unknown prefix names when it is an SDK client's or a data-plane endpoint's name,
 * longest first: a name that ends in a client word (`runtime`, `data`, `streams`, `media`), cut into
 * its words at `-` only, names the service of its first words, joined by `-` or run together
 * (`bedrock` for `bedrock-runtime` and `bedrock-agent-runtime`, `sagemaker` for `sagemaker-a2i-runtime`,
 * `kinesisvideo` for `kinesis-video-media`), or the name without that word (`dynamodb` for
 * `dynamodbstreams`). Other names name none: `iot1click` (a retired service) is no `iot`, and
 * `sagemaker-groundtruth-synthetic` no `sagemaker`, whose actions it does not stand for.
 */
export function clientServices(prefix: string): string[] {
  const lower = prefix.toLowerCase();
  if (serviceIndex(lower) >= 0) return [];
  const words = lower.split('-');
  const flat = words.join('');
  const suffix = CLIENT_WORDS.find((w) => flat.endsWith(w) && flat.length > w.length);
  if (suffix === undefined) return [];
  const names = new Set<string>([flat.slice(0, -suffix.length)]);
  for (let k = 1; k < words.length; k++) {
    names.add(words.slice(0, k).join('-'));
    names.add(words.slice(0, k).join(''));
  }
  return [...names].filter((p) => p.length >= 3 && serviceIndex(p) >= 0).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/**
 * The valid actions nearest to `action` (`service:Name`): its service's actions by case and edit
 * distance, or, for a bare verb, the names it begins (`kms:Generate`: `kms:GenerateMac`,
 * `kms:GenerateRandom`, ...); for an unknown service, the nearest services' actions (for an SDK
 * client's name, those of the service it names: `bedrock-runtime:InvokeModel` gets `bedrock:InvokeModel`).
 * An API operation that IAM authorizes under another name gets those actions ({@link operationActions}:
 * `s3:ListObjectsV2` gets `s3:ListBucket`). An entry that is not `service:Name` gets what it stands
 * for (a `.` for the colon; a name alone, in each of at most three services that have it). `[]` when
 * nothing is close.
 *
 * @example
 * ```ts
 * import { suggestActions } from 'typed-iam/catalog';
 * suggestActions('S3:getobject');  // ['s3:GetObject']
 * suggestActions('s3:GetObjekt');  // ['s3:GetObject', ...]
 * suggestActions('s4:GetObject');  // ['s3:GetObject', ...]
 * suggestActions('bedrock-runtime:InvokeModel'); // ['bedrock:InvokeModel']
 * suggestActions('s3:PutBucketEncryption'); // ['s3:PutEncryptionConfiguration']
 * suggestActions('s3.GetObject');  // ['s3:GetObject']
 * suggestActions('PassRole');      // ['iam:PassRole']
 * ```
 */
export function suggestActions(action: string, limit = 3): readonly string[] {
  if (typeof action !== 'string') return [];
  return remembered('action', action, limit, (n) => {
    const colon = action.indexOf(':');
    if (colon <= 0 || actionSlip(action) !== undefined) return unprefixed(action, n);
    const name = action.slice(colon + 1);
    const out: string[] = [];
    for (const prefix of suggestServices(action.slice(0, colon), 2)) {
      // an API operation IAM authorizes under another name: those actions, not names spelt alike
      const operation = operationActions(`${prefix}:${name}`);
      if (operation !== undefined) return operation.actions.slice(0, Math.max(n, operation.each ? operation.actions.length : 0));
      const i = serviceIndex(prefix);
      for (const found of nearest(actionIndex(i), name, n, bareVerb(name))) out.push(`${prefix}:${found}`);
      if (out.length >= n) break;
    }
    return out.slice(0, n);
  });
}

/** A name of letters, digits and `_`, as an action's name is written without its service. */
const BARE_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
/** The most services a name alone is suggested in. */
const MOST_SERVICES = 3;

/**
 * The actions an entry that is not `service:Name` stands for: what its syntax says it is
 * (`actionSlip`: `s3.GetObject`, `sagemaker::CreateEndpoint`, `"s3:GetObject,"`), as the catalog
 * spells it or nearest to it; for a name alone (`PassRole`), the actions of that name in every
 * service when at most three have it, services with more actions first (`PutItem`: `dynamodb:PutItem`,
 * `dax:PutItem`).
 */
function unprefixed(action: string, n: number): string[] {
  const slip = actionSlip(action);
  if (slip?.kind === 'one') {
    const colon = slip.meant.indexOf(':');
    const prefix = slip.meant.slice(0, colon);
    const name = slip.meant.slice(colon + 1);
    const i = serviceIndex(prefix);
    if (i < 0 || !hasWildcard(name)) return [...suggestActions(slip.meant, n)];
    return expandsTo(i, name) ? [`${servicePrefixes()[i]}:${name}`] : [];
  }
  if (slip !== undefined || !BARE_NAME.test(action)) return [];
  const lower = action.toLowerCase();
  const found: { action: string; size: number }[] = [];
  servicePrefixes().forEach((prefix, i) => {
    const s = service(i);
    const j = s.index.get(lower);
    if (j !== undefined) found.push({ action: `${prefix}:${s.names[j]}`, size: s.names.length });
  });
  // a name of many services (`TagResource`: 297) has no suggestion: which one was meant is a guess
  return found.length > MOST_SERVICES ? [] : found.sort((a, b) => b.size - a.size || (a.action < b.action ? -1 : 1)).slice(0, n).map((f) => f.action);
}

/** True when wildcard `name` matches some action of service `i`. */
const expandsTo = (i: number, name: string): boolean => service(i).names.some((a) => wildcardMatch(name, a));

/**
 * The valid condition keys nearest to `key`: global keys for `aws:`, otherwise the keys of the
 * key's service (any case; patterns such as `aws:ResourceTag/${TagKey}` are compared as written); with
 * none near, the service's keys that are the name under one more segment (`Request/`, `Resource/`).
 *
 * @example
 * ```ts
 * import { suggestConditionKeys } from 'typed-iam/catalog';
 * suggestConditionKeys('AWS:SourceArn');      // ['aws:SourceArn']
 * suggestConditionKeys('aws:PrincipalOrgId2'); // ['aws:PrincipalOrgID', ...]
 * suggestConditionKeys('s3:prefixx');          // ['s3:prefix']
 * suggestConditionKeys('apigateway:ApiKeyRequired'); // ['apigateway:Request/ApiKeyRequired', 'apigateway:Resource/ApiKeyRequired']
 * suggestConditionKeys('apigateway:Request/CognitoUserPoolProviderArn'); // ['apigateway:Request/CognitoUserPoolArn']
 * ```
 */
export function suggestConditionKeys(key: string, limit = 3): readonly string[] {
  if (typeof key !== 'string') return [];
  return remembered('key', key, limit, (n) => {
    const colon = key.indexOf(':');
    if (colon <= 0) return [];
    const prefix = key.slice(0, colon).toLowerCase();
    if (prefix === 'aws') return nearest((globalKeys ??= indexOf(keys().filter((k) => k.global).map((k) => k.key))), key, n);
    const out: string[] = [];
    for (const svc of suggestServices(prefix, 2)) {
      const i = serviceIndex(svc);
      let index = keyIndexes.get(i);
      if (index === undefined) {
        index = indexOf(serviceKeys(i));
        keyIndexes.set(i, index);
      }
      const found = nearest(index, `${svc}${key.slice(colon)}`, n);
      out.push(...(found.length > 0 ? found : underSegment(index, key.slice(colon + 1))));
      if (out.length >= n) break;
    }
    return out.slice(0, n);
  });
}

/**
 * The keys of `index` whose name is `name` under a segment it left out (for `apigateway:ApiKeyRequired`,
 * `apigateway:Request/ApiKeyRequired` and `apigateway:Resource/ApiKeyRequired`); none when `name` has a `/`.
 */
function underSegment(index: NameIndex, name: string): string[] {
  const lower = name.toLowerCase();
  if (lower.includes('/') || lower.length < SHORTEST_PREFIX) return [];
  const out: string[] = [];
  for (const [k, canonical] of index.exact) if (k.endsWith(`/${lower}`) && k.indexOf('/') === k.length - lower.length - 1) out.push(canonical);
  return out.sort();
}

/**
 * The valid condition operators nearest to `operator`, keeping its `ForAnyValue:`/`ForAllValues:`
 * qualifier and `IfExists` suffix.
 *
 * @example
 * ```ts
 * import { suggestOperators } from 'typed-iam/catalog';
 * suggestOperators('stringEquals');        // ['StringEquals']
 * suggestOperators('StringEqual');         // ['StringEquals', ...]
 * suggestOperators('forAnyValue:StringLike'); // ['ForAnyValue:StringLike']
 * ```
 */
export function suggestOperators(operator: string, limit = 3): readonly string[] {
  if (typeof operator !== 'string') return [];
  return remembered('operator', operator, limit, (n) => {
    let rest = operator;
    let qualifier = '';
    const colon = rest.indexOf(':');
    if (colon >= 0) {
      const q = rest.slice(0, colon).toLowerCase();
      qualifier = q.startsWith('forany') ? 'ForAnyValue:' : q.startsWith('forall') ? 'ForAllValues:' : `${rest.slice(0, colon)}:`;
      rest = rest.slice(colon + 1);
    }
    const all = Object.keys(BASE_OPERATORS);
    const found = nearest((operators ??= indexOf([...all, ...all.filter((o) => o !== 'Null').map((o) => `${o}IfExists`)])), rest, n);
    return found.map((o) => `${qualifier}${o}`);
  });
}

/**
 * ` Did you mean "a" or "b"?` for a message, or `''` when there is no suggestion.
 *
 * @example
 * ```ts
 * import { didYouMean, suggestActions } from 'typed-iam/catalog';
 * didYouMean(suggestActions('s3:GetObjekt')); // ' Did you mean "s3:GetObject" or "s3:PutObject"?'
 * didYouMean([]);                             // ''
 * ```
 */
export function didYouMean(names: readonly string[]): string {
  if (!Array.isArray(names) || names.length === 0) return '';
  const quoted = names.map(show);
  return ` Did you mean ${quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`}?`;
}
