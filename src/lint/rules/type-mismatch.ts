import { show } from '../helpers.js';
import { BASE_OPERATORS, type OperatorFamily } from '../../model/operators.js';
import { conditionRule } from '../value-rule.js';
import { hasVariable } from '../../model/variables.js';

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

/** True when some operator that fits keys of `type` substitutes policy variables in its values (the operator table). */
const typeTakesVariables = (type: string): boolean => Object.values(BASE_OPERATORS).some((r) => r.variables && FITS[r.family].includes(type));

/** TYPE_MISMATCH: the operator family does not fit the declared type of the key. */
export const typeMismatch = conditionRule({
  code: 'TYPE_MISMATCH',
  severity: 'warning',
  description:
    'The condition operator does not fit the type of the condition key (for example NumericEquals on a String key, or StringEquals on a Bool key). String operators fit ARN keys (the global condition keys page: ARN keys "work with ARN operators and string operators"), and ARN operators are accepted on String keys, whose values can be ARNs (AWS managed policies use ArnLike on `kms:EncryptionContext:aws:s3:arn` and on tag keys: 50 findings in 30 managed policies if they were not). A value under an ARN operator that is not an ARN, such as ArnLike on an account id, is TYPE_MISMATCH_ARN. An operator that substitutes policy variables (String, ARN) whose values are all variables, on a key whose own operators take none (IP address, Numeric, Date, Bool), is reported without advising those operators: the global condition keys page itself compares `aws:Ec2InstanceSourcePrivateIPv4` with `${aws:VpcSourceIp}` by StringNotEquals.',
  each(c, report) {
    if (c.op === undefined || c.op.family === 'Null') return;
    const info = c.info;
    if (info === undefined) return;
    const type = info.type.startsWith('ArrayOf') ? info.type.slice(7) : info.type;
    if (FITS[c.op.family].includes(type)) return;
    // values that are all policy variables, under an operator that substitutes them, where no operator of
    // the key's type does (the operator table: variables work in String and ARN values): the operator is the
    // way to compare the key with another one, as the global condition keys page does for
    // aws:Ec2InstanceSourcePrivateIPv4 (StringNotEquals "${aws:VpcSourceIp}"); advising IpAddress would break it
    const comparesKeys = c.op.variables && c.values.length > 0 && c.values.every((v) => typeof v === 'string' && hasVariable(v)) && !typeTakesVariables(type);
    const advice = comparesKeys
      ? `the operators of ${type} keys (${ADVICE[type] ?? 'its own'}) take no policy variables, so ${show(c.operator)} is the way to compare it with another key, as AWS's example for aws:Ec2InstanceSourcePrivateIPv4 does (StringNotEquals "\${aws:VpcSourceIp}"): keep it if that is the intent; it compares the values as text`
      : `use ${ADVICE[type] ?? 'an operator of that type'}`;
    report(c.path, `Operator ${show(c.operator)} does not fit condition key ${show(c.key)} of type ${type}; ${advice}.`);
  },
});
