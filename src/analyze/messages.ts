/**
 * Wording of the analysis's reasons and errors, in one place. `request` is a request as
 * `describe` words it (`s3:GetObject on arn:aws:s3:::b/k by ...`).
 */
export const analyzeMessages = {
  newAccess: (request: string, existing: string) => `updated allows ${request}; existing does not (${existing}).`,
  sideOnly: (side: 'a' | 'b', request: string) => `${side} allows ${request}; ${side === 'a' ? 'b' : 'a'} does not.`,
  accessGranted: (request: string) => `allows ${request}.`,
  publicAccess: (request: string) => `allows ${request}, from outside the resource's account.`,
  emptyQuery: () => 'checkAccessNotGranted: give actions, resources or both',
} as const;
