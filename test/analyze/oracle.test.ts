/**
 * Independent oracle (issue #14): random identity-policy pairs are decided a second time by the
 * SMT solver z3 (`z3-solver`, a devDependency that src/ never loads), from an SMT-LIB encoding
 * written here from the IAM rules, not from typed-iam's code. On every pair where typed-iam does
 * not answer `unknown`, `checkNoNewAccess(existing, updated)` must be `fail` exactly when z3 finds
 * a request that `updated` allows and `existing` does not (sat), and `compare` must give the
 * relation that the two directions give.
 *
 * The encoding. A request is a tuple of SMT variables; each IAM rule is one clause:
 * - Characters are UTF-16 units (z3 `encoding=bmp`), as the engine's `?` matches one unit.
 * - `a` (String): the action, case-folded: it holds no upper-case ASCII letter and no Kelvin sign
 *   (the only non-ASCII unit that folds into ASCII). Actions only ever match ignoring case
 *   ("action names are case-insensitive", iam-reference §7), so folding a request loses nothing;
 *   action patterns are lower-cased and compared exactly.
 * - The resource: `r_arn` (Bool) and, for an ARN, its components `r0 .. r5` (String): split at the
 *   first five colons, so r0..r4 hold no colon, and r0..r4 are folded as above (partition,
 *   service, region and account match ignoring case; the resource part r5 is case-sensitive and
 *   may hold colons). `*` covers every resource; an entry with five colons matches an ARN
 *   component by component, except that a `*` ending a head component may also take colons (IAM
 *   User Guide, Resource element): such an entry is one disjunct per alignment of its components
 *   on r0..r5 (each takes at least one text component, so the resource part begins at r5 or after
 *   a colon inside it; the components that begin in r5 are one expression over r5, head letters in
 *   either case); a resource with fewer than five colons is compared with the whole
 *   entry, whose five literal colons it cannot meet (iam-reference §4). Other Resource entries
 *   (short ARNs, non-ARN text) are outside the encoded vocabulary and throw.
 * - Wildcards are regular languages: `*` is `(re.* re.allchar)`, `?` is `re.allchar`; inside an
 *   ARN component the component itself is colon-free, so no class needs excluding colons.
 * - Action/NotAction: `a` matches one of the patterns (NotAction: none); Resource/NotResource alike.
 * - A condition key k is a list: `k_n` (Int, 0 = absent) values `k_0 .. k_{K-1}` of the family
 *   that reads k; K = max(2, number of distinct set-operator conditions on k), enough because a
 *   plain operator sees only "one value or several" and each ForAnyValue/ForAllValues condition
 *   needs at most one value to hold or fail. `aws:CurrentTime` is never absent (the engine fills it).
 *   A value either parses in its family (`k_i_ok`) and then has a typed meaning (Real for numbers,
 *   Real milliseconds for dates, Bool, IP family + Int address), or it does not parse and its
 *   comparisons are unknown (an ARN `*` still matches it); an address in ::ffff:0:0/96 is also
 *   read as the IPv4 address it maps, and a block holding it in one reading only is unknown.
 *   Unknown holds for a Deny and not for an Allow (docs/evaluation.md, "Request values an
 *   operator cannot read"). String values are Strings; ARN values are an ARN flag and six
 *   components as for resources (not folded).
 * - One condition (iam-reference §2, §7): positive test of one value = OR over the policy values;
 *   a negated operator (`...Not...`, `NotIpAddress`) holds when no policy value matches (NOR);
 *   absent key: IfExists, ForAllValues and plain negated operators hold, every other form fails;
 *   a plain operator on several values is unknown; ForAnyValue = some value passes, ForAllValues =
 *   every value passes; `Null: true` = absent, `Null: false` = present. ArnEquals/ArnLike match
 *   component by component with wildcards, case-sensitive; a short ARN value matches only when it
 *   ends in `*` (padded with `*` components). IgnoreCase: each letter in either case (and `k` the
 *   Kelvin sign). Numbers: `[+-]digits[.digits]`; dates: ISO 8601; IP: CIDR blocks per family.
 * - A statement applies = action clause AND resource clause AND every condition. A policy allows
 *   = some Allow applies AND no Deny applies ("an explicit deny overrides any allow", §7).
 * - The question: allows(updated) AND NOT allows(existing); sat = a request with new access.
 * The operator table, value parsers and matchers here are the oracle's own, on purpose: sharing
 * typed-iam's would make the two answers agree by construction.
 *
 * Each query gets a context of its own: in one shared context z3's answers to the same seeded
 * queries changed from run to run (its state carries over from query to query: the count of
 * `unknown` answers was 4 in one of eleven runs and 5 in the others, and a wrong `unsat` came in
 * one of them), and a clean-clone CI run failed on the oracle, most likely from such a change (its
 * log showed only the step). With a fresh context the answers were the same in
 * every run (traces of three runs byte for byte), so a run fails or passes the same way again.
 * `ORACLE_PAIRS=80` passes too (55 pairs checked, 16 left to z3's unknown).
 *
 * z3 is not always right: on one pair of this seed it answered `unsat` in one run, where other runs
 * of the same query gave `sat` or `unknown` and typed-iam had a witness. So when typed-iam finds new
 * access and z3 says there is none, the query is asked again with the witness's action and
 * resource fixed (strings are what z3 struggles with): `sat` then shows z3's `unsat` was wrong,
 * and the pair is counted and skipped. A witness z3 still refuses is a mismatch. The other way
 * (typed-iam finds no new access, z3 finds some) is always a mismatch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { init, killThreads } from 'z3-solver';
import { checkNoNewAccess, compare } from '../../src/analyze/index.js';
import type { EvaluationRequest } from '../../src/evaluate/index.js';
import type { ConditionElement, PolicyDocument, Statement } from '../../src/model/policy-document.js';
import { CONDITIONS, policyArb } from './generators.js';

// --- regular expressions of wildcard patterns -------------------------------------------------

const ANY = 're.allchar';
const KELVIN = '\\u{212a}';
/** Characters as ranges of UTF-16 units, less the ones in `without` (sorted code points). */
function chars(without: readonly number[]): string {
  const hex = (n: number) => `"\\u{${n.toString(16)}}"`;
  const out: string[] = [];
  let from = 0;
  for (const c of without) {
    if (c > from) out.push(`(re.range ${hex(from)} ${hex(c - 1)})`);
    from = c + 1;
  }
  out.push(`(re.range ${hex(from)} ${hex(0xffff)})`);
  return `(re.union ${out.join(' ')})`;
}
const UPPER = Array.from({ length: 26 }, (_, i) => 65 + i);
/** Case-folded text: no upper-case ASCII letter, no Kelvin sign (both fold to a lower-case letter). */
const FOLDED = `(re.* ${chars([...UPPER, 0x212a])})`;
/** A folded ARN head component: also no colon. */
const FOLDED_COMPONENT = `(re.* ${chars([58, ...UPPER, 0x212a])})`;
const COMPONENT = `(re.* ${chars([58])})`;
/** One character other than a colon. */
const NOT_COLON = chars([58]);

