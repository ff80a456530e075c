/**
 * The forms of one visit instance as the casebook prints them: every form of the visit the role may see
 * (shared/forms buildVisitModel, so the same forms and fields as the visit page, in protocol order), then
 * any other visible form holding data there; per form its stage (form-stage.ts), SDV and
 * signature state, and its records with every item.
 */
import { SINGLE_RECORD, type CrfEvent, type EntryRow, type Stamp, type SubjectRow } from '../events';
import { buildVisitModel } from '../forms';
import type { Protocol } from '../protocol';
import type { Bilingual, CasebookForm, CasebookItem, CasebookRecord } from './casebook-types';
import { formStage, type SignatureCoverage } from './form-stage';
import { infoOfCatalogue, infoOfField, itemShown, type ItemInfo } from './item-shown';
import { recordKey, type RecordNumbers } from './record-numbers';
import type { Visibility } from './visibility';

interface FormPlan {
  readonly formId: string;
  readonly title: Bilingual;
  readonly repeating: boolean;
  readonly fields: readonly ItemInfo[];
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function planFromProtocol(protocol: Protocol, formId: string): FormPlan {
  const form = protocol.forms.find((f) => f.id === formId);
  return {
    formId,
    title: form?.title ?? { en: formId, zh: formId },
    repeating: form?.repeating ?? false,
    fields: (form?.items ?? []).map((i) => infoOfCatalogue(i.item)),
  };
}

/** The forms of a visit definition for this subject and role, as the visit page would show them. */
export function formPlans(protocol: Protocol, subject: SubjectRow, visitDefId: string, visibility: Visibility): FormPlan[] {
  const model = buildVisitModel({
    protocol,
    visitId: visitDefId,
    ...(subject.arm === undefined ? {} : { arm: subject.arm }),
    ...(subject.stage === undefined ? {} : { stage: subject.stage }),
    blinded: visibility.blinded,
  });
  if (model.ok) {
    return model.value.forms.map((f) => ({ formId: f.id, title: f.title, repeating: f.repeating, fields: f.fields.map(infoOfField) }));
  }
  // The visit does not resolve for this allocation (e.g. an amendment moved it): its protocol forms, filtered.
  const visit = protocol.visits.find((v) => v.id === visitDefId);
  return (visit?.forms ?? [])
    .filter((formId) => visibility.form(formId))
    .map((formId) => {
      const plan = planFromProtocol(protocol, formId);
      return { ...plan, fields: plan.fields.filter((f) => visibility.item(f.itemId)) };
    });
}

const isStarted = (entry: EntryRow): boolean => entry.status !== 'not-started' || Object.keys(entry.items).length > 0;

function itemsOf(plan: FormPlan, entry: EntryRow, visibility: Visibility): CasebookItem[] {
  const listed = new Set(plan.fields.map((f) => f.itemId));
  const extra = Object.keys(entry.items)
    .filter((id) => !listed.has(id) && visibility.item(id))
    .sort(compareText)
    .map(infoOfCatalogue);
  return [...plan.fields, ...extra].map((info) => {
    const state = entry.items[info.itemId];
    const current = state?.current;
    return {
      itemId: info.itemId,
      label: info.label,
      shown: itemShown(info, state),
      softRangeConfirmed: current?.softRangeConfirmed === true,
      verified: state?.sdv !== undefined && current !== undefined && state.sdv.valueEventId === current.stamp.eventId,
      conflicts: state?.concurrent.length ?? 0,
      ...(current === undefined ? {} : { changed: current.stamp }),
    };
  });
}

/** The last `record.removed` of a row: when, by whom, why. */
function removalOf(events: readonly CrfEvent[], visitId: string, formId: string, recordId: string): { stamp: Stamp; reason?: string } | undefined {
  const removal = events.filter((e) => e.type === 'record.removed' && e.visitId === visitId && e.formId === formId && e.recordId === recordId).at(-1);
  if (removal === undefined) return undefined;
  const stamp: Stamp = { eventId: removal.id, deviceId: removal.deviceId, seq: removal.seq, at: removal.at, userId: removal.userId, role: removal.role };
  return removal.reason === undefined ? { stamp } : { stamp, reason: removal.reason };
}

const laterStamp = (a: Stamp | undefined, b: Stamp | undefined): Stamp | undefined => (a === undefined ? b : b === undefined ? a : a.at >= b.at ? a : b);

export interface VisitFormsInput {
  readonly protocol: Protocol;
  readonly subject: SubjectRow;
  readonly visitId: string;
  readonly visitDefId: string;
  /** The entries of this visit instance. */
  readonly entries: readonly EntryRow[];
  /** The subject's events in time order (for removed rows' reasons). */
  readonly events: readonly CrfEvent[];
  readonly visibility: Visibility;
  readonly signatures: SignatureCoverage;
  readonly numbers: RecordNumbers;
}

export function visitForms(input: VisitFormsInput): CasebookForm[] {
  const { protocol, subject, visitId, entries, events, visibility, signatures, numbers } = input;
  const plans = formPlans(protocol, subject, input.visitDefId, visibility);
  const planned = new Set(plans.map((p) => p.formId));
  const formRank = new Map(protocol.forms.map((f, i) => [f.id, i]));
  const unplanned = [...new Set(entries.map((e) => e.formId))]
    .filter((formId) => !planned.has(formId) && visibility.form(formId))
    .sort((a, b) => (formRank.get(a) ?? formRank.size) - (formRank.get(b) ?? formRank.size) || compareText(a, b))
    .map((formId) => {
      const plan = planFromProtocol(protocol, formId);
      return { ...plan, fields: plan.fields.filter((f) => visibility.item(f.itemId)) };
    });

  return [...plans, ...unplanned].map((plan) => {
    const mine = entries.filter((e) => e.formId === plan.formId);
    const formLevel = mine.find((e) => e.recordId === SINGLE_RECORD);
    const signed = signatures.covers(visitId, plan.formId);
    const records: CasebookRecord[] = [];
    let completed: Stamp | undefined;
    if (plan.repeating) {
      const rows = mine.filter((e) => e.recordId !== SINGLE_RECORD).sort((a, b) => a.recordId.localeCompare(b.recordId));
      for (const row of [...rows.filter((r) => !r.removed), ...rows.filter((r) => r.removed)]) {
        const number = numbers.get(recordKey(visitId, plan.formId, row.recordId));
        // The row's last change is its removal when the log's record.removed is not in this store's slice.
        const removed = row.removed ? (removalOf(events, visitId, plan.formId, row.recordId) ?? { stamp: row.updated }) : undefined;
        records.push({
          recordId: row.recordId,
          ...(number === undefined ? {} : { number }),
          status: row.status,
          ...(removed === undefined ? {} : { removed }),
          items: itemsOf(plan, row, visibility),
        });
        if (!row.removed) completed = laterStamp(completed, row.status === 'complete' ? row.completed : undefined);
      }
      completed = laterStamp(completed, formLevel?.status === 'complete' ? formLevel.completed : undefined);
    } else if (formLevel !== undefined && isStarted(formLevel)) {
      records.push({ recordId: SINGLE_RECORD, status: formLevel.status, items: itemsOf(plan, formLevel, visibility) });
      completed = formLevel.status === 'complete' ? formLevel.completed : undefined;
    }
    let total = 0;
    let verified = 0;
    for (const record of records) {
      if (record.removed !== undefined) continue;
      for (const item of record.items) {
        if (item.shown.kind === 'empty') continue;
        total += 1;
        if (item.verified) verified += 1;
      }
    }
    return {
      formId: plan.formId,
      title: plan.title,
      repeating: plan.repeating,
      lifecycle: formStage(records, signed),
      ...(completed === undefined ? {} : { completed }),
      sdv: { verified, total },
      signed,
      records,
    };
  });
}
