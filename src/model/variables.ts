/**
 * Policy variables (`${aws:username}`, `${aws:PrincipalTag/team, 'default'}`) and the escapes
 * `${*}`, `${?}`, `${$}`. Substitution yields a {@link Pattern}: substituted and escaped characters
 * are literal, so a tag value holding `*` never turns into a wildcard.
 */
import type { Pattern } from './match.js';

/** Reads a single-valued key as text; `undefined` when absent or multivalued. */
export interface VariableLookup {
  text(key: string): string | undefined;
}

/** Result of substitution: the pattern, or the first variable that could not be resolved. */
/** `wildValue`: a variable's value held a `*` or `?` (read literally unless `valuesWild`, see {@link substitute}). */
export type Substituted = { readonly ok: true; readonly pattern: Pattern; readonly wildValue?: true } | { readonly ok: false; readonly variable: string };

/** One `${...}` occurrence; escapes `${*}`, `${?}`, `${$}` are not variables. */
export interface VariableUse {
  readonly start: number;
  readonly end: number;
  readonly body: string;
}

/** What {@link scanVariables} finds in a text. */
export interface VariableScan {
  /** The variables, in order (escapes left out). */
  readonly uses: readonly VariableUse[];
  /** The escapes `${*}`, `${?}`, `${$}`, in order: each stands for its one literal character (`body`). */
  readonly escapes: readonly VariableUse[];
  /** Where a `${` without a closing `}` starts (the text from there on is literal), or -1. */
  readonly unclosed: number;
}

const NO_VARIABLES: VariableScan = /*#__PURE__*/ Object.freeze({ uses: /*#__PURE__*/ Object.freeze([]), escapes: /*#__PURE__*/ Object.freeze([]), unclosed: -1 });

/**
 * THE reading of `${...}` in a text (evaluate, analyze and lint all read variables through it): a
 * variable runs from `${` to the first `}` after it; `${*}`, `${?}`, `${$}` are escapes, not
 * variables; a `${` with no `}` after it ends the scan.
 *
 * @example
 * ```ts
 * import { scanVariables } from './variables.js';
 * scanVariables('home/${aws:username}/${*}/${x');
 * // { uses: [{ start: 5, end: 20, body: 'aws:username' }], escapes: [{ start: 21, end: 25, body: '*' }], unclosed: 26 }
 * ```
 */
export function scanVariables(s: string): VariableScan {
  let i = s.indexOf('${');
  if (i < 0) return NO_VARIABLES;
  const uses: VariableUse[] = [];
  const escapes: VariableUse[] = [];
  while (i >= 0) {
    const end = s.indexOf('}', i + 2);
    if (end < 0) return { uses, escapes, unclosed: i };
    const body = s.slice(i + 2, end);
    (isEscape(body) ? escapes : uses).push({ start: i, end: end + 1, body });
    i = s.indexOf('${', end + 1);
  }
  return { uses, escapes, unclosed: -1 };
}

/**
 * True when `s` holds a policy variable (an escape such as `${*}` is none).
 *
 * @example
 * ```ts
 * import { hasVariable } from './variables.js';
 * hasVariable('home/${aws:username}'); // true
 * hasVariable('docs/${*}');            // false
 * ```
 */
export function hasVariable(s: string): boolean {
  return s.includes('${') && variableUses(s).length > 0;
}

/**
 * The policy variables written in `s`, in order (escapes left out; an unclosed `${` is text).
 *
 * @example
 * ```ts
 * import { variableUses } from './variables.js';
 * variableUses('home/${aws:username}/${*}'); // [{ start: 5, end: 20, body: 'aws:username' }]
 * ```
 */
export function variableUses(s: string): readonly VariableUse[] {
  return scanVariables(s).uses;
}