const lit = (s: string) => `"${[...s].map((c) => (/[A-Za-z0-9:/*._-]/.test(c) ? c : `\\u{${c.charCodeAt(0).toString(16)}}`)).join('')}"`;

/** A literal character matched ignoring case (the engine folds per UTF-16 unit; only the Kelvin sign folds into ASCII). */
function foldRe(c: string): string {
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  if (lower === upper) return `(str.to_re ${lit(c)})`;
  return `(re.union (str.to_re ${lit(lower)}) (str.to_re ${lit(upper)})${lower === 'k' ? ` (str.to_re "${KELVIN}")` : ''})`;
}

function concat(parts: readonly string[]): string {
  if (parts.length === 0) return '(str.to_re "")';
  return parts.length === 1 ? parts[0]! : `(re.++ ${parts.join(' ')})`;
}

/** `*` and `?` wildcards (`wild`) or none; with `fold`, letters in either case. Runs of literal characters form one term. */
function globRe(pattern: string, opts: { wild: boolean; fold: boolean }): string {
  if (/[^\x20-\x7e]/.test(pattern)) throw new Error(`oracle: pattern ${pattern} is not printable ASCII`);
  const out: string[] = [];
  let run = '';
  const flush = () => {
    if (run !== '') out.push(`(str.to_re ${lit(run)})`);
    run = '';
  };
  for (const c of pattern) {
    if (opts.wild && (c === '*' || c === '?')) {
      flush();
      out.push(c === '*' ? `(re.* ${ANY})` : ANY);
    } else if (opts.fold && c.toLowerCase() !== c.toUpperCase()) {
      flush();
      out.push(foldRe(c));
    } else run += c;
  }
  flush();
  return concat(out);
}

/** A pattern over a folded text (actions, ARN heads): lower-case it and compare exactly. */
const foldedRe = (pattern: string) => globRe(pattern.toLowerCase(), { wild: true, fold: false });
const exactRe = (pattern: string) => globRe(pattern, { wild: true, fold: false });

/** Splits at the first five colons; undefined with fewer. */
function arnParts(text: string): string[] | undefined {
  const parts = text.split(':');
  return parts.length < 6 ? undefined : [...parts.slice(0, 5), parts.slice(5).join(':')];
}

/** A short ARN padded with `*` components. */
function padded(text: string): string[] {
  const parts = text.split(':');
  while (parts.length < 6) parts.push('*');
  return parts;
}


// --- the oracle's own operator table ---------------------------------------------------------

type Family = 'String' | 'Arn' | 'Numeric' | 'Date' | 'Bool' | 'Ip' | 'Null';
interface Op {
  readonly family: Family;
  readonly qualifier: 'any' | 'all' | undefined;
  readonly ifExists: boolean;
  readonly negated: boolean;
  readonly compare: 'eq' | 'eqi' | 'like' | 'lt' | 'le' | 'gt' | 'ge';
}

function op(name: string): Op {
  const m = /^(?:(ForAnyValue|ForAllValues):)?(String|Numeric|Date|Arn|Bool|NotIpAddress|IpAddress|Null)(\w*?)(IfExists)?$/.exec(name);
  if (m === null) throw new Error(`oracle: operator ${name} not in the encoded vocabulary`);
  const base = m[2]!;
  const rest = m[3]!;
  const family: Family = base === 'NotIpAddress' || base === 'IpAddress' ? 'Ip' : (base as Family);
  const negated = base === 'NotIpAddress' || rest.startsWith('Not');
  const kind = rest.replace(/^Not/, '');
  const compare: Op['compare'] =
    family === 'Arn' || kind === 'Like'
      ? 'like'
      : kind === 'EqualsIgnoreCase'
        ? 'eqi'
        : kind === 'LessThan'
          ? 'lt'
          : kind === 'LessThanEquals'
            ? 'le'
            : kind === 'GreaterThan'
              ? 'gt'
              : kind === 'GreaterThanEquals'
                ? 'ge'
                : 'eq';
  return { family, qualifier: m[1] === 'ForAnyValue' ? 'any' : m[1] === 'ForAllValues' ? 'all' : undefined, ifExists: m[4] !== undefined, negated, compare };
}

