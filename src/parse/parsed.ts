/**
 * The policy `parsePolicy` returns: the builder's policy type, written back as it was read. An
 * unchanged parsed policy's text is its source JSON (every form and order kept); `size()` counts
 * that text. Kept out of `policy/` so a builder-only bundle carries none of it.
 */
import { emitDocument, type PolicyJson, type StatementJson } from '../emit/emit.js';
import { assertCountsFit, assertSentFits, measure, type SizeReport } from '../emit/size.js';
import { resolveTarget, type SizeTarget, type SizeTargetName } from '../emit/size-targets.js';
import { deepFreeze } from '../internal/freeze.js';
import type { PolicyDocument, PolicyKind } from '../model/policy-document.js';
import { PolicyImpl, readPolicyOptions, SIZE_OPTIONS, TO_STRING_OPTIONS } from '../policy/policy.js';
import type { Policy, SizeOptions, ToStringOptions } from '../policy/types.js';
import { SOURCE } from './build.js';
import { otherResourceTarget, sendCanonical } from '../messages.js';

/** The source JSON of a parsed document (see `SOURCE` in build.ts). */
function source(p: PolicyImpl): { readonly Statement?: unknown } {
  return (p.document as { [SOURCE]?: { readonly Statement?: unknown } })[SOURCE]!;
}

/**
 * The compact text and the text sent (pretty: the same JSON indented by two spaces): the source
 * JSON, or with `canonical` the canonical emit.
 */
function texts(p: PolicyImpl, pretty: unknown, canonical: unknown): [string, string] {
  const json = canonical ? emitDocument(p.document) : source(p);
  const compact = JSON.stringify(json);
  return [compact, pretty ? JSON.stringify(json, null, 2) : compact];
}

/**
 * The resource policy targets by the service prefix of the actions (docs/size-limits.md): a parsed
 * resource policy is measured against `s3-bucket` unless told otherwise, and a KMS key policy of
 * 25 KB is over that while it fits its own target.
 */
const TARGET_OF_SERVICE: { readonly [service: string]: SizeTargetName } = {
  'kms': 'kms-key',
  'sqs': 'sqs-queue',
  'sns': 'sns-topic',
  'lambda': 'lambda',
  'dynamodb': 'dynamodb',
  'secretsmanager': 'secretsmanager',
  'ecr': 'ecr-repository',
  'events': 'eventbridge-bus',
  'logs': 'logs-resource-policy',
  'execute-api': 'apigateway',
  'es': 'opensearch',
  'glacier': 's3-glacier-vault',
  'elasticfilesystem': 'efs-file-system',
};

/**
 * When the text sent is over `t` (and its compact form too): the advice to send the canonical form
 * when that fits (`canonical`: the text sent is the source form), else, for a resource policy over
 * `s3-bucket` whose actions are all of one other service, the target of that service's policy
 * when the text fits it.
 */
function sourceAdvice(p: PolicyImpl, t: SizeTarget, [compact, sent]: readonly [string, string], canonical: boolean): string | undefined {
  if (canonical) {
    const text = JSON.stringify(emitDocument(p.document));
    const r = measure(text, text, t);
    if (r.fits) return sendCanonical(r.length, r.unit);
  }
  if (p.kind !== 'resource' || t.name !== 's3-bucket') return undefined;
  const services = new Set<string>();
  for (const st of p.document.Statement) for (const a of st.Action ?? ['*']) services.add(a.slice(0, Math.max(0, a.indexOf(':'))).toLowerCase());
  const [service] = services;
  const name = services.size === 1 && service !== undefined ? TARGET_OF_SERVICE[service] : undefined;
  if (name === undefined) return undefined;
  const r = measure(compact, sent, name);
  return r.fits ? otherResourceTarget(service!, name, r.limit, r.length, r.unit) : undefined;
}

/**
 * A parsed policy (docs/parsing.md "Lossless text and exact size"). What changes it (`add`,
 * `withId`) returns a policy written canonically; `{ canonical: true }` asks for that form here.
 */
export class ParsedPolicy<K extends PolicyKind = PolicyKind> extends PolicyImpl<K> {
  override toJSON(): PolicyJson {
    const { Version, Id } = this.document;
    const st = source(this).Statement;
    const out = { Version } as PolicyJson;
    if (Id !== undefined) out.Id = Id;
    out.Statement = structuredClone((Array.isArray(st) ? st : [st]) as StatementJson[]);
    return out;
  }

  override toString(options: ToStringOptions = {}): string {
    // each option read once, as a built policy reads them (null as none: it was a TypeError)
    const { pretty, canonical, target: given } = readPolicyOptions(options, TO_STRING_OPTIONS);
    const [compact, sent] = texts(this, pretty, canonical);
    // the checks of a built policy, in its order, on one checked copy of the target; the counts
    // are the document's (repeated values included, as written)
    const target = resolveTarget(given ?? this.defaultTarget);
    assertSentFits(compact, sent, target, this.kind, (t) => sourceAdvice(this, t, [compact, sent], canonical !== true));
    assertCountsFit(this.document, target);
    return sent;
  }

  override size(target?: SizeTargetName | SizeTarget, options: SizeOptions = {}): SizeReport {
    const { pretty, canonical } = readPolicyOptions(options, SIZE_OPTIONS);
    const [compact, sent] = texts(this, pretty, canonical);
    return measure(compact, sent, target ?? this.defaultTarget);
  }

  override withTarget(target: SizeTargetName | SizeTarget): Policy<K> {
    // the base class checks the target and keeps a target of your own as its checked, frozen copy
    return parsedPolicy(this.kind, this.document, true, super.withTarget(target).defaultTarget);
  }
}

/**
 * Wraps a parsed, validated document; `frozen` says the reader froze all of it already. (The one
 * place a `ParsedPolicy` is made: a class body naming its own class would print as `_ParsedPolicy`
 * once bundled, see `newPolicy` in policy/policy.ts.)
 */
export function parsedPolicy<K extends PolicyKind>(kind: K, document: PolicyDocument, frozen: boolean, target?: SizeTargetName | SizeTarget): Policy<K> {
  return new ParsedPolicy(kind, frozen ? document : deepFreeze(document), target) as unknown as Policy<K>;
}
