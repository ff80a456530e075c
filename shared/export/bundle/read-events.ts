import { strFromU8 } from 'fflate';
import { parseEvent, verifyChain, type CrfEvent } from '../../events';
import { fail, ok, type Result } from '../../lib/result';
import { EVENTS_PATH, READ_LIMITS } from './format';
import { bundleIssue, type BundleIssue } from './issues';
import type { BundleManifest } from './manifest';

const NEWLINE = 0x0a;

/**
 * events.ndjson → events. Lines are cut from the bytes before decoding: a whole log as one string
 * would pass V8's string limit long before a million events. Each event is parsed with the events'
 * schema (strict: a field this version does not know is refused), then checked against the manifest.
 */
export function parseEvents(bytes: Uint8Array, manifest: BundleManifest): Result<CrfEvent[], BundleIssue[]> {
  const events: CrfEvent[] = [];
  const issues: BundleIssue[] = [];
  let start = 0;
  for (let line = 0; start < bytes.length && issues.length < READ_LIMITS.issues; line += 1) {
    const end = bytes.indexOf(NEWLINE, start);
    const stop = end === -1 ? bytes.length : end;
    const at = [EVENTS_PATH, line];
    let raw: unknown;
    try {
      raw = JSON.parse(strFromU8(bytes.subarray(start, stop)));
    } catch {
      raw = undefined;
      issues.push(bundleIssue('event-invalid', at, `line ${line + 1} is not JSON`));
    }
    start = stop + 1;
    if (raw === undefined) continue;
    const parsed = parseEvent(raw);
    if (!parsed.ok) {
      issues.push(...parsed.issues.map((i) => bundleIssue('event-invalid', [...at, ...i.path], `line ${line + 1}: ${i.message}`)));
      continue;
    }
    const event = parsed.value;
    const last = events.at(-1);
    if (event.protocolId !== manifest.protocol.id) {
      issues.push(bundleIssue('event-protocol', [...at, 'protocolId'], `line ${line + 1}: an event of protocol ${event.protocolId} in a bundle of ${manifest.protocol.id}`));
    } else if (last !== undefined && (event.deviceId < last.deviceId || (event.deviceId === last.deviceId && event.seq <= last.seq))) {
      issues.push(bundleIssue('event-order', at, `line ${line + 1}: events are not in (deviceId, seq) order`));
    }
    events.push(event);
  }
  return issues.length > 0 ? fail(issues.slice(0, READ_LIMITS.issues)) : ok(events);
}

/**
 * Each device's events form an unbroken hash chain (every event's hash matches its content and links
 * to the one before), exactly the segment the manifest declares: from fromSeq continuing afterHash,
 * to toSeq ending in headHash. Devices the manifest lists must have events, and the reverse.
 */
export function checkChains(events: readonly CrfEvent[], manifest: BundleManifest): BundleIssue[] {
  const issues: BundleIssue[] = [];
  const declared = new Map(manifest.chains.map((c, i) => [c.deviceId, { range: c, index: i }]));
  const seen = new Set<string>();
  for (let first = 0; first < events.length; ) {
    const deviceId = (events[first] as CrfEvent).deviceId;
    let end = first;
    while (end < events.length && (events[end] as CrfEvent).deviceId === deviceId) end += 1;
    const segment = events.slice(first, end);
    const head = segment[0] as CrfEvent;
    const tail = segment.at(-1) as CrfEvent;
    seen.add(deviceId);
    const verified = verifyChain(segment, head.seq === 1 ? null : { deviceId, seq: head.seq - 1, hash: head.prevHash });
    const entry = declared.get(deviceId);
    if (!verified.ok) {
      issues.push(bundleIssue('chain-broken', [EVENTS_PATH, first + verified.issues.index], `device ${deviceId}: ${verified.issues.message}`));
    } else if (entry === undefined) {
      issues.push(bundleIssue('chain-range', [EVENTS_PATH, first], `events of device ${deviceId} are not declared in the manifest`));
    } else {
      const { range, index } = entry;
      const path = ['manifest.json', 'chains', index];
      if (range.fromSeq !== head.seq || range.toSeq !== tail.seq) {
        issues.push(bundleIssue('chain-range', path, `device ${deviceId}: the manifest declares events ${range.fromSeq}..${range.toSeq}, the bundle holds ${head.seq}..${tail.seq}`));
      } else if (range.afterHash !== head.prevHash || range.headHash !== tail.hash) {
        issues.push(bundleIssue('chain-range', path, `device ${deviceId}: the chain's ends do not match the hashes the manifest declares`));
      }
    }
    first = end;
  }
  for (const [deviceId, { index }] of declared) {
    if (!seen.has(deviceId)) issues.push(bundleIssue('chain-range', ['manifest.json', 'chains', index], `device ${deviceId} is declared but the bundle holds none of its events`));
  }
  return issues;
}