// --- values of the families ------------------------------------------------------------------

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** An IPv4 or IPv6 CIDR as [v4, first address, last address] (as decimal integers). */
function cidr(text: string): [boolean, bigint, bigint] | undefined {
  const [addr, len] = text.split('/') as [string, string | undefined];
  let v4 = true;
  let value = 0n;
  if (addr.includes(':')) {
    v4 = false;
    const [head, tail] = addr.includes('::') ? (addr.split('::') as [string, string]) : [addr, undefined];
    const groups = (s: string) => (s === '' ? [] : s.split(':').map((g) => BigInt(parseInt(g, 16))));
    const h = groups(head);
    const t = tail === undefined ? [] : groups(tail);
    const all = tail === undefined ? h : [...h, ...Array<bigint>(8 - h.length - t.length).fill(0n), ...t];
    if (all.length !== 8) return undefined;
    for (const g of all) value = (value << 16n) | g;
  } else {
    const bytes = addr.split('.').map(Number);
    if (bytes.length !== 4) return undefined;
    for (const b of bytes) value = (value << 8n) | BigInt(b);
  }
  const width = v4 ? 32 : 128;
  const bits = len === undefined ? width : Number(len);
  const host = (1n << BigInt(width - bits)) - 1n;
  const first = value & ~host;
  return [v4, first, first | host];
}

/** A number as an SMT-LIB Real literal. */
function real(n: number): string {
  const s = String(Math.abs(n));
  const text = s.includes('.') ? s : `${s}.0`;
  return n < 0 ? `(- ${text})` : text;
}

// --- the encoding ----------------------------------------------------------------------------

interface KeyVars {
  readonly name: string;
  readonly family: Family;
  readonly size: number;
}

class Encoding {
  readonly decls: string[] = [];
  readonly asserts: string[] = [];
  readonly keys = new Map<string, KeyVars>();

  constructor(docs: readonly PolicyDocument[]) {
    // the action, case-folded; the resource: an ARN (r_arn) of six components r0..r5, the first
    // five folded and colon-free, or a text with fewer than five colons
    this.decls.push('(declare-const a String)', '(declare-const r_arn Bool)');
    this.asserts.push(`(str.in_re a ${FOLDED})`);
    for (let i = 0; i < 6; i++) {
      this.decls.push(`(declare-const r${i} String)`);
      if (i < 5) this.asserts.push(`(str.in_re r${i} ${FOLDED_COMPONENT})`);
    }
    // a request names an ARN: `arn`, a partition and a service, a resource part (IAM User Guide,
    // "IAM identifiers", ARN format); other text is `*` (no ARN entry meets it)
    this.asserts.push('(=> r_arn (and (= r0 "arn") (not (= r1 "")) (not (= r2 "")) (not (= r5 ""))))');
    // the families and set conditions of each key
    const families = new Map<string, Set<Family>>();
    const sets = new Map<string, Set<string>>();
    for (const d of docs)
      for (const st of d.Statement)
        for (const [name, keys] of Object.entries(st.Condition ?? {}))
          for (const [key, values] of Object.entries(keys)) {
            const k = key.toLowerCase();
            const o = op(name);
            const f = families.get(k) ?? new Set<Family>();
            families.set(k, f);
            if (o.family !== 'Null') f.add(o.family);
            if (o.qualifier !== undefined) sets.set(k, (sets.get(k) ?? new Set()).add(JSON.stringify([name, values])));
          }
    let i = 0;
    for (const [k, fs] of families) {
      if (fs.size > 1) throw new Error(`oracle: key ${k} read by two families`);
      const family = [...fs][0] ?? 'Null';
      const v: KeyVars = { name: `k${i++}`, family, size: Math.max(2, sets.get(k)?.size ?? 0) };
      this.keys.set(k, v);
      this.decls.push(`(declare-const ${v.name}_n Int)`);
      this.asserts.push(`(<= ${k === 'aws:currenttime' ? 1 : 0} ${v.name}_n ${v.size})`);
      for (let j = 0; j < v.size; j++) {
        const e = `${v.name}_${j}`;
        if (family === 'String') this.decls.push(`(declare-const ${e} String)`);
        else if (family === 'Arn') {
          // an ARN of six components (the first five colon-free), or a text that is not one
          this.decls.push(`(declare-const ${e}_arn Bool)`);
          for (let c = 0; c < 6; c++) {
            this.decls.push(`(declare-const ${e}_${c} String)`);
            if (c < 5) this.asserts.push(`(str.in_re ${e}_${c} ${COMPONENT})`);
          }
        } else if (family !== 'Null') {
          this.decls.push(`(declare-const ${e}_ok Bool)`);
          if (family === 'Numeric' || family === 'Date') this.decls.push(`(declare-const ${e} Real)`);
          else if (family === 'Bool') this.decls.push(`(declare-const ${e} Bool)`);
          else {
            this.decls.push(`(declare-const ${e}_v4 Bool)`, `(declare-const ${e} Int)`);
            this.asserts.push(`(<= 0 ${e})`, `(< ${e} (ite ${e}_v4 ${1n << 32n} ${1n << 128n}))`);
          }
        }
      }
    }
  }

