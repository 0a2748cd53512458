/**
 * API operations whose name is no IAM action, and the actions IAM authorizes them as, by
 * `service:Operation` (the IAM service prefix, the operation as the service's API names it). The
 * Service Authorization Reference lists actions, not operations, and most actions are named as their
 * operation; these are not (`s3:ListObjectsV2` is authorized as `s3:ListBucket`), so "did you mean"
 * cannot find them by spelling. Written by hand, each group with its source. `each: true` when a
 * request needs every action listed (`CopyObject` reads its source and writes its copy); otherwise
 * it needs one of them, by what it does (a PartiQL `SELECT` or `INSERT`).
 *
 * Read by `suggestActions` (so by lint's `INVALID_ACTION` and the CLI) and by the compile-time
 * message for such an action (types/actions.ts), so both say the same.
 */
export const DOCUMENTED_OPERATIONS = {
  // Amazon S3 API Reference, the "Permissions" section of each operation ("you must have the
  // s3:PutEncryptionConfiguration permission", ...), and the S3 User Guide, "Required permissions for
  // Amazon S3 API operations" (DeleteBucketIntelligentTieringConfiguration: s3:PutIntelligentTieringConfiguration,
  // ListObjects: s3:ListBucket, Get/PutObjectLockConfiguration: s3:Get/PutBucketObjectLockConfiguration) and
  // "Multipart upload API and permissions" (CreateMultipartUpload, UploadPart and CompleteMultipartUpload:
  // s3:PutObject; UploadPartCopy also s3:GetObject on the source; ListParts: s3:ListMultipartUploadParts;
  // ListMultipartUploads: s3:ListBucketMultipartUploads). Names differing from an action only in case
  // (GetBucketCors: s3:GetBucketCORS) are that action: IAM reads action names ignoring case.
  's3:CompleteMultipartUpload': { actions: ['s3:PutObject'] },
  's3:CopyObject': { actions: ['s3:GetObject', 's3:PutObject'], each: true },
  's3:CreateBucketMetadataConfiguration': { actions: ['s3:CreateBucketMetadataTableConfiguration'] },
  's3:CreateMultipartUpload': { actions: ['s3:PutObject'] },
  's3:CreateSession': { actions: ['s3express:CreateSession'] },
  's3:DeleteBucketAnalyticsConfiguration': { actions: ['s3:PutAnalyticsConfiguration'] },
  's3:DeleteBucketCors': { actions: ['s3:PutBucketCORS'] },
  's3:DeleteBucketEncryption': { actions: ['s3:PutEncryptionConfiguration'] },
  's3:DeleteBucketIntelligentTieringConfiguration': { actions: ['s3:PutIntelligentTieringConfiguration'] },
  's3:DeleteBucketInventoryConfiguration': { actions: ['s3:PutInventoryConfiguration'] },
  's3:DeleteBucketLifecycle': { actions: ['s3:PutLifecycleConfiguration'] },
  's3:DeleteBucketMetadataConfiguration': { actions: ['s3:DeleteBucketMetadataTableConfiguration'] },
  's3:DeleteBucketMetricsConfiguration': { actions: ['s3:PutMetricsConfiguration'] },
  's3:DeleteBucketOwnershipControls': { actions: ['s3:PutBucketOwnershipControls'] },
  's3:DeleteBucketReplication': { actions: ['s3:PutReplicationConfiguration'] },
  's3:DeleteBucketTagging': { actions: ['s3:PutBucketTagging'] },
  's3:DeleteObjects': { actions: ['s3:DeleteObject', 's3:DeleteObjectVersion'] },
  's3:DeletePublicAccessBlock': { actions: ['s3:PutBucketPublicAccessBlock'] },
  's3:GetBucketAccelerateConfiguration': { actions: ['s3:GetAccelerateConfiguration'] },
  's3:GetBucketAnalyticsConfiguration': { actions: ['s3:GetAnalyticsConfiguration'] },
  's3:GetBucketEncryption': { actions: ['s3:GetEncryptionConfiguration'] },
  's3:GetBucketIntelligentTieringConfiguration': { actions: ['s3:GetIntelligentTieringConfiguration'] },
  's3:GetBucketInventoryConfiguration': { actions: ['s3:GetInventoryConfiguration'] },
  's3:GetBucketLifecycle': { actions: ['s3:GetLifecycleConfiguration'] },
  's3:GetBucketLifecycleConfiguration': { actions: ['s3:GetLifecycleConfiguration'] },
  's3:GetBucketMetadataConfiguration': { actions: ['s3:GetBucketMetadataTableConfiguration'] },
  's3:GetBucketMetricsConfiguration': { actions: ['s3:GetMetricsConfiguration'] },
  's3:GetBucketNotificationConfiguration': { actions: ['s3:GetBucketNotification'] },
  's3:GetBucketReplication': { actions: ['s3:GetReplicationConfiguration'] },
  's3:GetObjectLockConfiguration': { actions: ['s3:GetBucketObjectLockConfiguration'] },
  's3:GetPublicAccessBlock': { actions: ['s3:GetBucketPublicAccessBlock'] },
  's3:HeadBucket': { actions: ['s3:ListBucket'] },
  's3:HeadObject': { actions: ['s3:GetObject'] },
  's3:ListBucketAnalyticsConfigurations': { actions: ['s3:GetAnalyticsConfiguration'] },
  's3:ListBucketIntelligentTieringConfigurations': { actions: ['s3:GetIntelligentTieringConfiguration'] },
  's3:ListBucketInventoryConfigurations': { actions: ['s3:GetInventoryConfiguration'] },
  's3:ListBucketMetricsConfigurations': { actions: ['s3:GetMetricsConfiguration'] },
  's3:ListBuckets': { actions: ['s3:ListAllMyBuckets'] },
  's3:ListDirectoryBuckets': { actions: ['s3express:ListAllMyDirectoryBuckets'] },
  's3:ListMultipartUploads': { actions: ['s3:ListBucketMultipartUploads'] },
  's3:ListObjectVersions': { actions: ['s3:ListBucketVersions'] },
  's3:ListObjects': { actions: ['s3:ListBucket'] },
  's3:ListObjectsV2': { actions: ['s3:ListBucket'] },
  's3:ListParts': { actions: ['s3:ListMultipartUploadParts'] },
  's3:PutBucketAccelerateConfiguration': { actions: ['s3:PutAccelerateConfiguration'] },
  's3:PutBucketAnalyticsConfiguration': { actions: ['s3:PutAnalyticsConfiguration'] },
  's3:PutBucketEncryption': { actions: ['s3:PutEncryptionConfiguration'] },
  's3:PutBucketIntelligentTieringConfiguration': { actions: ['s3:PutIntelligentTieringConfiguration'] },
  's3:PutBucketInventoryConfiguration': { actions: ['s3:PutInventoryConfiguration'] },
  's3:PutBucketLifecycle': { actions: ['s3:PutLifecycleConfiguration'] },
  's3:PutBucketLifecycleConfiguration': { actions: ['s3:PutLifecycleConfiguration'] },
  's3:PutBucketMetricsConfiguration': { actions: ['s3:PutMetricsConfiguration'] },
  's3:PutBucketNotificationConfiguration': { actions: ['s3:PutBucketNotification'] },
  's3:PutBucketReplication': { actions: ['s3:PutReplicationConfiguration'] },
  's3:PutObjectLockConfiguration': { actions: ['s3:PutBucketObjectLockConfiguration'] },
  's3:PutPublicAccessBlock': { actions: ['s3:PutBucketPublicAccessBlock'] },
  's3:SelectObjectContent': { actions: ['s3:GetObject'] },
  's3:UploadPart': { actions: ['s3:PutObject'] },
  's3:UploadPartCopy': { actions: ['s3:GetObject', 's3:PutObject'], each: true },
  // AWS Lambda API Reference, Invoke and InvokeWithResponseStream: "This operation requires permission for
  // the lambda:InvokeFunction action"; the Reference's lambda:GetLayerVersion: "also supports GetLayerVersionByArn API".
  'lambda:Invoke': { actions: ['lambda:InvokeFunction'] },
  'lambda:InvokeWithResponseStream': { actions: ['lambda:InvokeFunction'] },
  'lambda:GetLayerVersionByArn': { actions: ['lambda:GetLayerVersion'] },
  // Amazon SQS API Reference, AddPermission: "Specifying SendMessage, DeleteMessage, or ChangeMessageVisibility
  // ... also grants permissions for the corresponding batch versions of those actions".
  'sqs:SendMessageBatch': { actions: ['sqs:SendMessage'] },
  'sqs:DeleteMessageBatch': { actions: ['sqs:DeleteMessage'] },
  'sqs:ChangeMessageVisibilityBatch': { actions: ['sqs:ChangeMessageVisibility'] },
  // Amazon SNS API Reference, PublishBatch: "a batch version of the Publish API" (the Reference lists no
  // sns:PublishBatch action).
  'sns:PublishBatch': { actions: ['sns:Publish'] },
  // AWS KMS API Reference, ReEncrypt: "Required permissions: kms:ReEncryptFrom permission on the source KMS
  // key ... kms:ReEncryptTo permission on the destination KMS key".
  'kms:ReEncrypt': { actions: ['kms:ReEncryptFrom', 'kms:ReEncryptTo'], each: true },
  // Amazon Bedrock API Reference (runtime), Converse and StartAsyncInvoke: "This operation requires permission
  // for the bedrock:InvokeModel action"; ConverseStream: "... for the bedrock:InvokeModelWithResponseStream action".
  'bedrock:Converse': { actions: ['bedrock:InvokeModel'] },
  'bedrock:ConverseStream': { actions: ['bedrock:InvokeModelWithResponseStream'] },
  'bedrock:StartAsyncInvoke': { actions: ['bedrock:InvokeModel'] },
  // Amazon DynamoDB Developer Guide, "Using IAM with DynamoDB transactions": "Permissions for Put, Update,
  // Delete, and Get actions are governed by the permissions used for the underlying PutItem, UpdateItem,
  // DeleteItem, and GetItem operations. For the ConditionCheck action, ... dynamodb:ConditionCheckItem";
  // "IAM security policies with PartiQL for DynamoDB": statements are authorized as dynamodb:PartiQLSelect,
  // PartiQLInsert, PartiQLUpdate and PartiQLDelete.
  'dynamodb:TransactGetItems': { actions: ['dynamodb:GetItem'] },
  'dynamodb:TransactWriteItems': { actions: ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'] },
  'dynamodb:ExecuteStatement': { actions: ['dynamodb:PartiQLSelect', 'dynamodb:PartiQLInsert', 'dynamodb:PartiQLUpdate', 'dynamodb:PartiQLDelete'] },
  'dynamodb:BatchExecuteStatement': { actions: ['dynamodb:PartiQLSelect', 'dynamodb:PartiQLInsert', 'dynamodb:PartiQLUpdate', 'dynamodb:PartiQLDelete'] },
  'dynamodb:ExecuteTransaction': { actions: ['dynamodb:PartiQLSelect', 'dynamodb:PartiQLInsert', 'dynamodb:PartiQLUpdate', 'dynamodb:PartiQLDelete'] },
  // Amazon CloudFront Developer Guide, "CloudFront API permissions": CreateDistributionWithTags requires
  // cloudfront:CreateDistribution, cloudfront:TagResource.
  'cloudfront:CreateDistributionWithTags': { actions: ['cloudfront:CreateDistribution', 'cloudfront:TagResource'], each: true },
  // The Reference's AWS Budget Service page: "The actions in this table are not APIs, but are instead permissions
  // that grant access to the ... APIs that access budgets": budgets:ViewBudget "to view budgets and budget details"
  // (the Describe operations of budgets, their notifications and subscribers), budgets:ModifyBudget "to create and
  // modify budgets, and edit budget details" (their Create, Update and Delete operations).
  'budgets:DescribeBudget': { actions: ['budgets:ViewBudget'] },
  'budgets:DescribeBudgets': { actions: ['budgets:ViewBudget'] },
  'budgets:DescribeBudgetPerformanceHistory': { actions: ['budgets:ViewBudget'] },
  'budgets:DescribeBudgetNotificationsForAccount': { actions: ['budgets:ViewBudget'] },
  'budgets:DescribeNotificationsForBudget': { actions: ['budgets:ViewBudget'] },
  'budgets:DescribeSubscribersForNotification': { actions: ['budgets:ViewBudget'] },
  'budgets:CreateBudget': { actions: ['budgets:ModifyBudget'] },
  'budgets:UpdateBudget': { actions: ['budgets:ModifyBudget'] },
  'budgets:DeleteBudget': { actions: ['budgets:ModifyBudget'] },
  'budgets:CreateNotification': { actions: ['budgets:ModifyBudget'] },
  'budgets:UpdateNotification': { actions: ['budgets:ModifyBudget'] },
  'budgets:DeleteNotification': { actions: ['budgets:ModifyBudget'] },
  'budgets:CreateSubscriber': { actions: ['budgets:ModifyBudget'] },
  'budgets:UpdateSubscriber': { actions: ['budgets:ModifyBudget'] },
  'budgets:DeleteSubscriber': { actions: ['budgets:ModifyBudget'] },
  // The Reference's apigateway:UpdateRoutingRule: "Grants permission to update a routing rule using the PutRoutingRule API".
  'apigateway:PutRoutingRule': { actions: ['apigateway:UpdateRoutingRule'] },
} as const satisfies { readonly [operation: string]: { readonly actions: readonly string[]; readonly each?: true } };

/** The table's type, for the compile-time message. */
export type DocumentedOperations = typeof DOCUMENTED_OPERATIONS;

/** The actions IAM authorizes an API operation as, and whether a request needs each of them or one. */
export interface OperationActions {
  readonly actions: readonly string[];
  /** True when a request needs every action listed; false when one of them, by what it does. */
  readonly each: boolean;
}

let byLower: Map<string, OperationActions> | undefined;

/**
 * The actions IAM authorizes an API operation as, for an operation whose name is no IAM action
 * (`service:Operation`, any case), or `undefined` (also for a name that is an action).
 *
 * @example
 * ```ts
 * import { operationActions } from 'typed-iam/catalog';
 * operationActions('s3:ListObjectsV2'); // { actions: ['s3:ListBucket'], each: false }
 * operationActions('s3:CopyObject');    // { actions: ['s3:GetObject', 's3:PutObject'], each: true }
 * operationActions('s3:GetObject');     // undefined: an action
 * ```
 */
export function operationActions(operation: string): OperationActions | undefined {
  if (typeof operation !== 'string') return undefined;
  byLower ??= new Map(
    Object.entries(DOCUMENTED_OPERATIONS).map(([k, v]): [string, OperationActions] => [k.toLowerCase(), Object.freeze({ actions: Object.freeze([...v.actions]), each: 'each' in v })]),
  );
  return byLower.get(operation.toLowerCase());
}
