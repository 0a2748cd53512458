/**
 * What the matchers check before they decide: the actions, resources and condition keys they are
 * given must name something, as typed-iam/lint reads them in a policy (the catalog's services,
 * actions and keys, the ARN rules), so that a typo cannot make an assertion of absence pass; and a
 * decision that no content of the policies given could change is no evidence either way.
 */
import { firstEntryError, type EntryElement } from '../lint/entries.js';
import { evaluate, type EvaluationRequest, type EvaluationResult, type PolicyInput, type PolicySet } from '../evaluate/index.js';
import { hasWildcard } from '../model/match.js';
import { isPolicy } from '../policy/policy.js';
import { show } from '../model/messages.js';
import { PolicyArgumentError } from '../errors.js';
import type { AccessQuery, AnalyzeOptions } from '../analyze/index.js';
import { vitestMessages as say } from './messages.js';

/** The option every matcher that reads actions, resources or condition keys takes. */
export interface CatalogOptions {
  /**
   * Actions, condition keys and ARNs newer than the catalog, accepted as written (compared
   * ignoring case): `{ uncataloged: ['s3:BrandNewAction'] }`. Anything else the catalog does not
   * know is refused, with the nearest names it does know.
   */
  readonly uncataloged?: readonly string[];
}

/** The options of each matcher that takes a request or query (requests and queries are evaluate's and analyze's to check). */
export const OPTION_KEYS = {
  toAllow: Object.keys({ uncataloged: 1 } satisfies Record<keyof CatalogOptions, 1>),
  toDeny: Object.keys({ kind: 1, uncataloged: 1 } satisfies Record<'kind' | keyof CatalogOptions, 1>),
  toNeverAllow: Object.keys({ actions: 1, maxWitnesses: 1, timeoutMs: 1, uncataloged: 1 } satisfies Record<keyof (AnalyzeOptions & CatalogOptions), 1>),
  analyze: Object.keys({ actions: 1, maxWitnesses: 1, timeoutMs: 1 } satisfies Record<keyof AnalyzeOptions, 1>),
} as const;

/** Refuses options of `toGrantNoMoreThan` / `toBeEquivalentTo` that analyze does not read (their shape is analyze's to check). */
export function checkAnalyzeOptions(options: unknown): void {
  if (typeof options === 'object' && options !== null) refuseUnknown(options, OPTION_KEYS.analyze);
}

/**
 * Refuses an option the matcher does not read (toDeny's `knd`): dropped, it asked another question
 * than the one written. Unknown request and query fields are refused by evaluate and analyze.
 */
function refuseUnknown(x: object, known: readonly string[]): void {
  const extra = Object.keys(x).filter((k) => !known.includes(k));
  if (extra.length > 0) throw new PolicyArgumentError('options', say.unknownOption(extra, known));
}

function uncatalogedOf(options: CatalogOptions | undefined, known: readonly string[]): ReadonlySet<string> {
  if (options === undefined) return new Set();
  if (typeof options !== 'object' || options === null) throw new PolicyArgumentError('options', say.badOptions(options));
  refuseUnknown(options, known);
  const list: unknown = options.uncataloged;
  if (list === undefined) return new Set();
  if (!Array.isArray(list) || list.some((v) => typeof v !== 'string')) throw new PolicyArgumentError('options', say.badUncataloged(list));
  return new Set((list as string[]).map((v) => v.toLowerCase()));
}

/**
 * Throws the first error lint finds on the entries as one statement would hold them (the other
 * elements `*`), naming `where(i)` (the rule is lint's, read by `firstEntryError`).
 */
function lintEntries(element: EntryElement, entries: readonly string[], where: (i: number) => string, argument: string, uncataloged: ReadonlySet<string>): void {
  const e = firstEntryError(element, entries, uncataloged);
  if (e !== undefined) throw new PolicyArgumentError(argument, say.namesNothing(where(e.index), e.message, e.catalog ? entries[e.index]! : undefined));
}

/**
 * Refuses a request a matcher could not fail on: an action, resource or context key that names
 * nothing (lint's reading), a resource or principal with a wildcard (a request names one resource
 * and one caller: `*` in it is a literal character, not "every"; accepted when listed in
 * `uncataloged`). Shapes evaluate refuses itself (a principal no caller can be, such as `alice`)
 * are left to it.
 */
