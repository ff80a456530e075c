import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { assignArm, setItemValue } from '../../../renderer/db';
import { getLastExport } from '../../../renderer/db/backup-state';
import { runBlindedExtract } from '../../../renderer/features/bundles/build-extract';
import { createI18n } from '../../../renderer/i18n';
import { readBundle } from '../../../shared/export';
import { fakeBridge } from '../app/support/fake-bridge';
import { memoryStorage } from '../app/support/memory-storage';
import { KNOWN, NURSE, TRIAL, enrol, expectOk, exportFrom, freshStore, setBilirubin } from '../features/bundles/support/bundles';

const PHARMACIST = { ...NURSE, userId: 'u-pharmacist', role: 'pharmacist' as const };

/** A laptop where the arm was assigned and the unblinded pharmacist filled in the pharmacy form. */
async function unblindedLaptop() {
  const store = await freshStore('ward');
  await enrol(store);
  await setBilirubin(store, 342);
  expectOk(await assignArm(store, NURSE, 'subj-1', { arm: 'msc', kitNumber: 'K-0042', stage: 1, source: 'manual' }));
  const pharmacy = { subjectId: 'subj-1', visitId: 'w0', formId: 'pharmacy' };
  expectOk(await setItemValue(store, PHARMACIST, { ...pharmacy, itemId: 'totalCells' }, { entered: '123456789', value: 123456789, unit: 'cells' }));
  expectOk(await setItemValue(store, PHARMACIST, { ...pharmacy, itemId: 'productLot' }, { entered: 'LOT-ZQX-7731', value: 'LOT-ZQX-7731' }));
  return store;
}

const SECRETS = ['"arm":"msc"', 'pharmacy', '123456789', 'LOT-ZQX-7731', 'productLot', 'totalCells'];
const everyText = (bytes: Uint8Array): string => Object.values(unzipSync(bytes)).map((m) => strFromU8(m)).join('\n');

describe('a blinded person’s export from the store (runBlindedExtract)', () => {
  it('saves a blinded extract without the arm or the pharmacy form, records no export, and the extract cannot be imported', async () => {
    const store = await unblindedLaptop();
    // The same store's full bundle holds every secret: the scan below can fail.
    const full = everyText((await exportFrom(store)).bytes);
    for (const secret of SECRETS) expect(full).toContain(secret);

    const saved: { name: string; bytes: Uint8Array }[] = [];
    const bridge = fakeBridge({
      saveFile: async ({ suggestedName, bytes }) => {
        saved.push({ name: suggestedName, bytes });
        return { saved: true, location: `downloads/${suggestedName}` };
      },
    });
    const i18n = createI18n({ storage: memoryStorage() });
    const outcome = await runBlindedExtract({ store, bridge, t: i18n.t, protocol: TRIAL, site: '03', exportedBy: { userId: 'u-blind', role: 'investigator' } });
    expect(outcome).toMatchObject({ kind: 'message', tone: 'good', lines: [expect.stringMatching(/^Saved the blinded extract ecrf-NCT05985863-03-.*-blinded-\d{8}T\d{4}Z\.zip \(1 subject\) to downloads\//)] });

    const [file] = saved;
    if (file === undefined) throw new Error('nothing was saved');
    const text = everyText(file.bytes);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(strFromU8(unzipSync(file.bytes)['csv/labs.csv'] ?? new Uint8Array())).toContain('342');
    expect(Object.keys(unzipSync(file.bytes))).not.toContain('events.ndjson');
    // Not a step in the incremental line: the next export of an unblinded person is unaffected.
    expect(await getLastExport(store, TRIAL.id)).toBeUndefined();
    expect(readBundle(file.bytes, KNOWN)).toMatchObject({ ok: false, issues: [{ code: 'blinded-extract' }] });
  });
});
