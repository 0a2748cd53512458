/** ARN fields, shared by lint, optimize and evaluate. */
import { hasWildcard, patternCovers, wildcardMatch } from './match.js';
import { hasVariable, outsideVariables } from './variables.js';

/** Known partitions (iam-reference §4). */
export const PARTITIONS: readonly string[] = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'];

/**
 * True when `p` is a partition an ARN in a policy can name: one of {@link PARTITIONS}, a wildcard
 * pattern that matches one (`aws*`, `*`), or text holding a policy variable (read when a request is).
 *
 * @example
 * ```ts
 * import { isPolicyPartition } from './arn.js';
 * isPolicyPartition('aws-us-gov'); // true
 * isPolicyPartition('aws*');       // true
 * isPolicyPartition('aws-gov');    // false
 * ```
 */
export function isPolicyPartition(p: string): boolean {
  if (hasVariable(p)) return true;
  return hasWildcard(p) ? PARTITIONS.some((x) => wildcardMatch(p, x, false)) : PARTITIONS.includes(p);
}

/** Region names: two to four letters, words, a number (`us-east-1`, `us-gov-west-1`, `eusc-de-east-1`). */
const REGION = /^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/;

/**
 * True when `region` is written like an AWS Region name (an ARN's Region field, `aws:RequestedRegion`,
 * the Region label of a regional service principal).
 *
 * @example
 * ```ts
 * import { isRegionName } from './arn.js';
 * isRegionName('eu-west-1'); // true
 * isRegionName('europe');    // false
 * ```
 */
export function isRegionName(region: string): boolean {
  return REGION.test(region);
}

/** The six fields of an ARN, or `undefined` when it has fewer than six. */
export interface ArnFields {
  /** The text before the first colon (`arn` in a well-formed ARN). */
  readonly prefix: string;
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly account: string;
  readonly resource: string;
  /** Offset of the region field in the text. */
  readonly regionStart: number;
  /** Offset of the resource part in the text. */
  readonly resourceStart: number;
}

/**
 * Offsets of the colons that separate the six fields of an ARN or Resource entry (at most five;
 * fewer when it has fewer fields), pushed to `cut` when given; returns how many there are. In a
 * 2012-10-17 policy a policy variable is one piece of text, read as `substitute` (variables.ts) reads it
 * (`${` up to the first `}`; an unclosed `${` is text), so the colon of `${aws:username}`
 * separates nothing. In a 2008-10-17 policy `${...}` is literal text (IAM User Guide, Version
 * element: variables "are treated as literal strings"), so each of its colons separates fields,
 * as in the request's ARN.
 */
function arnCuts(arn: string, version: string, cut?: number[]): number {
  const variables = version !== '2008-10-17';
  let n = 0;
  for (let i = 0; i < arn.length && n < 5; i++) {
    const c = arn.charCodeAt(i);
    if (variables && c === 36 /* $ */ && arn.charCodeAt(i + 1) === 123 /* { */) {
      const close = arn.indexOf('}', i + 2);
      if (close >= 0) i = close;
    } else if (c === 58 /* : */) {
      n++;
      cut?.push(i);
    }
  }
  return n;
}

/**
 * THE split of a Resource / NotResource entry into its ARN components as written (evaluate and
 * analyze both read entries through it): six when the entry has five separating colons (the last
 * keeps any further colons), fewer for a short entry. Which colons separate depends on the
 * policy's `version` (see {@link arnCuts}); variables are left in place, to be substituted per
 * component.
 *
 * @example
 * ```ts
 * import { entryComponents } from './arn.js';
 * entryComponents('arn:aws:iam::${aws:PrincipalAccount}:role/x', '2012-10-17');
 * // ['arn', 'aws', 'iam', '', '${aws:PrincipalAccount}', 'role/x']
 * entryComponents('arn:aws:iam::${aws:PrincipalAccount}:role/x', '2008-10-17');
 * // ['arn', 'aws', 'iam', '', '${aws', 'PrincipalAccount}:role/x']
 * ```
 */
export function entryComponents(raw: string, version: string): string[] {
  const cut: number[] = [];
  arnCuts(raw, version, cut);
  const out: string[] = [];
  let from = 0;
  for (const c of cut) {
    out.push(raw.slice(from, c));
    from = c + 1;
  }
  out.push(raw.slice(from));
  return out;
}

/**
 * Splits `arn:partition:service:region:account:resource`; the resource part may hold more colons.
 * `version`: of the policy the text comes from (colons inside policy variables separate fields only
 * in 2008-10-17 policies, see {@link entryComponents}).
 */
