import type { PolicyKind } from './model/policy-document.js';
import { fitAdvice, overLimit, quotaExcess } from './messages.js';

/**
 * Codes of the errors typed-iam throws. Closed list: a new code is a documented, minor change.
 * - `PARSE`: input is not a valid policy (see {@link PolicyParseError.issues}).
 * - `VALIDATION`: a built policy breaks a rule of the language or of its kind.
 * - `SIZE`: an emitted policy is larger than its target allows.
 * - `QUOTA`: a policy has more elements than its target allows (statements, actions per
 *   statement; see {@link PolicyQuotaError.excesses}).
 * - `ARGUMENT`: a function was called with an argument it cannot take (a programmer error).
 */
export type IamPolicyErrorCode = 'PARSE' | 'VALIDATION' | 'SIZE' | 'QUOTA' | 'ARGUMENT';

export type { PolicyIssue, PolicyIssueCode } from './model/issues.js';
import type { PolicyIssue } from './model/issues.js';

/** Where each error class keeps its name for `instanceof` across copies of typed-iam. */
const CLASS = 'typed-iam:class';

/**
 * Base class of every error typed-iam throws.
 *
 * @example
 * ```ts
 * import { IamPolicyError, allow, policy } from 'typed-iam';
 * const doc = policy.identity(allow('s3:GetObject').on('*'));
 * try { doc.toString(); } catch (e) { if (e instanceof IamPolicyError) console.log(e.code); }
 * ```
 */
