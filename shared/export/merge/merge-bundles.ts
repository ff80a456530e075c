import { causalOrder, type CrfEvent } from '../../events';
import { fail, ok, type Issue, type Result } from '../../lib/result';
import { findConflicts, type BundleContents, type BundleManifest, type ChainRange, type ItemConflict } from '../index';

/** One verified bundle (readBundle) and the name to call it by in messages (its file). */
export interface MergeInput {
  readonly name: string;
  readonly bundle: BundleContents;
}

export type MergeIssueCode = 'no-input' | 'protocol-mismatch' | 'fork' | 'gap' | 'missing-ancestor';

export interface MergeIssue extends Issue {
  readonly code: MergeIssueCode;
}

/** One device's whole chain in the merged log, and which inputs brought parts of it. */
export interface MergedChain extends ChainRange {
  /** Names of the inputs that carry events of this device, in input order. */
  readonly from: readonly string[];
}

export interface MergedLog {
  readonly protocol: BundleManifest['protocol'];
  /** Every event once, by (deviceId, seq); every device's chain from seq 1 without a gap. */
  readonly events: readonly CrfEvent[];
  /** Per device (sorted by deviceId): seq 1 to its head. */
  readonly chains: readonly MergedChain[];
  /** Events found in more than one input (same device, seq and hash), kept once. */
  readonly duplicates: number;
  /** Items changed on two devices without either seeing the other (the import's rule). */
  readonly conflicts: readonly ItemConflict[];
}

const issue = (code: MergeIssueCode, path: Issue['path'], message: string): MergeIssue => ({ code, path, message, severity: 'error' });

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface Held {
  readonly event: CrfEvent;
  /** Which input it came from, and its line in that input's events.ndjson. */
  readonly input: string;
  readonly line: number;
}

function sameProtocol(inputs: readonly MergeInput[]): MergeIssue[] {
  const first = inputs[0];
  if (first === undefined) return [issue('no-input', [], 'no bundle to merge')];
  const want = first.bundle.manifest.protocol;
  const issues: MergeIssue[] = [];
  for (const { name, bundle } of inputs.slice(1)) {
    const got = bundle.manifest.protocol;
    if (got.id !== want.id || got.version !== want.version) {
      issues.push(issue('protocol-mismatch', [name, 'manifest.json', 'protocol'], `${name} is of protocol ${got.id} version ${got.version}, ${first.name} of ${want.id} version ${want.version}: only bundles of one protocol version merge`));
    } else if (got.contentHash !== want.contentHash) {
      issues.push(issue('protocol-mismatch', [name, 'manifest.json', 'protocol'], `${name} and ${first.name} name ${want.id} version ${want.version} with different content hashes`));
    }
  }
  return issues;
}

/**
 * Per device, every (seq → event) of the inputs: an event met again with the same hash is a duplicate,
 * with another hash a fork (two installs sharing a device id, or an altered bundle).
 */
function collect(inputs: readonly MergeInput[]): { devices: Map<string, Map<number, Held>>; duplicates: number; issues: MergeIssue[] } {
  const devices = new Map<string, Map<number, Held>>();
  const issues: MergeIssue[] = [];
  let duplicates = 0;
  for (const { name, bundle } of inputs) {
    bundle.events.forEach((event, line) => {
      let chain = devices.get(event.deviceId);
      if (chain === undefined) devices.set(event.deviceId, (chain = new Map()));
      const held = chain.get(event.seq);
      if (held === undefined) chain.set(event.seq, { event, input: name, line });
      else if (held.event.hash === event.hash) duplicates += 1;
      else {
        issues.push(
          issue('fork', [name, 'events.ndjson', line], `event ${event.seq} of device ${event.deviceId} in ${name} differs from the one in ${held.input}: two installs share the device id, or a bundle was altered`),
        );
      }
    });
  }
  return { devices, duplicates, issues };
}

