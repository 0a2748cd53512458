/**
 * Policy variables read on the safe side, for the searches that cannot decide them: a statement
 * widened so that it applies to every request it applies to whatever the variables' values
 * ({@link widerStatement}: a variable in a Resource's resource part or in a condition value the
 * search cannot tie read as `*`, or the test left out), a policy set with its Allows widened and
 * its Denies that read a variable left out ({@link widerSet}), and a witness of the wider
 * question made one of the real policies by giving the variable a value ({@link variableWitness}).
 * A `pass` of the wider question is a proof; a witness counts only once `evaluate` confirms it.
 */
import type { ConditionElement, ConditionValue, PolicyDocument, Statement } from '../model/policy-document.js';
import { parseOperator } from '../model/operators.js';
import { arnBounds } from '../model/match.js';
import { outsideVariables, variableKey, variableUses } from '../model/variables.js';
import { parseCaller } from '../evaluate/principal.js';
import { buildContext } from '../evaluate/context.js';
import { readPolicy } from '../evaluate/read.js';
import type { EvaluationRequest, PolicyInput, PolicySet, PolicyType } from '../evaluate/types.js';
import { listOf, tiedKey } from './space.js';

/** True when a statement reads a policy variable (Resource, NotResource or a condition value; never in 2008-10-17). */
export function readsVariable(st: Statement, version: string): boolean {
  if (version === '2008-10-17') return false;
  const texts = [...(st.Resource ?? []), ...(st.NotResource ?? [])];
  for (const op of Object.keys(st.Condition ?? {})) for (const values of Object.values(st.Condition![op]!)) for (const v of values) texts.push(String(v));
  return texts.some((t) => t.includes('${'));
}

const VARIABLE = /\$\{[^}]*\}/g;

/**
 * The statement with each policy variable in the resource part of its `Resource` ARNs read as `*`
 * (a substituted value is literal text, which `*` covers): it applies to every request the
 * statement applies to, whatever the variable's value. `undefined` when that does not hold or
 * there is nothing to widen.
 */
function widerResources(st: Statement, version: string): Statement | undefined {
  const list = st.Resource;
  if (list === undefined || version === '2008-10-17' || !list.some((r) => r.includes('${'))) return undefined;
  const out = starred(list);
  return out === undefined ? undefined : Object.freeze({ ...st, Resource: out });
}

/**
 * The entries with each policy variable of an ARN's resource part read as `*`; `undefined` when a
 * variable is in an ARN's head (a field whose `*` stays inside it) or an entry holds an escape
 * (`${*}`), which a text with `*` would read otherwise.
 */
function starred(list: readonly string[]): readonly string[] | undefined {
  const out: string[] = [];
  for (const r of list) {
    const b = arnBounds(r);
    const head = b === undefined ? r : r.slice(0, b[5]);
    if (head.includes('${') || /\$\{[*?$]\}/.test(r)) return undefined;
    out.push(head + r.slice(head.length).replace(VARIABLE, '*'));
  }
  return Object.freeze(out);
}

/**
 * The statement without the `NotResource` entries that read a policy variable: it excludes fewer
 * resources, so it applies to every request the statement applies to, whatever the variable's
 * value (without any entry left, it applies to every resource: `"Resource": ["*"]`). `undefined`
 * when there is no such entry.
 */
function widerNotResources(st: Statement, version: string): Statement | undefined {
  const list = st.NotResource;
  if (list === undefined || version === '2008-10-17') return undefined;
  const kept = list.filter((r) => variableUses(r).length === 0);
  if (kept.length === list.length) return undefined;
  const { NotResource: _, ...rest } = st;
  return Object.freeze(kept.length === 0 ? { ...rest, Resource: Object.freeze(['*']) } : { ...rest, NotResource: Object.freeze(kept) });
}

/**
 * A statement that applies only to requests `st` applies to, whatever the variables' values, where
 * one is easily had: `st` with each variable in the resource part of a NotResource entry read as
 * `*` (it excludes more). `undefined` when `st` reads a variable anywhere else (a search for
 * witnesses then leaves it out).
 *
 * @example
 * ```ts
 * import { narrowerStatement } from './widen.js';
 * narrowerStatement({ Effect: 'Deny', Action: ['s3:*'], NotResource: ['arn:aws:s3:::b/home/${aws:username}/*'] }, '2012-10-17')?.NotResource; // ['arn:aws:s3:::b/home/*\/*']
 * ```
 */
