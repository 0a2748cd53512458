import { knownService } from '../catalog-cache.js';
import type { LintRule } from '../context.js';
import { ALL_KINDS, show, UNLISTED_KEYS } from '../helpers.js';

/**
 * True for keys that belong to an identity provider rather than a service: OIDC providers name
 * them by host (`token.actions.githubusercontent.com:sub`, `oidc.eks.../id/X:aud`), SAML by `saml:`.
 */
export function isProviderKey(keyLower: string): boolean {
  const colon = keyLower.indexOf(':');
  const prefix = colon < 0 ? keyLower : keyLower.slice(0, colon);
  return prefix === 'saml' || prefix.includes('.') || prefix.includes('/');
}

/** INVALID_SERVICE_CONDITION_KEY: a service condition key the service does not define. */
export const invalidServiceConditionKey: LintRule = {
  code: 'INVALID_SERVICE_CONDITION_KEY',
  severity: 'error',
  description: 'A service condition key (`service:Key`) is not defined by that service, or the key has no `prefix:` at all. Keys of OIDC providers (`<host>:sub`) and SAML (`saml:*`) are accepted.',
  kinds: ALL_KINDS,
  check(ctx, report) {
    for (const s of ctx.statements)
      for (const c of s.conditions) {
        if (c.keyLower.startsWith('aws:') || isProviderKey(c.keyLower) || c.key.includes('${')) continue;
        if (UNLISTED_KEYS.has(c.keyLower) || c.info !== undefined) continue;
        const colon = c.keyLower.indexOf(':');
        if (colon <= 0) {
          report(c.path, `Condition key ${show(c.key)} has no service prefix; write "service:Key" (for example "s3:prefix") or a global "aws:" key.`);
          continue;
        }
        const service = c.keyLower.slice(0, colon);
        report(
          c.path,
          knownService(service)
            ? `Service ${show(service)} has no condition key ${show(c.key)}; check the spelling in the Service Authorization Reference.`
            : `Condition key ${show(c.key)} names unknown service ${show(service)}; check the spelling.`,
        );
      }
  },
};
