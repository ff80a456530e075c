import { getItem, type ItemDefinition } from '../../../../shared/catalogue';
import type { CrfEvent } from '../../../../shared/events';
import type { Protocol } from '../../../../shared/protocol';
import { Clock, DeviceLog, INVESTIGATOR, MONITOR, type EventBody } from './device-log';

type ValuePayload = Extract<EventBody, { type: 'item.valueSet' }>['payload'];

/** A plausible stored value for any catalogue item, inside its hard range. */
export function sampleValue(item: ItemDefinition, variant = 0): ValuePayload {
  switch (item.kind) {
    case 'quantity': {
      const low = item.softRange?.low ?? item.hardRange.min;
      const high = item.softRange?.high ?? item.hardRange.max;
      const value = Number((low + ((high - low) * (3 + variant)) / 10).toFixed(item.decimals));
      return { entered: String(value), value, unit: item.unit };
    }
    case 'integer': {
      const value = Math.round(item.hardRange.min + (item.hardRange.max - item.hardRange.min) * 0.4) + variant;
      return { entered: String(value), value, ...(item.unit === undefined ? {} : { unit: item.unit }) };
    }
    case 'text':
      return { entered: `肝区不适 discomfort ${variant}`, value: `肝区不适 discomfort ${variant}` };
    case 'date':
      return { entered: '2025-03-02', value: '2025-03-02' };
    case 'datetime':
      return { entered: '2025-03-02T09:30', value: '2025-03-02T09:30' };
    case 'choice': {
      const code = item.choices[variant % item.choices.length]?.code ?? '';
      return { entered: code, value: code };
    }
    case 'boolean':
      return { entered: 'no', value: false };
  }
}

const itemOf = (id: string): ItemDefinition => {
  const found = getItem(id);
  if (!found.ok) throw new Error(`no catalogue item ${id}`);
  return found.value;
};

const formItems = (protocol: Protocol, formId: string): Protocol['forms'][number]['items'] => {
  const form = protocol.forms.find((f) => f.id === formId);
  if (form === undefined) throw new Error(`${protocol.id} has no form ${formId}`);
  return form.items;
};

export interface RealisticLog {
  readonly a: DeviceLog;
  readonly b: DeviceLog;
  /** Every event, in (deviceId, seq) order. */
  readonly events: CrfEvent[];
}

/**
 * A day at the site, for any seed: screening and enrolment, labs in SI and one in mg/dL, a missing
 * reason, a correction with a reason after completion, a form signature, an AE log with two records
 * (one removed), a query, SDV, an unscheduled visit, a screen failure on a second laptop, and one item
 * both laptops changed without seeing each other (a conflict).
 */
