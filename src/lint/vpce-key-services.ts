/**
 * The services that support the VPC endpoint owner keys `aws:VpceAccount`, `aws:VpceOrgID` and
 * `aws:VpceOrgPaths`, as the IAM User Guide lists them ("AWS global condition context keys", each key's
 * "Availability": "The following services support this key"). The Service Authorization Reference does
 * not list global keys per service, so the catalog cannot give these lists: they are copied here, by
 * service prefix, and must be updated by hand when AWS adds services.
 *
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 * (sections #condition-keys-vpceaccount, #condition-keys-vpceorgid, #condition-keys-vpceorgpaths),
 * read on 2026-12-05 from a stored copy of the page.
 */

/** Where the lists were read, and when (cited in findings and docs). */
export const VPCE_KEY_SERVICES_SOURCE = {
  url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html',
  read: '2026-12-05',
} as const;

/** aws:VpceAccount and aws:VpceOrgPaths list the same services. */
const ACCOUNT_AND_PATHS: readonly string[] = [
  'apprunner', 'discovery', 'athena', 'servicediscovery', 'applicationinsights', 'cloudformation', 'comprehendmedical',
  'compute-optimizer', 'ecr', 'ecs', 'kinesisanalytics', 'route53', 'datasync', 'dynamodb', 'ebs', 'scheduler', 'firehose',
  'gamelift', 'medical-imaging', 'healthlake', 'omics', 'iam', 'iotfleetwise', 'iotwireless', 'kms', 'lambda',
  'payment-cryptography', 'polly', 'acm-pca', 'rbin', 'rekognition', 'servicequotas', 's3', 'shield', 'storagegateway',
  'ssm-contacts', 'textract', 'transcribe', 'transfer',
];

/** aws:VpceOrgID: the same services and 13 more. */
const ORG_ID: readonly string[] = [
  ...ACCOUNT_AND_PATHS,
  'b2bi', 'cognito-identity', 'dms', 'ds-data', 'identitystore', 'iottwinmaker', 'cassandra', 'network-firewall', 'sms-voice',
  'pricing', 'ses', 'sqs', 'workmail',
];

/**
 * Service prefixes that support each key (lower-case key). IAM is listed "except for the `iam:PassRole`
 * action" ({@link VPCE_KEY_EXCEPT_ACTIONS}).
 */
export const VPCE_KEY_SERVICES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['aws:vpceaccount', new Set(ACCOUNT_AND_PATHS)],
  ['aws:vpceorgid', new Set(ORG_ID)],
  ['aws:vpceorgpaths', new Set(ACCOUNT_AND_PATHS)],
]);

/** Actions of a listed service that the page excludes (lower case): "AWS Identity and Access Management (except for the `iam:PassRole` action)". */
export const VPCE_KEY_EXCEPT_ACTIONS: ReadonlySet<string> = new Set(['iam:passrole']);
