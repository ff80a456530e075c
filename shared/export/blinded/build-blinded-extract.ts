import type { CrfEvent } from '../../events';
import { fail, ok, type Result } from '../../lib/result';
import { isLocalDate } from '../../schedule';
import type { BuildBundleInput, BundleProgress } from '../bundle/build-bundle';
import { CsvMembers } from '../bundle/csv-members';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, DICTIONARY_PATH, MANIFEST_PATH, ODM_PATH, RESERVED_FORM_IDS } from '../bundle/format';
import { bundleIssue, type BundleIssue } from '../bundle/issues';
import type { BundleMember } from '../bundle/manifest';
import { protocolContentHash } from '../bundle/protocol-hash';
import { BundleZip, type ByteSink } from '../bundle/zip-writer';
import { buildCasebook, type Casebook } from '../casebook/casebook';
import { csvHeader, csvLines } from '../csv/csv-text';
import { DICTIONARY_COLUMNS, dictionaryRows } from '../csv/data-dictionary';
import { DirectoryCollector } from '../odm/directory';
import { writeOdm } from '../odm/write-odm';
import { blindedEventFilter, blindedProtocol } from './blinded-view';
import { blindedExtractManifestSchema, type BlindedExtractManifest } from './extract-manifest';

/** A bundle's input without what only events.ndjson needs: an extract is always the current state. */
export type BlindedExtractInput = Omit<BuildBundleInput, 'kind' | 'previousBundleId'>;

const zipTime = (createdAt: string): Date => {
  // As in buildBundle: the zip's local-time fields then hold the UTC export time, whatever the machine's zone.
  const utc = new Date(createdAt);
  return new Date(utc.getTime() + utc.getTimezoneOffset() * 60_000);
};

function manifestHead(input: BlindedExtractInput) {
  return {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    blinded: true,
    bundleId: input.bundleId,
    createdAt: input.createdAt,
    protocol: { id: input.protocol.id, version: input.protocol.version, contentHash: protocolContentHash(input.protocol) },
    site: input.site,
    deviceId: input.deviceId,
    exportedBy: { userId: input.exportedBy.userId, role: input.exportedBy.role },
  } as const;
}

function checkInput(input: BlindedExtractInput): BundleIssue[] {
  const head = blindedExtractManifestSchema.safeParse({ ...manifestHead(input), subjects: 0, members: [] });
  const issues = head.success ? [] : head.error.issues.map((i) => bundleIssue('input-invalid', i.path.map(String), i.message));
  const year = Number(input.createdAt.slice(0, 4));
  if (year < 1980 || year > 2107) issues.push(bundleIssue('input-invalid', ['createdAt'], 'a zip records dates from 1980 to 2107'));
  if (!isLocalDate(input.today)) issues.push(bundleIssue('input-invalid', ['today'], `"${input.today}" is not a date (YYYY-MM-DD)`));
  input.protocol.forms.forEach((form, i) => {
    if (RESERVED_FORM_IDS.includes(form.id)) issues.push(bundleIssue('input-invalid', ['protocol', 'forms', i, 'id'], `a form id "${form.id}" would overwrite csv/${form.id}.csv`));
  });
  return issues;
}

class Stop extends Error {
  constructor(readonly issues: BundleIssue[]) {
    super(issues[0]?.message ?? 'stopped');
  }
}

/**
 * Writes a blinded extract to `sink` (docs/bundle-format.md, "Blinded extracts"): odm.xml (a snapshot),
 * one CSV per visible form, the missing-fields report and the data dictionary, all computed from the
 * events with blindedEventFilter over the protocol of blindedProtocol, and a manifest marked
 * `blinded: true`. No events.ndjson: its events name the arm and cannot be left out without breaking
 * the hash chains. Streamed like buildBundle (one subject's history at a time).
 */
export async function buildBlindedExtract(input: BlindedExtractInput, sink: ByteSink): Promise<Result<BlindedExtractManifest, BundleIssue[]>> {
  const inputIssues = checkInput(input);
  if (inputIssues.length > 0) return fail(inputIssues);
  const { source } = input;
  const protocol = blindedProtocol(input.protocol);
  const shown = blindedEventFilter(input.protocol);
  const zip = new BundleZip(sink, { level: input.compressionLevel ?? 6, mtime: zipTime(input.createdAt), deflater: input.deflater ?? 'platform' });
  let counts = { events: 0, subjects: 0 };
  const report = (phase: BundleProgress['phase'], next: Partial<typeof counts>) => {
    counts = { ...counts, ...next };
    input.onProgress?.({ phase, ...counts, bytes: zip.bytesOut });
  };
  async function* visibleEvents(phase: 'events' | 'audit-trail'): AsyncGenerator<CrfEvent> {
    let read = 0;
    for await (const event of source.events()) {
      if (event.protocolId !== protocol.id) {
        throw new Stop([bundleIssue('event-protocol', ['events', read], `event ${event.seq} of device ${event.deviceId} belongs to protocol ${event.protocolId}, not ${protocol.id}`)]);
      }
      read += 1;
      if (read % 2000 === 0) report(phase, { events: read });
      if (shown(event)) yield event;
    }
    report(phase, { events: read });
  }
  try {
    // Pass 1: who and where (AdminData), from the events the extract accounts for.
    const directory = new DirectoryCollector([input.site]);
    for await (const event of visibleEvents('events')) directory.add(event);

    const odm = zip.open(ODM_PATH);
    const csv = new CsvMembers(zip, protocol, input.today);
    let subjects = 0;
    async function* casebooks(): AsyncGenerator<Casebook> {
      for await (const { subjectId, events } of source.subjects()) {
        const casebook = buildCasebook(subjectId, events.filter(shown));
        csv.add(casebook);
        subjects += 1;
        report('casebooks', { subjects });
        yield casebook;
      }
    }
    for await (const chunk of writeOdm({
      protocol,
      fileOid: input.bundleId,
      createdAt: input.createdAt,
      directory,
      casebooks: casebooks(),
      auditTrail: () => visibleEvents('audit-trail'),
      mode: { kind: 'snapshot' },
      deviceSites: { [input.deviceId]: input.site },
      ...(input.app === undefined ? {} : { sourceSystem: input.app }),
    })) {
      odm.write(chunk);
      await zip.flush();
    }
    const members: BundleMember[] = [odm.finish(), ...csv.finish()];

    report('finishing', {});
    const dictionary = zip.open(DICTIONARY_PATH);
    dictionary.write(csvHeader(DICTIONARY_COLUMNS) + csvLines(dictionaryRows(protocol)));
    members.push(dictionary.finish());

    const manifest = blindedExtractManifestSchema.parse({ ...manifestHead(input), subjects, members });
    const manifestMember = zip.open(MANIFEST_PATH);
    manifestMember.write(`${JSON.stringify(manifest, null, 2)}\n`);
    manifestMember.finish();
    await zip.end();
    return ok(manifest);
  } catch (error) {
    if (error instanceof Stop) return fail(error.issues);
    return fail([bundleIssue('output-failed', [], `the extract could not be written: ${error instanceof Error ? error.message : String(error)}`)]);
  }
}