export function narrowerStatement(st: Statement, version: string): Statement | undefined {
  if ((st.Resource ?? []).some((r) => variableUses(r).length > 0) || untiedValues(st, version).length > 0 || (st.NotResource ?? []).length === 0) return undefined;
  const out = starred(st.NotResource!);
  return out === undefined ? undefined : Object.freeze({ ...st, NotResource: out });
}

/**
 * The condition values of `st` that read a policy variable the search cannot tie ({@link tiedKey}:
 * in a longer text, under an ARN operator or a qualifier), with their operator and key; none in a
 * 2008-10-17 policy, which substitutes no variables, nor under an operator that does not substitute.
 */
export function untiedValues(st: Statement, version: string): { operator: string; key: string; value: string }[] {
  const out: { operator: string; key: string; value: string }[] = [];
  if (version === '2008-10-17' || st.Condition === undefined) return out;
  for (const [operator, block] of Object.entries(st.Condition)) {
    const op = parseOperator(operator);
    if (op === undefined || !op.variables) continue;
    for (const [key, values] of Object.entries(block))
      for (const v of values) if (typeof v === 'string' && variableUses(v).length > 0 && tiedKey(op, v) === undefined) out.push({ operator, key, value: v });
  }
  return out;
}

/**
 * The Condition of an Allow with each test that reads a variable the search cannot tie made to hold
 * for every request it held for, whatever the variable's value (a substituted value is literal text,
 * which `*` covers): under `StringLike` and `StringEquals` (read as `StringLike`, qualifier and
 * `IfExists` kept) and under an ARN operator when the variable is in the resource part, the
 * variable becomes `*`; any other such test (negated, ignoring case, a variable in an ARN's head) is
 * left out, as a condition left out holds. `undefined` when there is nothing to widen.
 */
function widerConditions(st: Statement, version: string): ConditionElement | undefined {
  const untied = untiedValues(st, version);
  if (untied.length === 0) return undefined;
  const widen = new Set(untied.map((t) => `${t.operator}\u0001${t.key}`));
  const out: { [operator: string]: { [key: string]: readonly ConditionValue[] } } = {};
  const later: [string, string, readonly ConditionValue[]][] = [];
  for (const [operator, block] of Object.entries(st.Condition!))
    for (const [key, values] of Object.entries(block)) {
      if (!widen.has(`${operator}\u0001${key}`)) {
        (out[operator] ??= {})[key] = values;
        continue;
      }
      const op = parseOperator(operator)!;
      const star = (v: ConditionValue) => (typeof v === 'string' ? outsideVariables(v, '*') : v);
      if (op.negated || op.compare === 'eqi') continue;
      if (op.family === 'String') later.push([`${op.qualifier === undefined ? '' : `${op.qualifier}:`}StringLike${op.ifExists ? 'IfExists' : ''}`, key, values.map(star)]);
      else if (values.every((v) => typeof v !== 'string' || variableUses(v).every((u) => (arnBounds(v)?.[5] ?? Infinity) <= u.start))) later.push([operator, key, values.map(star)]);
    }
  // a test that lands on a key its new operator already tests is left out (both cannot be written)
  for (const [operator, key, values] of later) if ((out[operator] ??= {})[key] === undefined) out[operator]![key] = values;
  for (const operator of Object.keys(out)) if (Object.keys(out[operator]!).length === 0) delete out[operator];
  return out;
}

/**
 * The statement with its Resource ({@link widerResources}) or NotResource ({@link widerNotResources})
 * and its Condition ({@link widerConditions}) widened: it applies to every request `st` applies
 * to, whatever the values of the policy variables it reads (an Allow then allows more, a Deny
 * denies more). `st` itself when nothing changes.
 *
 * @example
 * ```ts
 * import { widerStatement } from './widen.js';
 * widerStatement({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/home/${aws:username}/*'] }, '2012-10-17').Resource; // ['arn:aws:s3:::b/home/*\/*']
 * ```
 */
