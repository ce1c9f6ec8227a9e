import { Type } from 'typebox';
import { reviewCodes } from '../domain/culture/index.js';
import { ProblemSchema } from '../server/schemas/common-schema.js';

/**
 * One issue the reply review found. Registered by the reply routes (`POST …/replies` is always there, with or
 * without the culture feature), and referred to as `ReviewIssue` by every route that answers issues.
 */
export const ReviewIssueSchema = Type.Object({
  code: Type.String({ enum: [...reviewCodes] }),
  severity: Type.String({ enum: ['warning', 'blocking'] }),
  message: Type.String(),
  locale: Type.String({ description: 'the language `message` is written in (BCP 47): the caller\'s, or `en` when the review has no catalogue for it' }),
  span: Type.Array(Type.Integer({ minimum: 0 }), { minItems: 2, maxItems: 2, description: '[start, end) in UTF-16 code units of `text`' }),
}, { $id: 'ReviewIssue' });

/** `override` in a reply body: sends a reply despite blocking issues, recorded on the message and in the audit log. */
export const ReviewOverrideSchema = Type.Object({
  reason: Type.String({ minLength: 1, maxLength: 1000, description: 'why the blocking issues are acceptable; audited' }),
}, { additionalProperties: false });

/** The 422 of a reply the review held back: a problem whose `issues` list what it found. */
export const ReviewBlockedProblemSchema = Type.Object({
  ...ProblemSchema.properties,
  issues: Type.Optional(Type.Array(Type.Ref('ReviewIssue'))),
}, { description: 'RFC 9457 problem; when the review blocked the reply, `issues` lists what it found' });
