/**
 * Parse is lossless and size is exact (issue 13 item 7): a parsed policy is written back in the
 * source's forms (string or one-element array, bare statement or list, repeated values) and orders
 * (document keys, statement elements, condition operators and keys), and `size()` counts that text
 * the way the target does (iam-reference §5: characters or UTF-8 bytes, whitespace per target).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Length } from '../../src/emit/size.js';
import { parsePolicy } from '../../src/parse/index.js';
import { policy, PolicySizeError } from '../../src/index.js';

/** A target large enough that toString never throws: the text is what is compared. */
const HUGE = { name: 'managed', limit: 1e9, unit: 'characters', whitespaceCounts: false, aggregate: false } as const;

/** An object with `entries` in a random order. */
const shuffled = (entries: [string, unknown][]) =>
  fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }).map((e) => Object.fromEntries(e));

/** A string or a list of 1..3 strings (repeats allowed): the forms IAM accepts for list elements. */
const listOf = (values: fc.Arbitrary<string>) =>
  fc.oneof(values, fc.array(values, { minLength: 1, maxLength: 3 }));

const action = fc.constantFrom('s3:GetObject', 's3:Get*', 'ec2:DescribeInstances', '*', 'iam:PassRole');
// Latin-1 letters are one character but two UTF-8 bytes
const resource = fc.constantFrom('*', 'arn:aws:s3:::bücket/*', 'arn:aws:s3:::b', 'arn:aws:sqs:us-east-1:123456789012:q-é');
const condValue = fc.oneof(fc.constantFrom('a', 'ü', 'o-abc123'), fc.integer({ min: -99, max: 99 }), fc.boolean());
const condition = fc
  .uniqueArray(fc.constantFrom('StringEquals', 'StringLike', 'NumericLessThan', 'Bool', 'ForAnyValue:StringEquals'), { minLength: 1, maxLength: 3 })
  .chain((ops) =>
    fc.tuple(
      ...ops.map((op) =>
        fc
          .uniqueArray(fc.constantFrom('aws:PrincipalOrgID', 's3:prefix', 'aws:SecureTransport', 'aws:TagKeys'), { minLength: 1, maxLength: 3 })
          .chain((keys) => fc.tuple(...keys.map((k) => fc.oneof(condValue, fc.array(condValue, { minLength: 1, maxLength: 3 })).map((v) => [k, v] as [string, unknown]))))
          .chain((entries) => shuffled(entries))
          .map((block) => [op, block] as [string, unknown]),
      ),
    ),
  )
  .chain((entries) => shuffled(entries));

const statement = (withPrincipal: boolean) =>
  fc
    .record(
      {
        Sid: fc.stringMatching(/^[A-Za-z0-9]{1,8}$/),
        Effect: fc.constantFrom('Allow', 'Deny'),
        Principal: fc.oneof(
          fc.constant('*'),
          fc.record({ AWS: listOf(fc.constantFrom('arn:aws:iam::123456789012:root', '123456789012')) }),
          fc.record({ Service: listOf(fc.constantFrom('lambda.amazonaws.com', 'ec2.amazonaws.com')) }, { requiredKeys: [] }),
        ),
        not: fc.boolean(),
        notPrincipal: fc.boolean(),
        actions: listOf(action),
        notResource: fc.boolean(),
        resources: listOf(resource),
        Condition: condition,
      },
      { requiredKeys: ['Effect', 'not', 'notPrincipal', 'actions', 'notResource', 'resources'] },
    )
    .chain(({ not, notPrincipal, actions, notResource, resources, Principal, ...rest }) => {
      const entries: [string, unknown][] = Object.entries(rest);
      entries.push([not ? 'NotAction' : 'Action', actions], [notResource ? 'NotResource' : 'Resource', resources]);
      if (withPrincipal) entries.push([notPrincipal ? 'NotPrincipal' : 'Principal', Principal === undefined || (typeof Principal === 'object' && Object.keys(Principal).length === 0) ? '*' : Principal]);
      return shuffled(entries);
    });

const document = fc.boolean().chain((withPrincipal) =>
  fc
    .record(
      {
        Version: fc.constantFrom('2012-10-17', '2008-10-17'),
        Id: fc.stringMatching(/^[A-Za-z0-9-]{1,10}$/),
        Statement: fc.oneof(statement(withPrincipal), fc.array(statement(withPrincipal), { minLength: 1, maxLength: 4 })),
      },
      { requiredKeys: ['Statement'] },
    )
    .chain((d) => shuffled(Object.entries(d)))
    .map((d) => ({ doc: d, kind: withPrincipal ? ('resource' as const) : ('identity' as const) })),
);