  /** Positive test of one policy value against value `e` of a key. */
  test(o: Op, value: string, e: string): string {
    switch (o.family) {
      case 'String':
        return o.compare === 'eq' ? `(= ${e} ${lit(value)})` : `(str.in_re ${e} ${globRe(value, { wild: o.compare === 'like', fold: o.compare === 'eqi' })})`;
      case 'Arn': {
        if (value === '*') return 'true';
        const parts = arnParts(value) ?? (value.endsWith('*') ? padded(value) : undefined);
        return parts === undefined ? 'false' : and([`${e}_arn`, ...parts.map((p, c) => `(str.in_re ${e}_${c} ${exactRe(p)})`)]);
      }
      case 'Numeric':
      case 'Date': {
        const n = o.family === 'Numeric' ? (DECIMAL.test(value) ? Number(value) : NaN) : Date.parse(value);
        if (Number.isNaN(n)) return 'false';
        const rel = { eq: '=', lt: '<', le: '<=', gt: '>', ge: '>=' }[o.compare as 'eq'];
        return `(and ${e}_ok (${rel} ${e} ${real(n)}))`;
      }
      case 'Bool': {
        const b = value.toLowerCase();
        return b === 'true' || b === 'false' ? `(and ${e}_ok (= ${e} ${b}))` : 'false';
      }
      case 'Ip': {
        const c = cidr(value);
        return c === undefined ? 'false' : `(and ${e}_ok (= ${e}_v4 ${c[0]}) (<= ${c[1]} ${e}) (<= ${e} ${c[2]}))`;
      }
      case 'Null':
        return 'false';
    }
  }

  condition(name: string, key: string, values: readonly string[], effect: string): string {
    const o = op(name);
    const v = this.keys.get(key.toLowerCase())!;
    const n = `${v.name}_n`;
    if (o.family === 'Null')
      return or(values.map((w) => (w.toLowerCase() === 'true' ? `(= ${n} 0)` : w.toLowerCase() === 'false' ? `(> ${n} 0)` : 'false')));
    // a value its family cannot read (not `_ok`, not `_arn`) leaves a comparison unknown unless a
    // policy value matches it anyway (ARN `*`): unknown holds for a Deny only (docs/evaluation.md)
    // and an IPv4-mapped IPv6 address (::ffff:0:0/96) has two readings, as written and as the IPv4
    // address: a block holding it in one reading only leaves that comparison unknown too
    const readable = (e: string) => (o.family === 'Arn' ? `${e}_arn` : o.family === 'String' ? 'true' : `${e}_ok`);
    const twoReadings = (w: string, e: string): string => {
      const c = o.family === 'Ip' ? cidr(w) : undefined;
      if (c === undefined) return 'false';
      const [v4, lo, hi] = c;
      const M = 0xffffn << 32n;
      const other = v4 ? `(and (not ${e}_v4) (<= ${M + lo} ${e}) (<= ${e} ${M + hi}))` : `(and ${e}_v4 (<= ${lo} (+ ${M} ${e})) (<= (+ ${M} ${e}) ${hi}))`;
      return `(and ${e}_ok (not (= ${this.test(o, w, e)} (or ${this.test(o, w, e)} ${other}))))`;
    };
    const ok = (e: string) => {
      const hit = or(values.map((w) => `(and ${this.test(o, w, e)} (not ${twoReadings(w, e)}))`));
      const unknown = `(and (or (not ${readable(e)}) ${or(values.map((w) => twoReadings(w, e)))}) (not ${hit}))`;
      if (effect === 'Allow') return o.negated ? `(and (not ${hit}) (not ${unknown}))` : hit;
      return o.negated ? `(not ${hit})` : `(or ${hit} ${unknown})`;
    };
    const elems = Array.from({ length: v.size }, (_, j) => j);
    const missing = o.ifExists || o.qualifier === 'all' || (o.qualifier === undefined && o.negated);
    const body =
      o.qualifier === undefined
        ? `(ite (= ${n} 1) ${ok(`${v.name}_0`)} ${effect === 'Deny'})`
        : o.qualifier === 'any'
          ? or(elems.map((j) => `(and (< ${j} ${n}) ${ok(`${v.name}_${j}`)})`))
          : and(elems.map((j) => `(=> (< ${j} ${n}) ${ok(`${v.name}_${j}`)})`));
    return `(ite (= ${n} 0) ${missing} ${body})`;
  }

  /**
   * Whether one Resource entry covers the resource: component by component for an ARN (head
   * folded). A text with fewer than five colons is compared with the whole entry, which holds five
   * literal colons: it never matches. Short `arn:` entries and other texts (which compare the whole
   * text of an ARN too) are outside the encoded vocabulary.
   */
  resourceEntry(raw: string, exact: boolean): string {
    if (raw === '*') return 'true';
    const parts = arnParts(raw);
    if (parts === undefined) throw new Error(`oracle: Resource ${raw} not in the encoded vocabulary`);
    // a capital before the resource part: read exactly (an Allow's Resource, a Deny's NotResource),
    // it meets no request, whose head is lower case (docs/evaluation.md: AWS does not say); a
    // wildcard in the service segment likewise (IAM User Guide, Resource element: "You can't use a
    // wildcard in the service segment"), read as no wildcard it meets nothing there
    if (exact && (parts.slice(0, 5).some((p) => /[A-Z]/.test(p)) || /[*?]/.test(parts[2]!))) return 'false';
    if (!parts.slice(0, 5).some((p) => p.endsWith('*'))) return and(['r_arn', ...parts.map((p, i) => `(str.in_re r${i} ${i < 5 ? foldedRe(p) : exactRe(p)})`)]);
    // a `*` ending a head component "can expand to match beyond the colon boundaries" (IAM User
    // Guide, Resource element): the next entry component may begin after any later colon of the
    // text. Each entry component takes at least one text component, so the resource part begins at
    // r5 or after a colon inside r5, and so does any head component that begins there. The
    // alignments of the entry's components on r0..r5 are few: one disjunct each, a head component
    // read against one text component, and the components that begin in r5 as one expression over
    // r5 (each head component's wildcards colon-free but its trailing `*`, its letters in either
    // case). One expression over the whole text `r0:…:r5` says the same, but z3 decides it less
    // often (a regular membership of a concatenation of six strings).
    const head = (p: string) =>
      concat([...p].map((c, k) => (c === '*' ? (k === p.length - 1 ? `(re.* ${ANY})` : `(re.* ${NOT_COLON})`) : c === '?' ? NOT_COLON : foldRe(c))));
    /** Membership, `true` for a pattern of `*` alone (r0..r4 are colon-free already, r5 is any text). */
    const member = (v: string, re: string) => (re === `(re.* ${ANY})` ? 'true' : `(str.in_re ${v} ${re})`);
    /** Components k..5 within r5, from its start (or, `inside`, from just after one of its colons). */
    const inR5 = (k: number, inside: boolean) =>
      member('r5', concat([...(inside ? [`(re.* ${ANY})`, '(str.to_re ":")'] : []), ...parts.slice(k).flatMap((p, i) => [...(i === 0 ? [] : ['(str.to_re ":")']), k + i < 5 ? head(p) : exactRe(p)])]));
    /** Components k..5 of the entry, component k beginning at r_j (j <= 5; k <= j). */
    const from = (k: number, j: number): string => {
      if (j === 5) return inR5(k, false);
      const here = member(`r${j}`, foldedRe(parts[k]!));
      if (!parts[k]!.endsWith('*')) return andT([here, from(k + 1, j + 1)]);
      // the trailing `*` takes the rest of r_j and the text up to any later colon
      const next: string[] = [];
      for (let j2 = j + 1; j2 <= 5; j2++) next.push(from(k + 1, j2));
      next.push(inR5(k + 1, true));
      return andT([here, orT(next)]);
    };
    return andT(['r_arn', from(0, 0)]);
  }

