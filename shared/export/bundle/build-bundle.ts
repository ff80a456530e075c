import type { CrfEvent, Role } from '../../events';
import { fail, ok, type Result } from '../../lib/result';
import type { Protocol } from '../../protocol';
import { isLocalDate } from '../../schedule';
import { buildCasebook, type Casebook } from '../casebook/casebook';
import { csvHeader, csvLines } from '../csv/csv-text';
import { DICTIONARY_COLUMNS, dictionaryRows } from '../csv/data-dictionary';
import { writeOdm } from '../odm/write-odm';
import { CsvMembers } from './csv-members';
import { carriedBy, writeEvents } from './event-pass';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, DICTIONARY_PATH, EVENTS_PATH, FIXED_MEMBERS, MANIFEST_PATH, ODM_PATH, RESERVED_FORM_IDS } from './format';
import { bundleIssue, type BundleIssue } from './issues';
import { bundleManifestSchema, type BundleKind, type BundleManifest, type BundleMember, type BundlePerson } from './manifest';
import { protocolContentHash } from './protocol-hash';
import type { BundleSource, Stream, SubjectEvents } from './source';
import { BundleZip, type ByteSink, type Deflater } from './zip-writer';

export interface BuildBundleInput {
  /** A fresh id for this bundle; also the ODM FileOID. */
  readonly bundleId: string;
  readonly kind: BundleKind;
  /** The bundle this one follows from the same device; required for an incremental bundle. */
  readonly previousBundleId?: string;
  /** The export time (ISO instant, UTC). */
  readonly createdAt: string;
  /** The date at the site (YYYY-MM-DD), for the missing-fields report's closed windows. */
  readonly today: string;
  readonly protocol: Protocol;
  readonly site: string;
  readonly deviceId: string;
  readonly exportedBy: { readonly userId: string; readonly role: Role };
  readonly source: BundleSource;
  readonly onProgress?: (progress: BundleProgress) => void;
  /** Deflate level; 6 (the default) balances size and time. The platform's deflater always uses 6 (0: stored). */
  readonly compressionLevel?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /** Who deflates (zip-writer.ts): the platform's native zlib where there is one (default), or fflate. */
  readonly deflater?: Deflater;
  /**
   * The people this laptop can name (its accounts, and people it learned from imported bundles). The
   * manifest's `people` lists those the carried events name; ODM AdminData uses the names. Left out:
   * no `people` in the manifest.
   */
  readonly people?: readonly BundlePerson[];
  /** Named in the ODM file (SourceSystem). */
  readonly app?: { readonly name: string; readonly version: string };
}

export interface BundleProgress {
  readonly phase: 'events' | 'casebooks' | 'audit-trail' | 'finishing';
  readonly events: number;
  readonly subjects: number;
  /** Zip bytes handed to the sink so far. */
  readonly bytes: number;
}

/** Unwinds the streaming pipeline when the source breaks a promise; never escapes buildBundle. */
class Stop extends Error {
  constructor(readonly issues: BundleIssue[]) {
    super(issues[0]?.message ?? 'stopped');
  }
}

function manifestHead(input: BuildBundleInput) {
  return {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    bundleId: input.bundleId,
    kind: input.kind,
    createdAt: input.createdAt,
    protocol: { id: input.protocol.id, version: input.protocol.version, contentHash: protocolContentHash(input.protocol) },
    site: input.site,
    deviceId: input.deviceId,
    exportedBy: { userId: input.exportedBy.userId, role: input.exportedBy.role },
    previousBundleId: input.previousBundleId ?? null,
  } as const;
}

/**
 * Zip entries record a local date and time, which the zip library reads from a Date's local fields.
 * Shifting by the zone offset makes those fields the UTC export time, so every entry says when the
 * export was made (never the clock) and the bytes do not depend on the machine's time zone.
 */
function zipTime(createdAt: string): Date {
  const utc = new Date(createdAt);
  return new Date(utc.getTime() + utc.getTimezoneOffset() * 60_000);
}

/**
 * The manifest's `people`: one per user id (the first given wins), sorted by id; only those in
 * `named` (the users of the carried events) when given. Undefined when the caller gave no people.
 */
function peopleOf(input: BuildBundleInput, named?: ReadonlyMap<string, unknown>): { people?: BundlePerson[] } {
  if (input.people === undefined) return {};
  const byId = new Map<string, BundlePerson>();
  for (const p of input.people) {
    if (!byId.has(p.userId) && (named === undefined || named.has(p.userId))) byId.set(p.userId, { userId: p.userId, displayName: p.displayName, role: p.role });
  }
  return { people: [...byId.values()].sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0)) };
}

/** Refuses input that would make a bundle no reader accepts, before a byte is written. */
function checkInput(input: BuildBundleInput): BundleIssue[] {
  const placeholder = FIXED_MEMBERS.map((path) => ({ path, bytes: 0, sha256: '0'.repeat(64) }));
  const head = bundleManifestSchema.safeParse({ ...manifestHead(input), chains: [], members: placeholder, ...peopleOf(input) });
  const issues = head.success ? [] : head.error.issues.map((i) => bundleIssue('input-invalid', i.path.map(String), i.message));
  const year = Number(input.createdAt.slice(0, 4));
  if (year < 1980 || year > 2107) issues.push(bundleIssue('input-invalid', ['createdAt'], 'a zip records dates from 1980 to 2107'));
  if (!isLocalDate(input.today)) issues.push(bundleIssue('input-invalid', ['today'], `"${input.today}" is not a date (YYYY-MM-DD)`));
  input.protocol.forms.forEach((form, i) => {
    if (RESERVED_FORM_IDS.includes(form.id)) issues.push(bundleIssue('input-invalid', ['protocol', 'forms', i, 'id'], `a form id "${form.id}" would overwrite csv/${form.id}.csv`));
  });
  return issues;
}

