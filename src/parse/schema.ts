/**
 * `typed-iam/schema`: the policy grammar as a zod schema (element names and JSON types), per policy
 * kind, and the JSON Schemas generated from it. This is the only module that loads zod: the parser
 * checks the same grammar with its own walk (`grammar.ts`; a test keeps both in step), so building
 * and parsing policies never load it. Rules across elements and the rules of each kind are checked
 * by `validateDocument` (model/kinds); the per-kind schemas mirror what JSON Schema can state.
 *
 * @example
 * ```ts
 * import { policySchema, type PolicyDocumentInput } from 'typed-iam/schema';
 * const doc: PolicyDocumentInput = { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' } };
 * policySchema('identity').safeParse(doc).success; // true
 * ```
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import { ALPHANUMERIC_SID, kindRules, PAIRS } from '../model/kinds.js';
import { conflicting, emptyPrincipal, missingAction, notAKind, principalRequired, resourceRequired } from '../model/messages.js';
import { EFFECTS, isPolicyKind, POLICY_VERSIONS, type PolicyKind } from '../model/policy-document.js';
import { PolicyArgumentError } from '../errors.js';
import { BoundedCache } from '../model/bounded-cache.js';
import { isRecord, setOwn } from '../internal/record.js';

/** JSON Schema keywords attached to a zod schema (kept out of zod's global registry). */
type JsonSchemaMeta = { id?: string; title?: string; description?: string; [keyword: string]: unknown };


