import type { z } from 'zod';
import type { Issue, IssuePath } from '../lib/result';

export const issue = (path: IssuePath, message: string): Issue => ({ path, message, severity: 'error' });

/** zod's issues as the app's Issue objects, with paths as JSON paths into the checked input. */
export function issuesFromZod(error: z.ZodError, prefix: IssuePath = []): Issue[] {
  return error.issues.map((i) =>
    issue(
      [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
      i.message,
    ),
  );
}
