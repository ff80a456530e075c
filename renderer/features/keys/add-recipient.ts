import type { EcrfBridge } from '../../../shared/bridge';
import type { PublicKeyFile, SealedIssue } from '../../../shared/export/sealed';
import type { Store } from '../../db';
import { addRecipient } from '../../db/recipient-keys';
import { keyFileFilters, readPublicKeyFile } from './key-files';

export type AddRecipientOutcome =
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'added'; readonly key: PublicKeyFile }
  | { readonly kind: 'invalid'; readonly fileName: string; readonly issues: readonly SealedIssue[] }
  | { readonly kind: 'failed'; readonly message: string };

/** Opens a public key file, checks it (schema, fingerprint of its key) and adds it to this laptop's recipients. */
export async function addRecipientFromFile(store: Store, bridge: EcrfBridge, filterLabel: string): Promise<AddRecipientOutcome> {
  try {
    const file = await bridge.openFile({ filters: keyFileFilters(filterLabel) });
    if (!file.opened) return { kind: 'cancelled' };
    const parsed = readPublicKeyFile(file.bytes);
    if (!parsed.ok) return { kind: 'invalid', fileName: file.name, issues: parsed.issues };
    const added = await addRecipient(store, parsed.value);
    return added.ok ? { kind: 'added', key: parsed.value } : { kind: 'failed', message: added.issues.message };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