/** Builds the schemas; `kind` undefined gives the grammar every kind shares (what the parser checks). */
function build(kind: PolicyKind | undefined) {
  const registry = z.registry<JsonSchemaMeta>();
  const meta = <T extends z.ZodType>(schema: T, m: JsonSchemaMeta): T => {
    registry.add(schema, m);
    return schema;
  };
  const rules = kind === undefined ? undefined : kindRules[kind];

  const stringOrArray = meta(z.union([z.string(), z.array(z.string())]), {
    id: 'StringOrArray',
    description: 'One string or an array of strings.',
  });
  // at least one principal type: JSON Schema's minProperties, zod's refine (the model's INVALID_PRINCIPAL)
  const principalMap = meta(
    z
      .strictObject({
        AWS: stringOrArray.optional(),
        Service: stringOrArray.optional(),
        Federated: stringOrArray.optional(),
        CanonicalUser: stringOrArray.optional(),
      })
      .refine((p) => Object.keys(p).length > 0, { message: emptyPrincipal() }),
    { minProperties: 1 },
  );
  const principal = meta(z.union([z.literal('*'), principalMap]), {
    id: 'Principal',
    description: '"*" (anyone) or a map from principal type to one value or an array of values.',
  });
  const conditionValue = z.union([z.string(), z.number(), z.boolean()]);
  const conditionValues = z.union([conditionValue, z.array(conditionValue)]);
  // an empty Condition or operator block is valid: IAM takes it (Access Analyzer suggests removing it)
  const conditionBlock = meta(z.record(z.string(), conditionValues), { description: 'Condition keys of one operator and their values.' });
  const condition = meta(z.record(z.string(), conditionBlock), { id: 'Condition', description: 'Condition operator -> condition key -> value(s).' });

  const grammarStatement = z.strictObject({
    Sid: z.string().optional(),
    Effect: z.enum(EFFECTS),
    Principal: principal.optional(),
    NotPrincipal: principal.optional(),
    Action: stringOrArray.optional(),
    NotAction: stringOrArray.optional(),
    Resource: stringOrArray.optional(),
    NotResource: stringOrArray.optional(),
    Condition: condition.optional(),
  });
  // a kind narrows the shared grammar: elements it forbids go, elements it requires lose optional()
  const drop: { [K in keyof typeof grammarStatement.shape]?: true } = {};
  const narrow: Record<string, z.ZodType> = {};
  // the model's element pairs (kinds.ts PAIRS) both schemas state: exactly one of Action and
  // NotAction (and of a pair the kind requires), at most one of any other pair the kind keeps
  const [actions, resources, principals] = PAIRS;
  const pairRules: { pair: readonly [string, string]; required: boolean }[] = [{ pair: actions, required: true }];
  if (rules?.alphanumericSid) narrow['Sid'] = z.string().regex(ALPHANUMERIC_SID).optional();
  if (rules?.principal === 'forbidden') drop.Principal = drop.NotPrincipal = true;
  else if (rules !== undefined && !rules.notPrincipal) {
    drop.NotPrincipal = true;
    if (rules.principal === 'required') narrow['Principal'] = principal;
  } else pairRules.push({ pair: principals, required: rules?.principal === 'required' });
  if (rules?.resource === 'forbidden') drop.Resource = drop.NotResource = true;
  else pairRules.push({ pair: resources, required: rules?.resource === 'required' });
  const missing = (a: string) => (a === 'Action' ? missingAction() : a === 'Resource' ? resourceRequired() : principalRequired(kind ?? 'resource'));
  const shaped = (rules === undefined ? grammarStatement : grammarStatement.omit(drop).extend(narrow)).superRefine((s, ctx) => {
    const has = (el: string) => (s as Record<string, unknown>)[el] !== undefined;
    for (const { pair: [a, b], required } of pairRules) {
      if (has(a) && has(b)) ctx.addIssue({ code: 'custom', path: [b], message: conflicting(a, b) });
      else if (required && !has(a) && !has(b)) ctx.addIssue({ code: 'custom', path: [], message: missing(a) });
    }
  });
  const statement = meta(shaped as unknown as typeof grammarStatement, {
    id: 'Statement',
    description: 'One statement. Exactly one of Action and NotAction; at most one member of each other pair.',
    allOf: pairRules.map(({ pair: [a, b], required }) =>
      required ? { oneOf: [{ required: [a] }, { required: [b] }] } : { not: { required: [a, b] } },
    ),
  });

  // zod's records skip a `__proto__` key: unchecked, and missing from the output (a lost operator
  // block or condition key would widen an Allow). The document checks and copies those entries
  // from the input it was given, which `reader` notes just before, in the same synchronous parse.
  let given: unknown;
  const document = meta(
    z
      .strictObject({
        Version: z.enum(POLICY_VERSIONS).optional(),
        Id: z.string().optional(),
        Statement: z.union([statement, z.array(statement).min(1)]),
      })
      .superRefine((out, ctx) => protoEntries(given, out, ctx, conditionBlock, conditionValues)),
    {
      title: kind === undefined ? 'AWS IAM policy document' : `AWS IAM ${kind} policy document`,
      description:
        'IAM policy grammar as read by typed-iam (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html). ' +
        'Version defaults to "2008-10-17" when absent. Rules that JSON Schema cannot state (action and ARN syntax, trust-policy actions, ' +
        'Deny-only resource control policies) are checked by parsePolicy.',
    },
  );
  const reader = z.preprocess((input: unknown) => (given = input), document);
  return { document, reader, registry };
}


/**
 * The entries zod's records skip, read from `input` (the document given) into `out` (zod's output
 * of it): a `__proto__` operator of a Condition (checked as an operator block) and a `__proto__`
 * condition key of an operator block (checked as condition values). A valid one is defined on the
 * output as an own data property (never assigned: the prototype stays), so the output loses no
 * entry; an invalid one is an issue at its path. The verdict is parsePolicy's and the JSON
 * Schema's, for which `__proto__` is a key like any other.
 */
