/**
 * A field's whole story in one list, oldest first: every value, missing reason and clearing (the item's
 * versions) and every step of the queries about the field (raised with its text, answered, closed,
 * re-opened). The monitor and the site read what was asked next to what changed and why, without
 * opening each thread. Pure; the caller reads the versions and the field's queries.
 */
import type { ItemVersion, QueryRow, Stamp } from '../events';

export type TrailStep =
  | { readonly kind: 'version'; readonly stamp: Stamp; readonly version: ItemVersion }
  | {
      readonly kind: 'query';
      readonly stamp: Stamp;
      readonly queryId: string;
      /** 1, 2, 3… in the order the field's queries were raised, as the query dialog numbers them. */
      readonly number: number;
      readonly system: boolean;
      readonly action: QueryRow['history'][number]['action'];
      readonly text?: string;
    };

/** Time, then device, then position in the device's chain: the order the changes were made in. */
function compareStamps(a: Stamp, b: Stamp): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  if (a.deviceId !== b.deviceId) return a.deviceId < b.deviceId ? -1 : 1;
  return a.seq - b.seq;
}

const openedAt = (q: QueryRow): string => q.history[0]?.stamp.at ?? q.updated.at;

/** `queries` are the queries about this field (any state); the versions come from the field's history. */
export function fieldTrail(versions: readonly ItemVersion[], queries: readonly QueryRow[]): TrailStep[] {
  const numbered = [...queries].sort((a, b) => (openedAt(a) < openedAt(b) ? -1 : openedAt(a) > openedAt(b) ? 1 : 0));
  const steps: TrailStep[] = versions.map((version) => ({ kind: 'version', stamp: version.stamp, version }));
  numbered.forEach((query, index) => {
    for (const step of query.history) {
      steps.push({
        kind: 'query',
        stamp: step.stamp,
        queryId: query.queryId,
        number: index + 1,
        system: query.system,
        action: step.action,
        ...(step.text === undefined ? {} : { text: step.text }),
      });
    }
  });
  // Stable: a version and a query step with the same stamp keep versions first (cannot happen: one event each).
  return steps.sort((a, b) => compareStamps(a.stamp, b.stamp));
}
