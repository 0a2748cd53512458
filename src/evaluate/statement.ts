/**
 * Matching one statement against a request: Action/NotAction,
 * Resource/NotResource (ARN segment by segment, variables in the resource part),
 * Principal/NotPrincipal, Condition (iam-reference §4, §7). Documents arrive checked (`read.ts`).
 */
import type { Statement } from '../model/policy-document.js';
import { arnBounds, codePointForm, globMatch, hasSurrogatePair, resourceArnMatch, plainPattern, wildcardMatch, type Pattern } from '../model/match.js';
import { hasSpacedVariable, substitute, unresolvedVariable, variableUses } from '../model/variables.js';
import { API_SHORT_FORM, entryComponents, shortEntryPadded, unsureHead, type ShortArnMode } from '../model/arn.js';
import { evaluateConditionBlock, type ConditionOutcome } from './conditions.js';
import type { Context } from './context.js';
import { BoundedCache } from '../model/bounded-cache.js';
import { matchPrincipal, notPrincipalApplies, type Caller, type GrantKind } from './principal.js';

export type { ShortArnMode } from '../model/arn.js';

/** A Resource entry split once ({@link entryComponents}), per policy version. */
interface CompiledEntry {
  /** The components as written: six for an ARN entry, fewer for a short one. */
  readonly parts: readonly string[];
  /** Their patterns when no component holds a policy variable to substitute. */
  readonly fixed: readonly Pattern[] | undefined;
  /** Whether the partition or service holds a policy variable (read both ways, see {@link entryMatches}). */
  readonly headVariable: boolean;
  /** Whether the head is one AWS does not say how IAM reads (`unsureHead`: a capital before the resource part, a wildcard in the service). */
  readonly unsureHead: boolean;
  /** Whether a policy variable's name has white space (`hasSpacedVariable`: `${ aws:username }`), which AWS does not say how IAM reads. */
  readonly spacedVariable: boolean;
}

const compiled = new BoundedCache<string, CompiledEntry>(10_000);

function compileEntry(raw: string, version: string): CompiledEntry {
  const old = version === '2008-10-17';
  const key = old ? `\u0000${raw}` : raw;
  const hit = compiled.get(key);
  if (hit !== undefined) return hit;
  const parts = entryComponents(raw, version);
  const uses = !old && raw.includes('${') ? parts.map((p) => variableUses(p).length > 0) : undefined;
  const entry: CompiledEntry = {
    parts,
    // without variables a component is fixed, its escapes (`${*}`, `${?}`, `${$}`) read once as literal characters
    fixed: uses?.includes(true) ? undefined : parts.map((p) => (uses === undefined ? plainPattern(p) : escapesOnly(p, version))),
    headVariable: uses !== undefined && parts.length === 6 && (uses[1]! || uses[2]!),
    unsureHead: unsureHead(raw, version),
    spacedVariable: hasSpacedVariable(raw, version),
  };
  compiled.set(key, entry);
  return entry;
}

const NO_KEYS = { text: (): undefined => undefined };

/** A component whose `${...}` are all escapes: its pattern with the escaped characters literal. */
function escapesOnly(part: string, version: string): Pattern {
  const s = substitute(part, NO_KEYS, version);
  return s.ok ? s.pattern : plainPattern(part);
}

/**
 * The component patterns of an entry for one request: policy variables substituted in every
 * component (their values literal), or `undefined` when one cannot be resolved. `literalHead`:
 * leave the partition and service as written.
 */
function entryPatterns(entry: CompiledEntry, ctx: Context, version: string, literalHead: boolean, wide: boolean): Pattern[] | undefined {
  if (entry.fixed !== undefined) return entry.fixed as Pattern[];
  const out: Pattern[] = [];
  for (let i = 0; i < entry.parts.length; i++) {
    const part = entry.parts[i]!;
    if (literalHead && (i === 1 || i === 2)) {
      out.push(plainPattern(part));
      continue;
    }
    // a variable's value read as wildcards where matching more is safer (substitute)
    const s = substitute(part, ctx, version, wide);
    if (!s.ok) return undefined;
    out.push(s.pattern);
  }
  return out;
}