function protoEntries(input: unknown, out: unknown, ctx: z.RefinementCtx, block: z.ZodType, values: z.ZodType): void {
  if (!isRecord(input) || !isRecord(out) || !Object.hasOwn(input, 'Statement')) return;
  const bare = !Array.isArray(input['Statement']);
  const given: unknown[] = bare ? [input['Statement']] : (input['Statement'] as unknown[]);
  const made: unknown[] = bare ? [out['Statement']] : (out['Statement'] as unknown[]);
  given.forEach((statement, i) => {
    const condition = isRecord(statement) && Object.hasOwn(statement, 'Condition') ? statement['Condition'] : undefined;
    const outCondition = made[i];
    const target = isRecord(outCondition) ? outCondition['Condition'] : undefined;
    if (!isRecord(condition) || !isRecord(target)) return;
    const at = bare ? ['Statement', 'Condition'] : ['Statement', i, 'Condition'];
    const copy = (into: Record<string, unknown>, schema: z.ZodType, value: unknown, path: PropertyKey[]): unknown => {
      const r = schema.safeParse(value);
      if (!r.success) {
        for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', path: [...path, ...issue.path], message: issue.message });
        return undefined;
      }
      setOwn(into, '__proto__', r.data);
      return r.data;
    };
    for (const op of Object.keys(condition)) {
      const given = condition[op];
      const made = op === '__proto__' ? copy(target, block, given, [...at, op]) : Object.hasOwn(target, op) ? target[op] : undefined;
      if (isRecord(given) && Object.hasOwn(given, '__proto__') && isRecord(made)) copy(made, values, given['__proto__'], [...at, op, '__proto__']);
    }
  });
}

type Schemas = ReturnType<typeof build>;

/**
 * A policy document as JSON (what `JSON.parse` gives for a policy), in the shape the grammar
 * allows: string-or-array elements, `"*"` or a principal map, condition values.
 */
export type PolicyDocumentInput = z.input<Schemas['document']>;

const cache = new BoundedCache<PolicyKind | 'any', Schemas>(16);

/** The schemas of `kind`, or of the grammar shared by all kinds; built once, on first use. */
function schemas(kind?: PolicyKind): Schemas {
  // plain JavaScript, configuration: a misspelt kind ('Identity') would give the schema of no
  // kind, which takes what that kind refuses (a Principal in an identity policy)
  if (kind !== undefined && !isPolicyKind(kind)) throw new PolicyArgumentError('kind', notAKind(kind));
  const k = kind ?? 'any';
  let s = cache.get(k);
  if (s === undefined) {
    s = build(kind);
    cache.set(k, s);
  }
  return s;
}

/**
 * The policy grammar as a zod schema; with a `kind`, narrowed by that kind's element rules that a
 * schema can state (Principal forbidden in identity policies, Resource in trust policies, the
 * element pairs, ...). Accepts what {@link policyJsonSchema} accepts; `parsePolicy` also checks
 * the rules of values (action syntax, empty values, characters, trust and RCP actions) and reports
 * everything with paths and positions (docs/parsing.md, "Where the schemas and parsePolicy differ").
 * A `kind` that names no policy kind throws {@link PolicyArgumentError}.
 *
 * @example
 * ```ts
 * import { policySchema } from 'typed-iam/schema';
 * const r = policySchema().safeParse({ Statement: { Effect: 'Allow', Action: 3 } });
 * r.success; // false
 * ```
 */
export function policySchema(kind?: PolicyKind): z.ZodType<PolicyDocumentInput> {
  return schemas(kind).reader as unknown as z.ZodType<PolicyDocumentInput>;
}

/**
 * JSON Schema (draft 2020-12) of the policy grammar, generated from {@link policySchema}; with a
 * `kind`, also that kind's element rules that JSON Schema can state (a `kind` that names no policy
 * kind throws {@link PolicyArgumentError}). A fresh object on every call.
 * The committed files in `schema/` of the package hold the same content.
 *
 * @example
 * ```ts
 * import { policyJsonSchema } from 'typed-iam/schema';
 * const schema = policyJsonSchema('trust');
 * schema['$schema']; // 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export function policyJsonSchema(kind?: PolicyKind): Record<string, unknown> {
  const s = schemas(kind);
  return z.toJSONSchema(s.document, { io: 'input', target: 'draft-2020-12', metadata: s.registry }) as Record<string, unknown>;
}
