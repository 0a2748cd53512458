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
const SPACE = /[\t\n\r \xa0]/;
const SPACES = /[\t\n\r \xa0]/g;

/**
 * The action an entry with stray whitespace stands for, when removing the whitespace gives the
 * action shape (`"ec2: DescribeInstances"` -> `"ec2:DescribeInstances"`, `"lambda:ListFunctions "`
 * -> `"lambda:ListFunctions"`); `undefined` for every other entry. AWS accepted such entries in
 * published policies: parse keeps them verbatim, evaluate reads them as docs/evaluation.md says,
 * lint reports them. The builder never takes them.
 */
export function strayAction(action: string): string | undefined {
  if (!SPACE.test(action)) return undefined;
  const s = action.replace(SPACES, '');
  return ACTION.test(s) ? s : undefined;
}

/**
 * The action an entry with one colon too many stands for: `"sagemaker::CreateEndpoint"` ->
 * `"sagemaker:CreateEndpoint"`, the prefix written twice `"events:events:DescribeRule"` ->
 * `"events:DescribeRule"` (both in AWS's own guides); `undefined` for every other entry. Syntax only:
 * whether the action exists is the catalog's to say.
 */
export function extraColonAction(action: string): string | undefined {
  const p = typeof action === 'string' && !ACTION.test(action) ? action.split(':') : [];
  // the colons collapsed, or (three parts, the first two alike) the prefix once
  const meant = p.length < 3 ? [] : [`${p[0]}:${p.slice(1).filter((x) => x !== '').join(':')}`, ...(p.length === 3 && p[0]!.toLowerCase() === p[1]!.toLowerCase() ? [`${p[0]}:${p[2]}`] : [])];
  return meant.find((m) => ACTION.test(m));
}

/**
 * What a malformed Action entry stands for, read from its syntax alone (whether the actions exist
 * is the catalog's to say): `one` action for a colon too many ({@link extraColonAction}), a `.` or
 * `/` in the colon's place as SDKs and URLs write it (`"s3.GetObject"`, `"s3/GetObject"`), stray
 * whitespace ({@link strayAction}: `"s3:Get *"`), or an action in quotes or with a comma after it (`"'s3:GetObject'"`, `"s3:GetObject,"`); a `list` for
 * several actions in one string (`"s3:GetObject, s3:PutObject"`, split at commas and whitespace);
 * `arn` for an ARN, which names a resource. `undefined` for a valid entry and every other one.
 */
export type ActionSlip =
  | { readonly kind: 'one'; readonly meant: string }
  | { readonly kind: 'list'; readonly meant: readonly string[] }
  | { readonly kind: 'arn' };

/** A service prefix without wildcards, then `.` or `/`, then an action name (the first `.` or `/` splits). */
const SEPARATED = /^([a-zA-Z0-9-]+)[./]([\w*?.-]+)$/;
const LIST_SPLIT = /[\s,]+/;
const QUOTED = /^(["'`])(.*)\1$/s;

/** See {@link ActionSlip}. */
export function actionSlip(action: string): ActionSlip | undefined {
  if (typeof action !== 'string' || ACTION.test(action)) return undefined;
  const colon = extraColonAction(action);
  if (colon !== undefined) return { kind: 'one', meant: colon };
  if (/^arn:/i.test(action)) return { kind: 'arn' };
  const separated = SEPARATED.exec(action);
  if (separated !== null) return { kind: 'one', meant: `${separated[1]}:${separated[2]}` };
  const stray = strayAction(action);
  if (stray !== undefined) return { kind: 'one', meant: stray };
  const parts = action.split(LIST_SPLIT).map((a) => QUOTED.exec(a)?.[2] ?? a).filter((a) => a !== '');
  // each part names its service: "s3:Get *" is one action with a space, not "s3:Get" and "*"
  if (parts.length === 0 || !parts.every((a) => a !== '*' && ACTION.test(a))) return undefined;
  return parts.length === 1 ? { kind: 'one', meant: parts[0]! } : { kind: 'list', meant: parts };
}
const INVALID_CHAR = /[^\t\n\r\x20-\xff]/;

/**
 * True when the UTF-16 code unit `c` is a character IAM accepts in a policy document: tab, line
 * feed, carriage return and U+0020 to U+00FF (IAM quotas page; the same range as `INVALID_CHAR`).
 */
export function isPolicyCharCode(c: number): boolean {
  return c === 9 || c === 10 || c === 13 || (c >= 0x20 && c <= 0xff);
}

/** Index of the first character IAM does not accept in a policy document, or -1. */
export function firstInvalidChar(text: string): number {
  return text.search(INVALID_CHAR);
}

/** The sts actions a role trust policy may hold (canonical case). */
/**
 * True for a condition key the builder takes: `service:Key`, a prefix without white space or `:`
 * and a name, in IAM characters, without a policy variable (IAM User Guide, Condition element:
 * variables are substituted in values, not in key names). `.when` and statements given as data
 * check it; parse keeps other keys, and lint reports them.
 *
 * @example
 * ```ts
 * import { isConditionKey } from './syntax.js';
 * isConditionKey('aws:SourceIp');  // true
 * isConditionKey(' aws:username'); // false
 * ```
 */
export function isConditionKey(k: unknown): boolean {
  return typeof k === 'string' && /^[^\s:]+:./.test(k) && !k.includes('${') && firstInvalidChar(k) < 0;
}

export const TRUST_ACTIONS = [
  'sts:AssumeRole',
  'sts:AssumeRoleWithSAML',
  'sts:AssumeRoleWithWebIdentity',
  'sts:TagSession',
  'sts:SetSourceIdentity',
  'sts:SetContext',
] as const;
/** An action of {@link TRUST_ACTIONS} (the compile-time check of `policy.trust` reads this type). */
export type TrustAction = (typeof TRUST_ACTIONS)[number];
