/**
 * `ecrf demo-data`: the demo generator's synthetic trial for a protocol as a full CRF bundle, for
 * training and the benchmark. Bounded memory: the generator runs once and its events are spilled to
 * a temporary folder (all events in chain order, then each subject's events in a bucket of subjects
 * with consecutive ids); buildBundle then streams events.ndjson and the ODM audit trail from the first
 * file and the casebooks from the buckets, one bucket in memory at a time, and the zip goes straight
 * to the output file (temporary, renamed when complete).
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateDemoTrial } from '../../shared/demo';
import type { CrfEvent } from '../../shared/events';
import { buildBundle, type SubjectEvents } from '../../shared/export';
import { formatLocalDate, parseLocalDate } from '../../shared/schedule';
import type { Output } from './bundle-commands';
import { bundleIssueLines } from './bundle-report';
import { loadProtocols } from './protocols';
import { fsReason } from './read-text-file';
import { AtomicFile, refuseTarget } from './write-file';

export interface DemoDataOptions {
  readonly protocol: string;
  readonly subjects: number;
  readonly seed: number;
  /** 'YYYY-MM-DD': nothing in the trial happens after it; default the date of `now` (UTC). */
  readonly today: string | undefined;
  readonly site: string;
  readonly output: string;
  readonly force: boolean;
  readonly protocolFile: string | undefined;
  /** The export time. */
  readonly now: Date;
}

/** How far back the trial starts (as the app's training data: recruitment over the first 60 %). */
export const DEMO_SPAN_DAYS = 540;
/** Subject spill files: the casebook pass holds one at a time (about 1,000 subjects: 16 each). */
const MAX_BUCKETS = 64;
const MIN_SUBJECTS_PER_BUCKET = 16;
/**
 * Bytes gathered per spill file before they are written. Kept as bytes, not strings: a line cut
 * from a larger string can keep that string alive, and 64 buckets of such lines add up.
 */
const FLUSH_BYTES = 256 * 1024;
/** Bytes read from a spill file at a time. */
const READ_BYTES = 1 << 20;

const isFsError = (error: unknown): boolean => typeof error === 'object' && error !== null && 'code' in error && 'syscall' in error;
const err = (stderr: string): Output => ({ stdout: '', stderr, exitCode: 1 });
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** The demo device: one per protocol and seed, so two demo files of one trial merge only if identical. */
export const demoDeviceId = (protocolId: string, seed: number): string => `demo-${protocolId.replace(/[^A-Za-z0-9._:-]/g, '-')}-${seed}`.slice(0, 100);

const NEWLINE = Buffer.from('\n');

/** A file written in large pieces. */
class SpillFile {
  private pieces: Buffer[] = [];
  private pending = 0;
  private readonly fd: number;
  constructor(readonly path: string) {
    this.fd = openSync(path, 'wx');
  }
  /** Adds a copy of `bytes` and a newline. */
  addLine(bytes: Uint8Array): void {
    this.pieces.push(Buffer.from(bytes), NEWLINE);
    this.pending += bytes.length + 1;
    if (this.pending >= FLUSH_BYTES) this.flush();
  }
  flush(): void {
    if (this.pending === 0) return;
    const bytes = Buffer.concat(this.pieces, this.pending);
    for (let at = 0; at < bytes.length; ) at += writeSync(this.fd, bytes, at, bytes.length - at);
    this.pieces = [];
    this.pending = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}


interface Spilled {
  readonly eventsPath: string;
  readonly events: number;
  readonly subjects: readonly string[];
  readonly enrolled: number;
}

/** Runs the generator once, writing its events in chain order to the spill folder. */
function spillEvents(batches: Iterable<readonly CrfEvent[]>, folder: string): Spilled {
  const all = new SpillFile(join(folder, 'events.ndjson'));
  const subjects = new Set<string>();
  let events = 0;
  let enrolled = 0;
  try {
    for (const batch of batches) {
      for (const event of batch) {
        all.addLine(Buffer.from(JSON.stringify(event), 'utf8'));
        events += 1;
        if (event.type === 'subject.enrolled') enrolled += 1;
        if (event.subjectId !== undefined) subjects.add(event.subjectId);
      }
    }
  } finally {
    all.close();
  }
  return { eventsPath: all.path, events, subjects: [...subjects], enrolled };
}

/**
 * Distributes the events by subject into buckets of consecutive subject ids (at most MAX_BUCKETS
 * files), so the casebook pass reads subjects in id order one bucket at a time. Each subject's
 * events keep their chain order.
 */
function spillSubjects(spilled: Spilled, folder: string): string[] {
  const ids = [...spilled.subjects].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const perBucket = Math.max(MIN_SUBJECTS_PER_BUCKET, Math.ceil(ids.length / MAX_BUCKETS));
  const buckets: SpillFile[] = [];
  const bucketOf = new Map<string, SpillFile>();
  try {
    ids.forEach((id, rank) => {
      if (rank % perBucket === 0) buckets.push(new SpillFile(join(folder, `subjects-${buckets.length}.ndjson`)));
      bucketOf.set(id, buckets.at(-1) as SpillFile);
    });
    for (const line of fileLines(spilled.eventsPath)) {
      const { subjectId } = eventOf(line);
      if (subjectId !== undefined) bucketOf.get(subjectId)?.addLine(line);
    }
  } finally {
    for (const bucket of buckets) bucket.close();
  }
  return buckets.map((b) => b.path);
}

/**
 * The lines of a file as bytes (without the newline), read in pieces: the file may be far larger
 * than a string can be. A line is a view into the read buffer, valid until the next one is taken.
 */
function* fileLines(path: string): Generator<Buffer> {
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(READ_BYTES);
  let carry = Buffer.alloc(0);
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      const data = carry.length === 0 ? buffer.subarray(0, n) : Buffer.concat([carry, buffer.subarray(0, n)]);
      let start = 0;
      for (let end = data.indexOf(0x0a, start); end !== -1; end = data.indexOf(0x0a, start)) {
        if (end > start) yield data.subarray(start, end);
        start = end + 1;
      }
      carry = Buffer.from(data.subarray(start));
    }
    if (carry.length > 0) yield carry;
  } finally {
    closeSync(fd);
  }
}

