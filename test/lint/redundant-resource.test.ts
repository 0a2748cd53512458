import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/index.js';
import { resourceCovers, splitArn } from '../../src/model/arn.js';
import { hasWildcard } from '../../src/model/match.js';
import { hasVariable } from '../../src/model/variables.js';

/*
 * REDUNDANT_RESOURCE (Access Analyzer's "Redundant resource" suggestion: "The {{redundantResource}}
 * resource is redundant because the {{resource}} resource ... includes it"). The rule finds the
 * wildcard entries that may cover an entry by the literal heads of their resource fields (ARN fields
 * match one by one, so a cover's head starts the covered entry's resource field), kept sorted with a
 * link from each head to its longest prefix among them; it must name, for each entry, the first entry
 * in list order that covers it, as this specification does pair by pair.
 */
function expected(list: readonly string[]): [number, number][] {
  const eligible = (r: string) => r !== '*' && !hasVariable(r) && r.startsWith('arn:') && splitArn(r) !== undefined;
  const out: [number, number][] = [];
  for (let j = 0; j < list.length; j++) {
    const b = list[j]!;
    let best = -1;
    for (let i = 0; i < list.length && best < 0; i++) {
      if (i === j) continue;
      const a = list[i]!;
      const covers =
        (a === b && i < j) ||
        (a === '*' && b !== '*') ||
        (a !== '*' && hasWildcard(a) && eligible(a) && eligible(b) && resourceCovers(a, b) && !(i > j && resourceCovers(b, a)));
      if (covers) best = i;
    }
    if (best >= 0) out.push([j, best]);
  }
  return out;
}

function found(list: readonly string[]): [number, number][] {
  return lint({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: [...list] }] })
    .filter((f) => f.code === 'REDUNDANT_RESOURCE')
    .map((f): [number, number] => [Number(/\[(\d+)\]$/.exec(f.path)![1]), Number(/Resource\[(\d+)\]\); remove it\.$/.exec(f.message)![1])])
    .sort((x, y) => x[0] - y[0]);
}

// a small alphabet, so that entries often cover, repeat or meet each other
const piece = fc.constantFrom('a', 'ab', 'b', '*', '?', 'a*', '*b', 'a/', '/', '${aws:username}');
const entry = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom('s3', 's*', 'ec2'), fc.constantFrom('', 'us-east-1', '*'), fc.array(piece, { minLength: 1, maxLength: 4 })).map(([svc, region, rest]) => `arn:aws:${svc}:${region}::${rest.join('')}`) },
  { weight: 1, arbitrary: fc.constantFrom('*', 'arn:aws:s3:::*', 'not-an-arn*', 'arn:aws:s3') },
);

describe('REDUNDANT_RESOURCE names the first entry that covers each one', () => {
  it('finds covers whose head is not the nearest head in sorted order, and across wildcard Region and account fields', () => {
    const list = [
      'arn:aws:s3:::docs/a*',
      'arn:aws:s3:::docs/abc*',
      // sorted, docs/abc comes right before docs/abd; the walk goes up from it to docs/a
      'arn:aws:s3:::docs/abd',
      'arn:aws:logs:*:*:log-group:/aws/*',
      'arn:aws:logs:us-east-1:111122223333:log-group:/aws/lambda/x',
      'arn:aws:logs:us-east-1:111122223333:log-group:/other',
    ];
    expect(found(list)).toEqual([
      [1, 0],
      [2, 0],
      [4, 3],
    ]);
    expect(found(list)).toEqual(expected(list));
  });

  it('property (fixed seed): short lists give what the pairwise specification gives', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 2, maxLength: 12 }), (list) => {
        expect(found(list)).toEqual(expected(list));
      }),
      { seed: 3701, numRuns: 400 },
    );
  });

  it('property (fixed seed): lists of 17 to 30 wildcard entries with shared prefixes give the same', () => {
    const wildEntry = fc.tuple(fc.constantFrom('s3', 'ec2'), fc.array(piece, { minLength: 1, maxLength: 4 })).map(([svc, rest]) => `arn:aws:${svc}:::${rest.join('')}*`);
    fc.assert(
      fc.property(fc.array(wildEntry, { minLength: 17, maxLength: 30 }), fc.array(entry, { maxLength: 10 }), (wild, other) => {
        const list = [...wild, ...other];
        expect(found(list)).toEqual(expected(list));
      }),
      { seed: 3702, numRuns: 150 },
    );
  });
});
