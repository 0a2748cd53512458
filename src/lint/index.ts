/**
 * `typed-iam/lint`: offline findings about a policy, in the spirit of IAM Access Analyzer policy
 * validation. Codes follow Access Analyzer check names where one exists; see docs/lint-rules.md.
 */
import { PolicyArgumentError, PolicyCheckError, type PolicyIssue } from '../errors.js';
import { validateDocument } from '../model/kinds.js';
import { isPolicyKind, POLICY_KINDS, type PolicyDocument, type PolicyKind } from '../model/policy-document.js';
import { fitAdvice, overLimit, parseMessages, permissionSetFit, SEND_COMPACT, sessionPolicyTags, terraformMessages } from '../messages.js';
import { withoutLimitOptions } from '../parse/index.js';
import { describeThrown } from '../parse/input.js';
import { parsedPolicy } from '../parse/parsed.js';
import { isPolicy } from '../policy/policy.js';
import { resolveTarget, SIZE_TARGETS, type SizeTarget, type SizeTargetName } from '../emit/size-targets.js';
import type { Policy } from '../policy/types.js';
import { lintContext, present, type Extra, type Inspected, type LintRule, type ResourceCheck } from './context.js';
import { RULES } from './registry.js';
import { isAccountId } from '../model/principals.js';
import { readOptionRecords } from '../internal/option-values.js';
import { isRecord, readItems } from '../internal/record.js';
import { unattachableManagedPolicy } from './attachable.js';
import { ENTITY_KINDS, isRuleSetting, READER_CODES, SEVERITIES, type Finding, type LintOptions, type LintRuleInfo, type Severity } from './types.js';
import { BoundedCache } from '../model/bounded-cache.js';
import { bug } from '../internal/bug.js';
import { authorizationAccounts, authorizationSites, isAuthorizationDetails } from './authorization-details.js';
import { entityLabel, isTerraformJson, readTerraform, terraformAccounts, terraformFormatSupported } from './terraform.js';
import { ATTACHABLE } from '../emit/attachable.js';
import { inlineSize } from '../policy/policy.js';

export { isAuthorizationDetails, isTerraformJson };

export type { Finding, LintOptions, LintRuleInfo, Severity } from './types.js';
export { SEVERITIES } from './types.js';
export { formatFindings, type FormatOptions, type OutputFormat } from './format.js';

/**
 * Every lint rule with its metadata, in documentation order.
 *
 * @example
 * ```ts
 * import { lintRules } from 'typed-iam/lint';
 * lintRules.filter((r) => r.severity === 'security').map((r) => r.code);
 * // ['VARIABLE_USAGE_TOO_BROAD', 'STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS', 'FORALLVALUES_WITH_SINGLE_VALUED_KEY', ...]
 * ```
 */
export const lintRules: readonly LintRuleInfo[] = Object.freeze(
  RULES.map((r) =>
    Object.freeze({
      code: r.code,
      severity: r.severity,
      description: r.description,
      kinds: r.kinds,
      source: r.ours ? ('typed-iam' as const) : ('access-analyzer' as const),
      ...(r.optIn ? { optIn: true } : {}),
      ...(r.aliases === undefined ? {} : { aliases: r.aliases }),
    }),
  ),
);

/** What {@link lint} accepts: a built or parsed policy, a model document, JSON text or a plain object. */
export type LintInput = { readonly kind: PolicyKind; readonly document: PolicyDocument } | PolicyDocument | string | object;

/** Parse issue codes that a lint rule reports better (the rule's finding is kept). */
const COVERED_BY_RULE: { readonly [code: string]: string } = { INVALID_SID: 'UNSUPPORTED_SID' };

/**
 * Rule codes whose finding names a parse issue at the same path better: the issue is dropped when the
 * rule reports there. `"Principal": {}` is Access Analyzer's "Empty object principal" (the statement
 * names no principal and has no effect), which the model reports as a malformed Principal (INVALID_PRINCIPAL).
 */
const NAMED_BETTER_BY_RULE: { readonly [ruleCode: string]: string } = { EMPTY_OBJECT_PRINCIPAL: 'INVALID_PRINCIPAL' };

