/**
 * Does a (possibly wildcarded) ARN fit an ARN template? Both sides are turned into token patterns
 * ("one character", "any one character", "any run") and the model's {@link patternsMeet} answers
 * whether some text matches both, with the model's ARN case rule: the head components
 * (partition, service, region, account) ignore case, the resource part does not. No regex.
 */

import { entryComponents } from '../model/arn.js';
import { BoundedCache } from '../model/bounded-cache.js';
import { endsWithStar, MEET_ONE, MEET_ONE_IN_FIELD, MEET_ONE_NO_SLASH, MEET_RUN, MEET_RUN_IN_FIELD, MEET_RUN_NO_SLASH, patternsMeet, plainPattern } from '../model/match.js';
import { emptyNamesOf } from './empty-names.js';
import { SLASHLESS_NAMES } from './slashless-names.js';
import { scanVariables } from '../model/variables.js';

/** Tokens of a side and how many of them stand in the ARN head (compared ignoring case). */
interface Tokens {
  readonly tokens: readonly number[];
  /** Tokens up to the fifth literal colon: the head components (all tokens with fewer colons). */
  readonly head: number;
  /** True when the text has five literal colons: a whole ARN, not a resource part alone. */
  readonly whole: boolean;
}

/**
 * Most token pairs compared (64 Mi, about 0.1-0.3 s): a template of the catalog (222 characters at
 * most) against an ARN longer than any policy (131,072 characters) stays well within it.
 */
const PAIRS_MAX = 1 << 26;

/** Tokens of the templates seen (the catalog has about 2,300; callers may pass their own). */
const tokensOf = /*#__PURE__*/ new BoundedCache<string, Tokens>(8192);

/**
 * Tokens of one side. In a template `${Var}` is any non-empty run (any one character, then any
 * run; without a colon in the head, see {@link templateTokens}), or any run for one of `empty`; in an ARN `*` and a policy variable `${...}` are any run, an
 * escape (`${*}`, `${?}`, `${$}`) is its one literal character, and `?` is any one character (the model's reading, {@link policySpans}).
 * `head` counts the tokens up to the fifth literal colon (all of them with fewer colons).
 */
function tokenize(text: string, template: boolean, max = Infinity, slashless: readonly string[] = [], empty: readonly string[] = []): Tokens | undefined {
  const out: number[] = [];
  let colons = 0;
  let head = -1;
  const spans = template ? undefined : policySpans(text);
  for (let i = 0; i < text.length; i++) {
    if (out.length > max) return undefined;
    const c = text.charCodeAt(i);
    const span = spans?.get(i);
    if (span?.escape !== undefined) {
      // `${*}`, `${?}`, `${$}`: the one literal character
      out.push(span.escape);
      i = span.end - 1;
      continue;
    }
    const close = span !== undefined ? span.end - 1 : template && c === 36 /* $ */ && text.charCodeAt(i + 1) === 123 /* { */ ? text.indexOf('}', i) : -1;
    if (close > 0) {
      if (template) {
        const variable = text.slice(i + 2, close);
        const run = slashless.includes(variable) ? [MEET_ONE_NO_SLASH, MEET_RUN_NO_SLASH] : [MEET_ONE, MEET_RUN];
        // a variable that may be empty is the run alone
        out.push(...(empty.includes(variable) ? run.slice(1) : run));
      }
      else if (out[out.length - 1] !== MEET_RUN) out.push(MEET_RUN);
      i = close;
    } else if (!template && c === 42 /* * */) {
      if (out[out.length - 1] !== MEET_RUN) out.push(MEET_RUN);
    } else if (!template && c === 63 /* ? */) out.push(MEET_ONE);
    else {
      out.push(c);
      if (c === 58 /* : */ && ++colons === 5) head = out.length;
    }
  }
  return { tokens: out, head: head < 0 ? out.length : head, whole: head >= 0 };
}

/**
 * Where a policy's ARN holds a policy variable or an escape, read by the model's one reading
 * ({@link scanVariables}): by start offset, the offset after it and, for an escape, the code of the
 * literal character it stands for. `undefined` when the text holds neither.
 */
function policySpans(text: string): ReadonlyMap<number, { readonly end: number; readonly escape?: number }> | undefined {
  if (!text.includes('${')) return undefined;
  const { uses, escapes } = scanVariables(text);
  const out = new Map<number, { end: number; escape?: number }>();
  for (const u of uses) out.set(u.start, { end: u.end });
  for (const e of escapes) out.set(e.start, { end: e.end, escape: e.body.charCodeAt(0) });
  return out;
}

