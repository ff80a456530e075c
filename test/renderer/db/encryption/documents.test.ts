import { describe, expect, it } from 'vitest';
import { closeStore, getDocument, importAllocationList, importProtocol, listAllocationLists, listProtocols, openStore, unlockStore, type WriteContext } from '../../../../renderer/db';
import { sha256Hex } from '../../../../shared/events';
import { PROTOCOL } from '../../../shared/events/builders';
import { expectOk } from '../helpers';
import { DATA_KEY, editRawRow, nameOf, openEncryptedStore, rawTables, rawText } from './support';

const DATA_MANAGER: WriteContext = { userId: 'u-dm', role: 'data-manager', ...PROTOCOL };
const PROTOCOL_TEXT = JSON.stringify({ title: 'A public registry protocol', visits: [] });
/** An allocation list: the arm of each kit, the secret that blinding protects. */
const LIST_TEXT = 'kit,arm\nK-7781,ARM-PLACEBO-XQ\nK-7782,ARM-ACTIVE-XQ\n';

describe('documents in an encrypted store', () => {
  it('seals allocation lists and their rows but leaves protocol definitions readable before a login', async () => {
    const first = await openEncryptedStore();
    expectOk(await importProtocol(first, DATA_MANAGER, PROTOCOL_TEXT, 'Registry protocol'));
    expectOk(await importAllocationList(first, DATA_MANAGER, { listId: 'L-S1-03', stage: 1, entryCount: 2, text: LIST_TEXT }));
    const raw = rawText(await rawTables(nameOf(first)));
    expect(raw).not.toContain('ARM-PLACEBO-XQ');
    expect(raw).not.toContain('K-7781');
    expect(raw).toContain('A public registry protocol');

    closeStore(first);
    const store = expectOk(await openStore({ name: nameOf(first) }));
    // Locked: the protocols load (the app needs them before anyone logs in), the list does not.
    expect(await getDocument(store, sha256Hex(PROTOCOL_TEXT))).toBe(PROTOCOL_TEXT);
    expect(await listProtocols(store)).toHaveLength(1);
    await expect(getDocument(store, sha256Hex(LIST_TEXT))).rejects.toMatchObject({ name: 'StoreLockedError' });
    await expect(listAllocationLists(store)).rejects.toMatchObject({ name: 'StoreLockedError' });
    expect(await importAllocationList(store, DATA_MANAGER, { listId: 'L-S1-04', stage: 1, entryCount: 1, text: 'kit,arm\nK-1,A\n' })).toMatchObject({ ok: false, issues: { kind: 'locked' } });

    expect(unlockStore(store, DATA_KEY).ok).toBe(true);
    expect(await getDocument(store, sha256Hex(LIST_TEXT))).toBe(LIST_TEXT);
    expect((await listAllocationLists(store)).map((l) => l.listId)).toEqual(['L-S1-03']);
  });

  it('refuses an allocation list written in clear behind the app’s back', async () => {
    const store = await openEncryptedStore();
    expectOk(await importAllocationList(store, DATA_MANAGER, { listId: 'L-S1-03', stage: 1, entryCount: 2, text: LIST_TEXT }));
    await editRawRow(nameOf(store), 'documents', (d) => d.hash === sha256Hex(LIST_TEXT), (d) => ({ hash: d.hash, kind: 'allocation-list', text: LIST_TEXT }));
    await expect(getDocument(store, sha256Hex(LIST_TEXT))).rejects.toMatchObject({ name: 'SealedRowError' });
  });
});
