// Under Vitest's jsdom environment, TextEncoder hands back a Uint8Array from another realm, so
// `bytes instanceof Uint8Array` is false, and the bridge contract's Bytes schema rejects it. Browsers have
// one realm per page; copy the result into this realm's Uint8Array so tests see what the app sees.
const RealmTextEncoder = globalThis.TextEncoder;

class SameRealmTextEncoder extends RealmTextEncoder {
  override encode(input?: string): Uint8Array<ArrayBuffer> {
    return new Uint8Array(super.encode(input));
  }
}

if (!(new RealmTextEncoder().encode('') instanceof Uint8Array)) {
  globalThis.TextEncoder = SameRealmTextEncoder;
}