/**
 * Lints a policy offline and returns its findings, sorted by statement then code. Severities:
 * `error` (part of the policy cannot work), `security` (grants more than intended), `warning`
 * (best-practice deviation), `suggestion` (tidy-up). JSON text or objects are parsed first; parse
 * problems become `error` findings with the parser's codes (`JSON_SYNTAX`, ...) and line/column. An
 * option it cannot take (`{ kind: 'bogus' }`, a severity it does not know) gives one `INVALID_OPTION` finding.
 *
 * @example
 * ```ts
 * import { allow, policy } from 'typed-iam';
 * import { lint } from 'typed-iam/lint';
 * lint('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObjekt","Resource":"*"}]}');
 * // [{ code: 'INVALID_ACTION', severity: 'error', path: 'Statement[0].Action[0]',
 * //    message: 'Action "s3:GetObjekt" does not exist in service "s3" (AWS catalog of 2026-09-26). Did you mean "s3:GetObject" or "s3:PutObject"? Fix the spelling or remove it.' }]
 * lint(policy.identity(allow('iam:PassRole').on('*')));
 * // [{ code: 'PASS_ROLE_WITH_STAR_IN_RESOURCE', severity: 'security', path: 'Statement[0].Resource[0]', ... }]
 * ```
 */
export function lint(policy: LintInput, given: LintOptions = {}): Finding[] {
  const read = readOptions(given);
  if ('bad' in read) return [read.bad];
  const { options } = read;
  const findings: Finding[] = [];
  if (isPolicy(policy)) {
    const kind = options.kind ?? policy.kind;
    if (kind !== policy.kind) addIssues(findings, validateDocument(policy.document, kind));
    // the policy's own default target (withTarget) applies while it is linted as its own kind
    const target = options.target ?? (kind === policy.kind ? policy.defaultTarget : undefined);
    runRules(findings, policy.document, kind, undefined, target === undefined ? options : { ...options, target }, { measure: (t) => policy.size(t) });
    return finish(findings);
  }
  // everything else (model documents, plain objects, JSON or URL-encoded text) goes through the one reader
  // lint has no maxLength / maxIssues of its own: the reader's messages do not name them
  const r = withoutLimitOptions.read(policy, options.kind === undefined ? {} : { kind: options.kind });
  if (r.document === undefined) {
    addIssues(findings, r.issues);
    return finish(findings);
  }
  const doc = r.document;
  const written = doc.Version === '2008-10-17' ? r.versionWritten : true;
  if (r.issues.length === 0) {
    // measured as parsePolicy's policy measures itself: its source form (one-element arrays, repeats and
    // order as written), made only if the size rule asks; text input is also measured as written
    let p: Policy | undefined;
    const measure = (t: SizeTargetName | SizeTarget) => (p ??= parsedPolicy(r.kind, doc, false)).size(t);
    runRules(findings, doc, r.kind, written, options, r.text !== undefined ? { source: r.text, measure } : { measure });
    return finish(findings);
  }
  addIssues(findings, r.issues);
  // best effort: lint what could be read, so one parse problem does not hide the rest
  const ruleFindings: Finding[] = [];
  runRules(ruleFindings, doc, r.kind, written, options);
  // a parse issue and a rule may report the same thing (INVALID_SID / UNSUPPORTED_SID): keep the parse one, it has a position
  const reported = new Set(findings.map((f) => `${f.code} ${f.path}`));
  // a shape the reader made by leaving a part out is no finding (LintRule.readShape)
  const shapes = new Set(RULES.filter((rule) => rule.readShape === true).map((rule) => rule.code));
  // an issue inside the part, or one that left the part itself unread (INVALID_TYPE: a statement that is no object)
  const under = (path: string) =>
    r.issues.some((i) => (i.path === path && i.code === 'INVALID_TYPE') || (i.path.startsWith(path) && (i.path[path.length] === '.' || i.path[path.length] === '[')));
  const kept = ruleFindings.filter((f) => !reported.has(`${f.code} ${f.path}`) && !(shapes.has(f.code) && under(f.path)));
  // one finding for one mistake: a parse issue a rule names better at the same path gives way to the rule's finding
  const better = new Set(kept.flatMap((f) => (NAMED_BETTER_BY_RULE[f.code] === undefined ? [] : [`${NAMED_BETTER_BY_RULE[f.code]} ${f.path}`])));
  const out = better.size === 0 ? findings : findings.filter((f) => !better.has(`${f.code} ${f.path}`));
  out.push(...kept);
  return finish(out);
}

/** The options of {@link lint}. */
const LINT_OPTIONS: readonly string[] = ['accounts', 'attachedTo', 'kind', 'rules', 'target'];

