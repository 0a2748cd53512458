/**
 * THE reading of policy variables in a text (src/model/variables.ts): evaluate, analyze and lint
 * all read `${...}` through it.
 */
import { describe, expect, it } from 'vitest';
import { parseVariable, scanVariables, variableKey, variableName, variableUses } from '../../src/model/variables.js';
import { variableProblems } from '../../src/lint/rules/variable-syntax.js';

describe('scanVariables', () => {
  it('reads each ${...} up to the first } after it', () => {
    // IAM User Guide, policy variables: "${" marks the beginning of the variable and "}" its end
    expect(scanVariables('arn:aws:s3:::b/home/${aws:username}/*')).toEqual({ uses: [{ start: 20, end: 35, body: 'aws:username' }], escapes: [], unclosed: -1 });
    expect(scanVariables('${a${b}}').uses).toEqual([{ start: 0, end: 7, body: 'a${b' }]);
  });

  it('leaves the escapes ${*}, ${?} and ${$} out: they stand for the characters', () => {
    // IAM User Guide, special characters: ${*}, ${?} and ${$} give a literal *, ? and $
    expect(scanVariables('a${*}b${?}c${$}d').uses).toEqual([]);
    expect(scanVariables('a${*}b${?}c${$}d').escapes.map((e) => [e.start, e.end, e.body])).toEqual([[1, 5, '*'], [6, 10, '?'], [11, 15, '$']]);
    expect(variableUses('${*}${aws:userid}')).toEqual([{ start: 4, end: 17, body: 'aws:userid' }]);
  });

  it('reports where an unclosed ${ starts and reads nothing after it', () => {
    expect(scanVariables('x/${aws:username}/${aws:userid')).toEqual({ uses: [{ start: 2, end: 17, body: 'aws:username' }], escapes: [], unclosed: 18 });
    expect(scanVariables('no variables here')).toEqual({ uses: [], escapes: [], unclosed: -1 });
  });

  it('is the reading lint reports from: one problem per variable, a missing brace last', () => {
    expect(variableProblems("p/${aws:PrincipalTag/team, none}/${ aws:username}/${}/${aws:user#name}/${aws:username}*/${x").map((p) => p.problem)).toEqual([
      'quote',
      'space',
      'empty',
      'symbol',
      'too-broad',
      'missing-brace',
    ]);
  });
});

describe('parseVariable', () => {
  it("reads a default written in single quotes after a comma", () => {
    // IAM User Guide, policy variables: "${aws:PrincipalTag/team, 'company-wide'}"
    expect(parseVariable("aws:PrincipalTag/team, 'company-wide'")).toEqual({ key: 'aws:PrincipalTag/team', fallback: 'company-wide' });
    expect(parseVariable('aws:username')).toEqual({ key: 'aws:username', fallback: undefined });
    expect(variableKey(" aws:PrincipalTag/team , 'x'")).toBe('aws:PrincipalTag/team');
  });

  it('gives the name as written, white space kept, for the name checks (lint and hasSpacedVariable)', () => {
    // Access Analyzer, "Unsupported space in variable": a space around the name is a problem of its own, so
    // the name is judged before it is trimmed; a default after the comma may hold spaces
    expect(variableName(" aws:username , 'a b'")).toBe(' aws:username ');
    expect(variableName('aws:username')).toBe('aws:username');
    expect(variableName(", 'x'")).toBe('');
  });

  it('refuses a body without a key or with an unquoted default', () => {
    expect(parseVariable('')).toBeUndefined();
    expect(parseVariable(", 'x'")).toBeUndefined();
    expect(parseVariable('aws:username, none')).toBeUndefined();
    expect(parseVariable("aws:username, 'x")).toBeUndefined();
  });
});
