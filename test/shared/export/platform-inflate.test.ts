import { deflateSync, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { hasPlatformInflate, InflateFailed, platformInflate } from '../../../shared/export/bundle/platform-inflate';
import { locateMember } from '../../../shared/export/bundle/unzip';

const sameBytes = (a: Uint8Array, b: Uint8Array | undefined): boolean => b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
const text = (n: number): Uint8Array => strToU8(Array.from({ length: n }, (_, i) => `{"seq":${i},"note":"事件 ${i % 97}"}`).join('\n'));

describe('locateMember and platformInflate', () => {
  it('the platform running the tests has a native raw inflater (Node 20, Chromium)', () => {
    expect(hasPlatformInflate()).toBe(true);
  });

  it('gives the same bytes as fflate for deflated and stored members, with names in UTF-8', async () => {
    const members = { 'events.ndjson': text(20_000), 'csv/体征.csv': text(300), 'empty.txt': new Uint8Array(0) };
    for (const level of [0, 6] as const) {
      const zip = zipSync(members, { level });
      const expected = unzipSync(zip);
      for (const name of Object.keys(members)) {
        const located = locateMember(zip, name);
        if (located === undefined) throw new Error(`${name} not located`);
        if (name !== 'empty.txt') expect(located.method, name).toBe(level === 0 ? 0 : 8);
        expect(sameBytes(await platformInflate(located), expected[name]), name).toBe(true);
      }
    }
  });

  it('finds nothing for a name not in the zip, or in bytes that are not a zip', () => {
    expect(locateMember(zipSync({ 'a.txt': strToU8('a') }), 'b.txt')).toBeUndefined();
    expect(locateMember(strToU8('not a zip at all, not even close'), 'a.txt')).toBeUndefined();
  });

  it('keeps at most one byte beyond the declared size (a zip bomb does not grow in memory)', async () => {
    const data = deflateSync(new Uint8Array(1_000_000));
    const out = await platformInflate({ method: 8, data, originalSize: 1000 });
    expect(out.length).toBe(1001);
  });

  it('refuses damaged or cut deflate data', async () => {
    const data = deflateSync(text(5000));
    await expect(platformInflate({ method: 8, data: data.subarray(0, data.length / 2), originalSize: 200_000 })).rejects.toBeInstanceOf(InflateFailed);
    await expect(platformInflate({ method: 8, data: Uint8Array.from([0xff, 0xff, 0xff, 0xff]), originalSize: 10 })).rejects.toBeInstanceOf(InflateFailed);
  });
});