  statement(st: Statement): string {
    const actions = or((st.Action ?? st.NotAction ?? []).map((p) => `(str.in_re a ${foldedRe(p)})`));
    const exact = (st.Effect === 'Allow') === (st.Resource !== undefined);
    const resources = or((st.Resource ?? st.NotResource ?? []).map((p) => this.resourceEntry(p, exact)));
    const conditions = Object.entries(st.Condition ?? {}).flatMap(([name, keys]) =>
      Object.entries(keys).map(([key, values]) => this.condition(name, key, values.map(String), st.Effect)),
    );
    return and([st.Action ? actions : `(not ${actions})`, st.NotResource ? `(not ${resources})` : resources, ...conditions]);
  }

  allows(doc: PolicyDocument): string {
    const of = (effect: string) => or(doc.Statement.filter((s) => s.Effect === effect).map((s) => this.statement(s)));
    return `(and ${of('Allow')} (not ${of('Deny')}))`;
  }
}

/** {@link and} and {@link or} that drop `true` and `false` terms (the alignments of a crossing `*` that need nothing or cannot be). */
const andT = (xs: readonly string[]) => (xs.includes('false') ? 'false' : and(xs.filter((x) => x !== 'true')));
const orT = (xs: readonly string[]) => (xs.includes('true') ? 'true' : or(xs.filter((x) => x !== 'false')));

function or(xs: readonly string[]): string {
  return xs.length === 0 ? 'false' : xs.length === 1 ? xs[0]! : `(or ${xs.join(' ')})`;
}
function and(xs: readonly string[]): string {
  return xs.length === 0 ? 'true' : xs.length === 1 ? xs[0]! : `(and ${xs.join(' ')})`;
}

/** The action case-folded as the encoding holds it (ASCII letters and the Kelvin sign). */
const fold = (s: string) => s.replace(/[A-Z\u212a]/g, (c) => (c === '\u212a' ? 'k' : c.toLowerCase()));

/** Assertions fixing the action and resource of a request (a witness of typed-iam). */
function groundRequest(w: EvaluationRequest): string {
  const out = [`(assert (= a ${lit(fold(w.action))}))`];
  const r = w.resource ?? '*';
  const cuts: number[] = [];
  for (let i = 0; i < r.length && cuts.length < 5; i++) if (r[i] === ':') cuts.push(i);
  if (cuts.length < 5) out.push('(assert (not r_arn))');
  else {
    const parts = [r.slice(0, cuts[0]), ...cuts.map((c, i) => r.slice(c + 1, cuts[i + 1] ?? r.length))];
    out.push('(assert r_arn)', ...parts.map((p, i) => `(assert (= r${i} ${lit(i < 5 ? fold(p) : p)}))`));
  }
  return out.join('\n');
}

/** SMT-LIB text of "some request is allowed by `wider` and not by `narrower`". */
export function newAccessQuery(narrower: PolicyDocument, wider: PolicyDocument): string {
  const enc = new Encoding([narrower, wider]);
  const goal = `(and ${enc.allows(wider)} (not ${enc.allows(narrower)}))`;
  return [...enc.decls, ...enc.asserts.map((x) => `(assert ${x})`), `(assert ${goal})`].join('\n');
}

// --- the solver ------------------------------------------------------------------------------

type Z3 = Awaited<ReturnType<typeof init>>;
let z3: Z3;

/**
 * Work limit per query in z3's own deterministic units (rlimit), so that the same queries are
 * skipped on a loaded machine and an idle one; a query z3 cannot decide within it counts as
 * z3-unknown and is skipped (the count is printed). Typical queries take 20k-100k.
 */
const RLIMIT = 600_000;
/** z3's own wall-clock limit per query, a safety net only. */
const TIMEOUT_MS = 60_000;
/**
 * The test's own watchdog per query: a query still running after this is interrupted
 * (`Context.interrupt`, z3 then answers unknown), and one that does not end within GRACE_MS of
 * that means z3 stopped answering (a worker thread that crashed or ignores its limits: a CI run
 * once waited 10 minutes on one); the pairs after it are not asked and are counted, so the run
 * ends with the answers it has instead of never ending.
 */
const WATCHDOG_MS = 75_000;
const GRACE_MS = 15_000;
/** Wall-clock budget for all queries of one run: the pairs left when it runs out are counted and skipped. */
const BUDGET_MS = 300_000;
let deadline = Number.POSITIVE_INFINITY;
/** Why z3 is no longer asked, once it is not. */
let stopped: string | undefined;

