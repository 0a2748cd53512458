import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accessLevel, didYouMean, expandActions, hasService, matchesArnTemplate, suggestActions, suggestConditionKeys, suggestOperators, suggestServices } from '../../src/catalog/index.js';

describe('did you mean', () => {
  it('reads a name written as the AWS CLI or an SDK writes it (words joined by - or _) as the action it names', () => {
    // the CLI's `aws ec2 describe-instances`, boto3's `batch_write_item`: the API of the same words
    expect(suggestActions('ec2:describe-instances')).toEqual(['ec2:DescribeInstances']);
    expect(suggestActions('dynamodb:batch_write_item')).toEqual(['dynamodb:BatchWriteItem']);
    expect(suggestActions('s3:get-object')).toEqual(['s3:GetObject']);
    expect(suggestOperators('string-equals')).toEqual(['StringEquals']);
  });
  it('completes a bare verb with the actions it begins, shortest first, and nothing longer', () => {
    expect(suggestActions('kms:Generate')).toEqual(['kms:GenerateMac', 'kms:GenerateRandom', 'kms:GenerateDataKey']);
    expect(suggestActions('LAMBDA:publish', 1)).toEqual(['lambda:PublishVersion']);
    // an API operation of a documented other name is that name (catalog/documented-operations.ts):
    // Lambda API Reference, Invoke: "This operation requires permission for the lambda:InvokeFunction action"
    expect(suggestActions('lambda:Invoke')).toEqual(['lambda:InvokeFunction']);
    // a name of two words that begins actions is not completed (as an API's name, its permission more
    // often has another name, and a longer action would mislead): nothing is suggested
    expect(suggestActions('ecr:BatchGet')).toEqual([]);
    expect(suggestActions('logs:CreateLog')).toEqual([]);
    // the one budgets names: budgets:DescribeBudget needs budgets:ViewBudget (DescribeBudgetAction would mislead)
    expect(suggestActions('budgets:DescribeBudget')).toEqual(['budgets:ViewBudget']);
    // a verb under 4 letters begins too many names to mean one
    expect(suggestActions('s3:Put').every((a) => a.length - 's3:'.length <= 'Put'.length + 2)).toBe(true);
  });
  it('drops one word too many from a name of three words or more, and adds none', () => {
    // the Service Authorization Reference names S3 Vectors' index actions CreateIndex and DeleteIndex;
    // AWS's aws-cdk-examples app s3-vectors-lambda-bedrock grants s3vectors:CreateVectorIndex
    expect(suggestActions('s3vectors:CreateVectorIndex')).toEqual(['s3vectors:CreateIndex']);
    expect(suggestActions('s3vectors:DeleteVectorIndex')).toEqual(['s3vectors:DeleteIndex']);
    expect(suggestActions('ec2:DescribeVpcSubnets')).toEqual(['ec2:DescribeSubnets']);
    expect(suggestActions('rds:DescribeDBClusterInstances')).toEqual(['rds:DescribeDBInstances']);
    // the words kept stay in their order
    expect(suggestActions('s3vectors:IndexVectorCreate')).toEqual([]);
  });
  it.each([
    ['S3:getobject', 's3:GetObject'],
    ['s3:GetObjekt', 's3:GetObject'],
    ['s4:GetObject', 's3:GetObject'],
    ['dynamdb:GetItem', 'dynamodb:GetItem'],
    ['iam:PasRole', 'iam:PassRole'],
  ])('action %s -> %s', (typo, want) => {
    expect(suggestActions(typo)[0]).toBe(want);
  });
  it.each([
    ['AWS:SourceArn', 'aws:SourceArn'],
    ['aws:sourceip', 'aws:SourceIp'],
    ['aws:PrincipalOrgId2', 'aws:PrincipalOrgID'],
    ['s3:prefixx', 's3:prefix'],
    ['kms:ViaServce', 'kms:ViaService'],
  ])('condition key %s -> %s', (typo, want) => {
    expect(suggestConditionKeys(typo)[0]).toBe(want);
  });
  it("an SDK client's name as the prefix: the action as written in the service it names", () => {
    // the Service Authorization Reference names Bedrock's runtime actions bedrock:InvokeModel, ...; the SDK
    // clients are bedrock-runtime and bedrock-agent-runtime. Amazon Augmented AI's human loop actions are
    // sagemaker:StartHumanLoop, ... (client sagemaker-a2i-runtime, which cdklabs/genai-idp grants as a prefix);
    // Kinesis Video Streams' GetMedia is kinesisvideo:GetMedia (client kinesis-video-media)
    expect(suggestActions('bedrock-runtime:InvokeModel')).toEqual(['bedrock:InvokeModel']);
    expect(suggestActions('bedrock-agent-runtime:InvokeAgent')).toEqual(['bedrock:InvokeAgent']);
    expect(suggestActions('sagemaker-a2i-runtime:StartHumanLoop')).toEqual(['sagemaker:StartHumanLoop']);
    expect(suggestActions('sagemaker-runtime:InvokeEndpoint')).toEqual(['sagemaker:InvokeEndpoint']);
    expect(suggestActions('kinesis-video-media:GetMedia')).toEqual(['kinesisvideo:GetMedia']);
    expect(suggestActions('dynamodbstreams:GetRecords')).toEqual(['dynamodb:GetRecords']);
    // the service it names, not one a few edits away (bedrock-mantle), and the actions near the name there
    expect(suggestServices('bedrock-runtime')).toEqual(['bedrock']);
    expect(suggestActions('bedrock-runtime:InvokeModelz')[0]).toBe('bedrock:InvokeModel');
    expect(suggestActions('iot-data:NoSuchAction')).toEqual([]);
    // a client's name ends in runtime, data, streams or media, and is cut into words at "-" only: iot1click (a
    // retired service ReadOnlyAccess still lists) is no iot, sagemaker-groundtruth-synthetic (GroundTruthSyntheticConsole*
    // grant sagemaker-groundtruth-synthetic:*) no sagemaker, whose actions it does not stand for
    expect(suggestActions('iot1click:ListTagsForResource')).toEqual([]);
    expect(suggestServices('sagemaker-groundtruth-synthetic')).toEqual([]);
  });
  it('a condition key with a segment left out, or a word too many in its last segment', () => {
    // the Service Authorization Reference lists API Gateway's request and resource keys under Request/ and
    // Resource/ (apigateway:Request/ApiKeyRequired); the API Gateway guide wrote apigateway:CognitoUserPoolProviderArn,
    // later apigateway:Request/CognitoUserPoolProviderArn, where the Reference has apigateway:Request/CognitoUserPoolArn
    expect(suggestConditionKeys('apigateway:ApiKeyRequired')).toEqual(['apigateway:Request/ApiKeyRequired', 'apigateway:Resource/ApiKeyRequired']);
    expect(suggestConditionKeys('apigateway:Request/CognitoUserPoolProviderArn')).toEqual(['apigateway:Request/CognitoUserPoolArn']);
    // the segment before the last one stays: no Resource/ key for a Request/ one
    expect(suggestConditionKeys('apigateway:Request/CognitoUserPoolProviderArn')).not.toContain('apigateway:Resource/CognitoUserPoolArn');
    // a name of under four characters under a segment names too little
    expect(suggestConditionKeys('apigateway:Arn')).not.toContain('apigateway:Request/Arn');
  });
  it.each([
    ['stringEquals', 'StringEquals'],
    ['StringEqual', 'StringEquals'],
    ['StringEqualsIfExist', 'StringEqualsIfExists'],
    ['forAnyValue:StringLike', 'ForAnyValue:StringLike'],
  ])('operator %s -> %s', (typo, want) => {
    expect(suggestOperators(typo)[0]).toBe(want);
  });
  it('an entry that is not service:Name: what its syntax stands for, as the catalog spells it', () => {
    // IAM User Guide, troubleshooting policy summaries: "missing colons in actions" is a common typo
    expect(suggestActions('s3.GetObject')).toEqual(['s3:GetObject']);
    expect(suggestActions('S3/getobject')).toEqual(['s3:GetObject']);
    expect(suggestActions('s3.GetObjekt')[0]).toBe('s3:GetObject');
    expect(suggestActions('sqs.Send*')).toEqual(['sqs:Send*']);
    expect(suggestActions('s3.Qqq*')).toEqual([]);
    expect(suggestActions("'kms:decrypt'")).toEqual(['kms:Decrypt']);
    expect(suggestActions('sagemaker::CreateEndpoint')).toEqual(['sagemaker:CreateEndpoint']);
    // several actions or an ARN: no one action was meant
    expect(suggestActions('s3:GetObject, s3:PutObject')).toEqual([]);
    expect(suggestActions('arn:aws:s3:::b/*')).toEqual([]);
  });
  it('a name alone: that action of each service that has it, when at most three do', () => {
    expect(suggestActions('PassRole')).toEqual(['iam:PassRole']);
    expect(suggestActions('getsecretvalue')).toEqual(['secretsmanager:GetSecretValue']);
    // more actions first: the larger service is the likelier one
    expect(suggestActions('PutItem')).toEqual(['dynamodb:PutItem', 'dax:PutItem']);
    // GetObject is an action of five services, TagResource of about 300: a guess, so none
    expect(suggestActions('GetObject')).toEqual([]);
    expect(suggestActions('TagResource')).toEqual([]);
    expect(suggestActions('NoSuchActionAnywhere')).toEqual([]);
  });
  it('services, and nothing for names far from every valid one', () => {
    expect(suggestServices('S3')).toEqual(['s3']);
    expect(suggestServices('dynamdb')).toEqual(['dynamodb']);
    expect(suggestActions('zzzzzz:Qqqqqqqqq')).toEqual([]);
    expect(suggestActions('no-colon')).toEqual([]);
    expect(suggestOperators('Xyzzy')).toEqual([]);
  });
  it('finds the action back after one typo (one substitution, fixed seed)', () => {
    const actions = expandActions('*');
    fc.assert(
      fc.property(fc.nat(actions.length - 1), fc.nat(200), fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), (i, at, ch) => {
        const action = actions[i]!;
        const colon = action.indexOf(':');
        const name = action.slice(colon + 1);
        if (name.length < 5) return;
        const k = at % name.length;
        const typo = `${action.slice(0, colon + 1)}${name.slice(0, k)}${ch}${name.slice(k + 1)}`;
        if (expandActions(typo).length > 0) return; // the typo is itself an action
        expect(suggestActions(typo, 10)).toContain(action);
      }),
      { seed: 15, numRuns: 300 },
    );
  });

  it('suggests nothing that shares no character with the input: empty, `*`, one other letter (were: "q" for "", "*" and ":")', () => {
    for (const input of ['', '*', ':', '?', 'x', '\u00e9', '\u{1F600}']) {
      expect(suggestServices(input), input).toEqual([]);
      expect(suggestOperators(input), input).toEqual([]);
    }
    expect(suggestActions('s3:*')).toEqual([]);
    expect(suggestActions('*:*')).toEqual([]);
    expect(suggestConditionKeys('aws:')).toEqual([]);
    // a one-letter input still gets the names that keep its letter, and exact matches in any case stay
    expect(suggestServices('e')).toEqual(['ce', 'es']);
    expect(suggestServices('Q')).toEqual(['q']);
  });

  it('takes a limit of whole names, 0 or more (was: -1 dropped the last of four suggestions, so returned three)', () => {
    expect(suggestServices('ec', 5)).toEqual(['ec2', 'ecr', 'ecs', 'es']);
    for (const bad of [-1, -Infinity, Number.NaN, 0]) expect(suggestServices('ec', bad), String(bad)).toEqual([]);
    expect(suggestServices('ec', 2.5)).toEqual(['ec2', 'ecr']);
    expect(suggestServices('ec', Infinity)).toEqual(['ec2', 'ecr', 'ecs', 'es']);
    // an exact match in another case is one suggestion: none when none is asked for
    expect(suggestActions('s3:getobject', 0)).toEqual([]);
  });

  it('asks for no suggestion with a limit that is no number (plain JavaScript; a symbol or bigint was a TypeError)', () => {
    for (const f of [suggestServices, suggestActions, suggestConditionKeys, suggestOperators])
      for (const bad of [Symbol('3'), 3n, '3', null, {}, [3]] as never[]) expect(f('ec', bad), `${f.name} ${typeof bad}`).toEqual([]);
  });

  it('answers long and hostile input at once, without keeping it (no name of the catalog is 256 characters long)', () => {
    const long = 'a'.repeat(5_000_000);
    const started = performance.now();
    for (const f of [suggestServices, suggestActions, suggestConditionKeys, suggestOperators]) {
      expect(f(long)).toEqual([]);
      expect(f(`s3:${long}`)).toEqual([]);
      expect(f(`${long}:GetObject`)).toEqual([]);
    }
    // a bound on a pathology, not a speed goal (benchmarks check those): an edit distance over 5 MB runs for
    // hours, a linear scan of it a few milliseconds; loose enough for a loaded CI machine
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(Math.max(...expandActions('*').map((a) => a.length))).toBeLessThan(256);
  });

  it('answers input of the wrong type as unknown, not with a TypeError (untyped callers)', () => {
    for (const bad of [undefined, null, 42, {}, ['s3']] as never[]) {
      expect(hasService(bad)).toBe(false);
      expect(accessLevel(bad, 'Read')).toEqual([]);
      expect(matchesArnTemplate(bad, 'arn:aws:s3:::b')).toBe(false);
      expect(matchesArnTemplate('arn:${Partition}:s3:::${BucketName}', bad)).toBe(false);
      if (!Array.isArray(bad)) expect(didYouMean(bad)).toBe('');
    }
  });
});