export function checkRequest(request: EvaluationRequest, options: CatalogOptions | undefined, optionKeys: readonly string[]): void {
  const uncataloged = uncatalogedOf(options, optionKeys);
  if (typeof request !== 'object' || request === null) return; // evaluate refuses it
  const { action, resource, principal, context } = request as { action: unknown; resource: unknown; principal: unknown; context: unknown };
  if (typeof action === 'string' && hasWildcard(action)) throw new PolicyArgumentError('request', say.wildcardAction(action));
  if (typeof action === 'string') lintEntries('Action', [action], () => "the request's action", 'request', uncataloged);
  if (typeof resource === 'string' && resource !== '*' && resource !== '') {
    // the opt-out takes a literal `*` too (an S3 key named `*`)
    if (hasWildcard(resource) && !uncataloged.has(resource.toLowerCase())) throw new PolicyArgumentError('request', say.wildcardInRequest('resource', resource));
    lintEntries('Resource', [resource], () => "the request's resource", 'request', uncataloged);
  }
  if (typeof principal === 'string' && request.anonymous !== true) {
    if (hasWildcard(principal) && !uncataloged.has(principal.toLowerCase())) throw new PolicyArgumentError('request', say.wildcardInRequest('principal', principal));
    // a principal no caller can be (`alice`) evaluate refuses itself
  }
  if (typeof context === 'object' && context !== null) {
    const keys = Object.keys(context);
    lintEntries('Condition', keys, (i) => `the request's context key ${show(keys[i])}`, 'request', uncataloged);
  }
}

/** Refuses a `toNeverAllow` query entry that names nothing (the shape of the query is analyze's to check). */
export function checkQuery(query: AccessQuery, options: CatalogOptions | undefined): void {
  const uncataloged = uncatalogedOf(options, OPTION_KEYS.toNeverAllow);
  if (typeof query !== 'object' || query === null) return; // analyze refuses it
  const strings = (list: unknown): string[] | undefined => (Array.isArray(list) && list.every((v) => typeof v === 'string') ? (list as string[]) : undefined);
  const actions = strings(query.actions)?.filter((a) => a !== '*');
  if (actions !== undefined) lintEntries('Action', actions, (i) => `query.actions[${query.actions!.indexOf(actions[i]!)}] (${show(actions[i])})`, 'query', uncataloged);
  const resources = strings(query.resources)?.filter((r) => r !== '*');
  if (resources !== undefined) lintEntries('Resource', resources, (i) => `query.resources[${query.resources!.indexOf(resources[i]!)}] (${show(resources[i])})`, 'query', uncataloged);
}

const ALLOW_ALL = Object.freeze({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
const ALLOW_ALL_RESOURCE = Object.freeze({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] });

const listOf = (v: PolicyInput | readonly PolicyInput[] | undefined): readonly PolicyInput[] => (v === undefined ? [] : Array.isArray(v) ? (v as readonly PolicyInput[]) : [v as PolicyInput]);

/**
 * When `set` denies `request` implicitly, the decision of the most permissive set of its shape:
 * each granting policy given (identity, resource) replaced by one that allows everything, the
 * policies that only filter (boundary, session, SCP, RCP, VPC endpoint) left out. When even that
 * set does not allow, no content of the policies given could: the deny comes from what is missing
 * (the principal's own policies in a cross-account request, a grant to a caller outside IAM, a
 * set of filters alone), and an assertion that it is denied could not fail. `undefined` otherwise.
 */
export function forcedDeny(set: PolicySet, request: EvaluationRequest, result: EvaluationResult): EvaluationResult | undefined {
  if (result.decision !== 'implicit-deny') return undefined;
  const resources = listOf(set.resource);
  const open: { identity?: PolicyInput; resource?: PolicyInput } = {};
  if (listOf(set.identity).length > 0) open.identity = ALLOW_ALL;
  if (resources.length > 0) open.resource = ALLOW_ALL_RESOURCE;
  // a typed trust policy makes the resource a role: keep that reading for the open set
  const trust = request.resourceType === undefined && resources.some((p) => isPolicy(p) && p.kind === 'trust');
  const r = evaluate(open, trust ? { ...request, resourceType: 'role-trust' } : request);
  return r.decision === 'allow' ? undefined : r;
}
