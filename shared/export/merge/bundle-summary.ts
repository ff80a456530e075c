import { causalOrder, type CrfEvent, type Role } from '../../events';
import { findConflicts, type BundleContents, type BundleManifest, type ItemConflict } from '../index';

/** One device's segment in a bundle: its seq range, chain ends and time span. */
export interface DeviceSummary {
  readonly deviceId: string;
  readonly fromSeq: number;
  readonly toSeq: number;
  readonly events: number;
  /** prevHash of event fromSeq (all zeros from seq 1). */
  readonly afterHash: string;
  /** hash of event toSeq: the device's chain head as far as the bundle goes. */
  readonly headHash: string;
  readonly firstAt: string;
  readonly lastAt: string;
}

export interface SubjectSummary {
  readonly subjectId: string;
  /** The subject code given at enrolment (null: not enrolled in what the bundle carries). */
  readonly code: string | null;
  readonly site: string | null;
  readonly events: number;
}

/** Conflicts among the bundle's own events, or why they cannot be worked out from the bundle alone. */
export type ConflictScan = { readonly ok: true; readonly conflicts: readonly ItemConflict[] } | { readonly ok: false; readonly reason: string };

export interface BundleSummary {
  readonly bundleId: string;
  readonly kind: BundleManifest['kind'];
  readonly createdAt: string;
  readonly protocol: BundleManifest['protocol'];
  readonly site: string;
  readonly deviceId: string;
  readonly exportedBy: { readonly userId: string; readonly role: Role };
  readonly previousBundleId: string | null;
  readonly events: number;
  readonly devices: readonly DeviceSummary[];
  /** Every subject the carried events are about, by id. */
  readonly subjects: readonly SubjectSummary[];
  readonly conflicts: ConflictScan;
  readonly members: readonly { readonly path: string; readonly bytes: number }[];
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function devicesOf(events: readonly CrfEvent[]): DeviceSummary[] {
  const devices: DeviceSummary[] = [];
  for (const event of events) {
    const last = devices.at(-1);
    if (last?.deviceId === event.deviceId) {
      devices[devices.length - 1] = { ...last, toSeq: event.seq, events: last.events + 1, headHash: event.hash, firstAt: event.at < last.firstAt ? event.at : last.firstAt, lastAt: event.at > last.lastAt ? event.at : last.lastAt };
    } else {
      devices.push({ deviceId: event.deviceId, fromSeq: event.seq, toSeq: event.seq, events: 1, afterHash: event.prevHash, headHash: event.hash, firstAt: event.at, lastAt: event.at });
    }
  }
  return devices;
}

function subjectsOf(events: readonly CrfEvent[]): SubjectSummary[] {
  const subjects = new Map<string, { code: string | null; site: string | null; events: number }>();
  for (const event of events) {
    if (event.subjectId === undefined) continue;
    const subject = subjects.get(event.subjectId) ?? { code: null, site: null, events: 0 };
    subject.events += 1;
    if (event.type === 'subject.enrolled') {
      subject.code = event.payload.subjectCode;
      subject.site = event.payload.siteId;
    } else if (event.type === 'subject.screened' && subject.site === null) {
      subject.site = event.payload.siteId;
    }
    subjects.set(event.subjectId, subject);
  }
  return [...subjects.entries()].sort(([a], [b]) => compareText(a, b)).map(([subjectId, s]) => ({ subjectId, ...s }));
}

/**
 * Conflicts among a bundle's events with the import's rule (findConflicts over the events in causal
 * order, no stored versions). What the bundle does not carry is taken as already seen: the events of a
 * device before its segment, and events of devices it does not carry that its events name in
 * knownHeads. An event that has seen events of a carried device beyond the bundle's segment leaves the
 * order unknown (reason given).
 */
export function conflictsWithin(events: readonly CrfEvent[]): ConflictScan {
  const devices = devicesOf(events);
  const carried = new Map(devices.map((d) => [d.deviceId, d]));
  const applied: Record<string, number> = {};
  for (const d of devices) applied[d.deviceId] = d.fromSeq - 1;
  for (const event of events) {
    for (const [deviceId, seq] of Object.entries(event.knownHeads ?? {})) {
      const device = carried.get(deviceId);
      if (device === undefined) applied[deviceId] = Math.max(applied[deviceId] ?? 0, seq);
      else if (deviceId !== event.deviceId && seq > device.toSeq) {
        return { ok: false, reason: `event ${event.seq} of device ${event.deviceId} has seen events up to ${seq} of device ${deviceId}; the bundle carries ${device.fromSeq}..${device.toSeq}` };
      }
    }
  }
  const ordered = causalOrder(events, applied);
  if (!ordered.ok) {
    const { deviceId, seq, neededBy } = ordered.issues;
    return { ok: false, reason: `event ${neededBy.seq} of device ${neededBy.deviceId} has seen event ${seq} of device ${deviceId}, which cannot be placed before it` };
  }
  return { ok: true, conflicts: findConflicts(ordered.value, () => undefined, () => true) };
}

/** What `ecrf bundle inspect` shows of a verified bundle (readBundle). Pure. */
export function summarizeBundle({ manifest, events }: BundleContents): BundleSummary {
  return {
    bundleId: manifest.bundleId,
    kind: manifest.kind,
    createdAt: manifest.createdAt,
    protocol: manifest.protocol,
    site: manifest.site,
    deviceId: manifest.deviceId,
    exportedBy: manifest.exportedBy,
    previousBundleId: manifest.previousBundleId,
    events: events.length,
    devices: devicesOf(events),
    subjects: subjectsOf(events),
    conflicts: conflictsWithin(events),
    members: manifest.members.map(({ path, bytes }) => ({ path, bytes })),
  };
}