/** Casebooks from the source's subjects, checking what the source promised on the way. */
async function* casebooksOf(
  subjects: Stream<SubjectEvents>,
  mustBeCarried: ((e: CrfEvent) => boolean) | undefined,
  onCasebook: (casebook: Casebook, index: number) => void,
): AsyncGenerator<Casebook> {
  let previous: string | undefined;
  let index = 0;
  for await (const { subjectId, events } of subjects) {
    const at = ['subjects', index];
    if (previous !== undefined && subjectId <= previous) throw new Stop([bundleIssue('subject-order', at, `subject ${subjectId} comes after ${previous}: the source must give subjects by ascending id`)]);
    const stray = events.find((e) => e.subjectId !== subjectId);
    if (stray !== undefined) throw new Stop([bundleIssue('input-invalid', at, `event ${stray.id} of subject ${stray.subjectId ?? '-'} is in the history of ${subjectId}`)]);
    const missing = mustBeCarried === undefined ? undefined : events.find((e) => !mustBeCarried(e));
    if (missing !== undefined) throw new Stop([bundleIssue('input-invalid', at, `event ${missing.seq} of device ${missing.deviceId} is in subject ${subjectId}'s history but not among the bundle's events`)]);
    const casebook = buildCasebook(subjectId, events);
    onCasebook(casebook, index);
    yield casebook;
    previous = subjectId;
    index += 1;
  }
}

/**
 * Writes a CRF bundle to `sink` as a stream (docs/bundle-format.md). Memory stays bounded with any
 * number of events: one subject's history at a time, the compressed CSV members while odm.xml is
 * written, and one entry per device, user and site.
 *
 * On failure the result says why; the sink has then received part of a zip, which must be thrown away.
 */
export async function buildBundle(input: BuildBundleInput, sink: ByteSink): Promise<Result<BundleManifest, BundleIssue[]>> {
  const inputIssues = checkInput(input);
  if (inputIssues.length > 0) return fail(inputIssues);
  const { protocol, source } = input;
  const zip = new BundleZip(sink, { level: input.compressionLevel ?? 6, mtime: zipTime(input.createdAt), deflater: input.deflater ?? 'platform' });
  let counts = { events: 0, subjects: 0 };
  const report = (phase: BundleProgress['phase'], next: Partial<typeof counts>) => {
    counts = { ...counts, ...next };
    input.onProgress?.({ phase, ...counts, bytes: zip.bytesOut });
  };
  try {
    const eventsMember = zip.open(EVENTS_PATH);
    const pass = await writeEvents(source.events(), eventsMember, {
      kind: input.kind,
      protocolId: protocol.id,
      sites: [input.site],
      onBatch: async (events) => {
        await zip.flush();
        report('events', { events });
      },
    });
    if (!pass.ok) return pass;
    const members: BundleMember[] = [eventsMember.finish()];
    const carried = carriedBy(pass.value.chains);
    const { people } = peopleOf(input, pass.value.directory.users);

    const odm = zip.open(ODM_PATH);
    const csv = new CsvMembers(zip, protocol, input.today);
    const casebooks = casebooksOf(source.subjects(), input.kind === 'full' ? carried : undefined, (casebook, index) => {
      csv.add(casebook);
      report('casebooks', { subjects: index + 1 });
    });
    let audited = 0;
    async function* auditTrail(): AsyncGenerator<CrfEvent> {
      for await (const event of source.events()) {
        yield event;
        audited += 1;
        if (audited % 2000 === 0) report('audit-trail', { events: audited });
      }
      report('audit-trail', { events: audited });
    }
    for await (const chunk of writeOdm({
      protocol,
      fileOid: input.bundleId,
      createdAt: input.createdAt,
      directory: pass.value.directory,
      casebooks,
      auditTrail,
      mode: input.kind === 'full' ? { kind: 'snapshot' } : { kind: 'transactional', priorFileOid: input.previousBundleId ?? '', carried },
      deviceSites: { [input.deviceId]: input.site },
      ...(people === undefined ? {} : { names: new Map(people.map((p) => [p.userId, p.displayName])) }),
      ...(input.app === undefined ? {} : { sourceSystem: input.app }),
    })) {
      odm.write(chunk);
      await zip.flush();
    }
    if (audited !== pass.value.count) {
      return fail([bundleIssue('input-invalid', [ODM_PATH], `the source gave ${pass.value.count} events, then ${audited}: both reads must give the same events`)]);
    }
    members.push(odm.finish(), ...csv.finish());

    report('finishing', {});
    const dictionary = zip.open(DICTIONARY_PATH);
    dictionary.write(csvHeader(DICTIONARY_COLUMNS) + csvLines(dictionaryRows(protocol)));
    members.push(dictionary.finish());

    const manifest = bundleManifestSchema.parse({ ...manifestHead(input), chains: pass.value.chains, members, ...(people === undefined ? {} : { people }) });
    const manifestMember = zip.open(MANIFEST_PATH);
    manifestMember.write(`${JSON.stringify(manifest, null, 2)}\n`);
    manifestMember.finish();
    await zip.end();
    report('finishing', {});
    return ok(manifest);
  } catch (error) {
    if (error instanceof Stop) return fail(error.issues);
    return fail([bundleIssue('output-failed', [], `the bundle could not be written: ${error instanceof Error ? error.message : String(error)}`)]);
  }
}