/**
 * z3's answer to one query, with its model when sat. An error of z3 (a bad encoding) throws.
 * Each query gets a fresh context, so that no state of an earlier query changes the answer, and
 * the context is deleted as soon as the answer is read: through z3's own (low-level) API, because
 * the high-level `Context` is freed only when JavaScript's garbage collector gets to it, which
 * does not see z3's memory (a run of 80 pairs ran z3 out of memory that way).
 */
async function solve(query: string): Promise<{ answer: 'sat' | 'unsat' | 'unknown'; model: string }> {
  if (stopped === undefined && Date.now() > deadline) stopped = `the run's budget of ${BUDGET_MS / 1000} s ran out`;
  if (stopped !== undefined) return { answer: 'unknown', model: `not asked: ${stopped}` };
  const { Z3 } = z3;
  const config = Z3.mk_config();
  const ctx = Z3.mk_context_rc(config);
  Z3.del_config(config);
  const failed = () => {
    const code = Z3.get_error_code(ctx);
    if (code !== 0) throw new Error(`z3: ${Z3.get_error_msg(ctx, code)}`);
  };
  let hung = false;
  const timers: ReturnType<typeof setTimeout>[] = [];
  try {
    const solver = Z3.mk_solver(ctx);
    Z3.solver_inc_ref(ctx, solver);
    const params = Z3.mk_params(ctx);
    Z3.params_inc_ref(ctx, params);
    Z3.params_set_uint(ctx, params, Z3.mk_string_symbol(ctx, 'timeout'), TIMEOUT_MS);
    Z3.params_set_uint(ctx, params, Z3.mk_string_symbol(ctx, 'rlimit'), RLIMIT);
    Z3.solver_set_params(ctx, solver, params);
    Z3.solver_from_string(ctx, solver, query);
    failed();
    const watchdog = new Promise<'hung'>((resolve) => {
      timers.push(
        setTimeout(() => {
          Z3.interrupt(ctx);
          timers.push(setTimeout(() => resolve('hung'), GRACE_MS));
        }, WATCHDOG_MS),
      );
    });
    const result = await Promise.race([Z3.solver_check(ctx, solver), watchdog]);
    if (result === 'hung') {
      hung = true;
      stopped = `z3 did not answer within ${(WATCHDOG_MS + GRACE_MS) / 1000} s of a query, even when interrupted`;
      return { answer: 'unknown', model: stopped };
    }
    failed();
    const answer = result === 1 ? 'sat' : result === -1 ? 'unsat' : 'unknown';
    if (answer !== 'sat') return { answer, model: answer };
    const model = Z3.solver_get_model(ctx, solver);
    Z3.model_inc_ref(ctx, model);
    return { answer, model: Z3.model_to_string(ctx, model) };
  } finally {
    for (const t of timers) clearTimeout(t);
    // a context z3 is still working in is left alone: deleting it could wait on the same thread.
    // Deleting it frees its solver, parameters and model too.
    if (!hung) Z3.del_context(ctx);
  }
}

beforeAll(async () => {
  z3 = await init();
  // one character per UTF-16 unit, as the engine's `?` matches one unit
  z3.setParam('encoding', 'bmp');
  // z3 decides these string queries several times faster without relevancy filtering
  z3.setParam('smt.relevancy', 0);
  // z3's WebAssembly build has 2 GB and aborts the process beyond it (seen once: "Cannot enlarge
  // memory arrays"); with a cap, z3 gives up on that query instead (answer unknown, skipped, counted)
  z3.setParam('memory_max_size', 1024);
});