export function splitArn(arn: string, version = '2012-10-17'): ArnFields | undefined {
  const cut: number[] = [];
  if (arnCuts(arn, version, cut) < 5) return undefined;
  return {
    prefix: arn.slice(0, cut[0]),
    partition: arn.slice(cut[0]! + 1, cut[1]),
    service: arn.slice(cut[1]! + 1, cut[2]),
    region: arn.slice(cut[2]! + 1, cut[3]),
    account: arn.slice(cut[3]! + 1, cut[4]),
    resource: arn.slice(cut[4]! + 1),
    regionStart: cut[2]! + 1,
    resourceStart: cut[4]! + 1,
  };
}

/**
 * How a Resource entry with fewer than six ARN components is read: `pad` fills the missing
 * components with `*`; `pad-if-wildcard` only when the entry has a wildcard, `pad-if-trailing-star`
 * only when it ends in `*`; otherwise (and always for `never`) the entry is compared with the whole
 * resource text (iam-reference §4, docs/evaluation.md).
 */
export type ShortArnMode = 'pad' | 'pad-if-wildcard' | 'pad-if-trailing-star' | 'never';

/** How each policy type that has Resource reads short ARNs (iam-reference §4). */
export const SHORT_ARNS = {
  identity: 'pad',
  boundary: 'pad',
  session: 'pad',
  resource: 'pad-if-wildcard',
  scp: 'pad-if-trailing-star',
  rcp: 'never',
  endpoint: 'pad-if-wildcard',
} as const satisfies Readonly<Record<string, ShortArnMode>>;

/**
 * True when a short Resource entry (fewer than six components, see {@link entryComponents}) is
 * padded with `*` components under `mode`; false when it is compared with the whole resource text.
 *
 * @example
 * ```ts
 * import { shortEntryPadded } from './arn.js';
 * shortEntryPadded('arn:aws:iam', 'pad');             // true
 * shortEntryPadded('arn:aws:iam', 'pad-if-wildcard'); // false
 * shortEntryPadded('arn:*', 'pad-if-wildcard');       // true
 * ```
 */
export function shortEntryPadded(raw: string, mode: ShortArnMode): boolean {
  if (!raw.startsWith('arn:')) return false;
  if (mode === 'pad') return true;
  if (mode === 'pad-if-wildcard') return raw.includes('*') || raw.includes('?');
  return mode === 'pad-if-trailing-star' && raw.endsWith('*');
}

/**
 * The short form API Gateway accepts in the Resource of its resource policies,
 * `execute-api:/stage/METHOD/path`, expanded on save to the ARN of the API the policy is attached to.
 */
export const API_SHORT_FORM = 'execute-api:/';

/** What is wrong with a Resource entry or an ARN condition value (see {@link arnProblem}). */
export type ArnProblem = 'prefix' | 'fields';

/**
 * Why `text` is not a resource pattern IAM takes, or undefined when it is one: `"*"` (or only
 * wildcards), an ARN `arn:partition:service:region:account:resource` (wildcards and policy
 * variables allowed; a short ARN ending in `*` is padded with wildcards), or text starting with a
 * policy variable. `prefix`: not an ARN; `fields`: fewer than six fields.
 *
 * @example
 * ```ts
 * import { arnProblem } from './arn.js';
 * arnProblem('arn:aws:s3:::my-bucket/*'); // undefined
 * arnProblem('my-bucket/*');              // 'prefix'
 * arnProblem('arn:aws:s3');               // 'fields'
 * ```
 */
export function arnProblem(text: string): ArnProblem | undefined {
  if (text !== '' && (onlyWildcards(text) || text.startsWith('${'))) return undefined;
  if (!text.startsWith('arn:')) return 'prefix';
  return arnCuts(text, '2012-10-17') === 5 || text.endsWith('*') ? undefined : 'fields';
}

/**
 * The ARN a request names, as a small automaton over UTF-16 code units: `arn:`, a partition and a
 * service (not empty), a Region and an account (may be empty), each without `:`, white space or an
 * upper-case ASCII letter (AWS writes them in lower case: partitions, service prefixes, Regions,
 * account ids), then a resource part that is not empty and neither starts nor ends with white space
 * (an S3 key may hold inner spaces). A request carries the ARN of the resource it acts on (IAM User
 * Guide, "Policy evaluation logic": the request context names the resource), so other text names no
 * resource: the evaluator refuses it ({@link isRequestArn}) and the analyzer proposes no witness
 * outside it. States: 0-3 `arn:`, 4-5 partition, 6-7 service, 8 Region, 9 account, 10 start of the
 * resource part, 11 in it after a character that is not white space (accepting), 12 after white space.
 */
