import { z } from 'zod';

/*
 * The small value schemas every event is built from.
 *
 * NOTE: no schema in shared/events may transform its input (no .trim(), .default(), coercion):
 * parsing a sealed event must give back exactly the object that was hashed, or its hash would
 * no longer verify after a round trip through a bundle.
 */

/** Ids are opaque to the store: UUIDs from the renderer, protocol ids such as "W4" or "ae-log". */
export const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'an id is 1-128 letters, digits, ".", "_", ":" or "-"');

/** Free text a person typed: not blank, bounded so one event stays small. */
export const textSchema = (max: number) =>
  z.string().min(1).max(max).regex(/\S/, 'must not be blank');

/** A calendar date without time zone (visit dates, day 1, dates of death): YYYY-MM-DD. */
export const isoDateSchema = z.iso.date();

/** An instant in UTC with a trailing Z, as `Date.prototype.toISOString()` writes it. */
export const isoInstantSchema = z.iso.datetime();

/** Lower-case hex SHA-256. */
export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 is 64 lower-case hex digits');

export const seqSchema = z.int().min(1);
