/**
 * Variables of ARN templates whose values never hold a `/`, by service: the naming rules AWS
 * documents for them admit letters, digits and a few marks, never a slash. The Service
 * Authorization Reference (and so iam-data) gives a variable's name only, not its characters, so
 * this table is written by hand, each row with its source. `matchesArnTemplate` reads such a
 * variable as a run without `/`: `arn:aws:s3:::my-bucket/*` then fits the object type only, not the
 * bucket type that `s3:ListBucket` takes (`arn:aws:s3:::${BucketName}`), and a DynamoDB index ARN
 * fits the index type only, not the table type of `dynamodb:GetItem`; `...:sqs:...:queue/orders` names no queue.
 */
export const SLASHLESS_NAMES: { readonly [service: string]: readonly string[] } = {
  // S3 User Guide, "General purpose bucket naming rules": bucket names consist only of lowercase
  // letters, numbers, periods (.) and hyphens (-); "Access points naming rules": an access point's
  // name holds only lowercase letters, numbers and hyphens; "Rules for naming Amazon S3
  // Multi-Region Access Points": the alias S3 generates for one is letters and digits ending in `.mrap`
  s3: ['BucketName', 'AccessPointName', 'AccessPointAlias'],
  // DynamoDB Developer Guide, "Supported data types and naming rules": table and index names hold
  // only a-z, A-Z, 0-9, _ (underscore), - (dash) and . (dot)
  dynamodb: ['TableName', 'IndexName'],
  // SQS Developer Guide, "Amazon SQS queue quotas", queue name: alphanumeric characters, hyphens
  // (-) and underscores (_), a FIFO queue's ending in .fifo
  sqs: ['QueueName'],
  // not sns TopicName, though a topic name holds no "/": sns:Publish also publishes to a mobile
  // platform endpoint (SNS Developer Guide, API permissions reference), whose ARN
  // (`...:endpoint/GCM/app/id`) the catalog's one format of SNS, the topic's, stands for
};
