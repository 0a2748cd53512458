/**
 * `typed-iam/cdk`: check, fit and convert the IAM policies of an AWS CDK app. `aws-cdk-lib` and
 * `constructs` are optional peer dependencies, loaded only by this entry. The template functions
 * are those of `typed-iam/cloudformation`, which needs neither. See docs/cdk.md.
 */
export * from './cloudformation.js';
export { TypedIamChecks, type TypedIamChecksOptions } from './aspect.js';
export { toPolicyDocument, toPolicyStatements, toAssumeRolePrincipal, fromCdk } from './interop.js';
export { layoutRole, type RoleLayout } from './layout.js';