/**
 * The text of `s` without its policy variables (`${...}`, escapes too): what is written around them,
 * such as the capitals of an ARN field or the wildcards of a value that are not a variable's. With
 * `fill`, each variable is replaced by it (`'*'`: the variable read as any text).
 *
 * @example
 * ```ts
 * import { outsideVariables } from './variables.js';
 * outsideVariables('AROA${aws:userid}*'); // 'AROA*'
 * outsideVariables('arn:aws:s3:::home-${aws:username}-x', '*'); // 'arn:aws:s3:::home-*-x'
 * ```
 */
export function outsideVariables(s: string, fill = ''): string {
  if (!s.includes('${')) return s;
  let out = '';
  let at = 0;
  for (const u of variableUses(s)) {
    out += s.slice(at, u.start) + fill;
    at = u.end;
  }
  return out + s.slice(at);
}

function isEscape(body: string): boolean {
  return body === '*' || body === '?' || body === '$';
}

/** What is wrong with the name written in a policy variable (see {@link variableNameProblem}). */
export type VariableNameProblem = 'empty' | 'space' | 'symbol';

/**
 * What is wrong with the name of a policy variable as written (the text before its comma), or
 * `undefined`: a name is a condition key, so letters, digits and `:/_.-@+=` only; no space around
 * it either (Access Analyzer: "Empty variable", "Unsupported space in variable", "Unsupported
 * symbol in variable"). Lint's variable rules and `policyVariable` read it.
 *
 * @example
 * ```ts
 * import { variableNameProblem } from './variables.js';
 * variableNameProblem('aws:PrincipalTag/team'); // undefined
 * variableNameProblem('aws:user name');         // 'space'
 * variableNameProblem('*');                     // 'symbol' (`${*}` is an escape, not a variable)
 * ```
 */
export function variableNameProblem(name: string): VariableNameProblem | undefined {
  if (name.trim() === '') return 'empty';
  if (/\s/.test(name)) return 'space';
  return VARIABLE_NAME.test(name) ? undefined : 'symbol';
}
const VARIABLE_NAME = /^[A-Za-z0-9:/_.\-@+=]+$/;

/**
 * True when `raw` (a 2012-10-17 value) holds a policy variable whose name has white space in or
 * around it (`${ aws:username }`, `${aws:PrincipalTag/cost center}`). Access Analyzer reports such a
 * name ("Unsupported space in variable") and AWS does not say how IAM reads it: as the key without
 * the spaces, or as a variable with no value. Evaluate reads a value holding one as unsure, so it
 * never lets an Allow apply and never stops a Deny (docs/evaluation.md).
 *
 * @example
 * ```ts
 * import { hasSpacedVariable } from './variables.js';
 * hasSpacedVariable('home/${ aws:username }/*', '2012-10-17'); // true
 * hasSpacedVariable('home/${aws:username}/*', '2012-10-17');   // false
 * hasSpacedVariable("${aws:PrincipalTag/team, 'no team'}", '2012-10-17'); // false (a default may hold spaces)
 * ```
 */
export function hasSpacedVariable(raw: string, version: string): boolean {
  if (version === '2008-10-17' || !raw.includes('${')) return false;
  return variableUses(raw).some((u) => variableNameProblem(variableName(u.body)) === 'space');
}

/**
 * The name of a variable body as written, white space kept (`" aws:username , 'x'"` ->
 * `" aws:username "`): what {@link variableNameProblem} judges.
 *
 * @example
 * ```ts
 * import { variableName } from './variables.js';
 * variableName("aws:PrincipalTag/team, 'none'"); // 'aws:PrincipalTag/team'
 * variableName(' aws:username ');                // ' aws:username '
 * ```
 */
export function variableName(body: string): string {
  const comma = body.indexOf(',');
  return comma < 0 ? body : body.slice(0, comma);
}

/** The key a variable body names (`aws:PrincipalTag/team, 'x'` -> `aws:PrincipalTag/team`). */
export function variableKey(body: string): string {
  return variableName(body).trim();
}