/**
 * An API Gateway short-form entry against a request: API Gateway expands `execute-api:/REST` to
 * `arn:partition:execute-api:region:account:api-id/REST` of the API the policy is attached to, so
 * it covers an execute-api ARN when REST matches what follows that ARN's API id.
 */
function apiShortFormMatches(raw: string, resource: string, ctx: Context, version: string, reading: QuestionReading, wide: boolean): boolean {
  const b = arnBounds(resource);
  if (b === undefined || resource.slice(b[2], b[3]! - 1) !== 'execute-api') return false;
  const rest = resource.slice(b[5]);
  const slash = rest.indexOf('/');
  if (slash < 0) return false;
  const s = substitute(raw.slice(API_SHORT_FORM.length), ctx, version, wide);
  return s.ok && globRead(s.pattern, rest.slice(slash + 1), reading, wide);
}

/**
 * How a Resource / NotResource entry with two readings is read (docs/evaluation.md). An entry whose
 * partition or service holds a policy variable: IAM documents variables in the resource part only,
 * yet AWS managed policies rely on them in the account field, so such an entry is read with and
 * without substitution there: `'both'` matches when both readings match, `'either'` when one does,
 * `'substituted'` reads it substituted only. A short ARN padded with `*` components (AWS documents
 * no short ARNs): under `'either'` it also matches as one pattern over the whole ARN, its `*`
 * reaching past colons (`arn:aws:dynamodb:*:table/prod-*` then covers
 * `arn:aws:dynamodb:us-east-1:111122223333:table/prod-x`, which its padded reading does not).
 * An entry with a capital in a field before the resource part (`arn:aws:S3:::b/*`) is read ignoring
 * case, and under `'both'` also exactly, which matches no request ARN (`isRequestArn` in model/arn.ts).
 * An entry with a wildcard in its service segment (`arn:aws:s3*:::b/*`; AWS: "You can't use a
 * wildcard in the service segment") is read with that wildcard as one, and under `'both'` also as
 * no wildcard, which matches nothing (both are `unsureHead` in model/arn.ts).
 * Callers pass `'either'` where matching more is the safer reading: a Deny's Resource, an Allow's
 * NotResource.
 */
export type HeadVariableReading = 'both' | 'either' | 'substituted';

/**
 * True when one Resource entry covers `resource`; an unresolvable variable never matches. Policy
 * variables are substituted in every ARN component of a 2012-10-17 entry, each value literal
 * and confined to its component; the components come from {@link entryComponents}.
 */
export function resourceEntryMatches(
  raw: string,
  resource: string,
  ctx: Context,
  version: string,
  mode: ShortArnMode,
  head: HeadVariableReading = 'substituted',
  reading: QuestionReading = 'units',
): boolean {
  if (raw === '*') return true;
  const wide = head === 'either';
  // only resource policies (the mode they read short ARNs with) may use API Gateway's short form
  if (mode === 'pad-if-wildcard' && raw.startsWith(API_SHORT_FORM)) return apiShortFormMatches(raw, resource, ctx, version, reading, wide);
  const entry = compileEntry(raw, version);
  // a capital in the prefix, partition, service, Region or account (Access Analyzer asks for the
  // service in lower case, "including capitalization", and no request ARN has one there, while AWS
  // does not say whether IAM folds case in those fields), or a wildcard in the service segment
  // (IAM User Guide, Resource element: "You can't use a wildcard in the service segment", and it
  // does not say what IAM then reads): matches nothing where that is safer (`'both'`: an Allow's
  // Resource, a Deny's NotResource), read as a pattern (ignoring case, wildcards) elsewhere
  if (head === 'both' && entry.unsureHead) return false;
  // a variable whose name has white space (`${ aws:username }`; Access Analyzer: "Unsupported space in
  // variable"): read as the key without the spaces, or as a variable with no value, which matches
  // nothing (IAM User Guide, "Policy variables with no value"); under `'both'` both must match
  if (head === 'both' && entry.spacedVariable) return false;
  if (!entry.headVariable || head === 'substituted') return entryMatches(entry, raw, resource, ctx, version, mode, false, wide, reading);
  const substituted = entryMatches(entry, raw, resource, ctx, version, mode, false, wide, reading);
  if (substituted === wide) return substituted;
  return entryMatches(entry, raw, resource, ctx, version, mode, true, wide, reading);
}

