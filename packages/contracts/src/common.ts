import { z } from 'zod';
import { ROLES } from '@schoolgate/domain/shared';
import { text } from './text.ts';

/** The roles, from their one list in the domain. */
export const ROLE_VALUES = ROLES;
export const RoleSchema = z.enum(ROLE_VALUES);

/** Every error the API returns has this shape; `code` is stable, `message` is for people. */
export const ErrorResponse = z.object({
  error: z.object({
    code: text(),
    message: text(),
    fields: z.array(z.object({ field: text(), message: text() })).optional(),
  }),
});
export type ErrorResponse = z.infer<typeof ErrorResponse>;

export const IdParams = z.object({ id: z.uuid() });

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

/**
 * A page of a list that grows with a school's history (the moderation queue, the audit log, posts, concerns,
 * suggestions of posts): its total stops counting at a cap. `totalIsLowerBound` true means there are more than
 * `total`; `total` is still a number, so a client that only knows `pageOf` reads it as the count it can page through.
 */
export const cappedPageOf = <T extends z.ZodType>(item: T) =>
  pageOf(item).extend({
    totalIsLowerBound: z
      .boolean()
      .describe('True when the count stopped at a cap: there are more than `total` items (shown as "10,000 or more").'),
  });

export const OkResponse = z.object({ ok: z.literal(true) });

/**
 * The body of an edit: the fields it may change, at least one of them given. Unknown fields are dropped first, so a
 * body of only unknown fields is refused as well (400 naming the body), and no update with nothing to set is run.
 */
export const editOf = <S extends z.ZodRawShape>(shape: S) =>
  z
    .object(shape)
    .refine((body) => Object.values(body).some((value) => value !== undefined), 'Change at least one field.');
