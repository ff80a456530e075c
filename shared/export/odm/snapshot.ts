import type { EntryRow, SignatureRow, Stamp } from '../../events';
import { formOid, itemGroupOid, studyEventOid } from '../../protocol';
import type { Casebook } from '../casebook/casebook';
import { compareVisits, orderedEntries, visitDefOf, type ExportOrder } from '../casebook/order';
import { dataRecords, formLevelEntry, itemsInOrder } from '../casebook/records';
import { auditRecordXml, signatureXml } from './audit-record';
import { itemDataXml } from './item-data';
import { siteLocationOid } from './odm-ids';
import { element, textElement } from './xml';

export interface ClinicalContext {
  readonly order: ExportOrder;
  /** Ids of the repeating forms (their item group repeats, one per record). */
  readonly repeatingForms: ReadonlySet<string>;
  /** Item ids per form, in form order. */
  readonly formItems: ReadonlyMap<string, readonly string[]>;
  readonly units: ReadonlySet<string>;
  readonly sites: ReadonlySet<string>;
}

const later = (a: Stamp, b: Stamp): Stamp => (a.at > b.at || (a.at === b.at && (a.deviceId > b.deviceId || (a.deviceId === b.deviceId && a.seq > b.seq))) ? a : b);

/** The valid signature at one level of the casebook (the latest when there are several). */
function signatureAt(casebook: Casebook, match: (s: SignatureRow) => boolean): string {
  const valid = casebook.signatures.filter((s) => s.status === 'valid' && match(s));
  const latest = valid.reduce<SignatureRow | undefined>((acc, s) => (acc === undefined || later(s.applied, acc.applied) === s.applied ? s : acc), undefined);
  return latest === undefined ? '' : signatureXml({ stamp: latest.applied, level: latest.level, meaning: latest.meaning });
}

const comment = (text: string): string => element('Annotation', { SeqNum: 1 }, textElement('Comment', { SponsorOrSite: 'Site' }, text));

function itemGroupXml(entry: EntryRow, repeating: boolean, ctx: ClinicalContext): string {
  const items = itemsInOrder(entry, ctx.formItems.get(entry.formId) ?? []).map((itemId) => {
    const state = entry.items[itemId];
    if (state === undefined) return '';
    return itemDataXml({ itemId, version: state.current, conflict: state.concurrent.length > 0, transactional: false, units: ctx.units });
  });
  return element(
    'ItemGroupData',
    { ItemGroupOID: itemGroupOid(entry.formId), ItemGroupRepeatKey: repeating ? entry.recordId : undefined },
    auditRecordXml(entry.updated),
    ...items,
  );
}

function formXml(casebook: Casebook, entries: readonly EntryRow[], ctx: ClinicalContext): string {
  const [first] = entries;
  if (first === undefined) return '';
  const repeating = ctx.repeatingForms.has(first.formId);
  const live = dataRecords(entries, repeating);
  const formLevel = formLevelEntry(entries);
  const status = formLevel === undefined ? '' : comment(`form ${formLevel.status}`);
  return element(
    'FormData',
    { FormOID: formOid(first.formId) },
    auditRecordXml(entries.map((e) => e.updated).reduce(later)),
    signatureAt(casebook, (s) => s.level === 'form' && s.visitId === first.visitId && s.formId === first.formId),
    status,
    ...live.map((entry) => itemGroupXml(entry, repeating, ctx)),
  );
}

/** SubjectData with the current state: every value (or missing reason) and the audit record of its last change. */
export function subjectSnapshotXml(casebook: Casebook, ctx: ClinicalContext): string {
  const { subject } = casebook;
  const entries = orderedEntries(casebook, ctx.order);
  const visitIds = [...new Set([...entries.map((e) => e.visitId), ...casebook.visits.map((v) => v.visitId)])]
    .map((visitId) => ({ visitId, visitDefId: visitDefOf(casebook, visitId) }))
    .sort(compareVisits(ctx.order))
    .map((v) => v.visitId);

  const studyEvents = visitIds.map((visitId) => {
    const defId = visitDefOf(casebook, visitId);
    const row = casebook.visits.find((v) => v.visitId === visitId);
    const ofVisit = entries.filter((e) => e.visitId === visitId);
    const forms = [...new Set(ofVisit.map((e) => e.formId))].map((formId) => formXml(casebook, ofVisit.filter((e) => e.formId === formId), ctx));
    const status = row === undefined || row.status === 'pending' ? '' : comment(row.status === 'done' ? `visit done on ${row.visitDate ?? '?'}` : `visit not done: ${row.notDoneReason ?? ''}`);
    return element(
      'StudyEventData',
      { StudyEventOID: studyEventOid(defId), StudyEventRepeatKey: defId === visitId ? undefined : visitId },
      row === undefined ? '' : auditRecordXml(row.updated),
      signatureAt(casebook, (s) => s.level === 'visit' && s.visitId === visitId),
      status,
      ...forms,
    );
  });
  const site = subject !== undefined && ctx.sites.has(subject.siteId) ? element('SiteRef', { LocationOID: siteLocationOid(subject.siteId) }) : '';
  return (
    element(
      'SubjectData',
      { SubjectKey: casebook.subjectId },
      subject === undefined ? '' : auditRecordXml(subject.updated),
      signatureAt(casebook, (s) => s.level === 'casebook'),
      site,
      subject === undefined ? '' : comment(`subject ${subject.code ?? casebook.subjectId}, ${subject.status}`),
      ...studyEvents,
    ) + '\n'
  );
}
