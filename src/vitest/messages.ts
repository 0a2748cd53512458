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
};
