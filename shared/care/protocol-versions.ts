/**
 * Protocol versions as written in definitions ("0.1", "1.2", "2.0-amendment-3"): compared by their
 * numeric parts first, so "1.10" follows "1.9"; parts that are not numbers compare as text.
 */
const parts = (version: string): string[] => version.split(/[.\-_ ]+/).filter((p) => p !== '');

const NUMBER = /^[0-9]+$/;

/** Negative when a is older than b, positive when newer, 0 when they are the same version. */
export function compareVersions(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (NUMBER.test(x) && NUMBER.test(y)) {
      const diff = Number(x) - Number(y);
      if (diff !== 0) return diff;
    } else {
      const diff = x.localeCompare(y);
      if (diff !== 0) return diff;
    }
  }
  return a.localeCompare(b);
}

/** The newest of some versions, or undefined for none. */
export function newestVersion(versions: readonly string[]): string | undefined {
  return [...versions].sort(compareVersions).at(-1);
}