export class IamPolicyError extends Error {
  /** @internal The class's name, read by `instanceof` across copies of typed-iam (a string key: a symbol key would keep every class in a bundle). */
  static readonly 'typed-iam:class': string = 'IamPolicyError';
  /**
   * `instanceof` also knows the errors of another copy of typed-iam: the ESM and the CommonJS
   * build in one program (an ESM app using a CommonJS library that depends on typed-iam), or two
   * installs. It walks the value's prototype chain for a class of the same name; a subclass of
   * your own keeps the plain check.
   *
   * @example
   * ```ts
   * import { IamPolicyError, parsePolicy } from 'typed-iam';
   * try { parsePolicy('{'); } catch (e) { console.log(e instanceof IamPolicyError); } // true, also for an error of the CommonJS copy
   * ```
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    const own: unknown = Object.getOwnPropertyDescriptor(this, CLASS)?.value;
    for (let p = own !== undefined && typeof value === 'object' && value !== null ? Object.getPrototypeOf(value) : null; p !== null; p = Object.getPrototypeOf(p))
      if (Object.getOwnPropertyDescriptor(p, 'constructor')?.value?.[CLASS] === own) return true;
    return false;
  }
  override readonly name: string = 'IamPolicyError';
  readonly code: IamPolicyErrorCode;
  constructor(code: IamPolicyErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

function summarise(head: string, issues: readonly Omit<PolicyIssue, 'code'>[]): string {
  const lines = issues.slice(0, 20).map((i) => {
    const at = i.line === undefined ? '' : ` (line ${i.line}, column ${i.column ?? 1})`;
    return `  - ${i.path || '(document)'}${at}: ${i.message}`;
  });
  if (issues.length > 20) lines.push(`  - ... and ${issues.length - 20} more`);
  return `${head}\n${lines.join('\n')}`;
}

/**
 * Thrown by `parsePolicy` when its input is not a valid policy. `issues` lists every problem found,
 * not only the first.
 *
 * @example
 * ```ts
 * import { safeParsePolicy } from 'typed-iam';
 * const r = safeParsePolicy('{"Statement": []}');
 * if (!r.success) for (const i of r.error.issues) console.log(i.path, i.code);
 * ```
 */
export class PolicyParseError extends IamPolicyError {
  /** @internal */
  static override readonly 'typed-iam:class': string = 'PolicyParseError';
  override readonly name = 'PolicyParseError';
  readonly issues: readonly [PolicyIssue, ...PolicyIssue[]];
  constructor(issues: readonly [PolicyIssue, ...PolicyIssue[]], options?: { cause?: unknown }) {
    super(
      'PARSE',
      summarise(`Invalid policy: ${issues.length} problem${issues.length === 1 ? '' : 's'} found.`, issues),
      options,
    );
    this.issues = issues;
  }
}

/**
 * Thrown when a built policy breaks a rule of the IAM language or of its policy kind (for example a
 * Principal in an identity policy, or a Sid set twice on one statement).
 *
 * @example
 * ```ts
 * import { PolicyValidationError, allow, policy, principal } from 'typed-iam';
 * try {
 *   // @ts-expect-error an RCP takes Deny statements only (untyped code gets the error at run time)
 *   policy.rcp(allow.unchecked('s3:GetObject').on('*').by(principal.anyone()));
 * } catch (e) {
 *   if (e instanceof PolicyValidationError) console.log(e.issues[0].code);
 * }
 * ```
 */
export class PolicyValidationError extends IamPolicyError {
  /** @internal */
  static override readonly 'typed-iam:class': string = 'PolicyValidationError';
  override readonly name = 'PolicyValidationError';
  readonly issues: readonly [PolicyIssue, ...PolicyIssue[]];
  readonly kind: PolicyKind | undefined;
  constructor(issues: readonly [PolicyIssue, ...PolicyIssue[]], kind?: PolicyKind) {
    super(
      'VALIDATION',
      summarise(
        kind === undefined ? 'Invalid statement:' : `Invalid ${kind} policy:`,
        issues,
      ),
    );
    this.issues = issues;
    this.kind = kind;
  }
}

/**
 * Thrown by `toString()` when the emitted policy does not fit its size target.
 *
 * @example
 * ```ts
 * import { PolicySizeError, allow, policy } from 'typed-iam';
 * const doc = policy.identity(allow('s3:GetObject').on('*'));
 * try { doc.toString({ target: 'trust' }); }
 * catch (e) { if (e instanceof PolicySizeError) console.log(`${e.over} over ${e.limit}`); }
 * ```
 */
export class PolicySizeError extends IamPolicyError {
  /** @internal */
  static override readonly 'typed-iam:class': string = 'PolicySizeError';
  override readonly name = 'PolicySizeError';
  /** Counted size, in the target's unit. */
  readonly length: number;
  readonly limit: number;
  readonly target: string;
  /** How much too large: `length - limit`. */
  readonly over: number;
  /** The unit of `length` and `limit`. */
  readonly unit: 'characters' | 'bytes';
  constructor(fields: {
    length: number;
    limit: number;
    target: string;
    unit: 'characters' | 'bytes';
    /** How to fit; by default the advice for the target (and `kind`, when known). */
    detail?: string | undefined;
    /** The policy's kind (a permissions boundary is one managed policy: the advice differs). */
    kind?: PolicyKind | undefined;
  }) {
    const over = fields.length - fields.limit;
    super(
      'SIZE',
      `${overLimit('Policy', fields)}.` +
        ` ${fields.detail ?? fitAdvice(fields.target, fields.kind)}`,
    );
    this.length = fields.length;
    this.limit = fields.limit;
    this.target = fields.target;
    this.over = over;
    this.unit = fields.unit;
  }
}

/** An element-count quota of a size target that a policy exceeds (see {@link PolicyQuotaError}). */
export interface QuotaExcess {
  /**
   * `statements` in the policy, `actionsPerStatement`: entries of one statement's `Action`, or
   * `attachedPolicies`: the policies `split` would make, more than one entity can have attached
   * (the target's `attachable`; path `''`).
   */
  readonly quota: 'statements' | 'actionsPerStatement' | 'attachedPolicies';
  readonly count: number;
  readonly limit: number;
  /** Where: `Statement`, or `Statement[3].Action`. */
  readonly path: string;
  /**
   * With `attachedPolicies`: the policy that stays attached beside the parts and takes one place
   * of the quota (`RCPFullAWSAccess`, which cannot be detached; `FullAWSAccess`, an SCP that
   * allows, beside parts that only deny), so `limit` is one less than the target's `attachable`.
   */
  readonly kept?: 'RCPFullAWSAccess' | 'FullAWSAccess';
}

/**
 * A policy has more elements than its size target allows, beside its size: more than 20
 * statements or more than 7 actions in one statement of an SQS queue policy, more than 100
 * statements in an SNS topic policy (the target's `counts`). AWS refuses such a policy.
 *
 * @example
 * ```ts
 * import { allow, policy, principal, PolicyQuotaError } from 'typed-iam';
 * const queue = policy.resource(
 *   allow('sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility',
 *     'sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:ListDeadLetterSourceQueues', 'sqs:PurgeQueue')
 *     .on('arn:aws:sqs:us-east-1:111122223333:orders').by(principal.account('111122223333')),
 * );
 * try { queue.toString({ target: 'sqs-queue' }); }
 * catch (e) { if (e instanceof PolicyQuotaError) console.log(e.excesses[0].path); } // 'Statement[0].Action'
 * ```
 */
export class PolicyQuotaError extends IamPolicyError {
  /** @internal */
  static override readonly 'typed-iam:class': string = 'PolicyQuotaError';
  override readonly name = 'PolicyQuotaError';
  readonly target: string;
  /** Each quota exceeded, where. */
  readonly excesses: readonly [QuotaExcess, ...QuotaExcess[]];
  constructor(target: string, excesses: readonly [QuotaExcess, ...QuotaExcess[]]) {
    super('QUOTA', summarise(`Policy exceeds ${excesses.length === 1 ? 'a quota' : `${excesses.length} quotas`} of target '${target}':`, excesses.map((x) => ({ path: x.path, message: quotaExcess(x, target) }))));
    this.target = target;
    this.excesses = excesses;
  }
}

/**
 * A function was called with an argument it cannot take: an unknown size target name, a malformed
 * policy variable key. A programmer error (typed callers get a compile error first); the one
 * error for misuse, so that every error typed-iam throws is an {@link IamPolicyError}.
 *
 * @example
 * ```ts
 * import { PolicyArgumentError, policyVariable } from 'typed-iam';
 * try { policyVariable('aws:user name' as 'aws:username'); }
 * catch (e) { if (e instanceof PolicyArgumentError) console.log(e.argument); } // 'key'
 * ```
 */
export class PolicyArgumentError extends IamPolicyError {
  /** @internal */
  static override readonly 'typed-iam:class': string = 'PolicyArgumentError';
  override readonly name = 'PolicyArgumentError';
  /** Name of the parameter that got the bad value. */
  readonly argument: string;
  constructor(argument: string, message: string) {
    super('ARGUMENT', message);
    this.argument = argument;
  }
}

/**
 * Thrown by `checkPolicy` (typed-iam/lint), the opt-in run-time check for code the compiler does
 * not see (plain JavaScript, strings from config, statements given as data): `findings` lists every
 * unknown service, action or condition key (with "did you mean") and every value its element or
 * operator cannot read, as lint reports them.
 *
 * @example
 * ```ts
 * import { allow, policy, PolicyCheckError } from 'typed-iam';
 * import { checkPolicy } from 'typed-iam/lint';
 * try { checkPolicy(policy.identity(allow.unchecked('s3:GetObjekt').on('*'))); }
 * catch (e) { if (e instanceof PolicyCheckError) console.log(e.findings[0].code); } // 'INVALID_ACTION'
 * ```
 */
export class PolicyCheckError extends IamPolicyError {
  /** @internal */
  static override readonly 'typed-iam:class': string = 'PolicyCheckError';
  override readonly name = 'PolicyCheckError';
  /** Lint findings, each with its rule code, the path of the element and the message. */
  readonly findings: readonly [CheckFinding, ...CheckFinding[]];
  constructor(findings: readonly [CheckFinding, ...CheckFinding[]]) {
    super('VALIDATION', summarise(`Policy check failed: ${findings.length} problem${findings.length === 1 ? '' : 's'} found.`, findings));
    this.findings = findings;
  }
}

/** One finding of {@link PolicyCheckError}: a lint rule code, where, and what to do. */
export interface CheckFinding {
  readonly code: string;
  readonly path: string;
  readonly message: string;
}
