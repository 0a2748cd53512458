import { show } from '../helpers.js';
import { conditionRule } from '../value-rule.js';

/**
 * The keys UNTRUSTWORTHY_CONDITION_KEY reports. Its reference entry ("Security Warning – Untrustworthy
 * condition key": a key "not recommended for access control" because the caller can spoof or
 * manipulate its value) names no key and points to the global condition keys page; that page warns of
 * exactly these two, whose values come from HTTP headers the caller writes (`Referer`, `User-Agent`).
 */
const CALLER_SET_KEYS: ReadonlySet<string> = new Set(['aws:referer', 'aws:useragent']);

/** UNTRUSTWORTHY_CONDITION_KEY: a condition on a key whose value the caller chooses. */
export const untrustworthyConditionKey = conditionRule({
  code: 'UNTRUSTWORTHY_CONDITION_KEY',
  severity: 'security',
  description:
    'A condition tests `aws:Referer` or `aws:UserAgent`, whose values come from HTTP headers the caller writes: anyone can send the value the policy expects, so the condition does not control access. Use keys AWS sets (`aws:SourceVpce`, `aws:SourceIp`, `aws:PrincipalOrgID`, ...).',
  each(c, report) {
    if (CALLER_SET_KEYS.has(c.keyLower)) report(c.path, `${show(c.key)} holds a header value the caller chooses and can forge, so it cannot be relied on for access control; test a key AWS sets instead.`);
  },
});