describe('lossless parse (issue 13 item 7)', () => {
  it('toString() of a parsed policy is the compact source text; size() counts it (property, fixed seed)', () => {
    fc.assert(
      fc.property(document, ({ doc, kind }) => {
        const text = JSON.stringify(doc);
        const p = parsePolicy(text, { kind });
        expect(p.toString({ target: HUGE })).toBe(text);
        expect(JSON.stringify(p)).not.toBe(''); // toJSON works on every form
        // characters: IAM managed policies count the compact text (whitespace not counted)
        expect(p.size('managed').length).toBe(text.length);
        // bytes: SQS and KMS count UTF-8 bytes
        expect(p.size('sqs-queue').length).toBe(utf8Length(text));
        expect(p.size('kms-key').length).toBe(new TextEncoder().encode(text).length);
        // whitespace counts (VPC endpoint): the exact text sent, compact or pretty
        expect(p.size('vpc-endpoint').length).toBe(text.length);
        expect(p.size('vpc-endpoint', { pretty: true }).length).toBe(JSON.stringify(doc, null, 2).length);
        expect(p.toString({ target: HUGE, pretty: true })).toBe(JSON.stringify(doc, null, 2));
        // pretty or URL-encoded source: the same compact text
        expect(parsePolicy(JSON.stringify(doc, null, 4), { kind }).toString({ target: HUGE })).toBe(text);
        expect(parsePolicy(encodeURIComponent(text), { kind }).toString({ target: HUGE })).toBe(text);
        // object input too, and the text reads back as the same model document
        expect(parsePolicy(doc, { kind }).toString({ target: HUGE })).toBe(text);
        expect(parsePolicy(p.toString({ target: HUGE }), { kind }).document).toEqual(p.document);
      }),
      { seed: 1313, numRuns: 200 },
    );
  });

  it('writes integer-like operators and condition keys first, ascending, as JSON.stringify(JSON.parse(source)) does (docs/parsing.md)', () => {
    // IAM refuses such keys (no "service:Key" form); every other key keeps its written order
    const text = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"StringEquals":{"b:x":"1","10":"a","2":"b","a:y":"c"}}}]}';
    const p = parsePolicy(text);
    expect(p.toString()).toBe(JSON.stringify(JSON.parse(text)));
    expect(p.toString()).toContain('{"2":"b","10":"a","b:x":"1","a:y":"c"}');
    expect(p.size('managed').length).toBe(text.length);
  });

  it('reports the issue example: 135 characters for a document written with one-element arrays', () => {
    const text =
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject"],"Resource":["arn:aws:s3:::my-bucket/*"]}]}';
    const p = parsePolicy(text);
    expect(p.toString()).toBe(text);
    expect(p.size('managed').length).toBe(text.length);
    // the same meaning given as a new statement: canonical forms, shorter
    expect(policy.identity({ ...p.statements[0]! }).toString()).toBe(
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::my-bucket/*"}]}',
    );
  });

  it('a missing Version stays missing in the text; toJSON() gives it (the shape PolicyJson documents)', () => {
    const text = '{"Statement":{"Action":"s3:GetObject","Effect":"Allow","Resource":"*"}}';
    const p = parsePolicy(text);
    expect(p.document.Version).toBe('2008-10-17');
    expect(p.toString()).toBe(text);
    expect(p.toJSON()).toEqual({ Version: '2008-10-17', Statement: [{ Action: 's3:GetObject', Effect: 'Allow', Resource: '*' }] });
    expect(JSON.stringify(p.toJSON().Statement[0])).toBe('{"Action":"s3:GetObject","Effect":"Allow","Resource":"*"}');
  });

  it('a changed policy (add, withId) is written canonically; withTarget keeps the source form; canonical on request', () => {
    const text = '{"Statement":[{"Resource":["*"],"Effect":"Allow","Action":["s3:GetObject","s3:GetObject"]}],"Version":"2012-10-17"}';
    const canonical = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}';
    const p = parsePolicy(text);
    expect(p.toString({ canonical: true })).toBe(canonical);
    expect(p.size('managed', { canonical: true }).length).toBe(canonical.length);
    expect(p.toString({ canonical: true, pretty: true })).toBe(JSON.stringify(JSON.parse(canonical), null, 2));
    expect(p.withTarget('inline-role').toString()).toBe(text);
    expect(p.withId('x').toString()).toBe('{"Version":"2012-10-17","Id":"x","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}');
    expect(p.add(p.statements[0]!).toString()).toBe(
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"},{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}',
    );
    // toJSON: Version first, Statement a list, statements as written
    expect(JSON.stringify(p.toJSON())).toBe('{"Version":"2012-10-17","Statement":[{"Resource":["*"],"Effect":"Allow","Action":["s3:GetObject","s3:GetObject"]}]}');
  });

  it('toString and size read null options as none, as a built policy does (a TypeError), and each option once', () => {
    const text = '{"Statement":[{"Resource":["*"],"Effect":"Allow","Action":"s3:GetObject"}],"Version":"2012-10-17"}';
    const p = parsePolicy(text);
    expect(p.toString(null as never)).toBe(text);
    expect(p.size(undefined, null as never).length).toBe(text.length);
    const built = policy.identity(...(p.statements as never[]));
    expect(built.toString(null as never)).toBe(built.toString());
    let reads = 0;
    const options = {
      get canonical() {
        reads++;
        return false;
      },
    };
    expect(p.toString(options)).toBe(text);
    expect(reads).toBe(1);
    // and when the text is over the target, the advice reads the value the text was written by
    const large = parsePolicy({ Version: '2012-10-17', Statement: Array.from({ length: 100 }, (_, i) => ({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: [`arn:aws:s3:::b-${i}/*`] })) });
    reads = 0;
    expect(() => large.toString({ ...{ target: 'trust' as const }, get canonical() { return options.canonical; } })).toThrow(PolicySizeError);
    expect(reads).toBe(1);
  });
});
