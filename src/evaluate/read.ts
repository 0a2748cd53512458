/**
 * How `evaluate` reads its policies: typed-iam policies as they are, raw input (plain objects,
 * JSON text) through the one reader of `parse/`. Nothing malformed is evaluated: a document the
 * reader reports issues for, or whose conditions name an operator IAM does not know or give a
 * value its operator cannot read, throws {@link PolicyParseError}. It never becomes an Allow.
 */
import { PolicyParseError, type PolicyIssue } from '../errors.js';
import { parseOperator, type OperatorFamily } from '../model/operators.js';
import type { ConditionValue, PolicyDocument, PolicyKind, Statement } from '../model/policy-document.js';
import { validateDocument } from '../model/kinds.js';
import { decodeBase64, isFamilyValue } from '../model/values.js';
import { strayAction } from '../model/syntax.js';
import { withoutLimitOptions } from '../parse/index.js';
import { isPolicy } from '../policy/policy.js';
import type { PolicyInput, PolicyType } from './types.js';
import { inputMessages } from './explain.js';
import { hasUnsureResource } from './statement.js';

/** A policy as the engine reads it. */
export interface ReadPolicy {
  readonly document: PolicyDocument;
  readonly kind: PolicyKind | undefined;
  /**
   * Per statement: the actions that entries with stray whitespace (`"lambda:ListFunctions "`)
   * stand for, when they are read as matching them, or `undefined`. AWS compares actions as
   * written, so such an entry matches no request; typed-iam reads it that way wherever that gives
   * less access (Action of an Allow, NotAction of a Deny) and as the action it stands for wherever
   * that does (Action of a Deny, NotAction of an Allow): the reading safer for a Deny.
   */
  readonly strays: readonly (readonly string[] | undefined)[];
  /** Per statement: an Allow whose `Resource` holds an entry AWS does not say how IAM reads (`hasUnsureResource`), for the explanation of an implicit deny. */
  readonly unsure: readonly boolean[];
}

const checked = new WeakMap<PolicyDocument, ReadPolicy>();
const rawCache = new WeakMap<object, ReadPolicy>();

/**
 * The places each document was checked for. A policy in a place of a policy set must meet the
 * element rules of the kind the place is named for: a document IAM would refuse there (a
 * `Principal` in an identity policy, none in a resource policy, an RCP that allows) is refused, not
 * evaluated. The resource place holds trust policies too: their element rules lie within a
 * resource policy's.
 */
const fitsPlace = new WeakMap<PolicyDocument, Set<PolicyType>>();

/**
 * Reads one policy input; throws {@link PolicyParseError} when it is malformed, or, given the place
 * it holds in a policy set, when it breaks the element rules of that place's kind.
 *
 * @example
 * ```ts
 * import { readPolicy } from './read.js';
 * readPolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Permit', Action: '*', Resource: '*' }] });
 * // throws PolicyParseError: Statement[0].Effect INVALID_EFFECT
 * readPolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] }, 'identity');
 * // throws PolicyParseError: Statement[0].Principal PRINCIPAL_NOT_ALLOWED
 * ```
 */
export function readPolicy(input: PolicyInput, place?: PolicyType): ReadPolicy {
  const read = readInput(input);
  // typed-iam policies too: analyze makes identity policies of statements it was given without a check (trustedPolicy)
  if (place !== undefined) {
    let places = fitsPlace.get(read.document);
    if (places?.has(place) !== true) {
      const issues = validateDocument(read.document, place);
      if (issues.length > 0) throw new PolicyParseError(issues as [PolicyIssue, ...PolicyIssue[]]);
      if (places === undefined) fitsPlace.set(read.document, (places = new Set()));
      places.add(place);
    }
  }
  return read;
}

function readInput(input: PolicyInput): ReadPolicy {
  if (isPolicy(input)) return prepared(input.document, input.kind);
  const cached = typeof input === 'object' && input !== null ? rawCache.get(input) : undefined;
  if (cached !== undefined) return cached;
  // evaluate has no maxLength / maxIssues of its own: the reader's messages do not name them
  const r = withoutLimitOptions.read(input, { rules: 'grammar' });
  if (r.issues.length > 0 || r.document === undefined) throw new PolicyParseError(r.issues as [PolicyIssue, ...PolicyIssue[]]);
  const read = prepared(r.document, undefined);
  if (typeof input === 'object' && input !== null) rawCache.set(input, read);
  return read;
}

