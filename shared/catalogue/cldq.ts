/**
 * CLDQ domain structure as data (domain.md §2.5): 29 items scored 1–7, higher = better HRQL.
 * A domain score is the mean of its items; the overall score is the mean of the six domain means.
 */
import type { LocalizedText } from './schema';
import type { CLDQ_ITEM_IDS } from './ids';

export type CldqItemId = (typeof CLDQ_ITEM_IDS)[number];
export type CldqDomainId = 'abdominal' | 'fatigue' | 'systemic' | 'activity' | 'emotional' | 'worry';

export interface CldqDomain {
  readonly id: CldqDomainId;
  readonly label: LocalizedText;
  readonly items: readonly CldqItemId[];
}

export const CLDQ_DOMAINS: readonly CldqDomain[] = [
  { id: 'abdominal', label: { en: 'Abdominal symptoms', zh: '腹部症状' }, items: ['cldq01', 'cldq05', 'cldq17'] },
  {
    id: 'fatigue',
    label: { en: 'Fatigue', zh: '疲乏' },
    items: ['cldq02', 'cldq04', 'cldq08', 'cldq11', 'cldq13'],
  },
  {
    id: 'systemic',
    label: { en: 'Systemic symptoms', zh: '全身症状' },
    items: ['cldq03', 'cldq06', 'cldq21', 'cldq23', 'cldq27'],
  },
  { id: 'activity', label: { en: 'Activity', zh: '活动' }, items: ['cldq07', 'cldq09', 'cldq14'] },
  {
    id: 'emotional',
    label: { en: 'Emotional function', zh: '情感功能' },
    items: ['cldq10', 'cldq12', 'cldq15', 'cldq16', 'cldq19', 'cldq20', 'cldq24', 'cldq26'],
  },
  { id: 'worry', label: { en: 'Worry', zh: '担忧' }, items: ['cldq18', 'cldq22', 'cldq25', 'cldq28', 'cldq29'] },
];

/** The domain an item belongs to; every CLDQ item belongs to exactly one (checked by tests). */
export function cldqDomainOf(itemId: CldqItemId): CldqDomain | undefined {
  return CLDQ_DOMAINS.find((d) => d.items.includes(itemId));
}