export function widerStatement(st: Statement, version: string): Statement {
  const base = widerResources(st, version) ?? widerNotResources(st, version) ?? st;
  const condition = widerConditions(base, version);
  if (condition === undefined) return base;
  const { Condition: _, ...rest } = base;
  return Object.freeze(Object.keys(condition).length === 0 ? rest : { ...rest, Condition: condition });
}

/**
 * A witness of widened statements ({@link widerStatement}) made a witness of the real ones, tried
 * in turn until `confirm` (`evaluate` on the full sets) accepts one: each Resource entry (and a
 * Deny's NotResource entry, which names what the Deny leaves alone) and each widened condition
 * value (as its key's value, its wildcards given text) with the variable filled with the value the
 * request already has for the key (`aws:username` of the caller:
 * `user/*\/${aws:username}` gives `user/example/analyze-user`); the variable given, as context,
 * each piece between separators of the witness's resource and of its values of the widened keys
 * (`example-vpc-id` of `ec2:Vpc` for `"ArnLike": {"ec2:Vpc": "arn:aws:ec2:*:*:vpc/${aws:PrincipalTag/VpcId}"}`);
 * the entries and values filled with a placeholder given as context; an empty value last. The
 * witness itself may be a request a statement set aside allows (`user/x` for
 * `user/${aws:username}`). Statements that read several keys give each the value the request has
 * or a placeholder of its own (`example-value-1`), without the pieces.
 *
 * @example
 * ```ts
 * import { variableWitness } from './widen.js';
 * const home = { Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/home/${aws:username}/*'] } as const;
 * const request = { principal: 'arn:aws:iam::111122223333:user/alice', action: 's3:GetObject', resource: 'arn:aws:s3:::b/home/x/y' };
 * variableWitness([home], '2012-10-17', request, (r) => (r.resource?.includes('/alice/') ? r.resource : undefined)); // 'arn:aws:s3:::b/home/alice/example'
 * ```
 */
