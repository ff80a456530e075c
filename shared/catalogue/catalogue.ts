/**
 * The assembled catalogue and lookup by id. Lookups return results: an id from a seed or an import may
 * be anything, and an unknown id is an issue for the caller to report, never a crash.
 */
import { fail, ok, type Result } from '../lib/result';
import type { ItemId } from './ids';
import type { ItemDefinition } from './schema';
import { LIVER_LAB_ITEMS } from './items/labs-liver';
import { RENAL_BLOOD_LAB_ITEMS } from './items/labs-renal-blood';
import { VIROLOGY_LAB_ITEMS } from './items/labs-virology';
import { VITAL_SIGN_ITEMS } from './items/vitals';
import { CLINICAL_STATUS_ITEMS } from './items/clinical-status';
import { INFUSION_ITEMS } from './items/infusion';
import { ADVERSE_EVENT_ITEMS } from './items/adverse-event';
import { CONMED_ITEMS } from './items/conmed';
import { OUTCOME_ITEMS } from './items/outcomes';
import { CLDQ_ITEMS, EQ5D_ITEMS } from './items/patient-reported';
import { HISTORY_ITEMS } from './items/history';
import { STUDY_CONDUCT_ITEMS } from './items/study-conduct';

/** Every definition, grouped by area. Tests check that it holds each id of ids.ts exactly once. */
export const CATALOGUE_ITEMS: readonly ItemDefinition[] = [
  ...LIVER_LAB_ITEMS,
  ...RENAL_BLOOD_LAB_ITEMS,
  ...VIROLOGY_LAB_ITEMS,
  ...VITAL_SIGN_ITEMS,
  ...CLINICAL_STATUS_ITEMS,
  ...INFUSION_ITEMS,
  ...ADVERSE_EVENT_ITEMS,
  ...CONMED_ITEMS,
  ...OUTCOME_ITEMS,
  ...EQ5D_ITEMS,
  ...CLDQ_ITEMS,
  ...HISTORY_ITEMS,
  ...STUDY_CONDUCT_ITEMS,
];

const BY_ID: ReadonlyMap<string, ItemDefinition> = new Map(CATALOGUE_ITEMS.map((item) => [item.id, item]));

/**
 * Catalogue-wide caveat the UI can show beside any range: the hard and soft ranges are the domain
 * reference's judgement for an ACLF/decompensated-cirrhosis population (domain.md §2.0).
 */
export const RANGES_ARE_JUDGEMENT = {
  en: 'Ranges are a clinical proposal for ACLF and decompensated cirrhosis, deliberately wide; the sponsor may adjust them.',
  zh: '范围为针对慢加急性肝衰竭及失代偿期肝硬化人群的临床建议值，有意放宽；申办方可调整。',
} as const;

export function getItem(id: ItemId | (string & {})): Result<ItemDefinition> {
  const item = BY_ID.get(id);
  return item
    ? ok(item)
    : fail([{ path: [id], message: `Unknown catalogue item "${id}".`, severity: 'error' as const }]);
}
