/**
 * Does a (possibly wildcarded) ARN fit an ARN template? Both sides are turned into patterns over
 * the tokens "one character", "any one character" and "any run"; the answer is whether some
 * string matches both. Dynamic programming over (template position, ARN position): O(n*m) with
 * n the template length (bounded by the catalog) and m the ARN length. No regex.
 */

import { BoundedCache } from '../model/bounded-cache.js';

const ANY = -1; // any one character
const RUN = -2; // any run, possibly empty

/** Tokens of the templates seen (the catalog has about 2,300; callers may pass their own). */
const tokensOf = /*#__PURE__*/ new BoundedCache<string, readonly number[]>(8192);

/** Template tokens: `${Var}` is any non-empty run (ANY then RUN); letters are lower-cased. */
function templateTokens(template: string): readonly number[] {
  return tokensOf.remember(template, tokenizeTemplate);
}

function tokenizeTemplate(template: string): number[] {
  const lower = template.toLowerCase();
  const out: number[] = [];
  for (let i = 0; i < template.length; i++) {
    if (template.startsWith('${', i)) {
      const end = template.indexOf('}', i);
      if (end > 0) {
        out.push(ANY, RUN);
        i = end;
        continue;
      }
    }
    out.push(lower.charCodeAt(i));
  }
  return out;
}

/** ARN tokens: `*` and policy variables `${...}` are any run, `?` any one character. */
function arnTokens(arn: string): number[] {
  const lower = arn.toLowerCase();
  const out: number[] = [];
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 42 /* * */) {
      if (out[out.length - 1] !== RUN) out.push(RUN);
    } else if (c === 63 /* ? */) out.push(ANY);
    else if (c === 36 /* $ */ && lower.charCodeAt(i + 1) === 123 /* { */ && lower.indexOf('}', i) > 0) {
      i = lower.indexOf('}', i);
      if (out[out.length - 1] !== RUN) out.push(RUN);
    } else out.push(c);
  }
  return out;
}

/**
 * True when a resource ARN, possibly with wildcards or policy variables, can name a resource of
 * the template's type. `${Var}` in the template matches any non-empty run; `*`, `?` and policy
 * variables in the ARN are treated permissively; comparison ignores case.
 *
 * @example
 * ```ts
 * import { matchesArnTemplate } from 'typed-iam/catalog';
 * matchesArnTemplate('arn:${Partition}:s3:::${BucketName}/${ObjectName}', 'arn:aws:s3:::my-bucket/*'); // true
 * matchesArnTemplate('arn:${Partition}:s3:::${BucketName}/${ObjectName}', 'arn:aws:iam::123456789012:role/x'); // false
 * ```
 */
export function matchesArnTemplate(template: string, arn: string): boolean {
  if (typeof template !== 'string' || typeof arn !== 'string') return false;
  const a = templateTokens(template);
  const b = arnTokens(arn);
  const n = a.length;
  const m = b.length;
  // reach[i][j]: the first i tokens of a and the first j of b can produce the same string
  let row = new Uint8Array(m + 1);
  let next = new Uint8Array(m + 1);
  row[0] = 1;
  for (let j = 1; j <= m && b[j - 1] === RUN; j++) row[j] = 1;
  for (let i = 1; i <= n; i++) {
    next.fill(0);
    const ta = a[i - 1]!;
    for (let j = 0; j <= m; j++) {
      let ok = 0;
      if (ta === RUN) {
        // a's run empty, or it swallows one more character of b (or b's run)
        ok = row[j]! | (j > 0 ? next[j - 1]! : 0);
      } else if (j > 0) {
        const tb = b[j - 1]!;
        if (tb === RUN) ok = next[j - 1]! | row[j]!;
        else if (ta === ANY || tb === ANY || ta === tb) ok = row[j - 1]!;
      }
      next[j] = ok;
    }
    [row, next] = [next, row];
  }
  return row[m] === 1;
}