/**
 * The options as lint uses them, or the one `INVALID_OPTION` finding lint returns for the first it
 * cannot take (options may come from configuration: plain JavaScript gets a finding, as from
 * `parsePolicy`, not a TypeError). A copy read once (each option, each rule setting, each account; a
 * target object as its checked copy), so the values checked are the values the rules read.
 */
function readOptions(options: unknown): { readonly options: LintOptions } | { readonly bad: Finding } {
  const refused = (message: string) => ({ bad: Object.freeze<Finding>({ code: 'INVALID_OPTION', severity: 'error', path: '', message }) });
  const bad = (name: string, value: unknown, expected: string) => refused(parseMessages.invalidOption(name, value, expected));
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return bad('options', options, 'an object');
  try {
    // a misspelt option read as absent takes its default: `knd: 'scp'` linted the text as an identity policy
    const read = readOptionRecords(options, LINT_OPTIONS, ['rules']);
    if ('unknown' in read) return refused(parseMessages.unknownOption(read.unknown, LINT_OPTIONS));
    const o = read.options;
    const { kind, rules, accounts, target, attachedTo } = o;
    if (kind !== undefined && !isPolicyKind(kind)) return bad('kind', kind, `one of ${POLICY_KINDS.join(', ')}`);
    if (rules !== undefined) {
      if (!isRecord(rules)) return bad('rules', rules, 'an object from rule codes to "off" or a severity');
      for (const code of Object.keys(rules)) if (rules[code] !== undefined && !isRuleSetting(rules[code])) return bad(`rules.${code}`, rules[code], `"off" or one of ${SEVERITIES.join(', ')}`);
    }
    // an account id is twelve digits: another text names no account, so a principal of yours would read as cross-account
    const ids = Array.isArray(accounts) ? (o.accounts = readItems(accounts as readonly unknown[])) : undefined;
    if (accounts !== undefined && (ids === undefined || ids.some((a) => typeof a !== 'string' || !isAccountId(a)))) return bad('accounts', accounts, 'an array of 12-digit account ids');
    // a misspelt entity ('roles') read as a user would report a variable that resolves
    const entities = Array.isArray(attachedTo) ? (o.attachedTo = readItems(attachedTo as readonly unknown[])) : undefined;
    if (attachedTo !== undefined && (entities === undefined || entities.some((e) => typeof e !== 'string' || !(ENTITY_KINDS as readonly string[]).includes(e))))
      return bad('attachedTo', attachedTo, `an array of ${ENTITY_KINDS.map((e) => `"${e}"`).join(', ')}`);
    if (target !== undefined) {
      // the size targets' own check (a name it knows, or a target object with a positive limit), its words
      try {
        // a target of your own is kept as its checked, frozen copy; a name stays a name
        const checked = resolveTarget(target as SizeTargetName | SizeTarget);
        if (typeof target === 'object') o.target = checked;
      } catch (e) {
        if (!(e instanceof PolicyArgumentError)) throw e;
        return refused(parseMessages.invalidTargetOption(target, e.message));
      }
    }
    return { options: o as LintOptions };
  } catch {
    // an options object whose getters throw
    return bad('options', undefined, 'a plain object');
  }
}

/**
 * The rules {@link checkPolicy} runs: what the compiler checks for typed code (the AWS catalog's
 * services, actions and condition keys; operator and key types) and the values the builder reads
 * (condition values by operator family, Resource ARNs), for code the compiler does not see.
 */
const CHECKED: readonly string[] = [
  'INVALID_SERVICE_IN_ACTION',
  'INVALID_ACTION',
  'WILDCARD_MATCHES_NO_ACTION',
  'INVALID_GLOBAL_CONDITION_KEY',
  'INVALID_SERVICE_CONDITION_KEY',
  'INVALID_CONDITION_KEY_FORMAT',
  'INVALID_CONDITION_OPERATOR',
  'TYPE_MISMATCH',
  'TYPE_MISMATCH_BOOLEAN',
  'TYPE_MISMATCH_DATE',
  'TYPE_MISMATCH_IP_RANGE',
  'TYPE_MISMATCH_NUMBER',
  'TYPE_MISMATCH_STRING',
  'TYPE_MISMATCH_ARN',
  'INVALID_ARN_PREFIX',
  'MISSING_ARN_FIELD',
  'UNSUPPORTED_SID',
];

