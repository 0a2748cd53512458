/** Public types of `typed-iam/lint`: findings, options and rule metadata. */
import type { SizeTarget, SizeTargetName } from '../emit/size-targets.js';
import type { PolicyKind } from '../model/policy-document.js';

/**
 * How bad a finding is, in the spirit of IAM Access Analyzer's finding types:
 * - `error`: part of the policy cannot work (Access Analyzer ERROR);
 * - `security`: the policy grants or allows more than is likely intended (SECURITY_WARNING);
 * - `warning`: a deviation from best practice (WARNING);
 * - `suggestion`: a tidy-up that does not change access (SUGGESTION).
 */
export type Severity = 'error' | 'security' | 'warning' | 'suggestion';

/**
 * Every severity, most severe first.
 *
 * @example
 * ```ts
 * import { SEVERITIES, lint } from 'typed-iam/lint';
 * const findings = lint('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}');
 * [...findings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
 * ```
 */
export const SEVERITIES: readonly Severity[] = ['error', 'security', 'warning', 'suggestion'];

/**
 * True for a setting of one rule in lint's `rules` option (and the CDK layer's): `'off'` or a severity.
 *
 * @example
 * ```ts
 * import { isRuleSetting } from './types.js';
 * isRuleSetting('off');   // true
 * isRuleSetting('Error'); // false
 * ```
 */
/**
 * Codes of the findings readers of whole inputs make beside the rules' (lintTerraform; typed-iam/cdk's
 * `CDK_CODES` names them too): a policy not read, more managed policies attached than IAM allows (or
 * than it may allow), a policy over its size quota (or over it for some values of a template's
 * tokens), a policy linted in some of its combinations only, a function's policy written by two
 * kinds of resource.
 */
export const READER_CODES = {
  notRead: 'POLICY_NOT_READ',
  managedQuota: 'MANAGED_POLICIES_QUOTA_EXCEEDED',
  maybeManagedQuota: 'MANAGED_POLICIES_QUOTA_MAY_BE_EXCEEDED',
  size: 'POLICY_SIZE_EXCEEDS_QUOTA',
  maybeSize: 'POLICY_SIZE_MAY_EXCEED_QUOTA',
  partlyLinted: 'POLICY_PARTLY_LINTED',
  functionPolicyTwice: 'FUNCTION_POLICY_WRITTEN_TWICE',
  variableInSub: 'POLICY_VARIABLE_IN_SUB',
  managedNotAttachable: 'MANAGED_POLICY_NOT_ATTACHABLE',
  unresolvedReference: 'UNRESOLVED_REFERENCE',
  sessionPolicyTags: 'SESSION_POLICY_WITH_SESSION_TAGS',
  logsQuota: 'LOGS_RESOURCE_POLICIES_QUOTA_EXCEEDED',
  maybeLogsQuota: 'LOGS_RESOURCE_POLICIES_QUOTA_MAY_BE_EXCEEDED',
  organizationQuota: 'ORGANIZATION_POLICIES_QUOTA_EXCEEDED',
  maybeOrganizationQuota: 'ORGANIZATION_POLICIES_QUOTA_MAY_BE_EXCEEDED',
  nameTaken: 'IAM_NAME_NOT_UNIQUE',
  maybeNameTaken: 'IAM_NAME_MAY_NOT_BE_UNIQUE',
} as const;

export const isRuleSetting = (v: unknown): v is 'off' | Severity => v === 'off' || (SEVERITIES as readonly unknown[]).includes(v);

/** One problem found by {@link lint}. */
export interface Finding {
  /** UPPER_SNAKE code; the Access Analyzer check name where one exists (`INVALID_ACTION`). */
  readonly code: string;
  readonly severity: Severity;
  /** Where, written like the parser's paths: `Statement[1].Condition.StringLike["s3:prefix"]`; `""` = the document. */
  readonly path: string;
  /** What is wrong and what to do. */
  readonly message: string;
  /** 1-based line in JSON text input, when known (parse problems). */
  readonly line?: number;
  /** 1-based column in JSON text input, when known. */
  readonly column?: number;
}

/** The IAM identities a managed policy is attached to (lint's `attachedTo`). */
export const ENTITY_KINDS = ['role', 'user', 'group'] as const;
/** One of {@link ENTITY_KINDS}. */
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Options of {@link lint}. */
export interface LintOptions {
  /** Policy kind whose rules apply; default: the policy's own kind, else inferred as `parsePolicy` infers it (`trust`, `resource` or `identity`). */
  readonly kind?: PolicyKind;
  /**
   * Size target checked by the POLICY_SIZE_EXCEEDS_*_QUOTA rules, by name or as a target of your
   * own (a raised quota: `{ ...SIZE_TARGETS.trust, limit: 4096 }`); default: a built or parsed
   * policy's own default target (`withTarget`), else the kind's default target.
   */
  readonly target?: SizeTargetName | SizeTarget;
  /** Turn rules off or change their severity, by code: `{ REDUNDANT_ACTION: 'off', MISSING_VERSION: 'error' }`. Also enables rules that are off by default. */
  readonly rules?: { readonly [code: string]: 'off' | Severity };
  /**
   * Your own account id(s). Trust-policy rules treat principals of these accounts as same-account
   * (CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION then stays quiet for them).
   */
  readonly accounts?: readonly string[];
  /**
   * What a managed policy is attached to (or is the permissions boundary of), when you know all of
   * it: `['role']` for one only roles have. No request of a role carries `aws:username`, so
   * `${aws:username}` in such a policy never resolves (UNRESOLVABLE_VARIABLE) and a condition on it is
   * IRRELEVANT_CONDITION_KEY. `cdk check`, `lintAuthorizationDetails` and `lintTerraform` pass it where
   * the template, the response or the state shows every attachment.
   */
  readonly attachedTo?: readonly EntityKind[];
}

/** Metadata of one lint rule (for docs, SARIF and configuration). */
export interface LintRuleInfo {
  readonly code: string;
  /** Default severity (a rule may report some cases with another one; see its description). */
  readonly severity: Severity;
  /** One sentence: what the rule finds. */
  readonly description: string;
  /** Policy kinds the rule runs for. */
  readonly kinds: readonly PolicyKind[];
  /** True when the rule only runs if enabled through `options.rules`. */
  readonly optIn?: boolean;
  /** Former codes of the rule; `options.rules` accepts them too (`EMPTY_ARRAY` configures every EMPTY_ARRAY_* rule). */
  readonly aliases?: readonly string[];
  /** `access-analyzer` when the code and severity are IAM Access Analyzer's check; `typed-iam` for a rule of ours. */
  readonly source: 'access-analyzer' | 'typed-iam';
}
