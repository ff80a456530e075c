import { parseAllocationList, type AllocationList } from '../../../../shared/care';
import type { AllocationListRow } from '../../../../shared/events';
import { useStore } from '../../../app/providers';
import { allocationState } from '../../../db/care-reads';
import { useLiveQuery, type LiveQueryState } from '../../../db/use-live-query';

export interface LoadedAllocationLists {
  /** Readable lists, oldest import first (the order entries are used in). */
  readonly lists: readonly { readonly row: AllocationListRow; readonly list: AllocationList }[];
  /** Lists whose stored file is missing or no longer parses: never used. */
  readonly unreadable: readonly AllocationListRow[];
  readonly usedKits: ReadonlySet<string>;
}

async function load(store: Parameters<typeof allocationState>[0]): Promise<LoadedAllocationLists> {
  const { lists, usedKits } = await allocationState(store);
  const readable: { row: AllocationListRow; list: AllocationList }[] = [];
  const unreadable: AllocationListRow[] = [];
  for (const { row, text } of lists) {
    const parsed = text === undefined ? undefined : parseAllocationList(text);
    if (parsed?.ok === true) readable.push({ row, list: parsed.value });
    else unreadable.push(row);
  }
  return { lists: readable, unreadable, usedKits };
}

/** Every imported allocation list, parsed, with the kits already given; live. */
export function useAllocationLists(): LiveQueryState<LoadedAllocationLists> {
  const store = useStore();
  return useLiveQuery(() => load(store), [store]);
}