/**
 * One device's events in seq order, checked: from seq 1, no seq missing (a gap names the missing
 * range), each event linking to the one before (events from different inputs that do not link are a
 * fork).
 */
function chainOf(deviceId: string, held: ReadonlyMap<number, Held>): { events: CrfEvent[]; chain?: MergedChain; issues: MergeIssue[] } {
  const ordered = [...held.values()].sort((a, b) => a.event.seq - b.event.seq);
  const issues: MergeIssue[] = [];
  let previous: Held | undefined;
  for (const entry of ordered) {
    const expected = (previous?.event.seq ?? 0) + 1;
    const { seq } = entry.event;
    if (seq > expected) {
      issues.push(
        issue('gap', ['devices', deviceId], `events ${expected}..${seq - 1} of device ${deviceId} are missing: no input carries them (merge the bundle of ${deviceId} that does)`),
      );
    } else if (previous !== undefined && entry.event.prevHash !== previous.event.hash) {
      issues.push(
        issue('fork', [entry.input, 'events.ndjson', entry.line], `event ${seq} of device ${deviceId} in ${entry.input} does not follow event ${seq - 1} in ${previous.input}: two installs share the device id, or a bundle was altered`),
      );
    }
    previous = entry;
  }
  const first = ordered[0];
  const last = ordered.at(-1);
  const events = ordered.map((h) => h.event);
  if (issues.length > 0 || first === undefined || last === undefined) return { events, issues };
  const from = [...new Set(ordered.map((h) => h.input))];
  return { events, chain: { deviceId, fromSeq: 1, toSeq: last.event.seq, afterHash: first.event.prevHash, headHash: last.event.hash, from }, issues };
}

/**
 * The central merge of verified bundles (docs/bundle-format.md): the union of their events keyed by
 * (deviceId, seq), duplicates kept once. Refused, with every problem found: bundles of different
 * protocol versions, a fork (the same (device, seq) with two hashes, or parts of a chain that do not
 * link), a gap (a device's events not all present from seq 1: the message names the missing range),
 * and an event that has seen events no input carries (its knownHeads). Conflicts are found with the
 * import's rule (findConflicts: the store's multi-value register over the events in causal order);
 * they are reported, not refused: a person resolves them.
 */
export function mergeBundles(inputs: readonly MergeInput[]): Result<MergedLog, MergeIssue[]> {
  const protocolIssues = sameProtocol(inputs);
  if (protocolIssues.length > 0) return fail(protocolIssues);
  const { devices, duplicates, issues } = collect(inputs);
  const events: CrfEvent[] = [];
  const chains: MergedChain[] = [];
  for (const deviceId of [...devices.keys()].sort(compareText)) {
    const device = chainOf(deviceId, devices.get(deviceId) ?? new Map<number, Held>());
    issues.push(...device.issues);
    if (device.chain !== undefined) chains.push(device.chain);
    for (const event of device.events) events.push(event); // not push(...): a million arguments overflow the stack
  }
  if (issues.length > 0) return fail(issues);

  const ordered = causalOrder(events);
  if (!ordered.ok) {
    const { deviceId, seq, neededBy } = ordered.issues;
    const held = chains.find((c) => c.deviceId === deviceId)?.toSeq ?? 0;
    const where = ['devices', neededBy.deviceId, neededBy.seq];
    const event = `event ${neededBy.seq} of device ${neededBy.deviceId}`;
    // Every ancestor present yet no order: knownHeads that form a cycle, which only forged events can do.
    if (held >= seq) return fail([issue('fork', where, `${event} and the events it has seen form a cycle: the bundles were altered`)]);
    return fail([
      issue('missing-ancestor', where, `${event} was made after seeing events ${held + 1}..${seq} of device ${deviceId}, which no input carries: merge the bundle of ${deviceId} that does`),
    ]);
  }
  const conflicts = findConflicts(ordered.value, () => undefined, () => true);
  return ok({ protocol: (inputs[0] as MergeInput).bundle.manifest.protocol, events, chains, duplicates, conflicts });
}