/**
 * Tokens of a policy's ARN. In a whole ARN (five colons) a wildcard of a head component (partition,
 * service, region, account) stays inside it, except a `*` that ends the component, which may take colons
 * after it: the model's rule for `Resource` entries ({@link endsWithStar}, `resourceArnMatch`; IAM User Guide,
 * Resource element: such a `*` "can expand to match beyond the colon boundaries"). A policy variable in the
 * head stays in its component too (evaluate substitutes it there). A short ARN (fewer than five colons) has no
 * head: its wildcards reach anywhere (its missing fields are MISSING_ARN_FIELD's).
 */
function arnTokens(arn: string, max: number): Tokens | undefined {
  const t = tokenize(arn, false, max);
  if (t === undefined || !t.whole) return t;
  // which head components (prefix, partition, service, region, account) end in a `*`: split as the model
  // splits an entry (a policy variable is one piece of text, as tokenize reads it)
  const crosses = entryComponents(arn, '2012-10-17').slice(0, 5).map((p) => endsWithStar(plainPattern(p)));
  // walk the head's text beside its tokens (as tokenize made them): which component each token stands in,
  // and which run token is the one a component's trailing `*` made
  const tokens = [...t.tokens];
  const spans = policySpans(arn);
  let c = 0;
  let k = 0;
  for (let i = 0; k < t.head; i++) {
    const ch = arn.charCodeAt(i);
    const span = spans?.get(i);
    if (span?.escape !== undefined) {
      // an escape is one literal token (tokenize), never a colon
      k++;
      i = span.end - 1;
      continue;
    }
    const close = span !== undefined ? span.end - 1 : -1;
    if (close > 0 || ch === 42 /* * */) {
      const end = close > 0 ? close : i;
      // tokenize merged this wildcard into the run before it: that token's reading was set there
      if (!(tokens[k - 1] === MEET_RUN || tokens[k - 1] === MEET_RUN_IN_FIELD)) {
        // the run tokenize made goes on over the `*`s and variables that follow; it crosses when it is the
        // component's trailing `*` (it ends in `*`, just before the colon), and stays in the field otherwise
        let next = end + 1;
        for (;;) {
          const v = spans?.get(next);
          if (arn.charCodeAt(next) === 42 /* * */) next++;
          else if (v !== undefined && v.escape === undefined) next = v.end;
          else break;
        }
        tokens[k] = crosses[c] === true && arn.charCodeAt(next - 1) === 42 /* * */ && arn.charCodeAt(next) === 58 /* : */ ? MEET_RUN : MEET_RUN_IN_FIELD;
        k++;
      }
      i = end;
    } else if (ch === 63 /* ? */) tokens[k++] = MEET_ONE_IN_FIELD;
    else {
      if (ch === 58 /* : */) c++;
      k++;
    }
  }
  return { ...t, tokens };
}

/** The variables of {@link SLASHLESS_NAMES} for `service`. */
const slashlessOf = (service: string): readonly string[] => (Object.hasOwn(SLASHLESS_NAMES, service) ? SLASHLESS_NAMES[service]! : []);

/**
 * Template tokens: a variable of the head (`${Partition}`, `${Region}`, `${Account}`) holds no
 * colon, one of {@link SLASHLESS_NAMES} for `service` (by default the template's service
 * field) no slash, and one of {@link emptyNamesOf} may be empty.
 */
function templateTokens(template: string, service = template.split(':', 3)[2] ?? ''): Tokens {
  const t = tokenize(template, true, Infinity, slashlessOf(service), emptyNamesOf(service))!;
  if (!t.whole) return t;
  const tokens = t.tokens.map((c, i) => (i >= t.head ? c : c === MEET_ONE ? MEET_ONE_IN_FIELD : c === MEET_RUN ? MEET_RUN_IN_FIELD : c));
  return { ...t, tokens };
}

/**
 * True when a resource ARN, possibly with wildcards or policy variables, can name a resource of
 * the template's type. `${Var}` in the template matches any non-empty run (without `/` for the
 * names AWS documents as holding none, `src/catalog/slashless-names.ts`: an S3 bucket's, a DynamoDB
 * table's or index's; possibly empty for those it documents as possibly empty,
 * `src/catalog/empty-names.ts`: the path of API Gateway's execute-api ARN, empty at the root); `*`, `?` and policy
 * variables in the ARN match any text, but in a head field (partition, service, region, account) only
 * inside that field, except a `*` that ends the field, which may reach past colons (the model's rule, see
 * {@link arnTokens}): `arn:aws:logs:*-1:log-group:x` fits no log-group format. Partition, service, region and account compare
 * ignoring case; the resource part (after the fifth colon) compares exactly, as IAM matches it
 * (`arn:aws:iam::123456789012:Role/x` names no role). A template without five colons is read as a
 * resource part alone (`role/${RoleNameWithPath}`) and compared exactly, as is the ARN then. A
 * pair too long to compare (over 2^26 token pairs: a template of 1,000 tokens against an ARN of
 * 67,000) matches nothing; the catalog's templates meet that only past 300,000 characters of ARN.
 *
 * @example
 * ```ts
 * import { matchesArnTemplate } from 'typed-iam/catalog';
 * matchesArnTemplate('arn:${Partition}:s3:::${BucketName}/${ObjectName}', 'arn:aws:s3:::my-bucket/*'); // true
 * matchesArnTemplate('arn:${Partition}:s3:::${BucketName}', 'arn:aws:s3:::my-bucket/*'); // false: a bucket name holds no "/"
 * matchesArnTemplate('arn:${Partition}:s3:::${BucketName}/${ObjectName}', 'arn:aws:iam::123456789012:role/x'); // false
 * matchesArnTemplate('arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}', 'ARN:AWS:IAM::123456789012:Role/x'); // false
 * matchesArnTemplate('arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}', 'arn:aws:logs:*:*:/aws-glue/*'); // true
 * ```
 */