// The spill files hold exactly what the generator sealed (JSON.stringify), so parsing gives it back.
const eventOf = (line: Uint8Array): CrfEvent => JSON.parse(Buffer.from(line.buffer, line.byteOffset, line.byteLength).toString('utf8')) as CrfEvent;

function* eventsOf(path: string): Generator<CrfEvent> {
  for (const line of fileLines(path)) yield eventOf(line);
}

/** Subjects in id order with their whole history, one bucket read at a time. */
function* subjectsOf(buckets: readonly string[]): Generator<SubjectEvents> {
  for (const bucket of buckets) {
    const bySubject = new Map<string, CrfEvent[]>();
    for (const line of fileLines(bucket)) {
      const event = eventOf(line);
      const subjectId = event.subjectId ?? '';
      const list = bySubject.get(subjectId);
      if (list === undefined) bySubject.set(subjectId, [event]);
      else list.push(event);
    }
    const ids = [...bySubject.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    for (const subjectId of ids) yield { subjectId, events: bySubject.get(subjectId) ?? [] };
  }
}

export async function demoDataCommand(options: DemoDataOptions): Promise<Output> {
  const { output, seed, site } = options;
  const refused = refuseTarget(output, options.force);
  if (refused !== undefined) return err(`${refused}\n`);
  const protocols = loadProtocols(options.protocolFile);
  if (!protocols.ok) return err(`${protocols.message}\n`);
  const protocol = protocols.set.protocols.find((p) => p.id === options.protocol);
  if (protocol === undefined) {
    const known = [...new Set(protocols.set.protocols.map((p) => p.id))].join(', ');
    return err(`unknown protocol "${options.protocol}" (protocols: ${known}; --protocol-file adds one)\n`);
  }
  const createdAt = options.now.toISOString();
  const today = options.today ?? createdAt.slice(0, 10);
  const todayNumber = parseLocalDate(today);
  if (todayNumber === undefined) return err(`--today: "${today}" is not a date\n`);
  const deviceId = demoDeviceId(protocol.id, seed);
  let n = 0;
  const trial = generateDemoTrial({
    protocol,
    subjects: options.subjects,
    seed,
    today,
    startDate: formatLocalDate(todayNumber - DEMO_SPAN_DAYS),
    deviceId,
    newId: () => `${deviceId}-${String((n += 1)).padStart(9, '0')}`,
    sites: [site],
    batchSize: 2000,
  });
  if (!trial.ok) return err(trial.issues.map((i) => `demo-data: ${String(i.path[0] ?? '')}: ${i.message}\n`).join(''));

  let folder: string;
  try {
    folder = mkdtempSync(join(tmpdir(), 'ecrf-demo-'));
  } catch (error) {
    return err(`cannot create a temporary folder in ${tmpdir()}: ${fsReason(error)}\n`);
  }
  try {
    const started = performance.now();
    let spilled: Spilled;
    let buckets: string[];
    try {
      spilled = spillEvents(trial.value, folder);
      buckets = spillSubjects(spilled, folder);
    } catch (error) {
      if (!isFsError(error)) throw error;
      return err(`cannot write the demo events to the temporary folder ${folder}: ${fsReason(error)}\n`);
    }
    const generated = performance.now();
    const opened = AtomicFile.open(output, options.force);
    if (!opened.ok) return err(`${opened.message}\n`);
    const file = opened.file;
    const built = await buildBundle(
      {
        bundleId: `${deviceId}-${options.subjects}`.slice(0, 128),
        kind: 'full',
        createdAt,
        today,
        protocol,
        site,
        deviceId,
        exportedBy: { userId: 'u-demo', role: 'data-manager' },
        source: { events: () => eventsOf(spilled.eventsPath), subjects: () => subjectsOf(buckets) },
        app: { name: 'ecrf demo-data', version: '1' },
      },
      (chunk) => file.write(chunk),
    ).catch((error: unknown) => {
      file.abort();
      throw error;
    });
    if (!built.ok) {
      file.abort();
      return err([`${output}: the demo bundle could not be built; nothing was written\n`, ...bundleIssueLines(output, built.issues).map((l) => `${l}\n`)].join(''));
    }
    const committed = file.commit();
    if (!committed.ok) return err(`${committed.message}\n`);
    const written = performance.now();
    return {
      stdout:
        `${output}: ${spilled.events} events of ${protocol.id} version ${protocol.version} (device ${deviceId}, seed ${seed}, today ${today}): ` +
        `${spilled.enrolled} subjects enrolled, ${spilled.subjects.length - spilled.enrolled} screen failures; ` +
        `${file.bytes} bytes in ${seconds(written - started)} (generated in ${seconds(generated - started)}, bundle written in ${seconds(written - generated)})\n`,
      stderr: '',
      exitCode: 0,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
