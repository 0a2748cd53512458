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
import { ALPHANUMERIC_SID, kindRules } from '../model/kinds.js';
import { EFFECTS, POLICY_VERSIONS, type PolicyKind } from '../model/policy-document.js';
import { BoundedCache } from '../model/bounded-cache.js';

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
  const principalMap = meta(
    z.strictObject({
      AWS: stringOrArray.optional(),
      Service: stringOrArray.optional(),
      Federated: stringOrArray.optional(),
      CanonicalUser: stringOrArray.optional(),
    }),
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
  const pairs: Record<string, unknown>[] = [{ oneOf: [{ required: ['Action'] }, { required: ['NotAction'] }] }];
  if (rules?.alphanumericSid) narrow['Sid'] = z.string().regex(ALPHANUMERIC_SID).optional();
  if (rules?.principal === 'forbidden') drop.Principal = drop.NotPrincipal = true;
  else if (rules !== undefined && !rules.notPrincipal) {
    drop.NotPrincipal = true;
    if (rules.principal === 'required') narrow['Principal'] = principal;
  } else
    pairs.push(
      rules?.principal === 'required'
        ? { oneOf: [{ required: ['Principal'] }, { required: ['NotPrincipal'] }] }
        : { not: { required: ['Principal', 'NotPrincipal'] } },
    );
  if (rules?.resource === 'forbidden') drop.Resource = drop.NotResource = true;
  else
    pairs.push(
      rules?.resource === 'required'
        ? { oneOf: [{ required: ['Resource'] }, { required: ['NotResource'] }] }
        : { not: { required: ['Resource', 'NotResource'] } },
    );
  const shaped = rules === undefined ? grammarStatement : grammarStatement.omit(drop).extend(narrow);
  const statement = meta(shaped as typeof grammarStatement, {
    id: 'Statement',
    description: 'One statement. Exactly one of Action and NotAction; at most one member of each other pair.',
    allOf: pairs,
  });

  const document = meta(
    z.strictObject({
      Version: z.enum(POLICY_VERSIONS).optional(),
      Id: z.string().optional(),
      Statement: z.union([statement, z.array(statement).min(1)]),
    }),
    {
      title: kind === undefined ? 'AWS IAM policy document' : `AWS IAM ${kind} policy document`,
      description:
        'IAM policy grammar as read by typed-iam (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html). ' +
        'Version defaults to "2008-10-17" when absent. Rules that JSON Schema cannot state (action and ARN syntax, trust-policy actions, ' +
        'Deny-only resource control policies) are checked by parsePolicy.',
    },
  );
  return { document, registry };
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
 * schema can state (Principal forbidden in identity policies, Resource in trust policies, ...).
 * Checks element names and JSON types only: `parsePolicy` checks everything (action and ARN
 * syntax, operators, the rules of the kind) and reports it with paths and positions.
 *
 * @example
 * ```ts
 * import { policySchema } from 'typed-iam/schema';
 * const r = policySchema().safeParse({ Statement: { Effect: 'Allow', Action: 3 } });
 * r.success; // false
 * ```
 */
export function policySchema(kind?: PolicyKind): z.ZodType<PolicyDocumentInput> {
  return schemas(kind).document;
}

/**
 * JSON Schema (draft 2020-12) of the policy grammar, generated from {@link policySchema}; with a
 * `kind`, also that kind's element rules that JSON Schema can state. A fresh object on every call.
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