export function matchesArnTemplate(template: string, arn: string): boolean {
  if (typeof template !== 'string' || typeof arn !== 'string') return false;
  return fits(tokensOf.remember(template, templateTokens), arn);
}

/**
 * {@link matchesArnTemplate} for the resource part alone of an ARN format of `service` against an
 * ARN's resource part (lint's ARN-field rules compare those, the head fields apart): the template
 * has no service field to read, so the variables that hold no `/` are those of `service`.
 */
export function resourcePartFits(service: string, template: string, resource: string): boolean {
  return fits(tokensOf.remember(`${service}\n${template}`, () => templateTokens(template, service)), resource);
}

function fits(t: Tokens, arn: string): boolean {
  // a pair too long to compare fits nothing (a finding, never a silent pass)
  const a = arnTokens(arn, Math.floor(PAIRS_MAX / Math.max(1, t.tokens.length)));
  if (a === undefined) return false;
  // a resource part alone (fewer than five colons in the template) has no head on either side
  return patternsMeet(t.tokens, a.tokens, t.whole ? t.head : 0, t.whole ? a.head : 0);
}

/** Most characters of a text {@link exampleArns} fits to a template (longer texts give no fitted example). */
const EXAMPLE_TEXT_MAX = 512;

/**
 * A placeholder for a template variable that a person reads as one: `${BucketName}` gives
 * `example-bucket`, `${InstanceId}` `example-instance-id`; the head's variables give `aws`,
 * `us-east-1` and `account`. No placeholder holds `/` or `:`.
 */
function placeholder(variable: string, account: string): string {
  if (variable === 'Partition') return 'aws';
  if (variable === 'Region') return 'us-east-1';
  if (variable === 'Account') return account;
  const words = variable
    .replace(/Name$/, '')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
  return words === '' ? 'example' : `example-${words}`;
}

/** A piece of a template: one literal character, or a variable (its placeholder, and whether its value holds no `/`). */
type VariablePiece = { readonly variable: string; readonly example: string; readonly slashless: boolean };
type Piece = { readonly char: string } | VariablePiece;

function pieces(part: string, slashless: readonly string[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < part.length; i++) {
    const close = part.startsWith('${', i) ? part.indexOf('}', i) : -1;
    if (close > 0) {
      const variable = part.slice(i + 2, close);
      out.push({ variable, example: placeholder(variable, ''), slashless: slashless.includes(variable) });
      i = close;
    } else out.push({ char: part[i]! });
  }
  return out;
}

/** A variable's placeholder: `account` for `${Account}`. */
const fillOf = (p: VariablePiece, account: string) => (p.variable === 'Account' ? account : p.example);

/** A template read once: its head fields and resource part as pieces (`whole` false: no five colons, all of it in `rest`). */
interface ExampleTemplate {
  readonly whole: boolean;
  readonly head: readonly (readonly Piece[])[];
  readonly rest: readonly Piece[];
}
const exampleTemplates = /*#__PURE__*/ new BoundedCache<string, ExampleTemplate>(4096);
function exampleTemplate(template: string): ExampleTemplate {
  return exampleTemplates.remember(template, () => {
    const slashless = slashlessOf(template.split(':', 3)[2] ?? '');
    const fields = template.split(':');
    if (fields.length < 6) return { whole: false, head: [], rest: pieces(template, slashless) };
    return { whole: true, head: fields.slice(0, 5).map((f) => pieces(f, slashless)), rest: pieces(fields.slice(5).join(':'), slashless) };
  });
}

/** The pieces with every variable its placeholder. */
const filled = (ps: readonly Piece[], account: string) => ps.map((p) => ('char' in p ? p.char : fillOf(p, account))).join('');

