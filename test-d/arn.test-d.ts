import { expectAssignable, expectError, expectNotAssignable, expectType } from 'tsd';
import { allow } from 'typed-iam';
import {
  arnContext,
  dynamodb,
  iam,
  kms,
  managedPolicyArn,
  s3,
  apigateway,
  type Arn,
  type ArnDefaults,
  type ArnFields,
  type ArnHelper,
  type ArnOptions,
  type ArnOptionsWithAccount,
  type ArnOptionsWithRegion,
  type ArnOptionsWithRegionAccount,
  type BareManagedPolicyName,
  type BoundServices,
  type DynamodbArns,
  type IamArns,
  type ManagedPolicyFullName,
  type ManagedPolicyName,
  type OptionalArnHelper,
  type S3Arns,
  type ServiceArns,
} from 'typed-iam/arn';

// good fields
expectType<Arn>(s3.object({ bucketName: 'media', objectName: 'uploads/*' }));
expectType<Arn>(dynamodb.table({ tableName: 'Orders', region: 'eu-west-1', account: '123456789012' }));
expectType<Arn>(iam.role({ roleNameWithPath: 'service-role/x', partition: 'aws-cn' }));
expectType<Arn>(kms.key({ keyId: '${aws:PrincipalTag/key}' }));
expectType<Arn>(apigateway.stage({ restApiId: 'r', stageName: 'prod' }));
expectType<Arn>(apigateway.account());
declare const fromConfig: string;
expectType<Arn>(s3.bucket({ bucketName: fromConfig }));
// the result goes straight into .on(...)
allow('s3:GetObject').on(s3.object({ bucketName: 'b', objectName: '*' }));

// missing field
expectError(s3.object({ bucketName: 'media' }));
expectError(dynamodb.table({}));
expectError(s3.object());
// wrong field
expectError(s3.object({ bucket: 'media', objectName: 'x' }));
expectError(dynamodb.table({ tableName: 'Orders', tablename: 'x' }));
// region/account only where the ARN has them
expectError(s3.bucket({ bucketName: 'b', region: 'eu-west-1' }));
expectError(iam.role({ roleNameWithPath: 'x', region: 'eu-west-1' }));
// wrong value types
expectError(dynamodb.table({ tableName: 42 }));
expectError(s3.bucket({ bucketName: 'b', partition: 'aws-mars' }));
// unknown helper
expectError(s3.nosuch);

// context
const prod = arnContext({ region: 'eu-west-1', account: '123456789012' }, { dynamodb, s3 });
expectType<Arn>(prod.dynamodb.table({ tableName: 'Orders' }));
expectError(prod.iam);
expectError(arnContext({ partition: 'aws-mars' }, { s3 }));

// managed policies
expectType<'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'>(managedPolicyArn('service-role/AWSLambdaBasicExecutionRole'));
expectType<'arn:aws-cn:iam::aws:policy/ReadOnlyAccess'>(managedPolicyArn('ReadOnlyAccess', { partition: 'aws-cn' }));
expectAssignable<ManagedPolicyName>('AdministratorAccess');
// the bare name of a policy with a path gives the ARN with its path
expectType<'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'>(managedPolicyArn('AWSLambdaBasicExecutionRole'));
expectType<'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess'>(managedPolicyArn('ViewOnlyAccess'));
expectError(managedPolicyArn('awslambdabasicexecutionrole'));
expectError(managedPolicyArn('AdminAccess'));
expectError(managedPolicyArn(fromConfig));

// the helper types: one interface per service, its helpers typed by their fields and options
expectType<S3Arns>(s3);
expectAssignable<ServiceArns>(dynamodb);
expectNotAssignable<ServiceArns>({ table: dynamodb.table });
expectType<ArnHelper<ArnFields<'bucketName', ArnOptions>>>(s3.bucket);
expectType<OptionalArnHelper<ArnOptionsWithRegion>>(apigateway.account);
expectError(apigateway.account({ bucketName: 'b' }));
expectAssignable<ArnFields<'tableName', ArnOptionsWithRegionAccount>>({ tableName: 'Orders', region: 'eu-west-1', account: '123456789012' });
expectNotAssignable<ArnFields<'tableName', ArnOptionsWithRegionAccount>>({ region: 'eu-west-1' });
expectNotAssignable<ArnFields<'roleNameWithPath', ArnOptionsWithAccount>>({ roleNameWithPath: 'x', partition: 'aws-mars' });
expectAssignable<ArnOptionsWithRegion>({ region: 'eu-west-1', partition: 'aws-cn' });
expectNotAssignable<ArnOptionsWithAccount>({ account: 123456789012 });
expectError<ArnFields<'x', { region: number }>>({ x: '' });
expectAssignable<ArnDefaults>({ partition: 'aws-us-gov', region: 'us-gov-west-1', account: '123456789012' });
expectNotAssignable<ArnDefaults>({ partition: 'aws-mars' });
// BoundServices keeps the service helpers and drops anything else
expectType<BoundServices<{ s3: S3Arns; iam: IamArns; version: string }>>(arnContext({}, { s3, iam, version: '1' }));
expectType<DynamodbArns>(arnContext({ region: 'eu-west-1' }, { dynamodb }).dynamodb);
expectError(arnContext({}, { s3, version: '1' }).version);
// managed policy names: with their path, or bare; the full name of a bare one
expectAssignable<BareManagedPolicyName>('AWSLambdaBasicExecutionRole');
expectNotAssignable<BareManagedPolicyName>('service-role/AWSLambdaBasicExecutionRole');
expectNotAssignable<ManagedPolicyName>('AWSLambdaBasicExecutionRole');
expectType<'service-role/AWSLambdaBasicExecutionRole'>({} as ManagedPolicyFullName<'AWSLambdaBasicExecutionRole'>);
expectType<'ReadOnlyAccess'>({} as ManagedPolicyFullName<'ReadOnlyAccess'>);
expectType<never>({} as ManagedPolicyFullName<'NoSuchPolicy'>);