/**
 * How a `?` of a Resource / NotResource entry reads a character outside the Basic Multilingual
 * Plane (an emoji in an S3 key): as the matcher's one UTF-16 code unit (`'units'`), or as one code
 * point (`'points'`, {@link codePointForm}). AWS calls `?` a single-character match and does not
 * say which; {@link resourceListMatches} takes both.
 */
export type QuestionReading = 'units' | 'points';

/**
 * True when an element's entries (a statement's Resource or NotResource list) cover `resource`,
 * read as `head` says, with `?` read both ways ({@link QuestionReading}): where matching more is
 * the safer reading (`head` `'either'`: a Deny's Resource, an Allow's NotResource) an entry matches
 * when it does by code units or by code points, otherwise only when it does by both. Entry by
 * entry, so a list stays the union of its entries (a statement split per resource, or two merged,
 * means the same). `evaluate` and `typed-iam/analyze` both read Resource lists through this.
 */
export function resourceListMatches(list: readonly string[], resource: string, ctx: Context, version: string, mode: ShortArnMode, head: HeadVariableReading): boolean {
  const wide = head === 'either';
  // only an entry with a `?` reads a text holding a surrogate pair two ways
  let astral: boolean | undefined;
  for (const r of list) {
    const units = resourceEntryMatches(r, resource, ctx, version, mode, head);
    if (units === wide) {
      if (wide) return true;
      continue;
    }
    if (!r.includes('?') || !(astral ??= hasSurrogatePair(resource))) {
      if (units) return true;
      continue;
    }
    if (resourceEntryMatches(r, resource, ctx, version, mode, head, 'points')) return true;
  }
  return false;
}

/**
 * `pattern` against `text`: by code units, or by code points ({@link codePointForm}); past the
 * private use area it maps characters into (6,400 distinct ones) the reading is unknown, a match
 * only where matching more is safer (`wide`).
 */
function globRead(pattern: Pattern, text: string, reading: QuestionReading, wide: boolean): boolean {
  if (reading === 'units') return globMatch(pattern, text, false);
  const cp = codePointForm([pattern], text);
  if (cp === undefined) return globMatch(pattern, text, false);
  return cp === null ? wide : globMatch(cp.patterns[0]!, cp.text, false);
}

/** ARN components against a resource ARN, read as {@link globRead} reads one pattern. */
function arnRead(parts: readonly Pattern[], resource: string, reading: QuestionReading, wide: boolean): boolean {
  if (reading === 'units') return resourceArnMatch(parts, resource);
  const cp = codePointForm(parts, resource);
  if (cp === undefined) return resourceArnMatch(parts, resource);
  return cp === null ? wide : resourceArnMatch(cp.patterns, cp.text);
}

function entryMatches(
  entry: CompiledEntry,
  raw: string,
  resource: string,
  ctx: Context,
  version: string,
  mode: ShortArnMode,
  literalHead: boolean,
  wide: boolean,
  reading: QuestionReading,
): boolean {
  if (entry.parts.length < 6) {
    if (!shortEntryPadded(raw, mode)) return wholeTextMatches(raw, resource, ctx, version, reading, wide);
    // padded; where matching more is safer, the whole-text reading counts too (HeadVariableReading)
    if (wide && wholeTextMatches(raw, resource, ctx, version, reading, wide)) return true;
  }
  const parts = entryPatterns(entry, ctx, version, literalHead, wide);
  if (parts === undefined) return false;
  // not an ARN (for example "*"): compare the whole text
  if (arnBounds(resource) === undefined) return wholeTextMatches(raw, resource, ctx, version, reading, wide);
  while (parts.length < 6) parts.push(ANY);
  return arnRead(parts, resource, reading, wide);
}

