/**
 * Empty arrays and objects (Access Analyzer: Empty array action/resource/principal/condition, Empty
 * object condition/principal). The JSON reader already rejects most of them in text; these rules see
 * model documents and what the best-effort reader keeps.
 */
import type { LintContext, LintRule, Report } from '../context.js';
import { keyPath } from '../context.js';
import { PRINCIPAL_TYPES } from '../../model/policy-document.js';
import { ALL_KINDS, PRINCIPAL_KINDS, show } from '../helpers.js';

function emptyRule(code: string, alias: string, description: string, check: (ctx: LintContext, report: Report) => void, kinds = ALL_KINDS): LintRule {
  return { code, severity: 'suggestion', description, kinds, aliases: [alias], readShape: true, check };
}

/**
 * An empty Action or Resource matches no request. An empty NotAction or NotResource has two
 * readings that differ in what they allow: no effect (Access Analyzer) or everything (literally).
 */
function emptyElementRule(code: string, el: 'Action' | 'Resource', what: string): LintRule {
  const not = `Not${el}` as const;
  return emptyRule(
    code,
    'EMPTY_ARRAY',
    `${el} or ${not} is an empty array. An empty ${el} matches no request; an empty ${not} has no effect by Access Analyzer's reading and matches every ${what} read literally (\`typed-iam/evaluate\` refuses it).`,
    (ctx, report) => {
      for (const s of ctx.statements) {
        if (s.statement[el]?.length === 0) report(`${s.path}.${el}`, `${el} is an empty list, so the statement matches no request; add ${what}s or remove the statement.`);
        if (s.statement[not]?.length === 0)
          report(`${s.path}.${not}`, `${not} is an empty list: Access Analyzer reads the statement as having no effect, read literally it matches every ${what}, and AWS does not say which holds; list what it excludes or remove the statement.`);
      }
    },
  );
}

/** EMPTY_ARRAY_ACTION */
export const emptyArrayAction = emptyElementRule('EMPTY_ARRAY_ACTION', 'Action', 'action');
/** EMPTY_ARRAY_RESOURCE */
export const emptyArrayResource = emptyElementRule('EMPTY_ARRAY_RESOURCE', 'Resource', 'resource');
/** EMPTY_ARRAY_PRINCIPAL */
export const emptyArrayPrincipal = emptyRule(
  'EMPTY_ARRAY_PRINCIPAL',
  'EMPTY_ARRAY',
  'A principal type in Principal or NotPrincipal has an empty list.',
  (ctx, report) => {
    for (const s of ctx.statements)
      for (const el of ['Principal', 'NotPrincipal'] as const) {
        const p = s.statement[el];
        if (p === undefined || p === '*') continue;
        for (const t of PRINCIPAL_TYPES)
          if (p[t]?.length === 0) report(`${s.path}.${el}.${t}`, `${el}.${t} is an empty list; add principals or remove it.`);
      }
  },
  PRINCIPAL_KINDS,
);

function emptyCondition(code: string, description: string, select: (qualifier: string | undefined, ifExists: boolean) => boolean, message: (key: string) => string): LintRule {
  return emptyRule(code, 'EMPTY_ARRAY', description, (ctx, report) => {
    for (const s of ctx.statements)
      for (const c of s.conditions) {
        if (c.values.length !== 0) continue;
        if (select(c.op?.qualifier, c.op?.ifExists ?? false)) report(c.path, message(c.key));
      }
  });
}

/** EMPTY_ARRAY_CONDITION */
export const emptyArrayCondition = emptyCondition(
  'EMPTY_ARRAY_CONDITION',
  'A condition key has an empty list of values, so the condition does not affect the policy as intended.',
  (q, ifExists) => q === undefined && !ifExists,
  (k) => `There are no values for ${show(k)}; give values or remove the key.`,
);
/** EMPTY_ARRAY_CONDITION_FORALLVALUES */
export const emptyArrayConditionForAllValues = emptyCondition(
  'EMPTY_ARRAY_CONDITION_FORALLVALUES',
  '`ForAllValues:` with an empty list of values matches only when the key is absent or empty.',
  (q) => q === 'ForAllValues',
  (k) => `ForAllValues with no values for ${show(k)} matches only requests without the key; use "Null": {${show(k)}: "true"} if that is the intent.`,
);
/** EMPTY_ARRAY_CONDITION_FORANYVALUE */
export const emptyArrayConditionForAnyValue = emptyCondition(
  'EMPTY_ARRAY_CONDITION_FORANYVALUE',
  '`ForAnyValue:` with an empty list of values never matches.',
  (q) => q === 'ForAnyValue',
  (k) => `ForAnyValue with no values for ${show(k)} never matches; give values or remove the key.`,
);
/** EMPTY_ARRAY_CONDITION_IFEXISTS */
export const emptyArrayConditionIfExists = emptyCondition(
  'EMPTY_ARRAY_CONDITION_IFEXISTS',
  'An `...IfExists` operator with an empty list of values matches only when the key is missing; use `Null` with `true`.',
  (q, ifExists) => q === undefined && ifExists,
  (k) => `IfExists with no values for ${show(k)} matches only when the key is missing; write "Null": {${show(k)}: "true"}.`,
);

/** EMPTY_OBJECT_CONDITION */
export const emptyObjectCondition = emptyRule('EMPTY_OBJECT_CONDITION', 'EMPTY_OBJECT', 'A Condition or a condition operator block is an empty object; remove it.', (ctx, report) => {
  for (const s of ctx.statements) {
    const c = s.statement.Condition;
    if (c === undefined) continue;
    const ops = Object.keys(c);
    if (ops.length === 0) report(`${s.path}.Condition`, 'Condition is an empty object; remove it.');
    for (const op of ops) if (Object.keys(c[op]!).length === 0) report(keyPath(`${s.path}.Condition`, op), `Operator block ${show(op)} is empty; remove it or add a key.`);
  }
});
/** EMPTY_OBJECT_PRINCIPAL */
export const emptyObjectPrincipal = emptyRule(
  'EMPTY_OBJECT_PRINCIPAL',
  'EMPTY_OBJECT',
  'Principal or NotPrincipal is an empty object; name principals or remove it. The statement names no principal and has no effect (Access Analyzer\'s "Empty object principal"); this finding stands in for the parser\'s `INVALID_PRINCIPAL` at the same path, so the one mistake is reported once.',
  (ctx, report) => {
    for (const s of ctx.statements)
      for (const el of ['Principal', 'NotPrincipal'] as const) {
        const p = s.statement[el];
        if (p !== undefined && p !== '*' && Object.keys(p).length === 0) report(`${s.path}.${el}`, `${el} is an empty object; name principals or remove it.`);
      }
  },
  PRINCIPAL_KINDS,
);
