import { describe, expect, it } from 'vitest';
import { CLDQ_DOMAINS, CLDQ_ITEM_IDS, cldqDomainOf, getItem } from '../../../shared/catalogue';

const numbers = (id: string) => CLDQ_DOMAINS.find((d) => d.id === id)?.items.map((i) => Number(i.slice(4)));

describe('CLDQ domains', () => {
  it('follow domain.md §2.5', () => {
    expect(numbers('abdominal')).toEqual([1, 5, 17]);
    expect(numbers('fatigue')).toEqual([2, 4, 8, 11, 13]);
    expect(numbers('systemic')).toEqual([3, 6, 21, 23, 27]);
    expect(numbers('activity')).toEqual([7, 9, 14]);
    expect(numbers('emotional')).toEqual([10, 12, 15, 16, 19, 20, 24, 26]);
    expect(numbers('worry')).toEqual([18, 22, 25, 28, 29]);
  });

  it('put each of the 29 items in exactly one domain', () => {
    const all = CLDQ_DOMAINS.flatMap((d) => d.items);
    expect([...all].sort()).toEqual([...CLDQ_ITEM_IDS].sort());
    for (const id of CLDQ_ITEM_IDS) expect(cldqDomainOf(id)).toBeDefined();
  });

  it('items are integers 1–7 labelled with their domain', () => {
    const item = getItem('cldq17');
    if (!item.ok || item.value.kind !== 'integer') throw new Error('cldq17');
    expect(item.value.hardRange).toEqual({ min: 1, max: 7 });
    expect(item.value.label.en).toContain('Abdominal');
    expect(item.value.label.zh).toContain('腹部症状');
  });
});
