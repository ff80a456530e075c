/** How bundle problems, summaries and conflicts read on the command line. Pure text. */
import type { ItemVersion } from '../../shared/events';
import type { BundleContents, BundleIssue, ItemConflict } from '../../shared/export';
import { valueText } from '../../shared/export/casebook/value-text';
import type { BundleSummary, MergedLog, MergeIssue } from '../../shared/export/merge';

const plural = (n: number, word: string, words = `${word}s`): string => `${n} ${n === 1 ? word : words}`;

/**
 * An issue's path as a reader finds the place: the zip member (or manifest.json), then fields and
 * indexes: `manifest.json.members[3].path`, `events.ndjson[12].payload.value`.
 */
export function issuePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(file)';
  const [head, ...rest] = path;
  return rest.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : `${acc}.${part}`), String(head));
}

/** `FILE: code at path: message`, one line per problem. */
export const bundleIssueLines = (file: string, issues: readonly (BundleIssue | MergeIssue)[]): string[] =>
  issues.map((i) => `${file}: ${i.code} at ${issuePath(i.path)}: ${i.message}`);

const subjectCount = (events: BundleContents['events']): number => new Set(events.flatMap((e) => (e.subjectId === undefined ? [] : [e.subjectId]))).size;

/** The one line `bundle verify` prints for a valid bundle. */
export function verifiedLine(file: string, { manifest, events }: BundleContents): string {
  const { protocol } = manifest;
  return (
    `${file}: ok: bundle ${manifest.bundleId} (${manifest.kind}) of ${protocol.id} version ${protocol.version}, ` +
    `site ${manifest.site}, created ${manifest.createdAt}: ${plural(events.length, 'event')} of ${plural(manifest.chains.length, 'device')}, ` +
    `${plural(subjectCount(events), 'subject')}, ${plural(manifest.members.length + 1, 'member')} verified`
  );
}

/** What a version says: a value with its unit, a missing reason, or that it was cleared. */
export function versionText(v: ItemVersion): string {
  if (v.kind === 'missing') return `missing ${v.missing?.code ?? '?'}`;
  if (v.kind === 'cleared' || v.value === undefined) return 'cleared';
  return `${v.qualifier ?? ''}${valueText(v.value)}${v.unit === undefined ? '' : ` ${v.unit}`}`;
}

const stampText = (v: ItemVersion): string => `${v.stamp.deviceId} #${v.stamp.seq}, ${v.stamp.userId}, ${v.stamp.at}`;

/** One line per conflict: where, then every version (the one shown first). */
export function conflictLine(c: ItemConflict): string {
  const { subjectId, visitId, formId, recordId, itemId } = c.item;
  const where = `subject ${subjectId}, visit ${visitId}, form ${formId}${recordId === '' ? '' : `, record ${recordId}`}, item ${itemId}`;
  const versions = c.versions.map((v) => `${versionText(v)} (${stampText(v)})`).join(' | ');
  return `conflict: ${where}: ${versions}${c.sameContent ? ' (same content)' : ''}`;
}

/** The conflict report of a merge (stderr). */
export function conflictReport(conflicts: readonly ItemConflict[]): string {
  if (conflicts.length === 0) return '';
  const lines = conflicts.map(conflictLine);
  lines.push(`${plural(conflicts.length, 'conflict')}: changes of one item made on two devices without either seeing the other; the app turns each into a query when the merged bundle is imported`);
  return `${lines.join('\n')}\n`;
}

/** What `bundle merge` prints on stdout once the merged bundle is written. */
export function mergedLines(output: string, inputs: number, merged: MergedLog): string[] {
  return [
    `${output}: merged ${plural(inputs, 'bundle')} of ${merged.protocol.id} version ${merged.protocol.version}: ` +
      `${plural(merged.events.length, 'event')} of ${plural(merged.chains.length, 'device')} ` +
      `(${plural(merged.duplicates, 'duplicate')} skipped), ${plural(merged.conflicts.length, 'conflict')}`,
    ...merged.chains.map((c) => `  ${c.deviceId}: events 1..${c.toSeq}, head ${c.headHash} (from ${c.from.join(', ')})`),
  ];
}

/** `bundle inspect` as text. */
export function inspectText(file: string, s: BundleSummary): string {
  const lines = [
    `${file}: bundle ${s.bundleId}`,
    `  protocol:  ${s.protocol.id} version ${s.protocol.version} (content ${s.protocol.contentHash})`,
    `  kind:      ${s.kind}`,
    `  created:   ${s.createdAt} at site ${s.site} on device ${s.deviceId} by ${s.exportedBy.userId} (${s.exportedBy.role})`,
    `  previous:  ${s.previousBundleId ?? 'none (first bundle of this device)'}`,
  ];
  const bySite = new Map<string, number>();
  for (const subject of s.subjects) bySite.set(subject.site ?? '?', (bySite.get(subject.site ?? '?') ?? 0) + 1);
  const sites = [...bySite.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([site, n]) => `site ${site}: ${n}`);
  const enrolled = s.subjects.filter((x) => x.code !== null).length;
  lines.push(`  subjects:  ${s.subjects.length} (${enrolled} enrolled${sites.length === 0 ? '' : `; ${sites.join(', ')}`})`);
  lines.push(`  events:    ${s.events} of ${plural(s.devices.length, 'device')}`);
  for (const d of s.devices) {
    lines.push(`    ${d.deviceId}: seq ${d.fromSeq}..${d.toSeq} (${plural(d.events, 'event')}, ${d.firstAt} to ${d.lastAt})`);
    lines.push(`      after ${d.afterHash}`);
    lines.push(`      head  ${d.headHash}`);
  }
  if (!s.conflicts.ok) lines.push(`  conflicts: unknown: ${s.conflicts.reason}`);
  else {
    lines.push(`  conflicts: ${s.conflicts.conflicts.length}`);
    for (const c of s.conflicts.conflicts) lines.push(`    ${conflictLine(c)}`);
  }
  lines.push(`  members:   ${s.members.map((m) => `${m.path} (${m.bytes} bytes)`).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/** `bundle inspect --json`: the summary with conflicts in plain JSON. */
export function inspectJson(s: BundleSummary): string {
  const conflicts = s.conflicts.ok
    ? s.conflicts.conflicts.map((c) => ({ item: c.item, sameContent: c.sameContent, versions: c.versions.map((v) => ({ text: versionText(v), ...v })) }))
    : null;
  const json = { ...s, conflicts, conflictsUnknown: s.conflicts.ok ? null : s.conflicts.reason };
  return `${JSON.stringify(json, null, 2)}\n`;
}
