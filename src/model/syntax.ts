/** Small, linear-time syntax checks on strings of the policy language. No regex built from input. */

/**
 * True when `action` has the IAM action shape: `"*"` or `"prefix:Name"` where the prefix is
 * letters, digits, `-` (wildcards allowed, though a linter flags them) and the name is non-empty
 * without spaces or colons.
 */
export function isActionSyntax(action: string): boolean {
  return typeof action === 'string' && ACTION.test(action);
}

// fixed patterns, linear (no nested repeats); faster than a character loop in V8
const ACTION = /^(?:\*|[a-zA-Z0-9*?-]+:[\w*?.-]+)$/;
const INVALID_CHAR = /[^\t\n\r\x20-\xff]/;

/** Index of the first character IAM does not accept in a policy document, or -1. */
export function firstInvalidChar(text: string): number {
  return text.search(INVALID_CHAR);
}

/** The sts actions a role trust policy may hold (canonical case). */
export const TRUST_ACTIONS: readonly string[] = [
  'sts:AssumeRole',
  'sts:AssumeRoleWithSAML',
  'sts:AssumeRoleWithWebIdentity',
  'sts:TagSession',
  'sts:SetSourceIdentity',
  'sts:SetContext',
];

/**
 * Case-insensitive match of `text` against an IAM wildcard `pattern` (`*` any run, `?` one
 * character). Greedy two-pointer algorithm with one backtrack point: O(n*m) worst case, no regex.
 */
export function wildcardMatch(pattern: string, text: string, ignoreCase = true): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const t = ignoreCase ? text.toLowerCase() : text;
  let pi = 0;
  let ti = 0;
  let star = -1;
  let mark = 0;
  while (ti < t.length) {
    const pc = pi < p.length ? p.charCodeAt(pi) : -1;
    if (pc === 42 /* * */) {
      star = pi++;
      mark = ti;
    } else if (pc !== -1 && (pc === 63 /* ? */ || pc === t.charCodeAt(ti))) {
      pi++;
      ti++;
    } else if (star !== -1) {
      pi = star + 1;
      ti = ++mark;
    } else {
      return false;
    }
  }
  while (pi < p.length && p.charCodeAt(pi) === 42) pi++;
  return pi === p.length;
}

/** True when `s` contains `*` or `?`. */
export function hasWildcard(s: string): boolean {
  return s.includes('*') || s.includes('?');
}
