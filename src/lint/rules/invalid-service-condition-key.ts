import { didYouMean, suggestConditionKeys } from '../../catalog/index.js';
import { missingTagKey } from './condition-values.js';
import { knownService } from '../catalog-cache.js';
import { show, UNLISTED_KEYS } from '../helpers.js';
import { conditionRule } from '../value-rule.js';

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
export const invalidServiceConditionKey = conditionRule({
  code: 'INVALID_SERVICE_CONDITION_KEY',
  severity: 'error',
  description:
    'A service condition key (`service:Key`) is not defined by that service, or names an unknown service. Keys of OIDC providers (`<host>:sub`) and SAML (`saml:*`) are accepted, and so are the keys AWS managed policies use or a service guide documents that the Service Authorization Reference does not list (src/lint/helpers.ts: `lakeformation:GlueARN`, `sagemaker:TargetContainerHostname`).',
  each(c, report) {
    if (c.keyLower.startsWith('aws:') || isProviderKey(c.keyLower) || c.key.includes('${')) return;
    if (UNLISTED_KEYS.has(c.keyLower) || c.info !== undefined || missingTagKey(c.keyLower)) return;
    const colon = c.keyLower.indexOf(':');
    if (colon <= 0) return; // INVALID_CONDITION_KEY_FORMAT
    const service = c.keyLower.slice(0, colon);
    report(
      c.path,
      knownService(service)
        ? `Service ${show(service)} has no condition key ${show(c.key)}.${didYouMean(suggestConditionKeys(c.key))} Check the spelling in the Service Authorization Reference.`
        : `Condition key ${show(c.key)} names unknown service ${show(service)}.${didYouMean(suggestConditionKeys(c.key))} Check the spelling.`,
    );
  },
});

/** INVALID_CONDITION_KEY_FORMAT: a condition key without `prefix:`. */
export const invalidConditionKeyFormat = conditionRule({
  code: 'INVALID_CONDITION_KEY_FORMAT',
  severity: 'error',
  description: 'A condition key has no `service:` prefix (`SourceIp`, `:prefix`), so it is no key IAM knows; use the format `service:keyname`.',
  each(c, report) {
    if (c.keyLower.indexOf(':') <= 0 && !c.key.includes('${'))
      report(c.path, `Condition key ${show(c.key)} is not in the format service:keyname; write "service:Key" (for example "s3:prefix") or a global "aws:" key.`);
  },
});

/** INVALID_CONDITION_DATA_TYPE: one key's values mix JSON types (`["2026-01-01", 5]`). */
export const invalidConditionDataType = conditionRule({
  code: 'INVALID_CONDITION_DATA_TYPE',
  severity: 'error',
  description: 'The values of one condition key mix JSON data types (strings with numbers or booleans); use values of one type that fits the key and operator.',
  each(c, report) {
    if (c.values.length < 2) return;
    const first = typeof c.values[0];
    if (c.values.every((v) => typeof v === first)) return;
    const types = new Set(c.values.map((v) => typeof v));
    report(c.path, `The values of ${show(c.key)} mix JSON types (${[...types].join(', ')}); write them all as ${c.op?.family === 'Bool' ? 'booleans' : c.op?.family === 'Numeric' ? 'numbers' : 'strings'}.`);
  },
});
