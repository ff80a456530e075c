/**
 * Visits are listed in time order along every arm path: for each allocation a subject can be in, the
 * scheduled visits that apply to it have strictly increasing target days. Editors and readers of a
 * seed can then trust the listed order, and two visits never share a day on one path.
 */
import { allAllocations, visitApplies } from './allocation';
import type { IssueCollector } from './issue-collector';
import type { Protocol } from './schema';
import { targetDay } from './timing';
import { isScheduledKind } from './visits';

export function checkVisitOrder(p: Protocol, issues: IssueCollector): void {
  // One issue per misplaced visit, naming the first arm path it breaks.
  const reported = new Set<number>();
  for (const allocation of allAllocations(p)) {
    let previous: { id: string; day: number } | undefined;
    p.visits.forEach((visit, v) => {
      const day = targetDay(visit);
      if (!isScheduledKind(visit.kind) || day === undefined || !visitApplies(p, visit, allocation)) return;
      if (previous !== undefined && day <= previous.day && !reported.has(v)) {
        reported.add(v);
        issues.error(
          ['visits', v, visit.week === undefined ? 'day' : 'week'],
          `visit "${visit.id}" (day ${day}) is listed after "${previous.id}" (day ${previous.day}) on the path of arm "${allocation.arm}" in stage ${allocation.stage}; list visits in time order`,
        );
      }
      previous = { id: visit.id, day };
    });
  }
}
