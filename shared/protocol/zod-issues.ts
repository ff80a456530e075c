/**
 * zod issues → protocol issues: JSON paths as (string | number)[], messages that read on their own
 * after the path (`$.visits[3].window.before: must be ≥ 0`).
 */
import type { z } from 'zod';
import type { Issue, IssuePath } from '../lib/result';

const toPath = (path: readonly PropertyKey[]): IssuePath =>
  path.map((key) => (typeof key === 'number' ? key : String(key)));

function messageOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length === 1 ? 'property' : 'properties'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_type':
      return issue.input === undefined ? `is required (${issue.expected})` : `must be ${issue.expected}`;
    case 'invalid_union': {
      // A discriminated union names the allowed discriminator values instead of branch errors.
      const options = 'options' in issue && Array.isArray(issue.options) ? (issue.options as unknown[]) : undefined;
      if (options !== undefined) {
        return `must be one of ${options.map((o) => JSON.stringify(o)).join(', ')}`;
      }
      // A union that states its own message (RegistryId) says it better than its branches.
      if (issue.message !== 'Invalid input') return issue.message;
      const alternatives = new Set(issue.errors.map((branch) => branch.map((b) => b.message).join('; ')));
      return `matches none of the allowed forms (${[...alternatives].join(' | ')})`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const word = issue.code === 'too_small' ? (issue.inclusive ? '≥' : '>') : issue.inclusive ? '≤' : '<';
      if (issue.origin === 'array') return `needs ${issue.code === 'too_small' ? 'at least' : 'at most'} ${String(bound)} entries`;
      if (issue.origin === 'string') return `needs ${issue.code === 'too_small' ? 'at least' : 'at most'} ${String(bound)} characters`;
      return `must be ${word} ${String(bound)}`;
    }
    default:
      return issue.message;
  }
}

export function issuesFromZod(error: z.ZodError, prefix: IssuePath = []): Issue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...toPath(issue.path)],
    message: messageOf(issue),
    severity: 'error' as const,
  }));
}