export function realisticLog(protocol: Protocol, subjectId = 's-001'): RealisticLog {
  const clock = new Clock();
  const scope = { protocolId: protocol.id, protocolVersion: protocol.version };
  const a = new DeviceLog('dev-a', scope, clock);
  const b = new DeviceLog('dev-b', scope, clock);
  const stage1 = protocol.stages.find((s) => s.number === 1);
  const arm = stage1?.allocation[0]?.arm ?? protocol.arms[0]?.id ?? 'arm';
  const criterionId = protocol.eligibility[0]?.id ?? 'inclusion-1';
  const unscheduled = protocol.visits.find((v) => v.kind === 'unscheduled');

  a.add({ type: 'subject.screened', subjectId, payload: { siteId: '03', screenedOn: '2025-02-27', answers: [{ criterionId, answer: 'yes' }], result: 'eligible', confirmedBy: 'u-investigator' } });
  a.add({ type: 'subject.enrolled', subjectId, payload: { siteId: '03', subjectCode: '03-001', sex: 'F', birthYear: 1968, day1: '2025-03-03' } });
  a.add({ type: 'subject.armAssigned', subjectId, payload: { arm, kitNumber: 'K-001', stage: 1, source: 'allocation-list' } });
  a.add({ type: 'visit.statusChanged', subjectId, visitId: 'screening', payload: { status: 'done', visitDate: '2025-03-01' } });

  const labs = { subjectId, visitId: 'screening', formId: 'labs' };
  const labItems = formItems(protocol, 'labs');
  const optional = labItems.find((i) => !i.required)?.item;
  let bilirubinEvent: CrfEvent | undefined;
  for (const [n, entry] of labItems.entries()) {
    if (entry.item === optional) {
      a.add({ type: 'item.missingReasonSet', ...labs, itemId: entry.item, payload: { code: 'NOT DONE', note: '标本溶血 sample haemolysed' } });
    } else if (entry.item === 'bilirubin') {
      bilirubinEvent = a.add({ type: 'item.valueSet', ...labs, itemId: 'bilirubin', payload: { entered: '1.2', enteredUnit: 'mg/dL', value: 20.52, unit: 'µmol/L' } });
    } else {
      a.add({ type: 'item.valueSet', ...labs, itemId: entry.item, payload: sampleValue(itemOf(entry.item), n % 3) });
    }
  }
  a.add({ type: 'form.completed', ...labs, payload: {} });
  a.add({ type: 'form.reopened', ...labs, reason: 'transcription error on albumin', payload: {} });
  a.add({ type: 'item.valueSet', ...labs, itemId: 'albumin', reason: 'corrected from the lab report', payload: { entered: '28', value: 28, unit: 'g/L' } });
  a.add({ type: 'form.completed', ...labs, payload: {} });
  a.add({ type: 'signature.applied', subjectId, visitId: 'screening', formId: 'labs', payload: { signatureId: 'sig-1', level: 'form', signerName: 'Dr 李伟 Li Wei', meaning: 'I confirm these laboratory results' } }, INVESTIGATOR);

  const ae = (recordId: string) => ({ subjectId, visitId: 'w0', formId: 'adverse-events', recordId });
  a.add({ type: 'record.added', ...ae('ae-1'), payload: {} });
  for (const [n, entry] of formItems(protocol, 'adverse-events').entries()) {
    if (entry.item === 'aeEnd') continue;
    const value = entry.item === 'aeOngoing' ? { entered: 'yes', value: true } : sampleValue(itemOf(entry.item), n);
    if (['aeSdth', 'aeSlife', 'aeShosp', 'aeSdisab', 'aeScong', 'aeSmie'].includes(entry.item)) continue;
    a.add({ type: 'item.valueSet', ...ae('ae-1'), itemId: entry.item, payload: value });
  }
  a.add({ type: 'record.added', ...ae('ae-2'), payload: {} });
  // Text no XML can hold as is: markup, a control character, a lone surrogate.
  const hostile = 'dup <b>&amp;</b> "x" \u0001 \uD800 end';
  a.add({ type: 'item.valueSet', ...ae('ae-2'), itemId: 'aeTerm', payload: { entered: hostile, value: hostile } });
  a.add({ type: 'record.removed', ...ae('ae-2'), reason: `entered twice: ${hostile}`, payload: {} });
  // The whole AE log completed (a form-level status, on no record).
  a.add({ type: 'form.completed', subjectId, visitId: 'w0', formId: 'adverse-events', payload: {} });
  a.add({ type: 'visit.statusChanged', subjectId, visitId: 'w0', payload: { status: 'done', visitDate: '2025-03-03' } });

  if (bilirubinEvent !== undefined) {
    const item = { ...labs, itemId: 'bilirubin' };
    a.add({ type: 'query.opened', ...item, payload: { queryId: 'q-1', text: 'Please confirm the unit', system: false } }, MONITOR);
    a.add({ type: 'query.answered', subjectId, payload: { queryId: 'q-1', text: 'Report was in mg/dL' } });
    a.add({ type: 'query.closed', subjectId, payload: { queryId: 'q-1' } }, MONITOR);
    a.add({ type: 'sdv.set', ...item, payload: { valueEventId: bilirubinEvent.id } }, MONITOR);
  }

  // The second laptop imports what the first holds, then both change the same vital sign unaware of each other.
  b.sees(a);
  const vitals = { subjectId, visitId: 'w0', formId: 'vitals', itemId: 'weight' };
  a.add({ type: 'item.valueSet', ...vitals, payload: { entered: '70', value: 70, unit: 'kg' } });
  b.add({ type: 'item.valueSet', ...vitals, payload: { entered: '71.5', value: 71.5, unit: 'kg' } });
  b.add({ type: 'subject.screened', subjectId: 's-002', payload: { siteId: '03', screenedOn: '2025-03-01', answers: [{ criterionId, answer: 'no' }], result: 'not-eligible', confirmedBy: 'u-investigator' } });

  if (unscheduled !== undefined) {
    a.add({ type: 'visit.started', subjectId, visitId: 'uns-1', payload: { visitDefId: unscheduled.id, kind: 'unscheduled', startedOn: '2025-03-05' } });
    a.add({ type: 'item.valueSet', subjectId, visitId: 'uns-1', formId: 'vitals', itemId: 'temperature', payload: { entered: '100.4', enteredUnit: '°F', value: 38, unit: '°C' } });
  }
  a.add({ type: 'signature.applied', subjectId, payload: { signatureId: 'sig-2', level: 'casebook', signerName: 'Dr 李伟 Li Wei', meaning: 'I approve the data of this casebook' } }, INVESTIGATOR);
  return { a, b, events: [...a.events, ...b.events] };
}
