/**
 * The store's repository suites again, every store in them sealed under a data key: the encryption
 * layer must be invisible to everything above it. The suites are imported as they are; only
 * `openTestStore` is replaced, by one that encrypts the fresh store (and leaves it unlocked).
 */
import { vi } from 'vitest';
import type * as Helpers from '../helpers';

vi.mock('../helpers', async (importOriginal) => {
  const original = await importOriginal<typeof Helpers>();
  const { encryptExistingData } = await import('../../../../renderer/db');
  const key = Uint8Array.from({ length: 32 }, (_, i) => (i * 13 + 1) % 256);
  return {
    ...original,
    openTestStore: async (options?: Parameters<typeof original.openTestStore>[0]) => {
      const store = await original.openTestStore(options);
      const sealed = await encryptExistingData(store, key);
      if (!sealed.ok) throw new Error(`could not encrypt the test store: ${sealed.issues.message}`);
      return store;
    },
  };
});

await import('../entries.test');
await import('../history.test');
await import('../subjects-queries-signatures.test');
await import('../verify-all.test');
await import('../atomicity.test');
await import('../sequence.test');
await import('../foreign-events.test');
await import('../bundle-export.test');
await import('../bundle-import.test');
await import('../bulk-writes.test');
await import('../rebuild.test');
await import('../role-policy.test');
