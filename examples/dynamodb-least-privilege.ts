/** Least privilege on one DynamoDB table and its indexes. */
import { allow, policy } from 'typed-iam';

const table = 'arn:aws:dynamodb:eu-west-1:123456789012:table/Orders';

export const ordersTable = policy.identity(
  allow('dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem')
    .on(table, `${table}/index/*`)
    .sid('OrdersReadWrite'),
  allow('dynamodb:DescribeTable').on(table).sid('OrdersDescribe'),
);
