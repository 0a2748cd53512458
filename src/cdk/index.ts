/**
 * `typed-iam/cdk`: check, fit and convert the IAM policies of an AWS CDK app. `aws-cdk-lib` and
 * `constructs` are optional peer dependencies, loaded only by this entry. See docs/cdk.md.
 */
export { TypedIamChecks, type TypedIamChecksOptions } from './aspect.js';
export { toPolicyDocument, toPolicyStatements, toAssumeRolePrincipal, fromCdk } from './interop.js';
export {
  checkTemplate,
  findPolicies,
  CDK_CODES,
  type TemplateCheck,
  type TemplateCheckOptions,
  type TemplateFinding,
  type PolicySite,
  type PolicySizeReport,
  type Suppression,
  type Template,
  type TemplateResource,
  type TemplateValue,
  type TokenNote,
  type WrittenExtra,
} from './template.js';
export { layoutRole, type RoleLayout } from './layout.js';
export { readTemplate, type TemplateReadResult, type TextPosition } from './template-text.js';