export const REQUEST_ARN = {
  start: 0,
  /** Next state, or -1 (no request ARN starts so). */
  step(state: number, c: number): number {
    const colon = c === 58;
    const space = isSpaceUnit(c);
    if (state >= 4 && state <= 9 && c >= 65 && c <= 90) return -1;
    switch (state) {
      case 0:
        return c === 97 ? 1 : -1;
      case 1:
        return c === 114 ? 2 : -1;
      case 2:
        return c === 110 ? 3 : -1;
      case 3:
        return colon ? 4 : -1;
      case 4:
      case 6:
        return colon || space ? -1 : state + 1;
      case 5:
      case 7:
      case 8:
      case 9:
        return space ? -1 : colon ? state + 1 : state;
      case 10:
        return space ? -1 : 11;
      default:
        return space ? 12 : 11;
    }
  },
  accepts: (state: number): boolean => state === 11,
  /** Class of a code unit: units of one class step alike from every state (0 `:`, 1 `a`, 2 `r`, 3 `n`, 4 white space, 5 any other, 6 `A`-`Z`). */
  classOf: (c: number): number => (c === 58 ? 0 : c === 97 ? 1 : c === 114 ? 2 : c === 110 ? 3 : isSpaceUnit(c) ? 4 : c >= 65 && c <= 90 ? 6 : 5),
} as const;

/** White space as `\s` reads it, of one UTF-16 code unit. */
function isSpaceUnit(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));
}

/**
 * True when `text` is the ARN of a resource a request can act on ({@link REQUEST_ARN}).
 *
 * @example
 * ```ts
 * import { isRequestArn } from './arn.js';
 * isRequestArn('arn:aws:s3:::my-bucket/a key'); // true
 * isRequestArn('my-bucket/a key');              // false (no ARN)
 * isRequestArn('arn:aws:s3:::my-bucket/k ');    // false (white space ends it)
 * isRequestArn('arn:aws:s3');                   // false (fewer than six fields)
 * isRequestArn('arn:aws:S3:::my-bucket/k');     // false (AWS writes the service in lower case)
 * ```
 */
export function isRequestArn(text: string): boolean {
  let state: number = REQUEST_ARN.start;
  for (let i = 0; i < text.length && state !== -1; i++) state = REQUEST_ARN.step(state, text.charCodeAt(i));
  return REQUEST_ARN.accepts(state);
}

/**
 * True when Resource entry `raw` writes an upper-case ASCII letter before its resource part (in any
 * field of a short entry, which padding puts there), outside a 2012-10-17 policy variable: no request
 * ARN has one there ({@link REQUEST_ARN}), and AWS does not say whether IAM reads such an entry
 * ignoring case (docs/evaluation.md reads it both ways).
 *
 * @example
 * ```ts
 * import { capitalInHead } from './arn.js';
 * capitalInHead('arn:aws:S3:::b/*', '2012-10-17');                       // true
 * capitalInHead('arn:aws:s3:::B/*', '2012-10-17');                       // false (resource part)
 * capitalInHead('arn:aws:iam::${aws:PrincipalAccount}:user/x', '2012-10-17'); // false (a variable)
 * ```
 */
export function capitalInHead(raw: string, version: string): boolean {
  if (!/[A-Z]/.test(raw)) return false;
  const parts = entryComponents(raw, version);
  return parts.slice(0, Math.min(parts.length, 5)).some((p) => /[A-Z]/.test(version === '2008-10-17' ? p : outsideVariables(p)));
}

/**
 * True when Resource entry `raw` writes a wildcard (`*` or `?`) in its service segment, outside a
 * 2012-10-17 policy variable (an escape `${*}` is a literal character): IAM User Guide, "IAM JSON
 * policy elements: Resource" (Using wildcards in resource ARNs): "You can't use a wildcard in the
 * service segment that identifies the AWS product." AWS does not say what IAM then does with the
 * entry. A short entry that does not write a service segment (`arn:*`) has none here; bare `"*"`
 * is no ARN.
 *
 * @example
 * ```ts
 * import { wildcardInService } from './arn.js';
 * wildcardInService('arn:aws:s3*:::b/*', '2012-10-17');  // true
 * wildcardInService('arn:aws:*:*:*:*', '2012-10-17');    // true
 * wildcardInService('arn:aws:s3:::b/*', '2012-10-17');   // false (the resource part)
 * wildcardInService('arn:aws:${*}:::b', '2012-10-17');   // false (an escaped, literal `*`)
 * wildcardInService('*', '2012-10-17');                  // false (not an ARN)
 * ```
 */
