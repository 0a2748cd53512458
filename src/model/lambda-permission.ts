/**
 * The statement Lambda adds to a function's resource policy for one permission (Lambda API
 * Reference, AddPermission; what CloudFormation's `AWS::Lambda::Permission` and Terraform's
 * `aws_lambda_permission` call): the principal as `Service` when it is a service principal, else
 * `AWS` (or `*`); the action; the function (or qualified version or alias) as the resource; and
 * each given request field as its condition. Values are of any type the caller reads them as
 * (template values with intrinsics, plain strings), so one rule serves both readers.
 */
import { isServicePrincipalName } from './principals.js';

/** The fields of an AddPermission request that shape the statement (each undefined when not given). */
export interface LambdaPermission<V> {
  readonly sid: V;
  readonly principal: V | undefined;
  readonly action: V | undefined;
  /** The function's ARN, qualified when the permission is for a version or alias. */
  readonly resource: V;
  readonly sourceAccount?: V | undefined;
  readonly sourceArn?: V | undefined;
  readonly principalOrgId?: V | undefined;
  readonly functionUrlAuthType?: V | undefined;
  readonly eventSourceToken?: V | undefined;
  /** True for a permission for invocations through the function URL only (InvokedViaFunctionUrl). */
  readonly invokedViaFunctionUrl?: boolean | undefined;
}

/**
 * The policy statement Lambda stores for `p`. A principal given as `*` is `"*"`; a service principal
 * name (`s3.amazonaws.com`) is `{ Service }`; anything else (an account, an ARN, a value not known
 * yet) is `{ AWS }`. Without an action, `lambda:InvokeFunction`.
 *
 * @example
 * ```ts
 * import { lambdaPermissionStatement } from './lambda-permission.js';
 * lambdaPermissionStatement({ sid: 'S3', principal: 's3.amazonaws.com', action: 'lambda:InvokeFunction', resource: 'arn:aws:lambda:eu-west-1:111122223333:function:f', sourceAccount: '111122223333' });
 * // { Sid: 'S3', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: 'arn:aws:lambda:eu-west-1:111122223333:function:f', Condition: { StringEquals: { 'AWS:SourceAccount': '111122223333' } } }
 * ```
 */
export function lambdaPermissionStatement<V>(p: LambdaPermission<V>): { [key: string]: V | string | { [key: string]: V | string } | { [op: string]: { [key: string]: V | string } } } {
  const principal = p.principal ?? '*';
  const principalJson = principal === '*' ? '*' : typeof principal === 'string' && isServicePrincipalName(principal) ? { Service: principal } : { AWS: principal };
  const condition: { [op: string]: { [key: string]: V | string } } = {};
  const add = (op: string, key: string, v: V | string | undefined) => {
    if (v !== undefined) (condition[op] ??= {})[key] = v;
  };
  add('StringEquals', 'AWS:SourceAccount', p.sourceAccount);
  add('ArnLike', 'AWS:SourceArn', p.sourceArn);
  add('StringEquals', 'aws:PrincipalOrgID', p.principalOrgId);
  add('StringEquals', 'lambda:FunctionUrlAuthType', p.functionUrlAuthType);
  add('StringEquals', 'lambda:EventSourceToken', p.eventSourceToken);
  // the statement holds for invocations through the function URL only
  if (p.invokedViaFunctionUrl === true) add('Bool', 'lambda:InvokedViaFunctionUrl', 'true');
  return {
    Sid: p.sid,
    Effect: 'Allow',
    Principal: principalJson,
    Action: p.action ?? 'lambda:InvokeFunction',
    Resource: p.resource,
    ...(Object.keys(condition).length > 0 ? { Condition: condition } : {}),
  };
}

/**
 * The function (version, alias) a Lambda function name names, as `name|qualifier` (`f|` when
 * unqualified): Lambda's API takes a name (`my-function`, `my-function:v1`), a partial ARN
 * (`123456789012:function:my-function`) and an ARN (`arn:aws:lambda:...:function:my-function:v1`)
 * for one function alike. A qualifier given apart (Terraform's `qualifier`) wins.
 *
 * @example
 * ```ts
 * import { functionKey } from './lambda-permission.js';
 * functionKey('arn:aws:lambda:eu-west-1:111122223333:function:f:prod'); // 'f|prod'
 * functionKey('f', 'prod'); // 'f|prod'
 * ```
 */
export function functionKey(name: string, qualifier?: string): string {
  const m = /^(?:arn:[^:]*:lambda:[^:]*:)?[^:]*:function:([^:]+)(?::(.+))?$/.exec(name);
  const [fn, q] = m === null ? name.split(/:(.*)/s) : [m[1]!, m[2]];
  return `${fn}|${qualifier ?? q ?? ''}`;
}
