/** Between typed-iam policies and aws-cdk-lib's `PolicyDocument` / `PolicyStatement`. */
import { Stack, Token } from 'aws-cdk-lib/core';
import { PolicyDocument, PolicyStatement, PrincipalBase, PrincipalPolicyFragment, type IPrincipal } from 'aws-cdk-lib/aws-iam';
import type { PolicyKind, PrincipalElement } from '../model/policy-document.js';
import { withoutLimitOptions } from '../parse/index.js';
import type { Policy } from '../policy/types.js';
import { isIntrinsic, type TemplateValue } from './tokens.js';
import { PolicyArgumentError } from '../errors.js';
import { isPolicy } from '../policy/policy.js';
import { cdkMessages } from './messages.js';
import { sayType as said } from '../model/messages.js';

/**
 * A CDK `PolicyDocument` holding exactly the policy's statements (CDK renders the same JSON).
 * A trust policy's document is what `CfnRole`'s `assumeRolePolicyDocument` takes; for an L2 `Role`
 * use {@link toAssumeRolePrincipal}.
 *
 * @example
 * ```ts
 * import { Stack } from 'aws-cdk-lib';
 * import * as iam from 'aws-cdk-lib/aws-iam';
 * import { allow, policy } from 'typed-iam';
 * import { toPolicyDocument } from 'typed-iam/cdk';
 * const stack = new Stack();
 * new iam.ManagedPolicy(stack, 'Read', { document: toPolicyDocument(policy.identity(allow('s3:GetObject').on('arn:aws:s3:::docs/*'))) });
 * ```
 */
export function toPolicyDocument(policy: Policy): PolicyDocument {
  policyArgument('toPolicyDocument', 'policy', policy);
  return PolicyDocument.fromJson(policy.toJSON());
}

/**
 * CDK `PolicyStatement`s of the policy, one per statement, for `addToPolicy`,
 * `addToResourcePolicy`, `addToPrincipalPolicy` and the like.
 *
 * @example
 * ```ts
 * import { Stack } from 'aws-cdk-lib';
 * import { Bucket } from 'aws-cdk-lib/aws-s3';
 * import { allow, policy, principal } from 'typed-iam';
 * import { toPolicyStatements } from 'typed-iam/cdk';
 * const bucket = new Bucket(new Stack(), 'Docs');
 * const bucketPolicy = policy.resource(allow('s3:GetObject').by(principal.account('111122223333')).on(bucket.arnForObjects('*')));
 * for (const s of toPolicyStatements(bucketPolicy)) bucket.addToResourcePolicy(s);
 * ```
 */
export function toPolicyStatements(policy: Policy): PolicyStatement[] {
  policyArgument('toPolicyStatements', 'policy', policy);
  return policy.toJSON().Statement.map((s) => PolicyStatement.fromJson(s));
}

/** Refuses an argument that is no typed-iam policy (from JavaScript: it was a TypeError inside). */
function policyArgument(fn: string, argument: string, value: unknown): void {
  if (!isPolicy(value)) throw new PolicyArgumentError(argument, cdkMessages.notPolicy(fn, said(value)));
}

class TrustPolicyPrincipal extends PrincipalBase {
  readonly #statements: readonly PolicyStatement[];
  readonly #principal: PrincipalElement;
  readonly #text: string;

  constructor(policy: Policy<'trust'>) {
    super();
    const json = policy.toJSON();
    this.#statements = json.Statement.map((s) => PolicyStatement.fromJson(s));
    const first = policy.document.Statement[0];
    this.#principal = first?.Principal ?? {};
    this.#text = policy.toString();
  }

  get policyFragment(): PrincipalPolicyFragment {
    const p = this.#principal;
    return new PrincipalPolicyFragment(p === '*' ? { AWS: ['*'] } : (p as { [key: string]: string[] }));
  }

