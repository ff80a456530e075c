/** Accumulates issues while the checks walk a protocol; checks never stop at the first problem. */
import type { Issue, IssuePath } from '../lib/result';

export interface IssueCollector {
  readonly error: (path: IssuePath, message: string) => void;
  readonly warning: (path: IssuePath, message: string) => void;
  readonly issues: () => Issue[];
}

export function collectIssues(): IssueCollector {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  // The same fault can be reached along several arm paths; report it once.
  const add = (severity: Issue['severity'], path: IssuePath, message: string): void => {
    const key = JSON.stringify([severity, path, message]);
    if (seen.has(key)) return;
    seen.add(key);
    issues.push({ path, message, severity });
  };
  return {
    error: (path, message) => add('error', path, message),
    warning: (path, message) => add('warning', path, message),
    issues: () => [...issues],
  };
}

/** Reports every element whose key repeats an earlier one, at the later element's key. */
export function checkUnique<T>(
  list: readonly T[],
  keyOf: (element: T) => string | number,
  pathOf: (index: number) => IssuePath,
  what: string,
  issues: IssueCollector,
): void {
  const first = new Map<string | number, number>();
  list.forEach((element, index) => {
    const key = keyOf(element);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    else issues.error(pathOf(index), `duplicate ${what} ${JSON.stringify(key)} (first at index ${earlier})`);
  });
}
