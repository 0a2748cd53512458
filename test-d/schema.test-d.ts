/** typed-iam/schema: the zod schema of the policy grammar and its JSON Schema. */
import { expectAssignable, expectError, expectNotAssignable, expectType } from 'tsd';
import { policyJsonSchema, policySchema, type PolicyDocumentInput } from 'typed-iam/schema';

const schema = policySchema('trust');
const parsed = schema.parse({});
expectType<PolicyDocumentInput>(parsed);
expectAssignable<PolicyDocumentInput>({ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'lambda.amazonaws.com' } } });
expectAssignable<PolicyDocumentInput>({ Statement: [{ Effect: 'Deny', NotAction: ['iam:*'], Resource: '*', Condition: { Bool: { 'aws:SecureTransport': [false] } } }] });
expectNotAssignable<PolicyDocumentInput>({ Statement: [{ Effect: 'allow' }] });
expectNotAssignable<PolicyDocumentInput>({ Version: '2012-10-18', Statement: [] });
expectNotAssignable<PolicyDocumentInput>({ Statement: [{ Effect: 'Allow', Actions: 's3:GetObject' }] });
expectType<Record<string, unknown>>(policyJsonSchema());
expectError(policySchema('bucket'));
expectError(policyJsonSchema('bucket'));
