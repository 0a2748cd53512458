/** Wording of the messages of typed-iam/vitest that are errors (the matchers' own failure messages stay beside them). */
import { show } from '../model/messages.js';

export const vitestMessages = {
  /** `what` (the received value, the reference, ...) is `got`, which no matcher reads. */
  notPolicies: (what: string, got: string) =>
    `typed-iam/vitest: ${what} is ${got}; give a policy, a policy document ({ Statement }) or a policy set ({ identity, resource, boundary, session, endpoint, scp, rcp }). Nothing is decided for it.`,
  aString: () => 'a string (parse JSON text first: parsePolicy(text) from typed-iam)',
  aPromise: () => 'a promise (await it first, or write expect(promise).resolves.toAllow(...))',
  anArray: () => 'an array (give a list of policies as { identity: [...] })',
  unknownKeys: (keys: readonly string[]) => `an object with ${keys.map(show).join(', ')}`,
  noPolicy: () => 'an object without any policy',
  denyKind: (kind: unknown) => `typed-iam/vitest: toDeny's kind is ${show(kind)}; write 'explicit-deny' or 'implicit-deny', or omit it for either.`,
  /** An action, resource or context key of a request or query that lint finds names nothing; `entry` when a newer catalog could know it. */
  namesNothing: (where: string, finding: string, entry: string | undefined) =>
    `typed-iam/vitest: ${where} names nothing AWS has, so no policy could allow it and an assertion that none does could not fail. ${finding}${
      entry === undefined ? '' : ` If it is newer than the catalog, list it in the matcher's options: { uncataloged: [${show(entry)}] }.`
    }`,
  wildcardInRequest: (field: 'resource' | 'principal', value: string) =>
    `typed-iam/vitest: the request's ${field} ${show(value)} holds a wildcard, which a request compares as a literal character (a request names one ${field}, not every one a pattern covers). Name one ${field}${
      field === 'resource' ? ', or ask about every resource a pattern covers with toNeverAllow({ actions, resources })' : ''
    }; if you mean the character itself, list the text in the matcher's options: { uncataloged: [${show(value)}] }.`,
  badOptions: (got: unknown) => `typed-iam/vitest: the matcher's options are ${show(got)}; give an object such as { uncataloged: ['s3:NewAction'] }.`,
  badUncataloged: (got: unknown) => `typed-iam/vitest: options.uncataloged is ${show(got)}; give an array of the actions, condition keys or ARNs newer than the catalog.`,
  /** A request, query or options object holds a field the matcher does not read (evaluate and analyze ignore it). */
  unknownOption: (fields: readonly string[], known: readonly string[]) =>
    `typed-iam/vitest: the matcher's options have ${fields.map(show).join(', ')}, which this matcher does not read: it would be ignored, and the assertion would be about another question than the one written. Its options: ${known.join(', ')}.`,
  /** A policy set of filters alone (boundary, session, SCPs, RCPs, endpoint): it grants nothing, so every proof of absence about it holds. */
  onlyFilters: (keys: readonly string[]) =>
    `a set of policies that only filter (${keys.join(', ')}) and grant nothing, so it allows no request whatever they say and no proof about it could fail (give the policies that grant with them, { identity, ${keys[0] ?? 'boundary'} }, or the typed policy alone, such as policy.boundary(...), which is read as the most it lets through)`,
  /** A statement (a StatementBuilder, or its JSON) given where a policy goes. */
  aStatement: (built: boolean) =>
    built ? 'a statement builder (wrap it in a policy: policy.identity(statement))' : 'a statement, not a policy (wrap it in a document: { Version: "2012-10-17", Statement: [statement] })',
  /** A CDK PolicyDocument or PolicyStatement given where a policy goes. */
  aCdkPolicy: () => "an AWS CDK policy document or statement (read it with fromCdk(doc) from 'typed-iam/cdk')",
  /** A matcher used asymmetrically (inside toEqual) whose answer is neither pass nor fail. */
  undecidedAsymmetric: (matcher: string, why: string) =>
    `typed-iam/vitest: expect.${matcher}(...) inside toEqual (or another asymmetric use) cannot decide, and an undecided answer read as "does not match" would let .not.toEqual pass: ${why}`,
  /** A request whose action holds a wildcard: one request calls one action. */
  wildcardAction: (action: string) =>
    `typed-iam/vitest: the request's action ${show(action)} holds a wildcard; a request calls one action (evaluate refuses a pattern). Name one action, or ask about every action a pattern covers with toNeverAllow({ actions: [${show(action)}] }).`,
  /** The policies given deny the request whatever they say: the deny comes from what is missing. */
  forcedDeny: (explanation: string, note: string) =>
    `no content of the policies given could allow this request, so no assertion about it can pass or fail on them${note}: even with each of them allowing everything, ${explanation.charAt(0).toLowerCase()}${explanation.slice(1)} Give the policies that decide it (for a cross-account request both sides: expect({ identity, resource })).`,
};
