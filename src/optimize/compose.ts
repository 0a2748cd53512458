/**
 * Composition by Sid, the layering Terraform's `aws_iam_policy_document` offers with
 * `source_policy_documents` (combine) and `override_policy_documents` (override).
 */
import { PolicyArgumentError, PolicyValidationError, type PolicyIssue } from '../errors.js';
import type { Statement } from '../model/policy-document.js';
import { eachRepeatedSid } from '../model/kinds.js';
import { checkedPolicy, type PolicyLike } from './minimize.js';
import { checkArguments } from './arguments.js';
import { optimizeMessages } from './messages.js';

const hasSid = (s: Statement): s is Statement & { Sid: string } => s.Sid !== undefined && s.Sid !== '';

function checkInputs(policies: readonly PolicyLike[]): void {
  const first = policies[0];
  if (first === undefined) throw new PolicyArgumentError('policies', optimizeMessages.nothingToCompose());
  checkArguments(policies.map((p, i) => [`policies[${i}]`, p] as const), {});
  // one kind: the result takes the first's, and an SCP's or a boundary's Allow only limits where an
  // identity policy's grants (IAM User Guide, "Policy evaluation logic")
  policies.forEach((p, i) => {
    if (p.kind !== first.kind) throw new PolicyArgumentError(`policies[${i}]`, optimizeMessages.kindMismatch(first.kind, p.kind));
  });
  const issues: PolicyIssue[] = [];
  policies.forEach((p, i) => {
    if (p.document.Version !== first.document.Version)
      issues.push({
        path: `policies[${i}].Version`,
        code: 'INVALID_VERSION',
        message: optimizeMessages.versionMismatch(first.document.Version, p.document.Version),
      });
  });
  if (issues.length > 0) throw new PolicyValidationError(issues as [PolicyIssue, ...PolicyIssue[]], first.kind);
}

function build<P extends PolicyLike>(first: P, statements: readonly Statement[]): P {
  const doc = first.document;
  return checkedPolicy(first.kind, { Version: doc.Version, ...(doc.Id === undefined ? {} : { Id: doc.Id }), Statement: statements }, first.defaultTarget);
}

/**
 * One policy holding the statements of all `policies`, in order. Two statements with the same
 * non-empty Sid are a {@link PolicyValidationError} (code `INVALID_SID`) naming both. The result has
 * the kind, Version, Id and default target of the first policy and is checked against that kind;
 * a policy of another kind is a {@link PolicyArgumentError} (an SCP's `Allow` only limits where an
 * identity policy's grants).
 * Terraform equivalent: `source_policy_documents`.
 *
 * @example
 * ```ts
 * import { allow, policy } from 'typed-iam';
 * import { combine } from 'typed-iam/optimize';
 * const merged = combine(
 *   policy.identity(allow('s3:GetObject').on('arn:aws:s3:::b/*').sid('Read')),
 *   policy.identity(allow('s3:PutObject').on('arn:aws:s3:::b/*').sid('Write')),
 * );
 * merged.statements.map((s) => s.Sid); // ['Read', 'Write']
 * ```
 */
export function combine<P extends PolicyLike>(first: P, ...rest: readonly PolicyLike[]): P {
  const policies = [first, ...rest];
  checkInputs(policies);
  const issues: PolicyIssue[] = [];
  const statements: Statement[] = [];
  const paths: string[] = [];
  policies.forEach((p, pi) =>
    p.document.Statement.forEach((s, si) => {
      statements.push(s);
      paths.push(`policies[${pi}].Statement[${si}]`);
    }),
  );
  // the model's rule of repeated Sids, over all the policies' statements in order
  eachRepeatedSid(statements, (i, sid, first) =>
    issues.push({ path: `${paths[i]}.Sid`, code: 'INVALID_SID', message: optimizeMessages.duplicateSid(sid, paths[first]!, paths[i]!) }),
  );
  if (issues.length > 0) throw new PolicyValidationError(issues as [PolicyIssue, ...PolicyIssue[]], first.kind);
  return build(first, statements);
}

/**
 * `base` with each statement of the `overrides`, in order, replacing the statement that has the same
 * non-empty Sid (in place) or, when none has it, appended. Later overrides win over earlier ones.
 * The result has the kind, Version, Id and default target of `base`; an override of another kind
 * is a {@link PolicyArgumentError}. Terraform equivalent:
 * `override_policy_documents` (with `source_policy_documents` or `statement` blocks as the base).
 *
 * @example
 * ```ts
 * import { allow, policy } from 'typed-iam';
 * import { override } from 'typed-iam/optimize';
 * const base = policy.identity(allow('s3:*').on('*').sid('S3'), allow('sqs:*').on('*').sid('Sqs'));
 * const narrowed = override(base, policy.identity(allow('s3:GetObject').on('arn:aws:s3:::b/*').sid('S3')));
 * narrowed.statements.map((s) => s.Action); // [['s3:GetObject'], ['sqs:*']]
 * ```
 */
export function override<P extends PolicyLike>(base: P, ...overrides: readonly PolicyLike[]): P {
  checkInputs([base, ...overrides]);
  const statements: Statement[] = base.document.Statement.slice();
  const at = new Map<string, number>();
  statements.forEach((s, i) => {
    if (hasSid(s) && !at.has(s.Sid)) at.set(s.Sid, i);
  });
  for (const o of overrides) {
    for (const s of o.document.Statement) {
      const i = hasSid(s) ? at.get(s.Sid) : undefined;
      if (i !== undefined) statements[i] = s;
      else {
        if (hasSid(s)) at.set(s.Sid, statements.length);
        statements.push(s);
      }
    }
  }
  return build(base, statements);
}
