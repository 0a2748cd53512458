/**
 * Hostile input, with the sizes of issue #16's reports. Timing goals are in bench/hostile.ts; the
 * sizes here are chosen so that a quadratic (or worse) path runs far past vitest's 5 s timeout
 * while the linear one takes well under a second.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyParseError, type PolicyIssue } from '../../src/errors.js';
import { DEFAULT_MAX_ISSUES, MAX_DEPTH_LIMIT, parsePolicy, readPolicyInput, safeParsePolicy, type ParseOptions } from '../../src/parse/index.js';

const ok = { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' };
const text = (statements: string) => `{"Version":"2012-10-17","Statement":[${statements}]}`;

function issuesOf(input: unknown, options?: ParseOptions): readonly PolicyIssue[] {
  const r = safeParsePolicy(input, options as ParseOptions);
  expect(r.success).toBe(false);
  return r.success ? [] : r.error.issues;
}

describe('issue lists are linear and capped', () => {
  it('an Action array of 130,000 invalid items (260 KB) gives 100 issues and a count, without a stack overflow', () => {
    const n = 130_000;
    const issues = issuesOf(`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":[${Array(n).fill(5).join(',')}],"Resource":"*"}]}`);
    expect(issues).toHaveLength(DEFAULT_MAX_ISSUES + 1);
    expect(issues[0]).toMatchObject({ path: 'Statement[0].Action[0]', code: 'INVALID_TYPE', line: 1, column: 66 });
    const last = issues[issues.length - 1]!;
    expect(last.code).toBe('TOO_MANY_ISSUES');
    expect(last.message).toContain(`${(n - DEFAULT_MAX_ISSUES).toLocaleString('en-US')} more`);
  });

  it('the same list as an object input', () => {
    const issues = issuesOf({ Statement: [{ Effect: 'Allow', Action: Array(130_000).fill(5), Resource: '*' }] });
    expect(issues.at(-1)!.code).toBe('TOO_MANY_ISSUES');
  });

  it('30,000 invalid statements (1.5 MB) end in a capped list', () => {
    const issues = issuesOf(text(Array(30_000).fill('{"Effect":"allow","Action":5,"Resource":"*"}').join(',')));
    expect(issues).toHaveLength(DEFAULT_MAX_ISSUES + 1);
    // sorted by position: the first statement's problems come first
    expect(issues[0]!.path).toBe('Statement[0].Effect');
    expect(issues.at(-1)!.message).toMatch(/more problems/);
  });

  it('60,000 unknown top-level keys are located without a quadratic key search', () => {
    const keys = Array.from({ length: 60_000 }, (_, i) => `"k${i}":1`).join(',');
    const issues = issuesOf(`{"Version":"2012-10-17",${keys},"Statement":[${JSON.stringify(ok)}]}`);
    expect(issues[0]).toMatchObject({ code: 'UNKNOWN_ELEMENT', path: 'k0', line: 1, column: 25 });
  });

  it('maxIssues sets the cap', () => {
    const issues = issuesOf(text(Array(50).fill('{"Effect":"allow","Action":"s3:GetObject","Resource":"*"}').join(',')), { maxIssues: 3 });
    expect(issues.map((i) => i.code)).toEqual(['INVALID_EFFECT', 'INVALID_EFFECT', 'INVALID_EFFECT', 'TOO_MANY_ISSUES']);
    expect(issues[3]!.message).toContain('47 more');
    expect(issuesOf(text('{"Effect":"allow","Action":"s3:GetObject","Resource":"*"}'), { maxIssues: 1 })).toHaveLength(1);
  });
});

describe('object input has a work budget', () => {
  const withAction = (action: unknown) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });

  it('a sparse array of length 10^7 is refused unread (was: one issue per hole, out of memory)', () => {
    const sparse: unknown[] = [];
    sparse.length = 10_000_000;
    const issues = issuesOf(withAction(sparse));
    expect(issues).toEqual([expect.objectContaining({ code: 'INPUT_TOO_LARGE', path: 'Statement[0].Action' })]);
    const longest: unknown[] = [];
    longest.length = 2 ** 32 - 1;
    expect(issuesOf(withAction(longest))[0]!.code).toBe('INPUT_TOO_LARGE');
  });

  it('a 40-level tree of shared references ends with INPUT_TOO_LARGE (was: 2^40 visits, hang)', () => {
    let x: unknown = 's3:GetObject';
    for (let i = 0; i < 40; i++) x = [x, x];
    expect(issuesOf(withAction(x), { maxDepth: 100 })[0]!.code).toBe('INPUT_TOO_LARGE');
  });

  it('a shared subtree within the budget is read, each occurrence counted', () => {
    const actions = ['s3:GetObject', 's3:PutObject'];
    const p = parsePolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }, { Effect: 'Deny', Action: actions, Resource: '*' }] });
    expect(p.document.Statement.map((s) => s.Action)).toEqual([actions, actions]);
    // 10 statements of 2 actions each are about 400 characters of JSON: too many for maxLength 200
    const statements = Array(10).fill({ Effect: 'Allow', Action: actions, Resource: '*' });
    expect(issuesOf({ Statement: statements }, { maxLength: 200 })[0]!.code).toBe('INPUT_TOO_LARGE');
    expect(safeParsePolicy({ Statement: statements }, { maxLength: 1000 }).success).toBe(true);
  });

  it('a huge string is refused before it is scanned', () => {
    expect(issuesOf(withAction('s'.repeat(1_000_000)), { maxLength: 100_000 })[0]!.code).toBe('INPUT_TOO_LARGE');
  });

  it('a cycle is TOO_DEEP', () => {
    const a: unknown[] = [];
    a.push(a);
    expect(issuesOf(withAction(a))[0]!.code).toBe('TOO_DEEP');
  });

  it('a problem inside a shared subtree is reported at every place it is reached', () => {
    const bad = ['s3:GetObject', 5];
    const issues = issuesOf({ Statement: [{ Effect: 'Allow', Action: bad, Resource: '*' }, { Effect: 'Allow', Action: bad, Resource: '*' }] });
    expect(issues.map((i) => i.path)).toEqual(['Statement[0].Action[1]', 'Statement[1].Action[1]']);
  });
});

describe('options are checked', () => {
  const policyText = text(JSON.stringify(ok));

  it.each([
    ['kind', 'bogus'],
    ['kind', 'toString'],
    ['kind', '__proto__'],
    ['kind', 5],
    ['maxDepth', 1e6],
    ['maxDepth', 0],
    ['maxDepth', 2.5],
    ['maxDepth', Number.NaN],
    ['maxDepth', '64'],
    ['maxLength', -1],
    ['maxLength', Number.NaN],
    ['maxIssues', 0],
  ])('%s: %s is an INVALID_OPTION issue, never a TypeError (kind toString used to skip the kind rules)', (name, value) => {
    const issues = issuesOf(policyText, { [name]: value } as ParseOptions);
    expect(issues).toEqual([expect.objectContaining({ code: 'INVALID_OPTION', path: '' })]);
    expect(issues[0]!.message).toContain(`Option ${name} must be`);
    expect(() => parsePolicy(policyText, { [name]: value } as ParseOptions)).toThrow(PolicyParseError);
  });

  it('names a value JSON cannot write as what it is (NaN was shown as null)', () => {
    expect(issuesOf(policyText, { maxLength: Number.NaN })[0]!.message).toBe('Option maxLength must be a number of characters, 0 or more, not NaN.');
    expect(issuesOf(policyText, { maxDepth: Number.POSITIVE_INFINITY })[0]!.message).toContain('not Infinity.');
  });

  it('a name that is no option is an INVALID_OPTION issue (knd: "scp" read the policy as an identity policy)', () => {
    const issues = issuesOf(policyText, { knd: 'scp' } as ParseOptions);
    expect(issues).toEqual([expect.objectContaining({ code: 'INVALID_OPTION', path: '' })]);
    expect(issues[0]!.message).toBe("No option is named 'knd' (read as absent, it would take its default); the options are kind, maxDepth, maxIssues, maxLength.");
    // readPolicyInput's own option is taken off before
    expect(readPolicyInput(policyText, { rules: 'grammar', kind: 'identity' }).issues).toEqual([]);
  });

  it('an options object that throws is reported too', () => {
    const options = new Proxy({}, { get: () => { throw new Error('boom'); } });
    expect(issuesOf(policyText, options as ParseOptions)[0]!.code).toBe('INVALID_OPTION');
  });

  it(`maxDepth up to ${MAX_DEPTH_LIMIT} is safe on 200,000 levels of nesting (was: stack overflow above ~10^4)`, () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(issuesOf(deep, { maxDepth: MAX_DEPTH_LIMIT })[0]!.code).toBe('TOO_DEEP');
    const deepWithBackslash = `${'['.repeat(200_000)}"\\n"${']'.repeat(200_000)}`;
    expect(issuesOf(deepWithBackslash, { maxDepth: MAX_DEPTH_LIMIT })[0]!.code).toBe('TOO_DEEP');
    let nested: unknown = 'x';
    for (let i = 0; i < 5000; i++) nested = [nested];
    expect(issuesOf({ Statement: nested }, { maxDepth: MAX_DEPTH_LIMIT })[0]!.code).toBe('TOO_DEEP');
  });
});

describe('numbers', () => {
  const withValue = (v: string) => `{"Statement":{"Effect":"Allow","Action":"s3:ListBucket","Resource":"*","Condition":{"NumericLessThan":{"s3:max-keys":${v}}}}}`;

  it.each(['1e400', '-1e400', '1e-400', '-1e-400', '1.5e-99999', '12345678901234567890', '2.5e-400'])(
    '%s is refused: out of range and underflow alike (1e-400 used to read as 0)',
    (v) => {
      const issues = issuesOf(withValue(v));
      expect(issues).toEqual([expect.objectContaining({ code: 'INVALID_TYPE', column: withValue(v).indexOf(v) + 1 })]);
      // the slow path (a backslash elsewhere) agrees with the fast one
      expect(issuesOf(withValue(v).replace('s3:ListBucket', 's3:List\\u0042ucket'))[0]!.code).toBe('INVALID_TYPE');
    },
  );

  it.each(['0', '-0', '0.0', '0e10', '0E-400', '1e-300', '10', '0.1'])('%s is read', (v) => {
    expect(safeParsePolicy(withValue(v)).success).toBe(true);
  });

  it.each(['1.0000000000000001', '3.1415926535897932', '9007199254740993.0', '1234567890123456.7', '-0.12345678901234567891e3'])(
    '%s is refused: more significant digits than a JavaScript number keeps (was: read silently as a nearby number)',
    (v) => {
      const issues = issuesOf(withValue(v));
      expect(issues).toEqual([expect.objectContaining({ code: 'INVALID_TYPE', column: withValue(v).indexOf(v) + 1 })]);
      expect(issues[0]!.message).toContain(`write it as a string ("${v}")`);
      expect(issuesOf(withValue(v).replace('s3:ListBucket', 's3:List\\u0042ucket'))[0]!.code).toBe('INVALID_TYPE');
    },
  );

  it.each([
    ['0.30000000000000004', 0.30000000000000004],
    ['3.141592653589793', Math.PI],
    ['1.50', 1.5],
    ['1.0000000000000000e2', 100],
    ['123456789012345.6', 123456789012345.6],
    ['100000000000000000000000.0', 1e23],
  ])('%s is read: the digits it holds are the digits written', (v, n) => {
    const r = safeParsePolicy(withValue(v));
    expect(r.success && r.policy.document.Statement[0]!.Condition).toEqual({ NumericLessThan: { 's3:max-keys': [n] } });
  });
});

describe('byte-order mark', () => {
  it('a leading BOM is accepted by the library as by the CLI; positions count from after it', () => {
    const body = JSON.stringify({ Statement: ok });
    expect(parsePolicy(`\ufeff${body}`).document).toEqual(parsePolicy(body).document);
    const bad = '\ufeff{"Statement":{"Effect":"allow","Action":"s3:GetObject","Resource":"*"}}';
    expect(issuesOf(bad)[0]).toMatchObject({ code: 'INVALID_EFFECT', line: 1, column: 24 });
  });

  it('a BOM anywhere else is still an invalid character', () => {
    expect(issuesOf(`{"Statement":{"Effect":"Allow","Action":"s3:GetObject\ufeff","Resource":"*"}}`).map((i) => i.code)).toContain('INVALID_CHARACTER');
  });
});

describe('safeParsePolicy never throws: hostile generators', () => {
  const throwingGetter = (): unknown => {
    const o = { Effect: 'Allow', Resource: '*' };
    Object.defineProperty(o, 'Action', { enumerable: true, get: () => { throw new TypeError('getter'); } });
    return o;
  };
  const trapProxy = (trap: keyof ProxyHandler<object>): unknown =>
    new Proxy([], { [trap]: () => { throw new Error(`trap ${trap}`); } });
  const cyclic = (): unknown => {
    const s: Record<string, unknown> = { Effect: 'Allow', Resource: '*' };
    s['Action'] = [s];
    return { Statement: [s] };
  };
  const dag = (levels: number): unknown => {
    let x: unknown = { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' };
    for (let i = 0; i < levels; i++) x = [x, x];
    return x;
  };
  const deep = (levels: number): unknown => {
    let x: unknown = 's3:GetObject';
    for (let i = 0; i < levels; i++) x = { a: x };
    return x;
  };
  const sparse = (length: number): unknown[] => {
    const a: unknown[] = [];
    a.length = length;
    return a;
  };

  // values are made inside the property (thunks): fast-check itself must not touch a proxy
  const leaf = fc.oneof(
    fc.constantFrom<unknown>(
      undefined, null, Number.NaN, Infinity, -0, 1e-400, 10n, Symbol('s'), () => 1, new Date(0), /x/, new Map(), new Uint8Array(4),
      Object.create(null), Object.freeze({}), 'a'.repeat(1 << 20), '\u0000', '\ud800', '__proto__',
    ),
    fc.string(),
    fc.integer(),
    fc.constantFrom('Allow', 'Deny', 's3:GetObject', '*', '2012-10-17'),
  ).map((v) => () => v);
  const hostile: fc.Arbitrary<() => unknown> = fc.oneof(
    leaf,
    fc.integer({ min: 1, max: 30 }).map((n) => () => dag(n)),
    fc.integer({ min: 1, max: 3000 }).map((n) => () => deep(n)),
    fc.constantFrom(1, 1e3, 1e7, 2 ** 32 - 1).map((n) => () => sparse(n)),
    fc.constantFrom<keyof ProxyHandler<object>>('get', 'ownKeys', 'getPrototypeOf', 'has', 'getOwnPropertyDescriptor').map((t) => () => trapProxy(t)),
    fc.constant(() => throwingGetter()),
    fc.constant(() => cyclic()),
    fc.integer({ min: 0, max: 20_000 }).map((n) => () => Array(n).fill(5)),
  );
  const element = fc.constantFrom('Version', 'Id', 'Statement', 'Effect', 'Action', 'NotAction', 'Resource', 'Principal', 'Condition', '__proto__', 'constructor');
  /** A policy with hostile values in some of its slots. */
  const policyWith = fc.tuple(fc.array(fc.tuple(element, hostile), { maxLength: 4 }), fc.boolean()).map(([slots, inStatement]) => () => {
    const st: Record<string, unknown> = { ...ok };
    const doc: Record<string, unknown> = { Version: '2012-10-17', Statement: [st] };
    for (const [k, v] of slots) Object.defineProperty(inStatement ? st : doc, k, { value: v(), enumerable: true, writable: true, configurable: true });
    return doc;
  });
  const options = fc.record(
    {
      kind: fc.constantFrom<unknown>('identity', 'trust', 'scp', 'bogus', 'toString', 5, undefined),
      maxDepth: fc.constantFrom<unknown>(1, 6, 64, 1000, 1e6, -1, Number.NaN, undefined),
      maxLength: fc.constantFrom<unknown>(0, 100, 1e6, Infinity, undefined),
      maxIssues: fc.constantFrom<unknown>(1, 100, undefined),
    },
    { requiredKeys: [] },
  );

  it('for objects', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    fc.assert(
      fc.property(fc.oneof(hostile, policyWith), options, (make, opts) => {
        const input = make();
        const r = safeParsePolicy(input, opts as ParseOptions);
        if (!r.success) expect(r.error.issues.length).toBeGreaterThan(0);
        try {
          parsePolicy(input, opts as ParseOptions);
        } catch (e) {
          expect(e).toBeInstanceOf(PolicyParseError);
        }
      }),
      { seed: 16, numRuns: 150 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });

  it('for text', () => {
    const piece = fc.constantFrom('[', ']', '{', '}', '"', ',', ':', '\\', '\\u0000', '1e-400', '1e400', '\ufeff', '%7B', 'null', '"Statement"', '"__proto__"', ' ');
    const textInput = fc.oneof(
      fc.array(piece, { maxLength: 60 }).map((p) => p.join('')),
      fc.integer({ min: 1, max: 100_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
      fc.integer({ min: 1, max: 20_000 }).map((n) => text(Array(n).fill('{"Effect":"Allow","Action":[5,null,{}],"Resource":"*"}').join(','))),
      fc.integer({ min: 1, max: 20_000 }).map((n) => `{${Array.from({ length: n }, () => '"Statement":1').join(',')}}`),
    );
    fc.assert(
      fc.property(textInput, options, (input, opts) => {
        const r = safeParsePolicy(input, opts as ParseOptions);
        if (!r.success) expect(r.error.issues.length).toBeGreaterThan(0);
      }),
      { seed: 16, numRuns: 120 },
    );
  });
});
