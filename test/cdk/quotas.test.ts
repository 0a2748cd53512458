/** Element-count quotas of resource policies CDK writes (SQS, SNS), read by the aspect and checkTemplate. */
import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { describe, expect, it } from 'vitest';
import { checkTemplate, TypedIamChecks, type Template as CfnTemplate } from '../../src/cdk/index.js';

/** A queue subscribed to `n` topics: CDK adds one statement per topic to the queue policy (aws-cdk#16303). */
function subscribed(n: number): { stack: Stack; template: CfnTemplate } {
  const app = new App();
  const stack = new Stack(app, 'Fanout');
  const queue = new sqs.Queue(stack, 'Inbox');
  for (let i = 0; i < n; i++) new sns.Topic(stack, `Topic${i}`).addSubscription(new subscriptions.SqsSubscription(queue));
  Aspects.of(app).add(new TypedIamChecks());
  return { stack, template: Template.fromStack(stack).toJSON() as CfnTemplate };
}

describe('element-count quotas of SQS queue policies', () => {
  it('21 topics subscribing one queue fail synth: SQS takes 20 statements ("21 statements were found in the submitted policy, max allowed is 20")', () => {
    const { stack, template } = subscribed(21);
    const errors = Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('POLICY_ELEMENTS_EXCEED_QUOTA'));
    expect(errors.map((e) => e.id)).toEqual(['/Fanout/Inbox/Policy/Resource']);
    expect(String(errors[0]!.entry.data)).toContain("21 statements, 1 over the 20 of target 'sqs-queue'");
    const found = checkTemplate(template).findings.filter((f) => f.code === 'POLICY_ELEMENTS_EXCEED_QUOTA');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('error');
  }, 60_000);

  it('20 topics fit', () => {
    const { stack, template } = subscribed(20);
    expect(Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('POLICY_ELEMENTS_EXCEED_QUOTA'))).toEqual([]);
    expect(checkTemplate(template).findings.filter((f) => f.code === 'POLICY_ELEMENTS_EXCEED_QUOTA')).toEqual([]);
  }, 60_000);
});
