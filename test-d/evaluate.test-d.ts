/** typed-iam/evaluate: policy sets, requests, results. */
import { expectAssignable, expectError, expectNotAssignable, expectType } from 'tsd';
import { allow, deny, policy, principal } from 'typed-iam';
import {
  evaluate,
  type ContextScalar,
  type ContextValue,
  type Decision,
  type EvaluationRequest,
  type EvaluationResult,
  type MatchedStatement,
  type OrganizationLevels,
  type PolicyInput,
  type PolicyJsonInput,
  type PolicySet,
  type PolicyType,
  type RequestContext,
  type RequestPrincipalType,
  type ResourceType,
} from 'typed-iam/evaluate';

const identity = policy.identity(allow('s3:GetObject').on('arn:aws:s3:::media/*'));
const scp = policy.scp(deny('s3:DeleteObject').on('*'));
const bucket = policy.resource(allow('s3:GetObject').by(principal.account('111122223333')).on('arn:aws:s3:::media/*'));
const set: PolicySet = { identity, resource: [bucket], scp: [[scp], scp], rcp: [], boundary: identity.document, session: { Statement: [] } };
const request: EvaluationRequest = {
  principal: 'arn:aws:iam::111122223333:role/app',
  principalType: 'AWS',
  action: 's3:GetObject',
  resource: 'arn:aws:s3:::media/a.txt',
  context: { 'aws:SecureTransport': true, 'aws:CurrentTime': new Date(), 'aws:TagKeys': ['env', 'team'], 'aws:SourceIp': undefined },
  resourceType: 'other',
};
const result = evaluate(set, request);
expectType<EvaluationResult>(result);
expectType<Decision>(result.decision);
expectType<readonly MatchedStatement[]>(result.matched);
expectType<PolicyType>(result.matched[0]!.policy);
expectError(evaluate(set, { principal: 'arn:aws:iam::111122223333:role/app' })); // action is required
// a policy's text (JSON, or URL-encoded as the IAM API returns it) is read as parsePolicy reads it
expectType<EvaluationResult>(evaluate({ identity: '{"Version":"2012-10-17","Statement":[]}', resource: ['%7B%22Statement%22%3A%5B%5D%7D'] }, request));
expectError(evaluate({ identity: 42 }, request));
expectError(evaluate({ trust: identity }, request)); // trust policies are not a PolicySet member

expectAssignable<PolicyInput>(identity);
expectAssignable<PolicyInput>(identity.document);
expectAssignable<PolicyInput>({ Version: '2012-10-17', Statement: [{ Effect: 'Allow' }] });
expectAssignable<PolicyJsonInput>({ Statement: 'anything: the evaluator reads it as the parser does' });
expectNotAssignable<PolicyJsonInput>({ Version: '2012-10-17' });
expectAssignable<OrganizationLevels>([[scp, scp], scp]);
expectNotAssignable<OrganizationLevels>(scp);
expectAssignable<ContextScalar>(new Date());
expectNotAssignable<ContextScalar>(null);
expectAssignable<ContextValue>(['10.0.0.1', '10.0.0.2']);
expectNotAssignable<ContextValue>({ ip: '10.0.0.1' });
expectAssignable<RequestContext>({ 'aws:MultiFactorAuthAge': 30 });
expectNotAssignable<RequestContext>({ 'aws:MultiFactorAuthAge': [[30]] });
expectAssignable<RequestPrincipalType>('Federated');
expectNotAssignable<RequestPrincipalType>('*');
expectAssignable<ResourceType>('kms-key');
expectNotAssignable<ResourceType>('s3-bucket');
expectAssignable<PolicyType>('boundary');
expectNotAssignable<PolicyType>('trust');
expectAssignable<Decision>('implicit-deny');
expectNotAssignable<Decision>('deny');
expectNotAssignable<MatchedStatement>({ policy: 'identity', policyIndex: 0, statementIndex: 0, effect: 'allow' });
expectNotAssignable<EvaluationResult>({ decision: 'allow', matched: [] });
