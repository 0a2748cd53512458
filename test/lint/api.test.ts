import { describe, expect, it } from 'vitest';
import { allow, deny, policy, principal, PolicyArgumentError } from '../../src/index.js';
import { formatFindings, lint, lintRules, SEVERITIES, type Finding } from '../../src/lint/index.js';

const bad = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'One', Effect: 'Allow', Action: ['s3:GetObjekt', 'iam:PassRole'], Resource: '*' },
      { Sid: 'One', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringEquals: { 'aws:SourceIp': '10.*' } } },
    ],
  },
  null,
  2,
);

describe('lint', () => {
  it('sorts by statement, then code', () => {
    const f = lint(bad);
    const order = f.map((x) => [Number(/Statement\[(\d+)\]/.exec(x.path)?.[1] ?? -1), x.code] as const);
    const sorted = [...order].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    expect(order).toEqual(sorted);
    expect(f.map((x) => x.code)).toEqual(['INVALID_ACTION', 'PASS_ROLE_WITH_STAR_IN_RESOURCE', 'TYPE_MISMATCH', 'UNIQUE_SIDS_REQUIRED', 'WILDCARD_WITHOUT_LIKE_OPERATOR']);
  });
  it('accepts built policies, parsed text, plain objects and model documents alike', () => {
    const built = policy.identity(allow.unchecked('iam:PassRole').on('*'));
    const fromText = lint(JSON.stringify(built.toJSON()));
    expect(lint(built)).toEqual(fromText);
    expect(lint(built.toJSON())).toEqual(fromText);
    expect(lint(built.document)).toEqual(fromText);
    expect(fromText.map((f) => f.code)).toEqual(['PASS_ROLE_WITH_STAR_IN_RESOURCE']);
  });
  it('uses the kind of a built policy and lints trust policies as such', () => {
    const trust = policy.trust(allow('sts:AssumeRole').by(principal.account('444455556666')));
    expect(lint(trust).map((f) => f.code)).toEqual(['CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION']);
    expect(lint(trust, { accounts: ['444455556666'] })).toEqual([]);
  });
  it('turns parse problems into error findings with line and column, and still lints the rest', () => {
    const f = lint('{"Version":"2012-10-17","Statement":[{"Effect":"allow","Action":"s3:GetObjekt","Resource":"*"}]}');
    const parse = f.find((x) => x.code === 'INVALID_EFFECT')!;
    expect(parse).toMatchObject({ severity: 'error', path: 'Statement[0].Effect', line: 1 });
    expect(f.map((x) => x.code)).toContain('INVALID_ACTION');
    expect(lint('{"Statement": [').map((x) => x.code)).toEqual(['JSON_SYNTAX']);
  });
  it('reports an invalid Sid once, under the lint code', () => {
    const f = lint('{"Version":"2012-10-17","Statement":[{"Sid":"a-b","Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}', { kind: 'identity' });
    expect(f.filter((x) => x.path === 'Statement[0].Sid').map((x) => x.code)).toEqual(['UNSUPPORTED_SID']);
  });
  it('rules can be turned off or given another severity', () => {
    const text = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }] });
    expect(lint(text, { rules: { PASS_ROLE_WITH_STAR_IN_RESOURCE: 'off' } })).toEqual([]);
    expect(lint(text, { rules: { PASS_ROLE_WITH_STAR_IN_RESOURCE: 'warning' } })[0]?.severity).toBe('warning');
  });
  it('MISSING_VERSION is an error where the kind requires Version', () => {
    const text = JSON.stringify({ Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*' }] });
    expect(lint(text, { kind: 'scp' }).find((f) => f.code === 'MISSING_VERSION')?.severity).toBe('error');
    expect(lint(text, { kind: 'identity' }).find((f) => f.code === 'MISSING_VERSION')?.severity).toBe('warning');
  });
  it('checks the kind given in options against a policy built for another kind', () => {
    const p = policy.identity(deny('s3:DeleteBucket').on('*'));
    expect(lint(p, { kind: 'trust' }).map((f) => f.code)).toContain('RESOURCE_NOT_ALLOWED');
  });
  it('metadata lists each rule once with a known severity and at least one kind', () => {
    const codes = lintRules.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of lintRules) {
      expect(r.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(SEVERITIES).toContain(r.severity);
      expect(r.kinds.length).toBeGreaterThan(0);
    }
  });
  it('findings for unknown names carry the nearest valid ones', () => {
    const f = lint({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['s3:GetObjekt', 's4:GetObject'], Resource: '*', Condition: { StringEquals: { 'aws:SourceIpp': '203.0.113.1', 's3:prefixx': 'a' } } }],
    });
    const message = (code: string) => f.find((x) => x.code === code)?.message ?? '';
    expect(message('INVALID_ACTION')).toContain('Did you mean "s3:GetObject"');
    expect(message('INVALID_SERVICE_IN_ACTION')).toContain('Did you mean "s3:GetObject"');
    expect(message('INVALID_GLOBAL_CONDITION_KEY')).toContain('Did you mean "aws:SourceIp"');
    expect(message('INVALID_SERVICE_CONDITION_KEY')).toContain('Did you mean "s3:prefix"');
    const op = lint({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEqual: { 's3:prefix': 'a' } } }] });
    expect(op.find((x) => x.code === 'INVALID_CONDITION_OPERATOR')?.message).toContain('Did you mean "StringEquals"');
  });
});