afterAll(async () => {
  // z3's threads end with the process if a stuck one does not stop here
  await Promise.race([killThreads(z3.em), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
});

// --- the tests -------------------------------------------------------------------------------

/** Operators beyond the shared generator's: every comparison, negations, IfExists and sets. */
const EXTRA: ConditionElement[] = [
  { NumericNotEquals: { 's3:max-keys': ['7'] } },
  { NumericLessThanEqualsIfExists: { 's3:max-keys': ['7.5'] } },
  { NumericGreaterThan: { 's3:max-keys': ['-1'] } },
  { DateNotEquals: { 'aws:CurrentTime': ['2024-01-01T00:00:00Z'] } },
  { DateLessThan: { 'aws:CurrentTime': ['2024-01-01T00:00:00Z'] } },
  { StringNotLike: { 's3:prefix': ['pub*'] } },
  { StringNotEqualsIgnoreCase: { 'aws:PrincipalTag/team': ['OPS'] } },
  { 'ForAnyValue:StringNotLike': { 'aws:TagKeys': ['env*'] } },
  { 'ForAllValues:StringEqualsIgnoreCase': { 'aws:TagKeys': ['ENV', 'team'] } },
  { 'ForAnyValue:StringLikeIfExists': { 'aws:TagKeys': ['c?st'] } },
  { NotIpAddressIfExists: { 'aws:SourceIp': ['10.0.0.0/8'] } },
  { IpAddress: { 'aws:SourceIp': ['10.1.2.3'] } },
  { Null: { 'aws:SourceIp': ['false'] } },
  { Bool: { 'aws:MultiFactorAuthPresent': ['true'] } },
  { ArnEquals: { 'aws:SourceArn': ['arn:aws:sns*'] } },
  { ArnNotLike: { 'aws:SourceArn': ['arn:aws:sns:us-east-1:*:*'] } },
];

/** Pairs per run (`ORACLE_PAIRS=300` for a longer run) and their seed (`ORACLE_SEED`, default 1420). */
const N = Number(process.env.ORACLE_PAIRS ?? 24);
const SEED = Number(process.env.ORACLE_SEED ?? 1420);
const pairs = fc.sample(fc.tuple(policyArb(false, [...CONDITIONS, ...EXTRA]), policyArb(false, [...CONDITIONS, ...EXTRA])), { numRuns: N, seed: SEED });

const show = (x: unknown) => JSON.stringify(x);

describe('z3 oracle', () => {
  it('encodes a few rules as IAM states them', async () => {
    const doc = (...Statement: Statement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });
    const none = doc({ Effect: 'Deny', Action: ['*'], Resource: ['*'] });
    const answer = async (existing: PolicyDocument, updated: PolicyDocument) => (await solve(newAccessQuery(existing, updated))).answer;
    const sat = (p: PolicyDocument) => answer(none, p);
    // actions are case-insensitive: S3:GET* and s3:get* cover the same actions
    const upper = doc({ Effect: 'Allow', Action: ['S3:GET*'], Resource: ['*'] });
    const lower = doc({ Effect: 'Allow', Action: ['s3:get*'], Resource: ['*'] });
    expect(await answer(lower, upper)).toBe('unsat');
    // a Deny overrides an Allow
    expect(await sat(doc({ Effect: 'Allow', Action: ['s3:*'], Resource: ['*'] }, { Effect: 'Deny', Action: ['s3:*'], Resource: ['*'] }))).toBe('unsat');
    // ForAllValues holds on an absent key; ForAnyValue does not
    const tags = (o: string) => doc({ Effect: 'Allow', Action: ['*'], Resource: ['*'], Condition: { [o]: { 'aws:TagKeys': ['a'] }, Null: { 'aws:TagKeys': ['true'] } } });
    expect(await sat(tags('ForAllValues:StringEquals'))).toBe('sat');
    expect(await sat(tags('ForAnyValue:StringEquals'))).toBe('unsat');
    // the resource part is case-sensitive; an Allow on a head written with a capital grants nothing
    // (docs/evaluation.md: AWS does not say how IAM reads it, and no request ARN has one)
    const res = (r: string) => doc({ Effect: 'Allow', Action: ['*'], Resource: [r] });
    expect(await answer(res('arn:aws:s3:::b/*'), res('arn:AWS:s3:::b/x'))).toBe('unsat');
    expect(await answer(res('arn:AWS:s3:::b/*'), res('arn:aws:s3:::b/x'))).toBe('sat');
    expect(await answer(res('arn:aws:s3:::b/x'), doc({ Effect: 'Allow', Action: ['*'], Resource: ['*'] }, { Effect: 'Deny', Action: ['*'], NotResource: ['arn:aws:S3:::b/x'] }))).toBe('unsat');
    expect(await answer(res('arn:aws:s3:::b/*'), res('arn:aws:s3:::B/x'))).toBe('sat');
    // a `*` ending the region crosses colons; one inside it does not
    expect(await answer(res('arn:aws:sqs:*:1:q'), res('arn:aws:sqs:a:b:1:q'))).toBe('unsat');
    expect(await answer(res('arn:aws:sqs:*a:1:q'), res('arn:aws:sqs:xa:b:1:q'))).toBe('sat');
    expect(await answer(res('arn:aws:logs:*:*:/g/*'), res('arn:aws:logs:r:1:log-group:/g/x'))).toBe('unsat');
    // ... into the resource part, where a head component's own colon ends it
    expect(await answer(res('arn:aws:logs:*:log-group*:/g/x'), res('arn:aws:logs:r:1:log-group:/g/x'))).toBe('unsat');
    expect(await answer(res('arn:aws:logs:*:log-group*:/g/x'), res('arn:aws:logs:r:1:log-group/g/x'))).toBe('sat');
    // (a wildcard in the service reads as one in a Deny only: IAM User Guide, Resource element, "You
    // can't use a wildcard in the service segment"; an Allow grants nothing through it)
    const denied = (r: string, d: string) => doc({ Effect: 'Allow', Action: ['*'], Resource: [r] }, { Effect: 'Deny', Action: ['*'], Resource: [d] });
    expect(await sat(denied('arn:aws:sqs:r:a:b:1:q:x', 'arn:aws:*:1:q:x'))).toBe('unsat');
    expect(await sat(denied('arn:aws:sqs:r:a:b:1:q:y', 'arn:aws:*:1:q:x'))).toBe('sat');
    expect(await sat(res('arn:aws:*:1:q:x'))).toBe('unsat');
    expect(await sat(res('arn:aws:s3*:::b/*'))).toBe('unsat');
    // numbers: nothing is both < 5 and >= 5
    const num = (c: ConditionElement) => doc({ Effect: 'Allow', Action: ['*'], Resource: ['*'], Condition: c });
    expect(await sat(num({ NumericLessThan: { n: ['5'] }, NumericGreaterThanEquals: { n: ['5'] } }))).toBe('unsat');
    expect(await sat(num({ NumericLessThan: { n: ['5.5'] }, NumericGreaterThan: { n: ['5'] } }))).toBe('sat');
    // CIDR blocks: a /48 inside a /32 leaves room, a /16 inside a /8 does not
    expect(await sat(num({ IpAddress: { ip: ['2001:db8::/32'] }, NotIpAddress: { ip: ['2001:db8:1::/48'] } }))).toBe('sat');
    expect(await sat(num({ IpAddress: { ip: ['10.1.0.0/16'] }, NotIpAddress: { ip: ['10.0.0.0/8'] } }))).toBe('unsat');
    // a value the operator cannot read, or a mapped address with two readings, never lets an Allow
    // apply and never stops a Deny (docs/evaluation.md): present values outside every block are only
    // unreadable ones, and a present value is denied by one of two complementary Denies
    expect(await sat(num({ NotIpAddress: { ip: ['0.0.0.0/0', '::/0'] }, Null: { ip: ['false'] } }))).toBe('unsat');
    const split = doc(
      { Effect: 'Allow', Action: ['*'], Resource: ['*'], Condition: { Null: { n: ['false'] } } },
      { Effect: 'Deny', Action: ['*'], Resource: ['*'], Condition: { 'ForAnyValue:NumericLessThan': { n: ['5'] } } },
      { Effect: 'Deny', Action: ['*'], Resource: ['*'], Condition: { 'ForAnyValue:NumericGreaterThanEquals': { n: ['5'] } } },
    );
    expect(await sat(split)).toBe('unsat');
    // an address outside 10.0.0.0/8 (as written) is no IPv4 in ::ffff:a00:0/104 (::ffff:10.0.0.0/104) for an Allow
    expect(await sat(num({ NotIpAddress: { ip: ['10.0.0.0/8'] }, IpAddress: { ip: ['::ffff:a00:0/104'] } }))).toBe('unsat');
    // a witness fixes the action (folded) and the resource (head folded, resource part exact)
    const read = doc({ Effect: 'Allow', Action: ['s3:Get*'], Resource: ['arn:aws:s3:::b/*'] });
    const grounded = async (w: EvaluationRequest) => (await solve(`${newAccessQuery(none, read)}\n${groundRequest(w)}`)).answer;
    expect(await grounded({ action: 'S3:GetObject', resource: 'ARN:aws:s3:::b/x' })).toBe('sat');
    expect(await grounded({ action: 's3:PutObject', resource: 'arn:aws:s3:::b/x' })).toBe('unsat');
    expect(await grounded({ action: 's3:GetObject', resource: 'arn:aws:s3:::B/x' })).toBe('unsat');
    expect(await grounded({ action: 's3:GetObject', resource: 'b/x' })).toBe('unsat');
  }, 300_000);

  it(`checkNoNewAccess and compare agree with z3 on ${N} random pairs`, async () => {
    const started = Date.now();
    deadline = started + BUDGET_MS;
    const counts = { pass: 0, fail: 0, unknown: 0, z3unknown: 0, z3wrong: 0, checked: 0, compared: 0, compareUnknown: 0 };
    const mismatches: string[] = [];
    /**
     * z3's answer for "`wider` allows a request `narrower` does not", corrected by typed-iam's
     * witness: an `unsat` that the witness's action and resource make `sat` was wrong.
     */
    const answer = async (narrower: PolicyDocument, wider: PolicyDocument) => {
      const first = await solve(newAccessQuery(narrower, wider));
      if (first.answer !== 'unsat') return first;
      const typed = checkNoNewAccess(narrower, wider);
      if (typed.result !== 'fail') return first;
      const grounded = await solve(`${newAccessQuery(narrower, wider)}\n${groundRequest(typed.witnesses[0]!)}`);
      if (grounded.answer !== 'sat') return first;
      counts.z3wrong++;
      return grounded;
    };
    for (const [existing, updated] of pairs) {
      const typed = checkNoNewAccess(existing, updated);
      const forward = await answer(existing, updated);
      if (forward.answer === 'unknown') counts.z3unknown++;
      if (typed.result === 'unknown') counts.unknown++;
      else counts[typed.result]++;
      if (typed.result !== 'unknown' && forward.answer !== 'unknown') counts.checked++;
      if (typed.result !== 'unknown' && forward.answer !== 'unknown' && (typed.result === 'fail') !== (forward.answer === 'sat'))
        mismatches.push(
          `checkNoNewAccess says ${typed.result}, z3 says ${forward.answer}\nexisting ${show(existing)}\nupdated  ${show(updated)}\n` +
            `typed-iam witness ${show(typed.witnesses[0])}\nz3 model ${forward.model}`,
        );
      const rel = compare(existing, updated).relation;
      if (rel === 'unknown') {
        counts.compareUnknown++;
        continue;
      }
      const backward = await answer(updated, existing);
      if (forward.answer === 'unknown' || backward.answer === 'unknown') continue;
      counts.compared++;
      const aOnly = backward.answer === 'sat';
      const bOnly = forward.answer === 'sat';
      const want = aOnly && bOnly ? 'incomparable' : aOnly ? 'wider' : bOnly ? 'narrower' : 'equivalent';
      if (rel !== want) mismatches.push(`compare says ${rel}, z3 says ${want}\na ${show(existing)}\nb ${show(updated)}\nz3 models:\n${forward.model}\n${backward.model}`);
    }
    console.log(`z3 oracle: ${N} pairs (seed ${SEED}), checkNoNewAccess pass ${counts.pass}, fail ${counts.fail}, unknown ${counts.unknown} (skipped); ` +
      `z3 unknown ${counts.z3unknown} (rlimit ${RLIMIT}; skipped); z3 unsat refuted by a witness ${counts.z3wrong}; checked ${counts.checked}; compare checked on ${counts.compared}, compare unknown ${counts.compareUnknown}; ${Date.now() - started} ms` +
      (stopped === undefined ? '' : `; z3 not asked after: ${stopped}`));
    if (mismatches.length > 0) console.log(mismatches.join('\n\n'));
    // the first mismatch is the assertion's message, so that a log cut to its summary still shows it
    expect(mismatches, mismatches[0]).toEqual([]);
    // no pair checked because z3 stopped answering (its WebAssembly build crashed or hung): scripts/test.mjs
    // runs this file again once on this message, and only on it
    expect(counts.checked, stopped === undefined ? 'no pair checked' : `z3 stopped: ${stopped}`).toBeGreaterThan(0);
    expect(counts.pass).toBeGreaterThan(N / 10);
    expect(counts.fail).toBeGreaterThan(N / 10);
  }, 480_000);
});