/** `options.rules` that turns every other rule off. */
let onlyChecked: { readonly [code: string]: 'off' } | undefined;

/**
 * The opt-in catalog check for plain JavaScript and run-time strings: what TypeScript reports at
 * compile time for typed code (unknown services, actions and condition keys, with "did you mean";
 * operators that do not fit the key), and the values of parsed policies (condition values by
 * operator family, Resource ARNs; built statements and statements given as data are checked when
 * the policy is made). Throws a {@link PolicyCheckError} listing every problem, as
 * lint words it; returns `policy` unchanged when there is none. Only this entry loads the catalog,
 * one service at a time, when the call is made: a builder-only bundle stays without it.
 *
 * @example
 * ```ts
 * import { allow, policy } from 'typed-iam';
 * import { checkPolicy } from 'typed-iam/lint';
 * const p = checkPolicy(policy.identity(allow('s3:GetObject').on('*'))); // returns p
 * checkPolicy(policy.identity(allow.unchecked('s3:GetObjekt').on('*')));
 * // throws PolicyCheckError: Statement[0].Action[0]: Action "s3:GetObjekt" does not exist in service "s3" (...). Did you mean "s3:GetObject" or "s3:PutObject"? ...
 * ```
 */
export function checkPolicy<P extends LintInput>(policy: P, options: Pick<LintOptions, 'kind'> = {}): P {
  onlyChecked ??= Object.fromEntries(RULES.filter((r) => !CHECKED.includes(r.code)).map((r) => [r.code, 'off'] as const));
  const findings = lint(policy, { ...options, rules: onlyChecked }).filter((f) => f.severity === 'error' || CHECKED.includes(f.code));
  if (findings.length > 0) throw new PolicyCheckError(findings as [Finding, ...Finding[]]);
  return policy;
}

function addIssues(findings: Finding[], issues: readonly PolicyIssue[]): void {
  for (const i of issues)
    findings.push({
      code: COVERED_BY_RULE[i.code] ?? i.code,
      severity: 'error',
      path: i.path,
      message: i.message,
      ...(i.line === undefined ? {} : { line: i.line }),
      ...(i.column === undefined ? {} : { column: i.column }),
    });
}

/** The resource checks of the rules (see {@link LintRule.resource}); a rule's bit in `resourceFaults` is its index here. */
const RESOURCE_CHECKS: readonly ResourceCheck[] = RULES.flatMap((r) => (r.resource === undefined ? [] : [r.resource]));
if (RESOURCE_CHECKS.length > 31) bug('more resource checks than bits in a number');

/** One rule to run, with the severity it reports at. */
interface Step {
  readonly rule: LintRule;
  /** The rule's bit in `resourceFaults` (0: not a resource-check rule). */
  readonly faultBit: number;
  readonly code: string;
  readonly severity: Severity;
  /** True when `options.rules` set the severity (it then wins over a rule's per-finding severity). */
  readonly configured: boolean;
  readonly inspects: Inspected | undefined;
}

/** The steps of a kind and a `rules` setting, in registry order (computed once per kind and setting). */
const PLANS = new BoundedCache<string, readonly Step[]>(64);

function planOf(kind: PolicyKind, settings: LintOptions['rules']): readonly Step[] {
  const entries = settings === undefined ? [] : Object.entries(settings);
  let id: string = kind;
  for (const [code, value] of entries) id += `\u0000${code}\u0000${String(value)}`;
  let plan = PLANS.get(id);
  if (plan !== undefined) return plan;
  const configured = new Map(entries);
  const steps: Step[] = [];
  for (const rule of RULES) {
    if (!rule.kinds.includes(kind)) continue;
    const setting = entries.length > 0 ? settingOf(configured, rule) : undefined;
    if (setting === 'off' || (setting === undefined && rule.optIn)) continue;
    const faultBit = rule.resource === undefined ? 0 : 1 << RESOURCE_CHECKS.indexOf(rule.resource);
    steps.push({ rule, faultBit, code: rule.code, severity: setting ?? rule.severity, configured: setting !== undefined, inspects: rule.inspects });
  }
  plan = steps;
  PLANS.set(id, plan);
  return plan;
}