/**
 * Parses the inside of `${...}`: its key and optional default, written `'default'` after a comma.
 * `undefined` when malformed (no key, or a default not enclosed in single quotes).
 *
 * @example
 * ```ts
 * import { parseVariable } from './variables.js';
 * parseVariable("aws:PrincipalTag/team, 'none'"); // { key: 'aws:PrincipalTag/team', fallback: 'none' }
 * parseVariable('aws:PrincipalTag/team, none');   // undefined
 * ```
 */
export function parseVariable(inner: string): { key: string; fallback: string | undefined } | undefined {
  const key = variableKey(inner);
  if (key === '') return undefined;
  const comma = inner.indexOf(',');
  if (comma === -1) return { key, fallback: undefined };
  const rest = inner.slice(comma + 1).trim();
  if (rest.length < 2 || rest[0] !== "'" || rest[rest.length - 1] !== "'") return undefined;
  return { key, fallback: rest.slice(1, -1) };
}

/**
 * The first variable of `raw` that cannot be resolved (its key is absent or multivalued and it has
 * no default, or it is malformed), or `undefined` when every variable resolves. Nothing is
 * substituted in 2008-10-17 policies.
 */
export function unresolvedVariable(raw: string, lookup: VariableLookup, version: string): string | undefined {
  if (version === '2008-10-17') return undefined;
  for (const v of variableUses(raw)) {
    const parsed = parseVariable(v.body);
    if (parsed === undefined || (parsed.fallback === undefined && lookup.text(parsed.key) === undefined)) return raw.slice(v.start, v.end);
  }
  return undefined;
}

function pushLit(lit: number[], n: number, literal: 0 | 1): void {
  for (let k = 0; k < n; k++) lit.push(literal);
}

/**
 * Substitutes the variables of `raw`. Text outside `${...}` keeps its wildcards; an unclosed `${`
 * is literal text. In 2008-10-17 policies nothing is substituted. A variable's value is literal,
 * unless `valuesWild`: then a `*` or `?` it holds is a wildcard. AWS does not say which a value is
 * (the escapes `${*}`, `${?}` make a written wildcard literal); the wildcard reading matches every
 * text the literal one does and more, so it is the one taken where matching more is safer.
 *
 * @example
 * ```ts
 * import { substitute } from './variables.js';
 * substitute('home/${aws:username}/*', { text: (k) => (k === 'aws:username' ? 'alice' : undefined) }, '2012-10-17');
 * // { ok: true, pattern: { text: 'home/alice/*', lit: ... } }
 * ```
 */
export function substitute(raw: string, lookup: VariableLookup, version: string, valuesWild = false): Substituted {
  if (version === '2008-10-17' || !raw.includes('${')) return { ok: true, pattern: { text: raw } };
  let text = '';
  const lit: number[] = [];
  let wildValue = false;
  let i = 0;
  while (i < raw.length) {
    const open = raw.indexOf('${', i);
    if (open === -1) {
      text += raw.slice(i);
      pushLit(lit, raw.length - i, 0);
      break;
    }
    text += raw.slice(i, open);
    pushLit(lit, open - i, 0);
    const close = raw.indexOf('}', open + 2);
    if (close === -1) {
      text += raw.slice(open);
      pushLit(lit, raw.length - open, 0);
      break;
    }
    const inner = raw.slice(open + 2, close);
    if (isEscape(inner)) {
      text += inner;
      pushLit(lit, 1, 1);
    }
    else {
      const v = parseVariable(inner);
      if (v === undefined) return { ok: false, variable: raw.slice(open, close + 1) };
      const value = lookup.text(v.key) ?? v.fallback;
      if (value === undefined) return { ok: false, variable: raw.slice(open, close + 1) };
      text += value;
      pushLit(lit, value.length, valuesWild ? 0 : 1);
      wildValue ||= value.includes('*') || value.includes('?');
    }
    i = close + 1;
  }
  const pattern = { text, lit: Uint8Array.from(lit) };
  return wildValue ? { ok: true, pattern, wildValue } : { ok: true, pattern };
}