const ANY: Pattern = plainPattern('*');

/** The entry read as one pattern over the whole resource text (variables substituted, `*` covering colons). */
function wholeTextMatches(raw: string, resource: string, ctx: Context, version: string, reading: QuestionReading, wide: boolean): boolean {
  const s = substitute(raw, ctx, version, wide);
  return s.ok && globRead(s.pattern, resource, reading, wide);
}

/** True when an action pattern list covers `action` (case-insensitive, `*` and `?`). */
export function actionListMatches(patterns: readonly string[], action: string): boolean {
  for (const p of patterns) if (p === '*' || wildcardMatch(p, action)) return true;
  return false;
}

/** What the engine needs to know to match a statement. */
export interface MatchInput {
  readonly action: string;
  readonly resource: string;
  readonly caller: Caller;
  readonly principalId: string | undefined;
  readonly ctx: Context;
  readonly checkPrincipal: boolean;
  readonly shortArns: ShortArnMode;
  readonly hasBoundary: boolean;
}

/** How far a statement matched; `stage` is the first element that failed (or `'all'`). */
export interface StatementMatch {
  readonly applies: boolean;
  readonly stage: 'action' | 'resource' | 'principal' | 'condition' | 'all';
  readonly grant: GrantKind | undefined;
  readonly outcomes: readonly ConditionOutcome[];
  /** Deny + NotPrincipal applied only because the principal has a permissions boundary. */
  readonly boundaryNotPrincipal: boolean;
  /** A statement that applies: the policy variable of a NotResource entry that could not be resolved (that entry excluded nothing). */
  readonly unresolved?: string;
}

const NO_OUTCOMES: readonly ConditionOutcome[] = [];

const NO_MATCH = {
  action: { applies: false, stage: 'action', grant: undefined, outcomes: NO_OUTCOMES, boundaryNotPrincipal: false },
  resource: { applies: false, stage: 'resource', grant: undefined, outcomes: NO_OUTCOMES, boundaryNotPrincipal: false },
  principal: { applies: false, stage: 'principal', grant: undefined, outcomes: NO_OUTCOMES, boundaryNotPrincipal: false },
} as const satisfies Record<string, StatementMatch>;

function no(stage: 'action' | 'resource' | 'principal'): StatementMatch {
  return NO_MATCH[stage];
}

function anyResource(list: readonly string[], m: MatchInput, version: string, head: HeadVariableReading): boolean {
  return resourceListMatches(list, m.resource, m.ctx, version, m.shortArns, head);
}

/**
 * The first NotResource entry's policy variable that cannot be resolved, for the explanation: IAM
 * User Guide (Variables, "Policy variables with no value"): "If a variable that has no value in
 * the authorization context is used as part of the Resource or NotResource element of a policy,
 * the resource that includes a policy variable with no value will not match any resource", so
 * such a NotResource entry excludes nothing.
 */
function unresolvedNotResource(list: readonly string[], ctx: Context, version: string): string | undefined {
  for (const r of list) {
    if (!r.includes('${')) continue;
    const u = unresolvedVariable(r, ctx, version);
    if (u !== undefined) return u;
  }
  return undefined;
}

/**
 * For the explanation of an implicit deny: the first entry of an Allow's `Resource` that matched
 * nothing only because AWS does not say how IAM reads it (`unsureHead`: a capital before the
 * resource part, a wildcard in the service segment; or a variable whose name has white space,
 * `hasSpacedVariable`) and that matches the request read the other way (as a pattern ignoring the
 * head's case, with the wildcard, with the key named without the spaces). `undefined` otherwise.
 */