describe('formatFindings', () => {
  it('refuses what it cannot write instead of writing something else', () => {
    const findings = lint(policy.identity(allow('s3:GetObject').on('*')));
    const refused = (f: () => unknown, argument: string) => {
      expect(f).toThrow(PolicyArgumentError);
      expect(f).toThrow(expect.objectContaining({ argument }));
    };
    // was: an unknown format written as SARIF; a non-finding written as "<policy> undefined undefined (document): undefined"
    refused(() => formatFindings(findings, 'xml' as never), 'format');
    refused(() => formatFindings(undefined as never, 'text'), 'findings');
    refused(() => formatFindings([{}] as never, 'text'), 'findings[0]');
    refused(() => formatFindings([{ code: 'X', severity: 'fatal', path: '', message: 'm' }] as never, 'json'), 'findings[0]');
    // was: a TypeError (reading 'source' of null)
    refused(() => formatFindings(findings, 'text', null as never), 'options');
    // was: written as they are (a SARIF artifact uri 5, a helpUri "[object Object]#...")
    refused(() => formatFindings(findings, 'sarif', { fileName: 5 as never }), 'fileName');
    refused(() => formatFindings(findings, 'sarif', { helpBase: {} as never }), 'helpBase');
    refused(() => formatFindings(findings, 'sarif', { toolVersion: 1 as never }), 'toolVersion');
    refused(() => formatFindings(findings, 'text', { source: Buffer.from('{}') as never }), 'source');
    expect(formatFindings([], 'text')).toBe('');
  });

  it('reads its list and options once: what is checked is what is written', () => {
    const findings = lint(policy.identity(allow('s3:GetObject').on('*')));
    let reads = 0;
    // a getter answering the check with a file name and the writer with an object: it wrote "[object Object]"
    const options = {
      get fileName() {
        return reads++ === 0 ? 'p.json' : {};
      },
    };
    expect(formatFindings(findings, 'text', options as never)).toBe(formatFindings(findings, 'text', { fileName: 'p.json' }));
    expect(reads).toBe(1);
    // each finding too: a severity answering the check with 'error' and the writer with none wrote no SARIF level
    const plain = { code: 'X', severity: 'error', path: 'Statement[0]', message: 'm', line: 3 } as const;
    for (const format of ['text', 'sarif'] as const) {
      const asked: Record<string, number> = {};
      const shifty = (name: string, first: unknown, later: unknown) => () => ((asked[name] = (asked[name] ?? 0) + 1) === 1 ? first : later);
      // an own enumerable getter, and a field the finding does not list (a non-enumerable one)
      const props = { severity: { get: shifty('severity', 'error', undefined), enumerable: true }, line: { get: shifty('line', 3, 'three'), enumerable: false } };
      const finding = Object.defineProperties({ code: 'X', path: 'Statement[0]', message: 'm' }, props);
      expect(formatFindings([finding as Finding], format)).toBe(formatFindings([plain], format));
      expect(asked).toEqual({ severity: 1, line: 1 });
    }
  });

  it('refuses a line or column that is no whole number from 1 (it was written as given)', () => {
    for (const [line, column] of [['8', 1], [0, 1], [1.5, 1], [8, Number.NaN], [8, -1]])
      expect(() => formatFindings([{ code: 'X', severity: 'error', path: '', message: 'm', line, column } as never], 'sarif')).toThrow(expect.objectContaining({ argument: 'findings[0]' }));
  });

  const findings = lint(bad);
  it('text: one line per finding with file, line and column', () => {
    const lines = formatFindings(findings, 'text', { fileName: 'p.json', source: bad }).split('\n');
    expect(lines).toHaveLength(findings.length);
    expect(lines[0]).toMatch(/^p\.json:8:\d+ error INVALID_ACTION Statement\[0\]\.Action\[0\]: /);
  });
  it('json: the findings, with positions when the source is known', () => {
    const parsed = JSON.parse(formatFindings(findings, 'json', { source: bad })) as (Finding & { line: number })[];
    expect(parsed.map((f) => f.code)).toEqual(findings.map((f) => f.code));
    expect(parsed[0]?.line).toBe(8);
  });
  it('sarif: a structurally valid SARIF 2.1.0 log', () => {
    const log = JSON.parse(formatFindings(findings, 'sarif', { fileName: 'policies/p.json', source: bad })) as SarifLog;
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('typed-iam');
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of run.tool.driver.rules) {
      expect(r.shortDescription.text.length).toBeGreaterThan(0);
      expect(r.helpUri).toMatch(/^https:\/\/.+#[a-z0-9_]+$/);
      expect(['error', 'warning', 'note']).toContain(r.defaultConfiguration.level);
    }
    expect(run.results).toHaveLength(findings.length);
    run.results.forEach((res, i) => {
      expect(res.ruleId).toBe(findings[i]!.code);
      expect(ids[res.ruleIndex]).toBe(res.ruleId);
      expect(['error', 'warning', 'note']).toContain(res.level);
      expect(res.message.text).toBe(findings[i]!.message);
      const loc = res.locations[0]!;
      expect(loc.logicalLocations[0]!.fullyQualifiedName).toBe(findings[i]!.path);
      expect(loc.physicalLocation!.artifactLocation.uri).toBe('policies/p.json');
      expect(loc.physicalLocation!.region!.startLine).toBeGreaterThanOrEqual(1);
      expect(loc.physicalLocation!.region!.startColumn).toBeGreaterThanOrEqual(1);
    });
    const level = Object.fromEntries(run.results.map((r) => [r.ruleId, r.level]));
    expect(level['PASS_ROLE_WITH_STAR_IN_RESOURCE']).toBe('error'); // security -> error
    expect(level['TYPE_MISMATCH']).toBe('warning');
  });
  it('sarif without a file name has logical locations only, and maps suggestions to note', () => {
    const f = lint(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 's3:GetObject'], Resource: '*' }] }));
    const log = JSON.parse(formatFindings(f, 'sarif')) as SarifLog;
    const res = log.runs[0]!.results[0]!;
    expect(res.level).toBe('note');
    expect(res.locations[0]!.physicalLocation).toBeUndefined();
  });
  it('sarif includes rules for parser codes too', () => {
    const f = lint('{"Statement": [');
    const log = JSON.parse(formatFindings(f, 'sarif', { fileName: 'x.json', source: '{"Statement": [' })) as SarifLog;
    expect(log.runs[0]!.tool.driver.rules.some((r) => r.id === 'JSON_SYNTAX')).toBe(true);
  });
});

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string }; helpUri: string; defaultConfiguration: { level: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation?: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn: number } };
        logicalLocations: { fullyQualifiedName: string }[];
      }[];
    }[];
  }[];
}

