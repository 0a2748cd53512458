import { describe, expect, it } from 'vitest';
import { functionKey } from '../../src/model/lambda-permission.js';

describe('functionKey (the function a Lambda function name names)', () => {
  it("reads the forms Lambda's API takes for one function alike", () => {
    // Lambda API Reference (AddPermission, FunctionName): "Function name – my-function (name-only), my-function:v1
    // (with alias). Function ARN – arn:aws:lambda:us-west-2:123456789012:function:my-function. Partial ARN –
    // 123456789012:function:my-function."
    for (const name of ['my-function', 'arn:aws:lambda:us-west-2:123456789012:function:my-function', '123456789012:function:my-function'])
      expect(functionKey(name), name).toBe('my-function|');
    for (const name of ['my-function:v1', 'arn:aws:lambda:us-west-2:123456789012:function:my-function:v1', '123456789012:function:my-function:v1'])
      expect(functionKey(name), name).toBe('my-function|v1');
    // a qualifier given apart (Terraform's qualifier) wins; a version or alias is a function of its own
    expect(functionKey('my-function', 'prod')).toBe('my-function|prod');
    expect(functionKey('my-function:v1')).not.toBe(functionKey('my-function'));
    expect(functionKey('arn:aws-cn:lambda:cn-north-1:123456789012:function:f')).toBe('f|');
  });
});