export function wildcardInService(raw: string, version: string): boolean {
  if (!raw.startsWith('arn:') || (!raw.includes('*') && !raw.includes('?'))) return false;
  const parts = entryComponents(raw, version);
  if (parts.length < 3) return false;
  // the escapes `${*}` and `${?}` are literal characters
  const service = version === '2008-10-17' ? parts[2]! : outsideVariables(parts[2]!).replace(/\$\{[*?$]\}/g, '');
  return service.includes('*') || service.includes('?');
}

/**
 * True when Resource / NotResource entry `raw` has a head AWS does not say how IAM reads: a
 * capital before its resource part ({@link capitalInHead}) or a wildcard in its service segment
 * ({@link wildcardInService}). THE rule evaluate and analyze read such entries by: where matching
 * less is safer (an Allow's Resource, a Deny's NotResource) the entry matches nothing, elsewhere it
 * is read as a pattern (ignoring case, its wildcards as wildcards); see docs/evaluation.md.
 *
 * @example
 * ```ts
 * import { unsureHead } from './arn.js';
 * unsureHead('arn:aws:S3:::b/*', '2012-10-17');  // true (a capital)
 * unsureHead('arn:aws:s3*:::b/*', '2012-10-17'); // true (a wildcard in the service)
 * unsureHead('arn:aws:s3:::B/*', '2012-10-17');  // false
 * unsureHead('*', '2012-10-17');                 // false
 * ```
 */
export function unsureHead(raw: string, version: string): boolean {
  return capitalInHead(raw, version) || wildcardInService(raw, version);
}

/** The fields before the resource part, in order. */
export type ArnHeadField = 'partition' | 'service' | 'region' | 'account';

const HEAD_FIELDS: readonly ArnHeadField[] = ['partition', 'service', 'region', 'account'];

/** What a partition, service or Region field is written with: letters, digits, hyphens and wildcards. */
const HEAD_FIELD_TEXT = /^[A-Za-z0-9*?-]*$/;

/**
 * The account field of resources AWS owns and no AWS account does (`arn:aws:iam::aws:policy/...`,
 * the AWS managed policies; IAM User Guide, "AWS managed policies": created and administered by AWS).
 */
export const AWS_OWNED_ACCOUNT = 'aws';

/**
 * True when `account` can be the account field of an ARN: empty, `aws` (AWS-owned resources), a
 * policy variable, a 12-digit account id, or a wildcard pattern of digits that can match one.
 *
 * @example
 * ```ts
 * import { isAccountField } from './arn.js';
 * isAccountField('111122223333'); // true
 * isAccountField('1111*');        // true
 * isAccountField('1111-2222-3333'); // false
 * isAccountField('table/prod-*'); // false
 * ```
 */
export function isAccountField(account: string): boolean {
  if (account === '' || account === AWS_OWNED_ACCOUNT || hasVariable(account)) return true;
  if (!/^[0-9*?]+$/.test(account)) return false;
  return account.includes('*') ? account.replace(/\*/g, '').length <= 12 : account.length === 12;
}

/** How IAM pads a short ARN whose last written field cannot be the field the padding puts it in (see {@link misplacedShortArnField}). */
export interface MisplacedShortArnField {
  /** The field padding puts the last written text in. */
  readonly field: ArnHeadField;
  /** The last written text (up to the end of the entry). */
  readonly last: string;
  /** The entry as IAM pads it, with `:*` for each missing field. */
  readonly padded: string;
  /** The fields the entry leaves out when `last` is its resource part. */
  readonly missing: readonly ArnHeadField[];
  /** The six-field ARN that reads `last` as the resource part, with `*` for each missing field. */
  readonly sixFields: string;
  /**
   * When `last`, read as the account, looks written as one: the six-field ARN with that account and
   * `*` as the resource. `aws` when `last` is letters and wildcards that match `aws` (the account of
   * AWS-owned resources, `arn:aws:iam::aws:policy/...`): `arn:aws:iam::aws*` gives `arn:aws:iam::aws:*`;
   * the 12 digits when `last` is an account ID written with hyphens (`1111-2222-3333*`).
   */
  readonly asAccount?: { readonly account: string; readonly arn: string };
}

/** The account `last` was written as, when it reads as one (see {@link MisplacedShortArnField.asAccount}). */
function writtenAccount(last: string): string | undefined {
  if (/^[A-Za-z*?]+$/.test(last) && !onlyWildcards(last) && wildcardMatch(last, AWS_OWNED_ACCOUNT)) return AWS_OWNED_ACCOUNT;
  const digits = last.replace(/[-*?]/g, '');
  return last.includes('-') && /^[0-9*?-]+$/.test(last) && digits.length === 12 ? digits : undefined;
}

