/**
 * Policy variables (`${aws:username}`, `${aws:PrincipalTag/team, 'default'}`) and the escapes
 * `${*}`, `${?}`, `${$}`. Substitution yields a {@link Pattern}: substituted and escaped characters
 * are literal, so a tag value holding `*` never turns into a wildcard.
 */
import type { Pattern } from './pattern.js';

/** Reads a single-valued key as text; `undefined` when absent or multivalued. */
export interface VariableLookup {
  text(key: string): string | undefined;
}

/** Result of substitution: the pattern, or the first variable that could not be resolved. */
export type Substituted = { readonly ok: true; readonly pattern: Pattern } | { readonly ok: false; readonly variable: string };

/** Parses the inside of `${...}`: key and optional `'default'`. `undefined` when malformed. */
function parseVariable(inner: string): { key: string; fallback: string | undefined } | undefined {
  const comma = inner.indexOf(',');
  if (comma === -1) {
    const key = inner.trim();
    return key === '' ? undefined : { key, fallback: undefined };
  }
  const key = inner.slice(0, comma).trim();
  const rest = inner.slice(comma + 1).trim();
  if (key === '' || rest.length < 2 || rest[0] !== "'" || rest[rest.length - 1] !== "'") return undefined;
  return { key, fallback: rest.slice(1, -1) };
}

function pushLit(lit: number[], n: number, literal: 0 | 1): void {
  for (let k = 0; k < n; k++) lit.push(literal);
}

/**
 * Substitutes the variables of `raw`. Text outside `${...}` keeps its wildcards; an unclosed `${`
 * is literal text. In 2008-10-17 policies nothing is substituted.
 *
 * @example
 * ```ts
 * substitute('home/${aws:username}/*', { text: (k) => (k === 'aws:username' ? 'alice' : undefined) }, '2012-10-17');
 * // { ok: true, pattern: { text: 'home/alice/*', lit: ... } }
 * ```
 */
export function substitute(raw: string, lookup: VariableLookup, version: string): Substituted {
  if (version === '2008-10-17' || !raw.includes('${')) return { ok: true, pattern: { text: raw } };
  let text = '';
  const lit: number[] = [];
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
    if (inner === '*' || inner === '?' || inner === '$') {
      text += inner;
      pushLit(lit, 1, 1);
    }
    else {
      const v = parseVariable(inner);
      if (v === undefined) return { ok: false, variable: raw.slice(open, close + 1) };
      const value = lookup.text(v.key) ?? v.fallback;
      if (value === undefined) return { ok: false, variable: raw.slice(open, close + 1) };
      text += value;
      pushLit(lit, value.length, 1);
    }
    i = close + 1;
  }
  return { ok: true, pattern: { text, lit: Uint8Array.from(lit) } };
}