  override addToAssumeRolePolicy(document: PolicyDocument): void {
    document.addStatements(...this.#statements);
  }

  dedupeString(): string | undefined {
    return `TypedIamTrustPolicy:${this.#text}`;
  }

  override toString(): string {
    return `TrustPolicy(${this.#text})`;
  }
}

/**
 * A principal for `new iam.Role(scope, id, { assumedBy })` whose assume-role policy is exactly the
 * trust policy's statements (principals, conditions, actions such as `sts:TagSession` included).
 *
 * @example
 * ```ts
 * import { Stack } from 'aws-cdk-lib';
 * import * as iam from 'aws-cdk-lib/aws-iam';
 * import { allow, policy, principal } from 'typed-iam';
 * import { toAssumeRolePrincipal } from 'typed-iam/cdk';
 * const stack = new Stack();
 * const trust = policy.trust(allow('sts:AssumeRole').by(principal.account('111122223333')).when('StringEquals', 'sts:ExternalId', 'x-1'));
 * new iam.Role(stack, 'Vendor', { assumedBy: toAssumeRolePrincipal(trust) });
 * ```
 */
export function toAssumeRolePrincipal(trust: Policy<'trust'>): IPrincipal {
  policyArgument('toAssumeRolePrincipal', 'trust', trust);
  if (trust.kind !== 'trust') throw new PolicyArgumentError('trust', cdkMessages.trustOnly(String(trust.kind)));
  return new TrustPolicyPrincipal(trust);
}

function tokensAsStrings(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(tokensAsStrings);
  if (typeof v === 'object' && v !== null) {
    if (isIntrinsic(v as TemplateValue)) return Token.asString(v);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = tokensAsStrings(x);
    return out;
  }
  return v;
}

/**
 * A typed-iam policy from a CDK `PolicyDocument`, `PolicyStatement` or list of statements. Values
 * known only at deploy time (tokens such as `bucket.bucketArn`) stay tokens: put the policy back
 * into CDK (`toPolicyDocument`) and they resolve as before. With `stack`, lazy values are
 * resolved first. Without `options.kind` the kind is inferred as `parsePolicy` infers it: `trust`
 * for a role's assume-role policy, else `resource` when a statement has a principal, else `identity`.
 *
 * @example
 * ```ts
 * import { Stack } from 'aws-cdk-lib';
 * import * as iam from 'aws-cdk-lib/aws-iam';
 * import { fromCdk } from 'typed-iam/cdk';
 * const stack = new Stack();
 * const role = new iam.Role(stack, 'Fn', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
 * const p = fromCdk(role.assumeRolePolicy!, stack, { kind: 'trust' });
 * p.statements[0]?.Principal; // { Service: ['lambda.amazonaws.com'] }
 * ```
 */
export function fromCdk(
  source: PolicyDocument | PolicyStatement | readonly PolicyStatement[],
  stack?: Stack,
  options: { readonly kind?: PolicyKind } = {},
): Policy {
  if (typeof options !== 'object' || options === null) throw new PolicyArgumentError('options', cdkMessages.badKindOption(options));
  if (stack !== undefined && !Stack.isStack(stack)) throw new PolicyArgumentError('stack', cdkMessages.notStack(said(stack)));
  const isStatement = (s: unknown): s is PolicyStatement => typeof (s as { toStatementJson?: unknown } | null)?.toStatementJson === 'function';
  const isDocument = (s: unknown) => !Array.isArray(s) && typeof (s as { toJSON?: unknown } | null)?.toJSON === 'function' && typeof (s as { addStatements?: unknown }).addStatements === 'function';
  if (Array.isArray(source) ? !source.every(isStatement) : !(isStatement(source) || isDocument(source)))
    throw new PolicyArgumentError('source', cdkMessages.notCdkPolicy(said(source)));
  const one = (s: PolicyStatement) => (stack === undefined ? s.toStatementJson() : stack.resolve(s.toStatementJson()));
  let raw: unknown;
  if (Array.isArray(source)) raw = { Version: '2012-10-17', Statement: (source as readonly PolicyStatement[]).map(one) };
  else if (isStatement(source)) raw = { Version: '2012-10-17', Statement: [one(source)] };
  else raw = stack === undefined ? (source as PolicyDocument).toJSON() : stack.resolve(source);
  if (raw === undefined || raw === null) raw = { Version: '2012-10-17', Statement: [] };
  const json = tokensAsStrings(raw);
  // the kind, when not given, is inferred by the parser (the one place that rule is written)
  return withoutLimitOptions.parse(json, options.kind === undefined ? {} : { kind: options.kind });
}