describe('empty element lists (Access Analyzer: Empty array action / resource)', () => {
  const st = (extra: object) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', ...extra }] });
  it('an empty Action or Resource matches no request', () => {
    const [f] = lint(st({ Action: [], Resource: '*' })).filter((x) => x.code === 'EMPTY_ARRAY_ACTION');
    expect(f?.message).toContain('matches no request');
    const [g] = lint(st({ Action: 's3:GetObject', Resource: [] })).filter((x) => x.code === 'EMPTY_ARRAY_RESOURCE');
    expect(g?.message).toContain('matches no request');
  });
  it('an empty NotAction or NotResource gives both readings (evaluate refuses it), never "matches no request"', () => {
    for (const [doc, code] of [
      [st({ NotAction: [], Resource: '*' }), 'EMPTY_ARRAY_ACTION'],
      [st({ Action: 's3:GetObject', NotResource: [] }), 'EMPTY_ARRAY_RESOURCE'],
    ] as const) {
      const [f] = lint(doc).filter((x) => x.code === code);
      expect(f?.path).toMatch(/\.Not(Action|Resource)$/);
      expect(f?.message).toContain('no effect');
      expect(f?.message).toMatch(/matches every (action|resource)/);
      expect(f?.message).not.toContain('matches no request');
    }
  });
});
