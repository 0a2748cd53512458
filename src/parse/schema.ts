/**
 * The policy grammar as zod schemas: the shape the parser checks (element names, JSON types) and, per policy kind, the source of the published JSON Schemas.
 * Rules across elements and the rules of each kind are checked by `validateDocument` (model/kinds),
 * not here; the per-kind schemas only mirror them for editors and other tools.
 */
import { z } from 'zod';
import { kindRules } from '../model/kinds.js';
import type { PolicyKind } from '../model/policy-document.js';
import { BoundedCache } from '../internal/bounded-cache.js';

/** JSON Schema keywords attached to a zod schema (kept out of zod's global registry). */
type JsonSchemaMeta = { id?: string; title?: string; description?: string; [keyword: string]: unknown };

export interface Schemas {
  readonly document: z.ZodType;
  readonly conditionBlock: z.ZodType;
  readonly conditionValues: z.ZodType;
  readonly registry: z.core.$ZodRegistry<JsonSchemaMeta>;
}

const VERSIONS = ['2012-10-17', '2008-10-17'] as const;

/** Builds the schemas; `kind` undefined gives the grammar every kind shares (what the parser checks). */
function build(kind: PolicyKind | undefined): Schemas {
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
  const conditionValues = z.union([conditionValue, z.array(conditionValue).min(1)]);
  const conditionBlock = meta(
    z.record(z.string(), conditionValues),
    { minProperties: 1, description: 'Condition keys of one operator and their values.' },
  );
  const condition = meta(
    z.record(z.string(), conditionBlock),
    { id: 'Condition', minProperties: 1, description: 'Condition operator -> condition key -> value(s).' },
  );

  const sid = rules?.alphanumericSid ? z.string().regex(/^[A-Za-z0-9]*$/) : z.string();
  const shape: Record<string, z.ZodType> = { Sid: sid.optional(), Effect: z.enum(['Allow', 'Deny']) };
  const pairs: Record<string, unknown>[] = [{ oneOf: [{ required: ['Action'] }, { required: ['NotAction'] }] }];
  if (rules === undefined || rules.principal !== 'forbidden') {
    const withNot = rules === undefined || rules.notPrincipal;
    shape['Principal'] = rules?.principal === 'required' && !withNot ? principal : principal.optional();
    if (withNot) {
      shape['NotPrincipal'] = principal.optional();
      pairs.push(
        rules?.principal === 'required'
          ? { oneOf: [{ required: ['Principal'] }, { required: ['NotPrincipal'] }] }
          : { not: { required: ['Principal', 'NotPrincipal'] } },
      );
    }
  }
  shape['Action'] = stringOrArray.optional();
  shape['NotAction'] = stringOrArray.optional();
  if (rules?.resource !== 'forbidden') {
    shape['Resource'] = stringOrArray.optional();
    shape['NotResource'] = stringOrArray.optional();
    pairs.push(
      rules?.resource === 'required'
        ? { oneOf: [{ required: ['Resource'] }, { required: ['NotResource'] }] }
        : { not: { required: ['Resource', 'NotResource'] } },
    );
  }
  shape['Condition'] = condition.optional();
  const statement = meta(z.strictObject(shape), {
    id: 'Statement',
    description: 'One statement. Exactly one of Action and NotAction; at most one member of each other pair.',
    allOf: pairs,
  });

  const document = meta(
    z.strictObject({
      Version: z.enum(VERSIONS).optional(),
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
  return { document, conditionBlock, conditionValues, registry };
}

const cache = new BoundedCache<PolicyKind | 'any', Schemas>(16);

/** The schemas of `kind`, or of the grammar shared by all kinds; built once, on first use. */
export function schemas(kind?: PolicyKind): Schemas {
  const k = kind ?? 'any';
  let s = cache.get(k);
  if (s === undefined) {
    s = build(kind);
    cache.set(k, s);
  }
  return s;
}

/** JSON Schema (draft 2020-12) of a policy document; a fresh object on every call. */
export function toJsonSchema(kind?: PolicyKind): Record<string, unknown> {
  const s = schemas(kind);
  return z.toJSONSchema(s.document, { io: 'input', target: 'draft-2020-12', metadata: s.registry }) as Record<string, unknown>;
}
