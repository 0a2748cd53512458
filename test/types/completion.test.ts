/**
 * Editors complete service prefixes and action names: drive the TypeScript language service the
 * way an editor does, on a file that imports the library's sources.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { languageService, root } from './language-service.js';

const file = join(root, 'test', 'core', '__completion__.ts');

function completionsAt(source: string, marker = '|'): string[] {
  const position = source.indexOf(marker);
  const result = languageService(file, source.replace(marker, '')).getCompletionsAtPosition(file, position, {});
  return (result?.entries ?? []).map((e) => e.name);
}

const header = "import { allow, deny } from '../../src/index.js';\n";

describe('editor completion of actions (language service)', () => {
  it("offers s3:GetObject after allow('s3:GetO", () => {
    const names = completionsAt(`${header}allow('s3:GetO|');\n`);
    expect(names).toContain('s3:GetObject');
    expect(names).toContain('s3:GetObjectAcl');
    expect(names.filter((n) => !n.startsWith('s3:'))).toEqual([]);
  });

  it('offers service prefixes while the prefix is typed', () => {
    const names = completionsAt(`${header}deny('dyn|');\n`);
    expect(names).toContain('dynamodb:');
  });

  it('offers actions of the second argument too', () => {
    const names = completionsAt(`${header}allow('s3:GetObject', 'dynamodb:Q|');\n`);
    expect(names).toContain('dynamodb:Query');
  });

  it("offers every s3 action right after allow('s3:", () => {
    const names = completionsAt(`${header}allow('s3:|');\n`);
    expect(names).toContain('s3:GetObject');
    expect(names).toContain('s3:PutObject');
    expect(names.filter((n) => !n.startsWith('s3:'))).toEqual([]);
  });

  it('offers condition operators, from the first quote on', () => {
    expect(completionsAt(`${header}allow('s3:GetObject').when('|', 'aws:SourceIp', '10.0.0.0/8');\n`)).toContain('IpAddress');
    const names = completionsAt(`${header}allow('s3:GetObject').when('StringE|', 'aws:PrincipalOrgID', 'o-1');\n`);
    expect(names).toContain('StringEquals');
    expect(names).not.toContain('NumericEquals');
  });

  it('offers condition keys that fit the operator', () => {
    const names = completionsAt(`${header}allow('s3:GetObject').when('IpAddress', 'aws:|', '10.0.0.0/8');\n`);
    expect(names).toContain('aws:SourceIp');
    expect(names).not.toContain('aws:SecureTransport');
  });
});

describe('editor completion of service principals', () => {
  it('offers known service principals', () => {
    const names = completionsAt(`import { principal } from '../../src/index.js';\nprincipal.service('lamb|');\n`);
    expect(names).toContain('lambda.amazonaws.com');
  });
});
