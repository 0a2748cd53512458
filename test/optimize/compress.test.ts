import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { actionInfo, expandActions } from '../../src/catalog/index.js';
import { evaluate } from '../../src/evaluate/index.js';
import { createPolicy } from '../../src/policy/policy.js';
import { compressActions, minimize } from '../../src/optimize/index.js';

/** The catalog actions a list grants, lower-cased. */
const granted = (list: readonly string[]) => new Set(list.flatMap((a) => expandActions(a)).map((a) => a.toLowerCase()));
const byLevel = (service: string, ...levels: string[]) =>
  expandActions(`${service}:*`).filter((a) => levels.includes(actionInfo(a)!.accessLevel));

describe('compressActions', () => {
  it('matches exactly the same catalog actions (ec2 Read + List)', () => {
    const list = byLevel('ec2', 'Read', 'List');
    const out = compressActions(list);
    expect(out.length).toBeLessThan(list.length / 5);
    expect(granted(out)).toEqual(granted(list));
    expect(out.some((a) => a.endsWith('*'))).toBe(true);
  });

  it('uses service:* when every action of the service is listed', () => {
    expect(compressActions(expandActions('sqs:*'))).toEqual(['sqs:*']);
  });

  it('keeps each wildcard inside one access level with withinAccessLevel', () => {
    const list = byLevel('s3', 'Read', 'List', 'Write');
    const out = compressActions(list, { withinAccessLevel: true });
    expect(granted(out)).toEqual(granted(list));
    for (const a of out.filter((x) => x.includes('*'))) {
      const levels = new Set(expandActions(a).map((x) => actionInfo(x)!.accessLevel));
      expect(levels.size, a).toBe(1);
    }
  });

  it('leaves unknown actions and unknown services as they are', () => {
    const out = compressActions(['nosuchsvc:DoThing', 's3:NoSuchAction', ...expandActions('sqs:*')]);
    expect(out).toEqual(['nosuchsvc:DoThing', 's3:NoSuchAction', 'sqs:*']);
  });

  it('never abbreviates a single action unless minActionsPerWildcard is 1', () => {
    const one = ['ec2:AcceptAddressTransfer'];
    expect(compressActions(one)).toEqual(one);
    const out = compressActions(one, { minActionsPerWildcard: 1 });
    expect(granted(out)).toEqual(granted(one));
  });

  it('counts wildcards already in the list as listed actions', () => {
    const list = ['s3:GetObject*', ...expandActions('s3:Get*').filter((a) => !/^s3:getobject/i.test(a))];
    const out = compressActions(list);
    // every s3 action starting with G is a Get action, so the shortest exact prefix is G
    expect(out).toEqual(['s3:G*']);
    expect(granted(out)).toEqual(granted(['s3:Get*']));
  });

  it('is exact for random subsets of a service', () => {
    const all = expandActions('dynamodb:*');
    fc.assert(
      fc.property(fc.subarray(all, { minLength: 1 }), fc.boolean(), fc.integer({ min: 1, max: 3 }), (list, withinAccessLevel, min) => {
        const out = compressActions(list, { withinAccessLevel, minActionsPerWildcard: min });
        expect(granted(out)).toEqual(granted(list));
        expect(JSON.stringify(out).length).toBeLessThanOrEqual(JSON.stringify([...new Set(list)]).length);
      }),
      { numRuns: 200, seed: 2008 },
    );
  });

  it('minimize({ compressActions }) keeps every decision on catalog actions', () => {
    const actions = expandActions('s3:*');
    fc.assert(
      fc.property(
        fc.array(fc.subarray(actions, { minLength: 1, maxLength: 60 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.constantFrom(...actions), { minLength: 5, maxLength: 20 }),
        (lists, requested) => {
          const p = createPolicy('identity', {
            Version: '2012-10-17',
            Statement: lists.map((Action, i) => ({ Effect: i === 3 ? 'Deny' : 'Allow', Action, Resource: ['*'] })),
          });
          const c = minimize(p, { compressActions: true });
          for (const action of requested) {
            const r = { principal: 'arn:aws:iam::111122223333:user/a', action, resource: 'arn:aws:s3:::b/k' };
            expect(evaluate({ identity: c }, r).decision).toBe(evaluate({ identity: p }, r).decision);
          }
        },
      ),
      { numRuns: 100, seed: 2009 },
    );
  });
});
