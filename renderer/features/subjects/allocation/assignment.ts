import { nextAllocationEntry, parseAllocationList, type AllocationList } from '../../../../shared/care';
import type { DraftOf } from '../../../../shared/events';
import { fail, ok, type Result } from '../../../../shared/lib/result';
import { allocationState } from '../../../db/care-reads';
import type { Store } from '../../../db';

/** How the nurse assigns: the next entry of the sealed list, or a kit (and, unblinded, an arm) typed by hand. */
export type AssignmentChoice = { readonly mode: 'list' } | { readonly mode: 'manual'; readonly kit: string; readonly arm: string };

export interface AssignmentTarget {
  readonly protocolId: string;
  readonly stage: number;
  readonly site: string;
  /** The arms the entry may be for (undefined: any). */
  readonly arms: readonly string[] | undefined;
}

export type AssignmentPayload = DraftOf<'subject.armAssigned'>['payload'];
export type AssignmentProblem = 'list-empty' | 'manual-empty' | 'kit-used';

const KIT = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;
export const isKitNumber = (kit: string): boolean => KIT.test(kit.trim());

/** Readable lists in import order (the order their entries are used in). */
export const readableLists = (lists: readonly { readonly text: string | undefined }[]): AllocationList[] =>
  lists.flatMap(({ text }) => {
    const parsed = text === undefined ? undefined : parseAllocationList(text);
    return parsed?.ok === true ? [parsed.value] : [];
  });

/**
 * What to record, decided from the store as it is at the moment of saving (never from a list read
 * earlier, so two assignments in a row never get the same kit).
 */
export async function resolveAssignment(store: Store, target: AssignmentTarget, choice: AssignmentChoice): Promise<Result<AssignmentPayload, AssignmentProblem>> {
  const { lists, usedKits } = await allocationState(store);
  if (choice.mode === 'list') {
    const entry = nextAllocationEntry(readableLists(lists), { protocolId: target.protocolId, stage: target.stage, site: target.site, usedKits, arms: target.arms });
    if (entry === undefined) return fail('list-empty');
    return ok({ kitNumber: entry.kit, stage: target.stage, source: 'allocation-list', ...(entry.arm === undefined ? {} : { arm: entry.arm }) });
  }
  const kit = choice.kit.trim();
  if (kit === '' && choice.arm === '') return fail('manual-empty');
  if (kit !== '' && usedKits.has(kit)) return fail('kit-used');
  return ok({ stage: target.stage, source: 'manual', ...(kit === '' ? {} : { kitNumber: kit }), ...(choice.arm === '' ? {} : { arm: choice.arm }) });
}
