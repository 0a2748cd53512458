/**
 * API Gateway's short form in resource policies: "You can specify the resource
 * execute-api:/stage-name/GET/pets in a resource policy. API Gateway converts the resource to
 * arn:aws:execute-api:region:account-id:api-id/stage-name/GET/pets when you save the resource
 * policy" and "execute-api:/* represents all stages, methods, and paths in the current API" (API
 * Gateway developer guide, resource policy examples). typed-iam reads the entry as that ARN of the
 * API the policy is attached to (docs/evaluation.md).
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/index.js';
import { parsePolicy } from '../../src/parse/index.js';
import { checkNoNewAccess } from '../../src/analyze/index.js';
import { lint } from '../../src/lint/index.js';

// the x-amazon-apigateway-policy example of the API Gateway developer guide
const BLOCK_IP = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: ['execute-api:/*'] },
    { Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: ['execute-api:/*'], Condition: { IpAddress: { 'aws:SourceIp': '192.0.2.0/24' } } },
  ],
};
const API = 'arn:aws:execute-api:us-east-1:111122223333:a1b2c3d4e5';
const invoke = (path: string, ip: string) => ({ action: 'execute-api:Invoke', resource: `${API}/${path}`, anonymous: true, context: { 'aws:SourceIp': ip } });
const resourcePolicy = (doc: object) => parsePolicy(JSON.stringify(doc), { kind: 'resource' });

describe('execute-api:/ short form in a resource policy', () => {
  it('covers every stage, method and path of the API; the Deny of the guide blocks its address range', () => {
    const resource = resourcePolicy(BLOCK_IP);
    expect(evaluate({ resource }, invoke('prod/GET/pets', '198.51.100.7')).decision).toBe('allow');
    expect(evaluate({ resource }, invoke('prod/GET/pets', '192.0.2.9')).decision).toBe('explicit-deny');
  });

  it('the part after execute-api:/ matches what follows the API id, case-sensitively', () => {
    const resource = resourcePolicy({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/prod/GET/*' }],
    });
    expect(evaluate({ resource }, invoke('prod/GET/pets/1', '198.51.100.7')).decision).toBe('allow');
    expect(evaluate({ resource }, invoke('dev/GET/pets', '198.51.100.7')).decision).toBe('implicit-deny');
    expect(evaluate({ resource }, invoke('PROD/GET/pets', '198.51.100.7')).decision).toBe('implicit-deny');
    // not an execute-api ARN
    expect(evaluate({ resource }, { ...invoke('x', '198.51.100.7'), resource: 'arn:aws:s3:::prod/GET/x' }).decision).toBe('implicit-deny');
  });

  it('lint accepts it in a resource policy and reports it elsewhere (IAM has no such form)', () => {
    const codes = (kind: 'resource' | 'identity') => lint(JSON.stringify(kind === 'resource' ? BLOCK_IP : { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' }] }), { kind }).map((f) => f.code);
    expect(codes('resource')).not.toContain('INVALID_ARN_PREFIX');
    expect(codes('identity')).toContain('INVALID_ARN_PREFIX');
  });

  it('analyze answers unknown rather than a pass it cannot prove', () => {
    const narrower = resourcePolicy({ ...BLOCK_IP, Statement: [{ ...BLOCK_IP.Statement[0], Resource: ['execute-api:/prod/*'] }] });
    const r = checkNoNewAccess({ resource: narrower }, { resource: resourcePolicy(BLOCK_IP) });
    expect(r.result).toBe('unknown');
    expect(JSON.stringify(r.reasons)).toContain('short-form');
  });
});
