/**
 * `typed-iam/arn`: typed ARN builders generated from the Service Authorization Reference's
 * resource types, one export per service (`s3`, `dynamodb`, `iam`, ...), plus AWS managed policy
 * ARNs. Each service is a separate pure constant: a bundle keeps only the services it uses.
 *
 * @example
 * ```ts
 * import { s3, dynamodb, arnContext } from 'typed-iam/arn';
 * s3.object({ bucketName: 'media', objectName: 'uploads/*' }); // 'arn:aws:s3:::media/uploads/*'
 * dynamodb.table({ tableName: 'Orders', region: 'eu-west-1' }); // 'arn:aws:dynamodb:eu-west-1:*:table/Orders'
 * ```
 *
 * @packageDocumentation
 */
export {
  arnContext,
  type Arn,
  type ArnDefaults,
  type ArnFields,
  type ArnHelper,
  type OptionalArnHelper,
  type ArnOptions,
  type ArnOptionsWithRegion,
  type ArnOptionsWithAccount,
  type ArnOptionsWithRegionAccount,
  type ServiceArns,
  type BoundServices,
} from './runtime.js';
export { managedPolicyArn } from './managed-policies.js';
export type { ManagedPolicyName } from '../catalog/generated/managed-policies.js';
export type { BareManagedPolicyName, CheckManagedPolicyName, ManagedPolicyFullName } from './managed-policies.js';
export * from '../catalog/generated/arn-services.js';
