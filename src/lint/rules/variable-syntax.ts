/**
 * Policy-variable syntax in Resource, NotResource and condition values (reference_policies_variables):
 * `${name}` or `${name, 'default'}`; the escapes `${*}`, `${?}`, `${$}` are literal characters.
 * MISSING_BRACE_IN_VARIABLE, EMPTY_VARIABLE, UNSUPPORTED_SPACE_IN_VARIABLE, UNSUPPORTED_SYMBOL_IN_VARIABLE,
 * MISSING_QUOTE_IN_VARIABLE, and VARIABLE_USAGE_TOO_BROAD.
 */
import { shared, valuePath, type LintContext, type LintRule, type Report } from '../context.js';
import { ALL_KINDS, show } from '../helpers.js';
import { BoundedCache } from '../../model/bounded-cache.js';
import { parseVariable, scanVariables, variableName, variableNameProblem } from '../../model/variables.js';

/** What is wrong with one `${...}` in a text, or undefined. */
export type VariableProblem = 'missing-brace' | 'empty' | 'space' | 'symbol' | 'quote' | 'too-broad';

/** Variables that tell principals apart (user name, user id, principal tags, federated claims), where a trailing wildcard leaks. */
function principalScoped(name: string): boolean {
  const n = name.toLowerCase();
  if (!n.startsWith('aws:')) return n.includes(':');
  return n === 'aws:username' || n === 'aws:userid' || n === 'aws:principalaccount' || n === 'aws:federatedprovider' || n.startsWith('aws:principaltag/');
}

type Problems = readonly { readonly problem: VariableProblem; readonly variable: string }[];
const problemsByText = new BoundedCache<string, Problems>(16_384);

/** The problems of the variables written in `text` (a string value of an element where variables work), once per text. */
export function variableProblems(text: string): Problems {
  return problemsByText.remember(text, findProblems);
}

function findProblems(text: string): Problems {
  const out: { problem: VariableProblem; variable: string }[] = [];
  // where each variable starts and ends, and which are escapes, is the model's reading
  const { uses, unclosed } = scanVariables(text);
  for (const { start, end, body } of uses) {
    const variable = text.slice(start, end);
    // the name as written (a space around it is a problem of its own)
    const name = variableName(body);
    const bad = variableNameProblem(name);
    if (bad !== undefined) out.push({ problem: bad, variable });
    else if (parseVariable(body) === undefined) out.push({ problem: 'quote', variable });
    if (principalScoped(name.trim()) && (text[end] === '*' || text[end] === '?')) out.push({ problem: 'too-broad', variable });
  }
  if (unclosed >= 0) out.push({ problem: 'missing-brace', variable: text.slice(unclosed) });
  return out;
}

/**
 * Every text where variables are resolved: Resource/NotResource entries and string condition values;
 * `pattern` says whether `*` and `?` are wildcards there (Resource entries and the values of operators
 * that compare by wildcard match, per the model's operator table; StringEquals compares them literally);
 * `element` says which element holds the text, and for a condition value whether its operator is negated.
 */
export function eachVariableText(ctx: LintContext, visit: (text: string, path: string, pattern: boolean, element: 'Resource' | 'NotResource' | 'Condition' | 'NegatedCondition') => void): void {
  for (const s of ctx.statements) {
    for (let i = 0; i < s.resourceTexts.length; i++) if (s.resourceTexts[i]!.raw.includes('${')) visit(s.resourceTexts[i]!.raw, s.resources[i]!.path, true, s.resourceElement!);
    for (const c of s.conditions) {
      const pattern = c.op?.compare === 'like';
      const element = c.op?.negated === true ? 'NegatedCondition' : 'Condition';
      c.values.forEach((v, i) => {
        if (typeof v === 'string' && v.includes('${')) visit(v, valuePath(c, i), pattern, element);
      });
    }
  }
}

/** A problem found in a text, with the path of the text. */
interface Found {
  readonly problem: VariableProblem;
  readonly variable: string;
  readonly path: string;
}

/** The six variable rules share one walk of the texts per policy (was one walk per rule). */
function problemsOf(ctx: LintContext): readonly Found[] {
  const out: Found[] = [];
  eachVariableText(ctx, (text, path, pattern) => {
    // a wildcard after a variable widens the match only where it is a wildcard
    for (const p of variableProblems(text)) if (pattern || p.problem !== 'too-broad') out.push({ problem: p.problem, variable: p.variable, path });
  });
  return out;
}

function variableRule(code: string, problem: VariableProblem, severity: 'error' | 'security', description: string, message: (variable: string) => string): LintRule {
  return {
    code,
    severity,
    description,
    kinds: ALL_KINDS,
    inspects: 'variables',
    check(ctx: LintContext, report: Report) {
      for (const p of shared(ctx, problemsOf)) if (p.problem === problem) report(p.path, message(p.variable));
    },
  };
}

/** MISSING_BRACE_IN_VARIABLE */
export const missingBraceInVariable = variableRule(
  'MISSING_BRACE_IN_VARIABLE',
  'missing-brace',
  'error',
  'A policy variable `${...` has no closing brace.',
  (v) => `The policy variable ${show(v)} has no closing "}"; add it after the variable name.`,
);
/** EMPTY_VARIABLE */
export const emptyVariable = variableRule('EMPTY_VARIABLE', 'empty', 'error', 'A policy variable `${}` names nothing.', (v) => `${show(v)} is an empty policy variable; name a key inside it or remove it.`);
/** UNSUPPORTED_SPACE_IN_VARIABLE */
export const unsupportedSpaceInVariable = variableRule(
  'UNSUPPORTED_SPACE_IN_VARIABLE',
  'space',
  'error',
  'The name inside a policy variable contains a space (`${aws:user name}`); only a default value may hold spaces.',
  (v) => `The variable name in ${show(v)} contains a space; remove it.`,
);
/** UNSUPPORTED_SYMBOL_IN_VARIABLE */
export const unsupportedSymbolInVariable = variableRule(
  'UNSUPPORTED_SYMBOL_IN_VARIABLE',
  'symbol',
  'error',
  'The name inside a policy variable contains a character that no condition key has (`${aws:user#name}`, a nested `${`).',
  (v) => `The variable name in ${show(v)} contains an unsupported character; variable names are condition keys such as aws:username.`,
);
/** MISSING_QUOTE_IN_VARIABLE */
export const missingQuoteInVariable = variableRule(
  'MISSING_QUOTE_IN_VARIABLE',
  'quote',
  'error',
  "The default value of a policy variable is not enclosed in single quotes (`${aws:PrincipalTag/team, company-wide}`).",
  (v) => `The default value in ${show(v)} must begin and end with a single quote: \${key, 'default'}.`,
);
/**
 * VARIABLE_USAGE_TOO_BROAD (typed-iam's reading of the check: Access Analyzer does not publish its
 * trigger): a wildcard right after a variable, so `home/${aws:username}*` also matches the objects of
 * every user whose name starts with yours.
 */
export const variableUsageTooBroad = variableRule(
  'VARIABLE_USAGE_TOO_BROAD',
  'too-broad',
  'security',
  'A wildcard follows a policy variable directly (`home/${aws:username}*`) in a Resource entry or a value of a wildcard-matching operator (StringLike, ArnLike, ...), so the value also matches other principals whose value starts with yours (`bob` matches `bobby`); put a delimiter between them (`home/${aws:username}/*`). Under StringEquals the `*` is literal (WILDCARD_WITHOUT_LIKE_OPERATOR).',
  (v) => `The wildcard right after ${show(v)} also matches values of other principals that start with this one; add a delimiter such as "/" before the wildcard.`,
);
