/**
 * Does a (possibly wildcarded) ARN fit an ARN template? Both sides are turned into token patterns
 * ("one character", "any one character", "any run") and the model's {@link patternsMeet} answers
 * whether some text matches both, with the model's ARN case rule: the head components
 * (partition, service, region, account) ignore case, the resource part does not. No regex.
 */

import { BoundedCache } from '../model/bounded-cache.js';
import { MEET_ONE, MEET_ONE_IN_FIELD, MEET_RUN, MEET_RUN_IN_FIELD, patternsMeet } from '../model/match.js';

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
 * run; without a colon in the head, see {@link templateTokens}); in an ARN `*` and a policy variable `${...}` are any run and `?` is any one character.
 * `head` counts the tokens up to the fifth literal colon (all of them with fewer colons).
 */
function tokenize(text: string, template: boolean, max = Infinity): Tokens | undefined {
  const out: number[] = [];
  let colons = 0;
  let head = -1;
  for (let i = 0; i < text.length; i++) {
    if (out.length > max) return undefined;
    const c = text.charCodeAt(i);
    const close = c === 36 /* $ */ && text.charCodeAt(i + 1) === 123 /* { */ ? text.indexOf('}', i) : -1;
    if (close > 0) {
      if (template) out.push(MEET_ONE, MEET_RUN);
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

/** Template tokens: a variable of the head (`${Partition}`, `${Region}`, `${Account}`) holds no colon. */
function templateTokens(template: string): Tokens {
  const t = tokenize(template, true)!;
  if (!t.whole) return t;
  const tokens = t.tokens.map((c, i) => (i >= t.head ? c : c === MEET_ONE ? MEET_ONE_IN_FIELD : c === MEET_RUN ? MEET_RUN_IN_FIELD : c));
  return { ...t, tokens };
}

/**
 * True when a resource ARN, possibly with wildcards or policy variables, can name a resource of
 * the template's type. `${Var}` in the template matches any non-empty run; `*`, `?` and policy
 * variables in the ARN are treated permissively. Partition, service, region and account compare
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
 * matchesArnTemplate('arn:${Partition}:s3:::${BucketName}/${ObjectName}', 'arn:aws:iam::123456789012:role/x'); // false
 * matchesArnTemplate('arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}', 'ARN:AWS:IAM::123456789012:Role/x'); // false
 * ```
 */
export function matchesArnTemplate(template: string, arn: string): boolean {
  if (typeof template !== 'string' || typeof arn !== 'string') return false;
  const t = tokensOf.remember(template, templateTokens);
  // a pair too long to compare fits nothing (a finding, never a silent pass)
  const a = tokenize(arn, false, Math.floor(PAIRS_MAX / Math.max(1, t.tokens.length)));
  if (a === undefined) return false;
  // a resource part alone (fewer than five colons in the template) has no head on either side
  return patternsMeet(t.tokens, a.tokens, t.whole ? t.head : 0, t.whole ? a.head : 0);
}
