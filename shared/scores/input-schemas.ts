import { z } from 'zod';

/*
 * zod schemas for the score arguments. Callers pass anything at run time (forms with empty fields, JSON from
 * the command line, other programs), so every field is checked here and the messages read on their own
 * next to the path, e.g. ['bilirubin', 'unit']: must be one of "umol/L", "mg/dL".
 */

const REQUIRED = 'is required';

const listed = (options: readonly (string | number)[]): string => options.map((o) => JSON.stringify(o)).join(', ');

/** A finite number greater than zero: labs, INR, age, pressures. */
export const positiveNumber = z
  .number({ error: (issue) => (issue.input === undefined ? REQUIRED : 'must be a finite number') })
  .positive({ error: 'must be greater than 0' });

export const yesNo = z.boolean({ error: (issue) => (issue.input === undefined ? REQUIRED : 'must be true or false') });

export function oneOf<const T extends readonly [string, ...string[]]>(options: T) {
  return z.enum(options, {
    error: (issue) => (issue.input === undefined ? REQUIRED : `must be one of ${listed(options)}`),
  });
}

/** A measured value with its unit, e.g. { value: 342, unit: 'umol/L' }. */
export function quantity<const T extends readonly [string, ...string[]]>(units: T) {
  return z.object(
    { value: positiveNumber, unit: oneOf(units) },
    {
      error: (issue) =>
        issue.input === undefined ? REQUIRED : `must be an object { value, unit } with unit one of ${listed(units)}`,
    },
  );
}

export const bilirubinSchema = quantity(['umol/L', 'mg/dL']);
export const creatinineSchema = quantity(['umol/L', 'mg/dL']);
export const albuminSchema = quantity(['g/L', 'g/dL']);
export const sodiumSchema = quantity(['mmol/L']);
export const sexSchema = oneOf(['female', 'male']);

/** The top-level argument: an object, or a single problem at path []. */
export function scoreArgument<S extends z.core.$ZodLooseShape>(shape: S) {
  return z.object(shape, {
    error: (issue) =>
      issue.input === undefined ? 'an argument object is required' : 'the argument must be an object',
  });
}
