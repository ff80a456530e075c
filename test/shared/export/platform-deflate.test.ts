import { describe, expect, it } from 'vitest';
import { readBundle } from '../../../shared/export';
import { hasPlatformDeflate } from '../../../shared/export/bundle/platform-deflate';
import { buildFull, knownProtocols, membersOf } from './support/bundle';
import { realisticLog } from './support/realistic-log';
import { seedProtocol } from './support/seeds';

const protocol = seedProtocol('NCT05985863');
const { events } = realisticLog(protocol);

/** The local file headers' compression method and flags, in zip order. */
function entryHeaders(bytes: Uint8Array): { name: string; method: number; flags: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headers: { name: string; method: number; flags: number }[] = [];
  for (let at = 0; at + 30 <= bytes.length; at += 1) {
    if (view.getUint32(at, true) !== 0x04034b50) continue;
    const nameLength = view.getUint16(at + 26, true);
    headers.push({ name: new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLength)), method: view.getUint16(at + 8, true), flags: view.getUint16(at + 6, true) });
  }
  return headers;
}

describe('deflating with the platform’s zlib (CompressionStream)', () => {
  it('is available in Node, as in Chromium', () => {
    expect(hasPlatformDeflate()).toBe(true);
  });

  it('writes the same members as fflate, which fflate’s reader and readBundle accept', async () => {
    const platform = await buildFull(protocol, events, { deflater: 'platform' });
    const fflate = await buildFull(protocol, events, { deflater: 'fflate' });
    expect(platform.bytes).not.toEqual(fflate.bytes);
    expect(membersOf(platform.bytes)).toEqual(membersOf(fflate.bytes));
    expect(platform.manifest).toEqual(fflate.manifest);
    const read = readBundle(platform.bytes, knownProtocols(protocol));
    expect(read.ok && read.value.events).toEqual(events);
  });

  it('marks every entry deflated, with a data descriptor', async () => {
    const { bytes } = await buildFull(protocol, events, { deflater: 'platform' });
    const headers = entryHeaders(bytes);
    expect(headers.map((h) => h.name)).toEqual(Object.keys(membersOf(bytes)));
    for (const header of headers) expect(header).toMatchObject({ method: 8, flags: 8 });
  });

  it('is the same bytes for the same input', async () => {
    const first = await buildFull(protocol, events, { deflater: 'platform' });
    const second = await buildFull(protocol, events, { deflater: 'platform' });
    expect(second.bytes).toEqual(first.bytes);
  });

  it('leaves level 0 (no compression) to fflate', async () => {
    const platform = await buildFull(protocol, events, { deflater: 'platform', compressionLevel: 0 });
    const fflate = await buildFull(protocol, events, { deflater: 'fflate', compressionLevel: 0 });
    expect(platform.bytes).toEqual(fflate.bytes);
  });
});