function runRules(
  findings: Finding[],
  document: PolicyDocument,
  kind: PolicyKind,
  written: boolean | undefined,
  options: LintOptions,
  extra: Extra = {},
): void {
  const ctx = lintContext(document, kind, written, options, extra, RESOURCE_CHECKS);
  const has = present(ctx.statements);
  // one report function for all rules: it reads the step being run
  let step: Step | undefined;
  const report = (path: string, message: string, override?: Severity): void => {
    findings.push({ code: step!.code, severity: step!.configured ? step!.severity : (override ?? step!.severity), path, message });
  };
  for (const s of planOf(kind, options.rules)) {
    if ((s.inspects !== undefined && !has[s.inspects]) || (s.faultBit !== 0 && (ctx.resourceFaults & s.faultBit) === 0)) continue;
    step = s;
    s.rule.check(ctx, report);
  }
}

/** The setting of a rule by its code, else by a former code (alias). */
function settingOf(settings: ReadonlyMap<string, 'off' | Severity | undefined>, rule: LintRule): 'off' | Severity | undefined {
  const own = settings.get(rule.code);
  if (own !== undefined || rule.aliases === undefined) return own;
  for (const a of rule.aliases) if (settings.get(a) !== undefined) return settings.get(a);
  return undefined;
}

function statementIndex(path: string): number {
  if (!path.startsWith('Statement[')) return -1;
  const end = path.indexOf(']');
  const n = Number(path.slice(10, end));
  return Number.isInteger(n) ? n : -1;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Deduplicates and sorts: statement order, then code, then path, then message. */
function finish(findings: Finding[]): Finding[] {
  if (findings.length === 0) return findings;
  const seen = new Set<string>();
  const out: { f: Finding; i: number }[] = [];
  for (const f of findings) {
    const key = `${f.code}\u0000${f.path}\u0000${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ f, i: statementIndex(f.path) });
  }
  out.sort((a, b) => a.i - b.i || cmp(a.f.code, b.f.code) || cmp(a.f.path, b.f.path) || cmp(a.f.message, b.f.message));
  return out.map((x) => Object.freeze(x.f));
}

/**
 * Lints every policy of an account as `aws iam get-account-authorization-details` lists them: each
 * user's, group's and role's inline policies (identity), each role's trust policy, and the default
 * version of each customer managed policy (a boundary when it is used only as one; attached only to
 * roles, every attachment listed, with `attachedTo: ['role']`). AWS managed policies and versions
 * that are not the default are left out. Each finding's `path` starts at the
 * policy's place in the response (`RoleDetailList[3].RolePolicyList[0].PolicyDocument.Statement[0]`),
 * so `formatFindings` with the response text as `source` gives its line. The account ids of the
 * response's ARNs are the `accounts` of the trust rules unless given. Documents are read as lint
 * reads them (objects, JSON text, URL-encoded text as the IAM API returns it); an entry whose reading
 * throws (a getter, a proxy) is one `INVALID_TYPE` finding at its place, and the others are linted.
 *
 * @example
 * ```ts
 * import { lintAuthorizationDetails } from 'typed-iam/lint';
 * const details = {
 *   RoleDetailList: [{
 *     RoleName: 'deployer',
 *     Arn: 'arn:aws:iam::111122223333:role/deployer',
 *     AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'codebuild.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
 *     RolePolicyList: [{ PolicyName: 'pass', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }] } }],
 *   }],
 * };
 * lintAuthorizationDetails(details).map((f) => `${f.code} ${f.path}`);
 * // ['PASS_ROLE_WITH_STAR_IN_RESOURCE RoleDetailList[0].RolePolicyList[0].PolicyDocument.Statement[0].Resource[0]']
 * ```
 */
export function lintAuthorizationDetails(details: unknown, options: Pick<LintOptions, 'rules' | 'accounts'> = {}): Finding[] {
  if (!isAuthorizationDetails(details))
    throw new PolicyArgumentError('details', parseMessages.invalidOption('details', details, 'the output of aws iam get-account-authorization-details (an object with UserDetailList, GroupDetailList, RoleDetailList or Policies)'));
  if (!isRecord(options)) throw new PolicyArgumentError('options', parseMessages.invalidOption('options', options, 'an object'));
  const d = details as { readonly [key: string]: unknown };
  const accounts = options.accounts ?? authorizationAccounts(d);
  const out: Finding[] = [];
  for (const s of authorizationSites(d)) {
    if ('thrown' in s) {
      out.push({ code: 'INVALID_TYPE', severity: 'error', path: s.path, message: parseMessages.unreadableValue(`reading it threw ${describeThrown(s.thrown)}`) });
      continue;
    }
    const found = lint(s.document as Parameters<typeof lint>[0], { ...(options.rules === undefined ? {} : { rules: options.rules }), accounts, kind: s.kind, target: s.target, ...(s.attachedTo === undefined ? {} : { attachedTo: s.attachedTo }) });
    // positions of a finding are in the document's own text: the path in the response locates it instead
    for (const { line: _line, column: _column, ...f } of found) out.push({ ...f, path: f.path === '' ? s.path : `${s.path}.${f.path}` });
  }
  return out;
}

/** The one finding a `rules` setting makes of `finding` (its code's setting, or an alias's), or none when it is off. */
function configured(finding: Finding, rules: LintOptions['rules'], rule?: LintRule): Finding | undefined {
  const settings = new Map(Object.entries(rules ?? {}));
  const setting = rule === undefined ? settings.get(finding.code) : settingOf(settings, rule);
  if (setting === 'off') return undefined;
  return setting === undefined ? finding : { ...finding, severity: setting };
}

/**
 * Lints every IAM policy of a Terraform plan or state as `terraform show -json` prints it (OpenTofu's
 * `tofu show -json` too), each as the kind and against the size target its resource type gives it:
 * `aws_iam_policy` (identity, managed; a boundary when a role or user uses it as one and nothing
 * attaches it), `aws_iam_role`'s `assume_role_policy` (trust) and
 * `inline_policy` blocks, `aws_iam_role_policy`, `aws_iam_user_policy` and `aws_iam_group_policy`
 * (inline; the inline policies of one role, user or group are also summed, as IAM counts them),
 * `aws_organizations_policy` (SCP or RCP by its `type`), and the resource policies of S3, SQS, SNS,
 * KMS, Secrets Manager, ECR, VPC endpoints, EFS, CloudWatch Logs, EventBridge, OpenSearch, API
 * Gateway, DynamoDB, Glacier, Backup, CodeArtifact, Kinesis, S3 access points and tables, IAM
 * Identity Center permission sets' inline policies, and each Lambda function's policy from its
 * `aws_lambda_permission` resources (docs/cli.md lists them). A plan's
 * `resource_changes` are read as each resource is after the change (deleted ones left out), a
 * state's `values` as they are. Each finding's `path` starts at the resource address and attribute
 * (`module.app.aws_iam_role.this["web"].assume_role_policy.Statement[0].Principal`). A policy the plan
 * knows only after apply is one `POLICY_NOT_READ` warning at its place. More managed policies
 * attached to one role, user or group than IAM allows (`maxManagedPolicies`, default 10) is a
 * `MANAGED_POLICIES_QUOTA_EXCEEDED` error at each attaching resource. The `account_id` of each
 * `aws_caller_identity` data source and the account ids of the IAM ARNs the output holds are the
 * `accounts` of the trust rules unless given.
 *
 * @example
 * ```ts
 * import { lintTerraform } from 'typed-iam/lint';
 * const plan = {
 *   format_version: '1.2',
 *   resource_changes: [{
 *     address: 'aws_iam_policy.deploy', mode: 'managed', type: 'aws_iam_policy', name: 'deploy',
 *     change: { actions: ['create'], after: { name: 'deploy', policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"*"}]}' }, after_unknown: { arn: true, id: true } },
 *   }],
 * };
 * lintTerraform(plan).map((f) => `${f.code} ${f.path}`);
 * // ['PASS_ROLE_WITH_STAR_IN_RESOURCE aws_iam_policy.deploy.policy.Statement[0].Resource[0]']
 * ```
 */
export function lintTerraform(json: unknown, options: TerraformLintOptions = {}): Finding[] {
  if (!isTerraformJson(json))
    throw new PolicyArgumentError('json', parseMessages.invalidOption('json', json, 'the output of terraform show -json (an object with format_version and resource_changes, planned_values or values)'));
  if (!isRecord(options)) throw new PolicyArgumentError('options', parseMessages.invalidOption('options', options, 'an object'));
  const max = options.maxManagedPolicies ?? ATTACHABLE.managed;
  if (!Number.isInteger(max) || max < 1) throw new PolicyArgumentError('maxManagedPolicies', parseMessages.invalidOption('maxManagedPolicies', max, 'a positive integer (your account\'s quota of managed policies per role or user)'));
  const trustLimit = options.trustPolicyLimit;
  if (trustLimit !== undefined && (!Number.isInteger(trustLimit) || trustLimit < 1))
    throw new PolicyArgumentError('trustPolicyLimit', parseMessages.invalidOption('trustPolicyLimit', trustLimit, 'a positive integer (your account\'s role trust policy length quota)'));
  // the role trust policy length quota is adjustable (Service Quotas L-C07B4B0D)
  const trust = trustLimit === undefined ? undefined : { ...SIZE_TARGETS.trust, limit: trustLimit };
  const t = json as { readonly [key: string]: unknown };
  const version = t['format_version'] as string;
  if (!terraformFormatSupported(version)) throw new PolicyArgumentError('json', terraformMessages.formatVersion(version));
  const accounts = options.accounts ?? terraformAccounts(t);
  const unsized = { ...options.rules, ...Object.fromEntries(RULES.filter((r) => r.code.startsWith('POLICY_SIZE')).map((r) => [r.code, 'off' as const])) };
  const out: Finding[] = [];
  const push = (f: Finding | undefined) => void (f === undefined ? undefined : out.push(f));
  /** Inline policies by role, user or group: each member's path and its parsed policy. */
  const inline = new Map<string, { target: SizeTargetName; members: { path: string; policy: Policy<PolicyKind> | undefined }[] }>();
  const { sites, attachments: attached, policyTwice, managedArns, sessionTags, logsPolicies, organizationTargets, iamNames } = readTerraform(t);
  for (const s of sites) {
    if ('thrown' in s) {
      out.push({ code: 'INVALID_TYPE', severity: 'error', path: s.path, message: parseMessages.unreadableValue(`reading it threw ${describeThrown(s.thrown)}`) });
      continue;
    }
    if ('unknown' in s) {
      push(configured({ code: READER_CODES.notRead, severity: 'warning', path: s.path, message: terraformMessages.knownAfterApply(s.statement === true) }, options.rules));
      continue;
    }
    // no size quota AWS documents (or none known, a stand-in's): linted, not sized (the kind's default target is another's)
    const target = s.target === 'trust' && trust !== undefined ? trust : s.target;
    // the rules the resource makes moot (a key policy set without KMS's lockout check) are off there
    const off = Object.fromEntries((s.moot ?? []).map((code) => [code, 'off' as const]));
    const found = lint(s.document as LintInput, { accounts, kind: s.kind, rules: { ...(target === undefined ? unsized : options.rules), ...off }, ...(target === undefined ? {} : { target }), ...(s.attachedTo === undefined ? {} : { attachedTo: s.attachedTo }) });
    // positions of a finding are in the policy's own text: the address and attribute locate it instead
    for (const { line: _line, column: _column, ...given } of found) {
      // a policy over only by its whitespace: how Terraform writes it compact
      const f = given.code.startsWith('POLICY_SIZE') ? { ...given, message: sizeMessage(given.message, s.path) } : given;
      if (s.owners === undefined) {
        out.push({ ...f, path: f.path === '' ? s.path : `${s.path}.${f.path}` });
        continue;
      }
      // an assembled policy (a function's, from its permissions): a statement's finding at the resource writing it, the policy's at each
      const at = /^Statement\[(\d+)\](.*)$/.exec(f.path);
      const owner = at === null ? undefined : s.owners[Number(at[1])];
      for (const o of owner === undefined ? s.owners : [owner]) out.push({ ...f, path: owner === undefined ? (f.path === '' ? o : `${o}.${f.path}`) : `${o}.statement${at![2]}` });
    }
    if (s.entity === undefined || s.target === undefined) continue;
    const group = inline.get(s.entity) ?? { target: s.target, members: [] };
    const parsed = typeof s.document === 'string' || isRecord(s.document) ? withoutLimitOptions.safeParse(s.document as string, { kind: 'identity' }) : undefined;
    group.members.push({ path: s.path, policy: parsed?.success === true ? parsed.policy : undefined });
    inline.set(s.entity, group);
  }
  // IAM counts the inline policies of one role, user or group together (iam-reference §5)
  const rule = RULES.find((r) => r.code === 'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA');
  for (const [entity, { target, members }] of inline) {
    const sized = members.filter((m) => m.policy !== undefined);
    if (sized.length < 2) continue; // one alone is checked by lint against the same limit
    const r = inlineSize(target as 'inline-role' | 'inline-user' | 'inline-group', sized.map((m) => m.policy!));
    if (r.fits) continue;
    const over = overLimit('the sum', { length: r.length, limit: r.limit, unit: r.unit, target: String(r.target) });
    const message = terraformMessages.inlineSum(entityLabel(entity), sized.map((m) => m.path), over, fitAdvice(target, 'identity'));
    for (const m of sized) push(configured({ code: rule?.code ?? 'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA', severity: rule?.severity ?? 'warning', path: m.path, message }, options.rules, rule));
  }
  // a function's policy written whole and by permissions: each apply of one may undo the other
  for (const { path, permissions } of policyTwice) push(configured({ code: READER_CODES.functionPolicyTwice, severity: 'warning', path, message: terraformMessages.functionPolicyTwice(permissions) }, options.rules));
  // an EKS Pod Identity session policy with the association's session tags on: EKS refuses it
  for (const path of sessionTags) push(configured({ code: READER_CODES.sessionPolicyTags, severity: 'error', path, message: sessionPolicyTags('disable_session_tags = true') }, options.rules));
  // CloudWatch Logs resource policies of the account: 10 per account and Region, at the first place of each group over it
  for (const { places, n, region, certain } of logsPolicies)
    push(configured({ code: certain ? READER_CODES.logsQuota : READER_CODES.maybeLogsQuota, severity: certain ? 'error' : 'warning', path: `${places[0]!}.policy_name`, message: terraformMessages.logsPolicies(n, places, region, certain) }, options.rules));
  // SCPs and RCPs attached to one root, OU or account: 10 and 5, at the first attachment of each target over it
  for (const g of organizationTargets) {
    const over = g.verdict === 'over';
    push(configured({ code: over ? READER_CODES.organizationQuota : READER_CODES.maybeOrganizationQuota, severity: over ? 'error' : 'warning', path: `${g.places[0]!}.target_id`, message: terraformMessages.organizationPolicies(g) }, options.rules));
  }
  // IAM names are unique in an account, ignoring case: each resource taking one twice, naming the others
  for (const { kind, name, places, certain } of iamNames)
    for (const at of places)
      push(configured({ code: certain ? READER_CODES.nameTaken : READER_CODES.maybeNameTaken, severity: certain ? 'error' : 'warning', path: `${at}.name`, message: terraformMessages.nameTaken(kind, name, places.filter((p) => p !== at), certain) }, options.rules));
  // AWS managed policies IAM would not attach: no such name (a path left out), or a service-linked role's policy
  for (const { path, arn } of managedArns) {
    const f = unattachableManagedPolicy(arn);
    if (f !== undefined) push(configured({ code: READER_CODES.managedNotAttachable, ...f, path }, options.rules));
  }
  // managed policies attached per role, user or group: IAM refuses the attachment over the quota (iam-reference §5)
  for (const [entity, attachments] of attached) {
    if (attachments.length <= max) continue;
    const places = [...new Set(attachments.map((a) => a.path))];
    const message = entity.startsWith('permission set:')
      ? terraformMessages.permissionSetQuota(entityLabel(entity), attachments.length, max, places)
      : terraformMessages.managedQuota(entityLabel(entity), attachments.length, max, places, entity.startsWith('group:'));
    for (const path of places) push(configured({ code: READER_CODES.managedQuota, severity: 'error', path, message }, options.rules));
  }
  return out;
}

/**
 * A size finding's message as Terraform users act on it: a policy over only by its whitespace is
 * written compact by `jsonencode`; a permission set's inline policy moves statements to the managed
 * policies the permission set attaches, not to a role's.
 */
function sizeMessage(message: string, path: string): string {
  const compact = message.replace(SEND_COMPACT, terraformMessages.sendCompact);
  return PERMISSION_SET.test(path) ? compact.replace(fitAdvice('inline-role'), permissionSetFit('aws_ssoadmin_customer_managed_policy_attachment')) : compact;
}
const PERMISSION_SET = /(?:^|\.)aws_ssoadmin_permission_set_inline_policy\./;

/** Options of {@link lintTerraform}. */
export type TerraformLintOptions = Pick<LintOptions, 'rules' | 'accounts'> & {
  /**
   * Managed policies one role, user or group may have attached: IAM's default quota, 10 (adjustable
   * up to 20 for roles and users), unless your account's was raised.
   */
  readonly maxManagedPolicies?: number;
  /** Your account's role trust policy length quota, when raised (default 2,048 characters; adjustable up to 8,192). */
  readonly trustPolicyLimit?: number;
};