function prepared(document: PolicyDocument, kind: PolicyKind | undefined): ReadPolicy {
  const hit = checked.get(document);
  if (hit !== undefined) return hit.kind === kind ? hit : { ...hit, kind };
  const issues: PolicyIssue[] = [];
  const strays: (readonly string[] | undefined)[] = [];
  const unsure: boolean[] = [];
  document.Statement.forEach((s, i) => {
    checkConditions(s, `Statement[${i}]`, issues);
    checkEmptyNot(s, `Statement[${i}]`, issues);
    strays.push(strayReading(s));
    unsure.push(hasUnsureResource(s, document.Version));
  });
  if (issues.length > 0) throw new PolicyParseError(issues as [PolicyIssue, ...PolicyIssue[]]);
  const read: ReadPolicy = { document, kind, strays, unsure };
  checked.set(document, read);
  return read;
}

/**
 * A NotAction, NotResource or NotPrincipal that lists nothing has two readings that differ in what
 * they allow: no effect (Access Analyzer's "Empty array" checks) or everything excluded from
 * nothing (the element read literally). Either one fails open where the other holds, so it is
 * refused, as an empty list of condition values is.
 */
function checkEmptyNot(s: Statement, at: string, issues: PolicyIssue[]): void {
  for (const el of ['NotAction', 'NotResource'] as const)
    if (s[el]?.length === 0) issues.push({ path: `${at}.${el}`, code: 'EMPTY_VALUE', message: inputMessages.emptyNot(el) });
  const np = s.NotPrincipal;
  if (np !== undefined && np !== '*' && Object.values(np).every((list) => list === undefined || list.length === 0))
    issues.push({ path: `${at}.NotPrincipal`, code: 'EMPTY_VALUE', message: inputMessages.emptyNot('NotPrincipal') });
}

/**
 * True when a value can be read by operators of `family`: the model's `isFamilyValue`, except that
 * evaluate decodes Binary values leniently and compares ARN operator values as patterns as written.
 */
function readable(family: OperatorFamily, v: ConditionValue): boolean {
  if (family === 'Binary') return typeof v === 'string' && decodeBase64(v) !== undefined;
  return family === 'ARN' || isFamilyValue(family, v);
}

/**
 * Every operator of the statement must be one IAM knows and every value one its family reads:
 * a value that cannot be read would make a negated operator match anything (fail open). One block
 * must not name a key twice in different case (Access Analyzer: "Duplicate keys with different
 * case"): read as two tests they must both hold, which makes a Deny apply less, so it is refused.
 */
function checkConditions(s: Statement, at: string, issues: PolicyIssue[]): void {
  const block = s.Condition;
  if (block === undefined) return;
  for (const operator of Object.keys(block)) {
    const path = `${at}.Condition[${JSON.stringify(operator)}]`;
    const op = parseOperator(operator);
    if (op === undefined) {
      issues.push({
        path,
        code: 'INVALID_CONDITION',
        message: inputMessages.unknownOperator(operator),
      });
      continue;
    }
    const keys = block[operator]!;
    const seen = new Map<string, string>();
    for (const key of Object.keys(keys)) {
      const values = keys[key]!;
      // keys are case-insensitive: two spellings of one key in one block are one key given twice
      const first = seen.get(key.toLowerCase());
      if (first !== undefined)
        issues.push({ path: `${path}[${JSON.stringify(key)}]`, code: 'DUPLICATE_KEY', message: inputMessages.conditionKeyCase(first, key, operator) });
      else seen.set(key.toLowerCase(), key);
      if (values.length === 0)
        issues.push({ path: `${path}[${JSON.stringify(key)}]`, code: 'EMPTY_VALUE', message: inputMessages.noValues(key) });
      for (const v of values)
        if (!readable(op.family, v))
          issues.push({
            path: `${path}[${JSON.stringify(key)}]`,
            code: 'INVALID_CONDITION',
            message: inputMessages.unreadableValue(v, op.family, operator),
          });
    }
  }
}

/** See {@link ReadPolicy.strays}: the actions stray-whitespace entries match, where that is the safer reading. */
function strayReading(s: Statement): readonly string[] | undefined {
  const list = s.Effect === 'Deny' ? s.Action : s.NotAction;
  let out: string[] | undefined;
  for (const a of list ?? []) {
    const meant = strayAction(a);
    if (meant !== undefined) (out ??= []).push(meant);
  }
  return out;
}
