/** Small, linear-time syntax checks on strings of the policy language. No regex built from input. */

function isServiceChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 42 || c === 63;
}

/**
 * True when `action` has the IAM action shape: `"*"` or `"prefix:Name"` where the prefix is
 * letters, digits, `-` (wildcards allowed, though a linter flags them) and the name is non-empty
 * without spaces or colons.
 */
export function isActionSyntax(action: string): boolean {
  if (action === '*') return true;
  const colon = action.indexOf(':');
  if (colon <= 0 || colon === action.length - 1) return false;
  for (let i = 0; i < colon; i++) if (!isServiceChar(action.charCodeAt(i))) return false;
  for (let i = colon + 1; i < action.length; i++) {
    const c = action.charCodeAt(i);
    // letters, digits, and the few punctuation marks action names and wildcards use
    const ok =
      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 42 || c === 63 || c === 45 || c === 95 || c === 46;
    if (!ok) return false;
  }
  return true;
}

/** Index of the first character IAM does not accept in a policy document, or -1. */
export function firstInvalidChar(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13) continue;
    if (c < 0x20 || c > 0xff) return i;
  }
  return -1;
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
