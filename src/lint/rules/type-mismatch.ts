import { show } from '../helpers.js';
import type { OperatorFamily } from '../../model/operators.js';
import { conditionRule } from '../value-rule.js';

/**
 * Key types (without `ArrayOf`) each operator family works with. ARN operators on String keys are
 * accepted: String keys such as `kms:EncryptionContext:aws:logs:arn` hold ARNs (TYPE_MISMATCH_ARN
 * checks the values).
 */
const FITS: { readonly [F in OperatorFamily]: readonly string[] } = {
  String: ['String', 'ARN'],
  ARN: ['ARN', 'String'],
  Numeric: ['Numeric'],
  Date: ['Date'],
  Bool: ['Bool'],
  IPAddress: ['IPAddress'],
  Binary: ['Binary'],
  Null: [],
};

const ADVICE: { readonly [t: string]: string } = {
  String: 'a String operator (StringEquals, StringLike, ...)',
  ARN: 'an ARN operator (ArnLike, ArnEquals, ...) or a String operator',
  Numeric: 'a Numeric operator (NumericEquals, NumericLessThan, ...)',
  Date: 'a Date operator (DateGreaterThan, DateLessThan, ...)',
  Bool: 'Bool',
  IPAddress: 'IpAddress or NotIpAddress',
  Binary: 'BinaryEquals',
};

/** TYPE_MISMATCH: the operator family does not fit the declared type of the key. */
export const typeMismatch = conditionRule({
  code: 'TYPE_MISMATCH',
  severity: 'warning',
  description:
    'The condition operator does not fit the type of the condition key (for example NumericEquals on a String key, or StringEquals on a Bool key). String operators fit ARN keys (the global condition keys page: ARN keys "work with ARN operators and string operators"), and ARN operators are accepted on String keys, whose values can be ARNs (AWS managed policies use ArnLike on `kms:EncryptionContext:aws:s3:arn` and on tag keys: 50 findings in 30 managed policies if they were not). A value under an ARN operator that is not an ARN, such as ArnLike on an account id, is TYPE_MISMATCH_ARN.',
  each(c, report) {
    if (c.op === undefined || c.op.family === 'Null') return;
    const info = c.info;
    if (info === undefined) return;
    const type = info.type.startsWith('ArrayOf') ? info.type.slice(7) : info.type;
    if (FITS[c.op.family].includes(type)) return;
    report(c.path, `Operator ${show(c.operator)} does not fit condition key ${show(c.key)} of type ${type}; use ${ADVICE[type] ?? 'an operator of that type'}.`);
  },
});