export function unsureResourceEntry(st: Statement, version: string, m: MatchInput): string | undefined {
  if (st.Effect !== 'Allow' || st.Resource === undefined) return undefined;
  for (const raw of st.Resource) if (isUnsureEntry(raw, version) && resourceEntryMatches(raw, m.resource, m.ctx, version, m.shortArns, 'either')) return raw;
  return undefined;
}

/**
 * Whether an Allow's `Resource` holds an entry {@link unsureResourceEntry} looks for: read once per
 * policy (`read.ts`), so the scan of a request asks that function only of such statements.
 */
export function hasUnsureResource(st: Statement, version: string): boolean {
  return st.Effect === 'Allow' && st.Resource !== undefined && st.Resource.some((raw) => isUnsureEntry(raw, version));
}

function isUnsureEntry(raw: string, version: string): boolean {
  if (raw === '*') return false;
  const e = compileEntry(raw, version);
  return e.unsureHead || e.spacedVariable;
}

/**
 * Matches one statement against the request. `strays`: the actions its stray-whitespace entries
 * are read as matching (from `read.ts`). A policy variable that cannot be resolved has no value:
 * the Resource or NotResource entry holding it matches no resource, a condition value holding it
 * equals and is like nothing (so a negated operator holds); see docs/evaluation.md.
 */
export function matchStatement(st: Statement, version: string, m: MatchInput, strays?: readonly string[]): StatementMatch {
  if (st.Action !== undefined) {
    if (!actionListMatches(st.Action, m.action) && !(strays !== undefined && actionListMatches(strays, m.action))) return no('action');
  } else if (st.NotAction !== undefined) {
    if (actionListMatches(st.NotAction, m.action) || (strays !== undefined && actionListMatches(strays, m.action))) return no('action');
  } else return no('action');

  // a variable in the partition or service: an Allow applies only when it applies in both readings, a Deny when in either
  if (st.Resource !== undefined) {
    if (!anyResource(st.Resource, m, version, st.Effect === 'Allow' ? 'both' : 'either')) return no('resource');
  } else if (st.NotResource !== undefined) {
    if (anyResource(st.NotResource, m, version, st.Effect === 'Allow' ? 'either' : 'both')) return no('resource');
  }

  let grant: GrantKind | undefined;
  let boundaryNotPrincipal = false;
  if (m.checkPrincipal) {
    if (st.Principal !== undefined) {
      // a malformed AWS value: names nobody in an Allow, read with its head folded in a Deny (docs/evaluation.md)
      grant = matchPrincipal(st.Principal, m.caller, m.principalId, st.Effect === 'Allow');
      if (grant === undefined) return no('principal');
    } else if (st.NotPrincipal !== undefined) {
      if (notPrincipalApplies(st.NotPrincipal, m.caller, st.Effect === 'Deny')) grant = 'anyone';
      else if (st.Effect === 'Deny' && m.hasBoundary) {
        grant = 'anyone';
        boundaryNotPrincipal = true;
      } else return no('principal');
    } else return no('principal');
  }

  const unresolved = st.NotResource === undefined || version === '2008-10-17' ? undefined : unresolvedNotResource(st.NotResource, m.ctx, version);
  const note = unresolved === undefined ? {} : { unresolved };
  if (st.Condition !== undefined) {
    const c = evaluateConditionBlock(st.Condition, m.ctx, version, st.Effect);
    if (!c.matched) return { applies: false, stage: 'condition', grant: undefined, outcomes: c.outcomes, boundaryNotPrincipal: false };
    return { applies: true, stage: 'all', grant, outcomes: c.outcomes, boundaryNotPrincipal, ...note };
  }
  return { applies: true, stage: 'all', grant, outcomes: NO_OUTCOMES, boundaryNotPrincipal, ...note };
}

/** Every condition outcome of a statement (not stopping at the first failure), for explanations. */
export function allOutcomes(st: Statement, version: string, ctx: Context): readonly ConditionOutcome[] {
  return st.Condition === undefined ? [] : evaluateConditionBlock(st.Condition, ctx, version, st.Effect, true).outcomes;
}