export function variableWitness<W>(statements: readonly Statement[], version: string, request: EvaluationRequest, confirm: (request: EvaluationRequest) => W | undefined): W | undefined {
  // a Deny's NotResource entry filled names a resource the Deny leaves alone
  const resources = statements.flatMap((st) => [...(st.Resource ?? []), ...(st.NotResource ?? [])]);
  const untied = statements.flatMap((st) => untiedValues(st, version));
  // each key read, lower-cased (keys are case-insensitive), with its spelling
  const keys = new Map<string, string>();
  for (const t of [...resources, ...untied.map((u) => u.value)]) for (const u of variableUses(t)) keys.set(variableKey(u.body).toLowerCase(), variableKey(u.body));
  if (keys.size === 0) return undefined;
  const resource = request.resource ?? '*';
  // the context without the variables' keys, however the witness spells them
  const others = Object.fromEntries(Object.entries(request.context ?? {}).filter(([k]) => !keys.has(k.toLowerCase())));
  const witnessBounds = arnBounds(resource);
  /** `text` with each variable replaced by its key's value in `values`. */
  const fill = (text: string, values: ReadonlyMap<string, string>) => {
    let out = '';
    let at = 0;
    for (const u of variableUses(text)) {
      out += text.slice(at, u.start) + (values.get(variableKey(u.body).toLowerCase()) ?? '');
      at = u.end;
    }
    return out + text.slice(at);
  };
  const byEntries = (values: ReadonlyMap<string, string>, context: EvaluationRequest['context']) => {
    for (const entry of resources) {
      if (!entry.includes('${')) continue;
      const arn = exampleOf(fill(entry, values), resource, witnessBounds);
      if (arn === undefined || arn === resource) continue;
      const hit = confirm({ ...request, resource: arn, ...(context === undefined ? {} : { context }) });
      if (hit !== undefined) return hit;
    }
    return undefined;
  };
  // each widened condition value with the variables filled and its wildcards given text, as the value of its key
  const byValues = (values: ReadonlyMap<string, string>, context: EvaluationRequest['context']) => {
    for (const t of untied) {
      const text = fill(t.value, values);
      const now = Object.entries(context ?? {}).find(([k]) => k.toLowerCase() === t.key.toLowerCase())?.[1];
      const near = typeof now === 'string' ? now : text;
      const filled = arnBounds(text) === undefined ? text.replace(/\*/g, 'example').replace(/\?/g, 'x') : exampleOf(text, near, arnBounds(near));
      if (filled === undefined) continue;
      const rest = Object.fromEntries(Object.entries(context ?? {}).filter(([k]) => k.toLowerCase() !== t.key.toLowerCase()));
      const hit = confirm({ ...request, context: { ...rest, [t.key]: filled } });
      if (hit !== undefined) return hit;
    }
    return undefined;
  };
  const tryValues = (values: ReadonlyMap<string, string>, context: EvaluationRequest['context']) => byEntries(values, context) ?? byValues(values, context);
  // the values the request has (the caller's own aws:username), the other keys a placeholder each
  const owns = new Map<string, string>();
  const given: { [key: string]: string } = {};
  let n = 0;
  for (const [lower, key] of keys) {
    const own = requestValue(request, key);
    if (own !== undefined) owns.set(lower, own);
    else owns.set(lower, (given[key] = keys.size === 1 ? PLACEHOLDER : `${PLACEHOLDER}-${++n}`));
  }
  const allOwn = Object.keys(given).length === 0;
  // the request's context with the placeholders given (the keys it has keep their values)
  const placedContext = { ...Object.fromEntries(Object.entries(request.context ?? {}).filter(([k]) => !Object.keys(given).some((g) => g.toLowerCase() === k.toLowerCase()))), ...given };
  if (allOwn) {
    const hit = tryValues(owns, request.context);
    if (hit !== undefined) return hit;
  }
  if (keys.size === 1) {
    const key = [...keys.values()][0]!;
    // pieces between separators (`/`, `:`), as a variable usually fills one path segment
    const widenedKeys = new Set(untied.map((t) => t.key.toLowerCase()));
    const texts = [resource];
    for (const [k, v] of Object.entries(request.context ?? {})) if (widenedKeys.has(k.toLowerCase())) for (const x of Array.isArray(v) ? v : [v]) if (typeof x === 'string') texts.push(x);
    const tried = new Set<string>(['']);
    for (const text of texts) {
      const starts = [0];
      const ends = [text.length];
      for (let i = 0; i < text.length; i++)
        if (text[i] === '/' || text[i] === ':') {
          starts.push(i + 1);
          ends.push(i);
        }
      if (starts.length * ends.length > 400) continue;
      for (const i of starts)
        for (const j of ends) {
          const piece = text.slice(i, j);
          if (j < i || tried.has(piece)) continue;
          tried.add(piece);
          const hit = confirm({ ...request, context: { ...others, [key]: piece } });
          if (hit !== undefined) return hit;
        }
    }
    const placed = allOwn ? undefined : tryValues(owns, placedContext);
    // an empty value last: a request that has one reads oddly
    return placed ?? confirm({ ...request, context: { ...others, [key]: '' } });
  }
  // several keys: the values the request has, the others a placeholder each, given as context
  return allOwn ? undefined : tryValues(owns, placedContext);
}

/** The value a witness gives a policy variable's key that the request does not have. */
const PLACEHOLDER = 'example-value';

