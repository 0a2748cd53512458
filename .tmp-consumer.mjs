import { allow, policy } from './dist/index.js';
console.log(policy.identity(allow('s3:GetObject').on('arn:aws:s3:::b/*')).toString());