/**
 * `text` read as the pieces `ps` with each variable taking a run (possibly empty, without `/` for a
 * slashless one; literals compared ignoring case when `fold`), each empty run then given its
 * placeholder; undefined when `text` is no such reading. From the left, each variable takes the
 * shortest run that is not empty, where the rest still reads, else the empty run.
 */
function fillPart(ps: readonly Piece[], text: string, fold: boolean, account: string): string | undefined {
  const m = ps.length;
  const n = text.length;
  // a literal-only part (`s3`, an empty Region field) compares directly
  if (ps.every((p) => 'char' in p)) {
    const literal = filled(ps, account);
    return literal === text || (fold && literal.toLowerCase() === text.toLowerCase()) ? text : undefined;
  }
  // can[i * (n + 1) + j]: pieces i.. read text j..
  const can = new Uint8Array((m + 1) * (n + 1));
  can[m * (n + 1) + n] = 1;
  const same = (a: string, b: string) => a === b || (fold && a.toLowerCase() === b.toLowerCase());
  for (let i = m - 1; i >= 0; i--) {
    const p = ps[i]!;
    for (let j = n; j >= 0; j--) {
      const at = i * (n + 1) + j;
      if ('char' in p) can[at] = j < n && same(p.char, text[j]!) ? can[at + n + 2]! : 0;
      else can[at] = can[at + n + 1] === 1 || (j < n && !(p.slashless && text[j] === '/') && can[at + 1] === 1) ? 1 : 0;
    }
  }
  if (can[0] !== 1) return undefined;
  let out = '';
  let j = 0;
  for (let i = 0; i < m; i++) {
    const p = ps[i]!;
    if ('char' in p) {
      out += text[j++];
      continue;
    }
    // the shortest run that is not empty where one reads on (`${DomainName}${Pattern}` keeps the
    // first one's text), else the empty run
    const from = j;
    const next = (i + 1) * (n + 1);
    let k = from + 1;
    while (k <= n && !(p.slashless && text[k - 1] === '/') && can[next + k] !== 1) k++;
    j = k <= n && !(p.slashless && text[k - 1] === '/') ? k : from;
    out += j > from ? text.slice(from, j) : fillOf(p, account);
    // a last variable whose text ends in `/` names a folder: its placeholder names a thing in it
    if (i === m - 1 && j > from && j === n && text[n - 1] === '/' && !p.slashless) out += fillOf(p, account);
  }
  return out;
}

/**
 * Resources of a catalog ARN format for a person to read, in the order they keep more of `near`:
 * `fitted`, `near` itself with each field and variable it leaves empty filled
 * (`arn:aws:s3:::docs/` gives `arn:aws:s3:::docs/example-object` for the object format), and a
 * last variable whose text ends in `/` (a folder, `arn:aws:s3:::docs/pub/`) followed by its
 * placeholder, when `near` is such an ARN; `kept`, the format's example with the head fields `near` names
 * (partition, region, account) kept; and `example`, the format with every variable a
 * placeholder. The head's `${Account}` becomes `account` (empty by default). A reader that must
 * not change what a text means checks each one (analyze decides a witness again).
 *
 * @example
 * ```ts
 * import { exampleArns } from './match.js';
 * exampleArns('arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}', 'arn:aws:dynamodb::111122223333:table/', '');
 * // { fitted: 'arn:aws:dynamodb:us-east-1:111122223333:table/example-table',
 * //   kept: 'arn:aws:dynamodb:us-east-1:111122223333:table/example-table',
 * //   example: 'arn:aws:dynamodb:us-east-1::table/example-table' }
 * exampleArns('arn:${Partition}:s3:::${BucketName}/${ObjectName}', 'arn:aws:s3:::docs/pub/').fitted;
 * // 'arn:aws:s3:::docs/pub/example-object'
 * ```
 */
export function exampleArns(template: string, near: string, account = ''): { readonly fitted?: string; readonly kept?: string; readonly example: string } {
  const t = exampleTemplate(template);
  const rest = filled(t.rest, account);
  const example = t.whole ? [...t.head.map((h) => filled(h, account)), rest].join(':') : rest;
  const theirs = near.split(':');
  if (!t.whole || theirs.length < 6 || near.length > EXAMPLE_TEXT_MAX) return { example };
  const headFilled: string[] = [];
  for (let i = 0; i < 5; i++) {
    const f = fillPart(t.head[i]!, theirs[i]!, true, account);
    if (f === undefined) return { example };
    headFilled.push(f);
  }
  const kept = [...headFilled, rest].join(':');
  const restFilled = fillPart(t.rest, theirs.slice(5).join(':'), false, account);
  return restFilled === undefined ? { kept, example } : { fitted: [...headFilled, restFilled].join(':'), kept, example };
}