/** The value `evaluate` reads for `key` in `request` (given, or derived from the principal), when it is one string. */
function requestValue(request: EvaluationRequest, key: string): string | undefined {
  const caller = parseCaller(request.principal, request.anonymous === true, request.principalType);
  const v = buildContext(request.context, caller, request.principalAccount ?? caller.account, request.resourceAccount, request.principalId).get(key);
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/**
 * A resource that `pattern` (an ARN with wildcards, variables already filled) matches: each head
 * field with a wildcard takes the witness's field (`near`, split at `bounds`), each `*` of the
 * resource part `example` and each `?` `x`. `undefined` when a head field has a wildcard and the
 * witness is no ARN.
 */
function exampleOf(pattern: string, near: string, bounds: readonly number[] | undefined): string | undefined {
  const b = arnBounds(pattern);
  if (b === undefined) return undefined;
  const fields: string[] = [];
  for (let i = 0; i < 5; i++) {
    const field = pattern.slice(b[i]!, b[i + 1]! - 1);
    if (!/[*?]/.test(field)) fields.push(field);
    else if (bounds === undefined) return undefined;
    else fields.push(near.slice(bounds[i]!, bounds[i + 1]! - 1));
  }
  return `${fields.join(':')}:${pattern.slice(b[5]!).replace(/\*/g, 'example').replace(/\?/g, 'x')}`;
}


/** A statement no request matches (no action is outside `*`). */
const APPLIES_TO_NOTHING: Statement = Object.freeze({ Effect: 'Deny', NotAction: Object.freeze(['*']), Resource: Object.freeze(['*']) });

/** What {@link widerSet} made: the wider set, and the statements it widened or left out (as written) with their policy version. */
export interface WiderSet {
  readonly set: PolicySet;
  readonly widened: readonly { readonly st: Statement; readonly version: string }[];
}

/** Where a policy stands in a set: its type, SCP/RCP level and index (as `policiesOf` in space.ts counts them). */
export const placeKey = (type: PolicyType, level: number | undefined, policyIndex: number): string => JSON.stringify([type, level ?? null, policyIndex]);

/**
 * The set with each statement replaced by what `f` returns for it: the statement itself (kept), another
 * statement, or `null` (left out). `f` is given the statement, its policy's Version and the policy's
 * {@link placeKey}. A policy left without statements gets one that applies to no action, so a policy
 * of Denies only stays what it was. `undefined` when nothing changes.
 */
export function mapStatements(set: PolicySet, f: (st: Statement, version: string, place: string) => Statement | null): PolicySet | undefined {
  let any = false;
  const map = (input: PolicyInput, type: PolicyType, level: number | undefined, index: number): PolicyInput => {
    const { document } = readPolicy(input, type);
    const version = document.Version;
    const place = placeKey(type, level, index);
    let changed = false;
    const statements: Statement[] = [];
    for (const st of document.Statement) {
      const out = f(st, version, place);
      if (out !== st) changed = true;
      if (out !== null) statements.push(out);
    }
    if (!changed) return input;
    any = true;
    if (statements.length === 0) statements.push(type === 'resource' || type === 'rcp' || type === 'endpoint' ? { ...APPLIES_TO_NOTHING, Principal: '*' } : APPLIES_TO_NOTHING);
    return Object.freeze({ ...document, Statement: Object.freeze(statements) }) as PolicyDocument;
  };
  const out: { -readonly [K in keyof PolicySet]: PolicySet[K] } = { ...set };
  for (const type of ['identity', 'resource', 'session', 'endpoint'] as const) {
    const v = set[type];
    if (v !== undefined) out[type] = Array.isArray(v) ? (v as readonly PolicyInput[]).map((p, i) => map(p, type, undefined, i)) : map(v as PolicyInput, type, undefined, 0);
  }
  if (set.boundary !== undefined) out.boundary = map(set.boundary, 'boundary', undefined, 0);
  for (const type of ['scp', 'rcp'] as const) {
    const levels = set[type];
    if (levels !== undefined) out[type] = levels.map((lv, level) => listOf(lv as PolicyInput | readonly PolicyInput[]).map((p, i) => map(p, type, level, i)));
  }
  return any ? out : undefined;
}

/**
 * The set with every Allow widened ({@link widerStatement}) and every Deny that reads a policy
 * variable left out: it allows every request `set` allows. With `narrower`, the dual: every Allow
 * that reads a variable left out and every Deny widened (it denies more), so it allows only
 * requests `set` allows. `undefined` when nothing changes.
 */
export function widerSet(set: PolicySet, narrower = false): WiderSet | undefined {
  const widened: { st: Statement; version: string }[] = [];
  const out = mapStatements(set, (st, version) => {
    // wider: Allows widened, Denies that read a variable left out; narrower: the other way round
    if ((st.Effect === 'Deny') !== narrower) {
      if (!readsVariable(st, version)) return st;
      widened.push({ st, version });
      return null;
    }
    const w = widerStatement(st, version);
    if (w !== st) widened.push({ st, version });
    return w;
  });
  return out === undefined ? undefined : { set: out, widened };
}
