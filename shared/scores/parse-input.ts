import type { z } from 'zod';
import type { ScoreProblem } from './outcome';

export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly ScoreProblem[] };

const asPathSegment = (key: PropertyKey): string | number => (typeof key === 'number' ? key : String(key));

/**
 * Validates an argument of unknown shape. A hostile argument (a getter or proxy that throws) becomes a
 * problem too: score functions promise never to throw, whatever the caller passes.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
  try {
    const parsed = schema.safeParse(input);
    if (parsed.success) return { ok: true, value: parsed.data };
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ path: issue.path.map(asPathSegment), message: issue.message })),
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown error';
    return { ok: false, problems: [{ path: [], message: `the argument could not be read: ${reason}` }] };
  }
}
