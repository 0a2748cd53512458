/** typed-iam/optimize: each function keeps the policy type it is given. */
import { expectAssignable, expectError, expectNotAssignable, expectType } from 'tsd';
import { allow, policy, principal, type Policy, type SizeReport, type Statement } from 'typed-iam';
import {
  combine,
  compressActions,
  fit,
  minimize,
  minimizeStatements,
  override,
  planRole,
  split,
  type CompressActionsOptions,
  type FitOptions,
  type FitResult,
  type FitStep,
  type MinimizeOptions,
  type PolicyLike,
  type RolePlan,
  type RolePlanOptions,
  type SplitOptions,
} from 'typed-iam/optimize';

const id = policy.identity(allow('s3:GetObject').on('*'), allow('s3:PutObject').on('*'));
const trust = policy.trust(allow('sts:AssumeRole').by(principal.service('lambda.amazonaws.com')));

// generic over the policy: the kind survives
expectType<Policy<'identity'>>(minimize(id, { merge: true, compressActions: { withinAccessLevel: true } }));
expectType<Policy<'trust'>>(minimize(trust));
expectType<Policy<'identity'>[]>(split(id, 'managed'));
expectType<FitResult<Policy<'identity'>>>(fit(id, 'inline-role', { split: true }));
expectType<readonly Policy<'identity'>[]>(fit(id).policies);
expectType<Policy<'identity'>>(combine(id, id, id.document ? trust : id));
expectType<Policy<'trust'>>(override(trust, trust));
expectError(minimize(id.document));
expectError(split(id, 'bucket'));
expectError(fit(id, 'managed', { merge: 'yes' }));
expectError(combine());
expectError(minimize(id, { compressActions: 'yes' }));

// the structural input: anything with kind, document, defaultTarget and size()
expectAssignable<PolicyLike>(id);
expectNotAssignable<PolicyLike>(id.document);
expectNotAssignable<PolicyLike>({ kind: 'identity', document: id.document });

expectType<Statement[]>(minimizeStatements(id.statements, { merge: false }));
expectError(minimizeStatements([allow('s3:GetObject').on('*')])); // model statements, not builders
expectType<string[]>(compressActions(['s3:GetObject', 's3:GetObjectAcl'], { minActionsPerWildcard: 2 }));
expectError(compressActions('s3:GetObject'));
expectAssignable<CompressActionsOptions>({ withinAccessLevel: false });
expectNotAssignable<CompressActionsOptions>({ minActionsPerWildcard: '2' });
expectAssignable<MinimizeOptions>({ merge: true, compressActions: true });
expectNotAssignable<MinimizeOptions>({ merge: 1 });
expectAssignable<FitOptions>({ merge: false, split: false, compressActions: { withinAccessLevel: true } });
expectNotAssignable<FitOptions>({ split: 'auto' });
expectAssignable<FitOptions>({ maxParts: 20 });
expectAssignable<SplitOptions>({ maxParts: Infinity });
expectNotAssignable<SplitOptions>({ maxParts: '20' });
expectType<Policy<'identity'>[]>(split(id, 'managed', { maxParts: 20 }));

// fit's steps: a discriminated union
const [step] = fit(id).steps;
if (step?.step === 'split') expectType<readonly number[]>(step.lengths);
else if (step) expectType<number>(step.lengthAfter);
expectAssignable<FitStep>({ step: 'split', parts: 2, lengths: [6000, 400] });
expectNotAssignable<FitStep>({ step: 'split', lengthBefore: 1, lengthAfter: 1, statementsBefore: 1, statementsAfter: 1 });
expectNotAssignable<FitResult<Policy<'identity'>>>({ policies: [trust], steps: [], before: {} as SizeReport, after: [] });

// planRole: identity policies only
const plan = planRole(id, { maxManagedPolicies: 10, inlineUsed: 0, useInline: true, minimize: { merge: true } });
expectType<RolePlan>(plan);
expectType<Policy<'identity'> | undefined>(plan.inline);
expectType<readonly Policy<'identity'>[]>(plan.managed);
expectType<RolePlan>(planRole([allow('s3:GetObject').on('*'), id.statements[0]!]));
expectError(planRole(id, { maxManagedPolicies: 'ten' }));
expectAssignable<RolePlanOptions>({ useInline: false });
expectNotAssignable<RolePlanOptions>({ minimize: 'yes' });
