import { describe, expect, it } from 'vitest';
import { checkListAgainstProtocol, nextAllocationEntry, parseAllocationList, remainingEntries, type AllocationList } from '../../../shared/care';
import { formatPath } from '../../../shared/lib/result';
import { seedProtocol } from './support';

const CSV = ['list_id,protocol,stage,site,sequence,kit,arm', 'L1,NCT05985863,1,03,2,K-2,control', 'L1,NCT05985863,1,03,1,K-1,msc', 'L1,NCT05985863,1,04,1,K-9,msc'].join('\r\n');
const JSON_LIST = JSON.stringify({ format: 'ecrf-allocation-list', version: 1, listId: 'L2', protocolId: 'NCT05985863', stage: 2, entries: [{ site: '03', sequence: 1, kit: 'K-21', arm: 'mscShort' }] });

const parsed = (text: string): AllocationList => {
  const result = parseAllocationList(text);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};

describe('allocation lists', () => {
  it('reads CSV (any line ending, optional arm column, BOM) and JSON into the same list', () => {
    expect(parsed(`\uFEFF${CSV}`)).toEqual({
      listId: 'L1',
      protocolId: 'NCT05985863',
      stage: 1,
      entries: [
        { site: '03', sequence: 2, kit: 'K-2', arm: 'control' },
        { site: '03', sequence: 1, kit: 'K-1', arm: 'msc' },
        { site: '04', sequence: 1, kit: 'K-9', arm: 'msc' },
      ],
    });
    expect(parsed('list_id,protocol,stage,site,sequence,kit\nL3,NCT05985863,1,03,1,K-1').entries).toEqual([{ site: '03', sequence: 1, kit: 'K-1' }]);
    expect(parsed(JSON_LIST)).toMatchObject({ listId: 'L2', stage: 2, entries: [{ kit: 'K-21', arm: 'mscShort' }] });
  });

  it.each([
    ['a missing column', 'list_id,protocol,stage,site,kit\nL,P,1,03,K', '$.line[1]', 'missing column(s): sequence'],
    ['a bad sequence', 'list_id,protocol,stage,site,sequence,kit\nL,P,1,03,first,K', '$.line[2].sequence', ''],
    ['rows of two lists', 'list_id,protocol,stage,site,sequence,kit\nL,P,1,03,1,K\nM,P,1,03,2,J', '$.line[3].list_id', 'every row must have the same list_id ("L")'],
    ['a kit twice', 'list_id,protocol,stage,site,sequence,kit\nL,P,1,03,1,K\nL,P,1,03,2,K', '$.entries[1].kit', 'kit K appears twice'],
    ['a slot twice', 'list_id,protocol,stage,site,sequence,kit\nL,P,1,03,1,K\nL,P,1,03,1,J', '$.entries[1].sequence', 'site 03 has sequence 1 twice'],
    ['an unclosed quote', 'list_id,protocol,stage,site,sequence,kit\nL,P,1,"03,1,K', '$.line[2]', 'a quoted field is not closed'],
    ['a JSON list without entries', JSON.stringify({ format: 'ecrf-allocation-list', version: 1, listId: 'L', protocolId: 'P', stage: 1, entries: [] }), '$.entries', ''],
  ])('refuses %s, saying where', (_name, text, where, message) => {
    const result = parseAllocationList(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => formatPath(i.path))).toContain(where);
    if (message !== '') expect(result.issues.map((i) => i.message)).toContain(message);
  });

  it('checks the stage and arms against the protocol', () => {
    const protocol = seedProtocol('NCT05985863');
    expect(checkListAgainstProtocol(parsed(CSV), protocol)).toEqual([]);
    expect(checkListAgainstProtocol(parsed(JSON_LIST), protocol)).toEqual([]);
    // Control carries on into stage 2 (placebo kits keep the blind); msc is re-randomised out of it.
    const stage2 = parsed(CSV.replaceAll(',1,0', ',2,0'));
    expect(checkListAgainstProtocol(stage2, protocol).map((i) => [formatPath(i.path), i.message])).toEqual([
      ['$.entries[1].arm', 'arm "msc" cannot be in stage 2 of NCT05985863'],
      ['$.entries[2].arm', 'arm "msc" cannot be in stage 2 of NCT05985863'],
    ]);
    expect(checkListAgainstProtocol({ ...parsed(CSV), stage: 3 }, protocol)[0]?.message).toBe('protocol NCT05985863 has no stage 3');
    expect(checkListAgainstProtocol(parsed(CSV), seedProtocol('NCT03668171'))[0]?.message).toMatch(/not NCT03668171/);
  });

  it('gives the next unused entry of the site, in sequence order, list after list', () => {
    const lists = [parsed(CSV), parsed(CSV.replaceAll('L1', 'L9').replaceAll('K-', 'X-'))];
    const request = { protocolId: 'NCT05985863', stage: 1, site: '03' };
    expect(nextAllocationEntry(lists, { ...request, usedKits: new Set() })).toMatchObject({ kit: 'K-1', listId: 'L1' });
    expect(nextAllocationEntry(lists, { ...request, usedKits: new Set(['K-1']) })).toMatchObject({ kit: 'K-2' });
    expect(nextAllocationEntry(lists, { ...request, usedKits: new Set(['K-1', 'K-2']) })).toMatchObject({ kit: 'X-1', listId: 'L9' });
    expect(nextAllocationEntry(lists, { ...request, usedKits: new Set(['K-1', 'K-2', 'X-1', 'X-2']) })).toBeUndefined();
    expect(nextAllocationEntry(lists, { ...request, usedKits: new Set(), arms: ['control'] })).toMatchObject({ kit: 'K-2' });
    expect(nextAllocationEntry(lists, { ...request, site: '05', usedKits: new Set() })).toBeUndefined();
    expect(nextAllocationEntry(lists, { ...request, stage: 2, usedKits: new Set() })).toBeUndefined();
    expect(remainingEntries(lists, { ...request, usedKits: new Set(['K-1']) })).toBe(3);
  });
});
