import { GENESIS_HASH, type CrfEvent } from '../../events';
import { fail, ok, type Result } from '../../lib/result';
import { DirectoryCollector } from '../odm/directory';
import { EVENTS_PATH } from './format';
import { bundleIssue, type BundleIssue } from './issues';
import type { BundleKind, ChainRange } from './manifest';
import type { Stream } from './source';
import type { MemberWriter } from './zip-writer';

export interface EventPass {
  readonly chains: ChainRange[];
  readonly count: number;
  readonly directory: DirectoryCollector;
}

export interface EventPassOptions {
  readonly kind: BundleKind;
  readonly protocolId: string;
  readonly sites: readonly string[];
  /** Called every few thousand events, to pass the compressed output on and report progress. */
  readonly onBatch: (count: number) => Promise<void>;
}

const BATCH = 2000;

/**
 * Writes events.ndjson (one event per line, as stored) and learns, per device, the segment of its
 * chain the bundle carries. Checks what a reader would refuse, so a broken store fails the export
 * rather than producing a bundle nobody can import: order, protocol, and that each device's events
 * follow each other (seq + 1, prevHash = previous hash). Content hashes are the reader's to check.
 */
export async function writeEvents(events: Stream<CrfEvent>, member: MemberWriter, options: EventPassOptions): Promise<Result<EventPass, BundleIssue[]>> {
  const chains: ChainRange[] = [];
  const directory = new DirectoryCollector(options.sites);
  let last: CrfEvent | undefined;
  let count = 0;
  for await (const event of events) {
    const at = [EVENTS_PATH, count];
    const where = `event ${event.seq} of device ${event.deviceId}`;
    if (event.protocolId !== options.protocolId) {
      return fail([bundleIssue('event-protocol', at, `${where} belongs to protocol ${event.protocolId}, not ${options.protocolId}`)]);
    }
    if (last !== undefined && (event.deviceId < last.deviceId || (event.deviceId === last.deviceId && event.seq <= last.seq))) {
      return fail([bundleIssue('event-order', at, `${where} comes after event ${last.seq} of device ${last.deviceId}: the source must give events by (deviceId, seq)`)]);
    }
    const range = chains.at(-1);
    if (range === undefined || range.deviceId !== event.deviceId) {
      if (options.kind === 'full' && (event.seq !== 1 || event.prevHash !== GENESIS_HASH)) {
        return fail([bundleIssue('chain-range', at, `a full bundle carries device ${event.deviceId} from seq 1, but its first event is ${event.seq}`)]);
      }
      chains.push({ deviceId: event.deviceId, fromSeq: event.seq, toSeq: event.seq, afterHash: event.prevHash, headHash: event.hash });
    } else {
      if (event.seq !== range.toSeq + 1 || event.prevHash !== range.headHash) {
        return fail([bundleIssue('chain-broken', at, `${where} does not follow event ${range.toSeq}: the device's chain has a gap or a broken link`)]);
      }
      chains[chains.length - 1] = { ...range, toSeq: event.seq, headHash: event.hash };
    }
    member.write(`${JSON.stringify(event)}\n`);
    directory.add(event);
    last = event;
    count += 1;
    if (count % BATCH === 0) await options.onBatch(count);
  }
  await options.onBatch(count);
  return ok({ chains, count, directory });
}

/** Whether an event lies in the segments the bundle carries. */
export function carriedBy(chains: readonly ChainRange[]): (event: Pick<CrfEvent, 'deviceId' | 'seq'>) => boolean {
  const byDevice = new Map(chains.map((c) => [c.deviceId, c]));
  return (event) => {
    const range = byDevice.get(event.deviceId);
    return range !== undefined && event.seq >= range.fromSeq && event.seq <= range.toSeq;
  };
}
