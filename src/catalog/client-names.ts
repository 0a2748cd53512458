/**
 * The last word of SDK clients' and data-plane endpoints' names (boto3's `bedrock-runtime`,
 * `dynamodbstreams`, `iot-data`, `kinesis-video-media`): a prefix ending in one names a service
 * rather than being one. Read by the run-time "did you mean" (suggest.ts) and the compile-time
 * message (types/actions.ts), so both read the same names.
 */
export const CLIENT_WORDS = ['runtime', 'streams', 'data', 'media'] as const;

/** One of {@link CLIENT_WORDS}. */
export type ClientWord = (typeof CLIENT_WORDS)[number];