/**
 * For a short ARN that IAM pads with `*` fields ({@link arnProblem} accepts it: it starts with
 * `arn:`, has fewer than six fields and ends in `*`), the field its last written text is read as
 * when that text cannot be that field: a partition, service or Region holds only letters, digits,
 * hyphens and wildcards, an account what {@link isAccountField} accepts. `arn:aws:dynamodb:*:table/prod-*`
 * (the account left out) is read `arn:aws:dynamodb:*:table/prod-*:*`, with `table/prod-*` as the
 * account, so it matches no table ARN. Undefined for any other text (`arn:aws:s3:*`: every S3 ARN).
 *
 * @example
 * ```ts
 * import { misplacedShortArnField } from './arn.js';
 * misplacedShortArnField('arn:aws:dynamodb:*:table/prod-*');
 * // { field: 'account', last: 'table/prod-*', padded: 'arn:aws:dynamodb:*:table/prod-*:*',
 * //   missing: ['account'], sixFields: 'arn:aws:dynamodb:*:*:table/prod-*' }
 * misplacedShortArnField('arn:aws:iam::aws*')?.asAccount;
 * // { account: 'aws', arn: 'arn:aws:iam::aws:*' }
 * misplacedShortArnField('arn:aws:s3:*'); // undefined
 * ```
 */
export function misplacedShortArnField(text: string): MisplacedShortArnField | undefined {
  if (!text.startsWith('arn:') || !text.endsWith('*')) return undefined;
  const cut: number[] = [];
  const n = arnCuts(text, '2012-10-17', cut);
  if (n >= 5) return undefined;
  const field = HEAD_FIELDS[n - 1]!;
  const last = text.slice(cut[n - 1]! + 1);
  if (field === 'account' ? isAccountField(last) : HEAD_FIELD_TEXT.test(last) || hasVariable(last)) return undefined;
  const head = text.slice(0, cut[n - 1]! + 1);
  const missing = HEAD_FIELDS.slice(n - 1);
  const found = { field, last, padded: text + ':*'.repeat(5 - n), missing, sixFields: head + '*:'.repeat(5 - n) + last };
  const account = field === 'account' ? writtenAccount(last) : undefined;
  return account === undefined ? found : { ...found, asAccount: { account, arn: `${head}${account}:*` } };
}

/** True for text made only of wildcards and colons (`*`, `*:*`). */
export function onlyWildcards(r: string): boolean {
  for (let i = 0; i < r.length; i++) if (r[i] !== '*' && r[i] !== '?' && r[i] !== ':') return false;
  return true;
}

const ARN_FIELDS = ['prefix', 'partition', 'service', 'region', 'account', 'resource'] as const;

/**
 * True when Resource entry `outer` covers every resource `inner` covers. `"*"` covers everything.
 * Otherwise both must be full ARNs (five colons or more) without policy variables, and each
 * component of `outer` must cover the same component of `inner`, compared case-sensitively (the
 * engine matches component by component, folding case only in the first five components, so a
 * case-sensitive cover is always a cover). A `*` ending a head component of `inner` reaches past
 * colons (`resourceArnMatch`); the component of `outer` that covers it ends in `*` too, so it
 * reaches as far: the cover still holds. An entry with an unsure head ({@link unsureHead}) covers
 * only entries with one: it matches nothing where matching less is safer (an Allow's Resource),
 * so `arn:aws:s3*:::*` does not cover `arn:aws:s3:::b`. `outerFields` / `innerFields`: `splitArn` of `outer` /
 * `inner` when the caller has them already.
 */
export function resourceCovers(outer: string, inner: string, outerFields?: ArnFields, innerFields?: ArnFields): boolean {
  if (outer === '*') return true;
  if (inner === '*') return false;
  if (outer.includes('${') || inner.includes('${')) return false;
  // a caller comparing many pairs passes the fields it split once (REDUNDANT_RESOURCE: 2 splits a pair were 8% of lint)
  const o = outerFields ?? splitArn(outer);
  const n = innerFields ?? splitArn(inner);
  if (o === undefined || n === undefined) return false;
  // an unsure head (`unsureHead`) matches nothing in an Allow's Resource or a Deny's NotResource, so it
  // covers only entries that match nothing there too (a capital is compared case-sensitively below, so
  // it covers only entries with that capital; a wildcard in the service needs this test)
  if ((o.service.includes('*') || o.service.includes('?')) && unsureHead(outer, '2012-10-17') && !unsureHead(inner, '2012-10-17')) return false;
  for (const f of ARN_FIELDS) if (!patternCovers(o[f], n[f], false)) return false;
  return true;
}
