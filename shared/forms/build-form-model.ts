/**
 * (protocol, visit, form, subject's arm and stage, role's blinding) → FormModel / VisitModel.
 * Blinding works by absence: unblinded-only forms, items and dosing never enter a blinded model.
 */
import { getItem } from '../catalogue';
import { fail, ok, type Result } from '../lib/result';
import { formOid, type Protocol } from '../protocol';
import { buildField } from './build-field';
import { derivationsFor } from './derivations/score-definitions';
import type { AssumptionNote, FieldModel, FormModel, PrecedingRandomisation, VisitModel } from './form-model';
import { dosingAt, formIssue, resolveVisit, type FormIssue, type ResolvedVisit, type SubjectVisitRequest } from './resolve-visit';

export interface FormModelRequest extends SubjectVisitRequest {
  readonly formId: string;
  /** True for every role that must not see the allocation. */
  readonly blinded: boolean;
}

export interface VisitModelRequest extends SubjectVisitRequest {
  readonly blinded: boolean;
}

type ProtocolForm = Protocol['forms'][number];

const protocolNotes = (assumptions: ProtocolForm['assumptions']): AssumptionNote[] =>
  (assumptions ?? []).map((a) => ({ source: 'protocol', flag: a.flag, text: { en: a.en, zh: a.zh } }));

function fieldsOf(form: ProtocolForm, formIndex: number, blinded: boolean): Result<FieldModel[], FormIssue[]> {
  const fields: FieldModel[] = [];
  const issues: FormIssue[] = [];
  form.items.forEach((entry, i) => {
    const found = getItem(entry.item);
    if (!found.ok) {
      issues.push(
        formIssue('item.unknown', ['forms', formIndex, 'items', i, 'item'], `Unknown catalogue item "${entry.item}".`, `未知的条目“${entry.item}”。`),
      );
      return;
    }
    if (blinded && found.value.unblindedOnly === true) return;
    fields.push(buildField(found.value, entry));
  });
  return issues.length > 0 ? fail(issues) : ok(fields);
}

/** F4: the stage that randomises at this visit before this form, if any (arm-independent: keeps the blind). */
function precedingRandomisation(protocol: Protocol, visitId: string, formId: string): { precedingRandomisation?: PrecedingRandomisation } {
  for (const stage of protocol.stages) {
    const entry = stage.entry;
    if (entry.kind === 're-randomisation' && entry.atVisit === visitId && entry.beforeForm === formId) {
      return { precedingRandomisation: { stage: stage.number, stageLabel: stage.label } };
    }
  }
  return {};
}

function assemble(
  request: FormModelRequest,
  resolved: ResolvedVisit,
  form: ProtocolForm,
  formIndex: number,
): Result<FormModel, FormIssue[]> {
  const { protocol, blinded } = request;
  const fields = fieldsOf(form, formIndex, blinded);
  if (!fields.ok) return fields;
  const dosing = blinded ? undefined : dosingAt(protocol, resolved.allocation, resolved.visit.id);
  const keys = new Set<string>(fields.value.map((f) => f.key));
  return ok({
    id: form.id,
    oid: formOid(form.id),
    title: form.title,
    repeating: form.repeating,
    protocol: { id: protocol.id, version: protocol.version },
    visitId: resolved.visit.id,
    blinded,
    fields: fields.value,
    derivations: derivationsFor(protocol.scores, keys),
    ...(dosing === undefined ? {} : { dose: dosing.dose }),
    ...precedingRandomisation(protocol, resolved.visit.id, form.id),
    assumptions: [...protocolNotes(form.assumptions), ...protocolNotes(dosing?.assumptions)],
  });
}

function formOnVisit(request: FormModelRequest, resolved: ResolvedVisit): Result<FormModel, FormIssue[]> {
  const { protocol, formId, blinded } = request;
  const formIndex = protocol.forms.findIndex((f) => f.id === formId);
  const form = protocol.forms[formIndex];
  if (form === undefined) {
    return fail([formIssue('form.unknown', ['formId'], `Unknown form "${formId}".`, `未知的表单“${formId}”。`)]);
  }
  if (!resolved.visit.forms.includes(formId)) {
    return fail([
      formIssue(
        'form.not-on-visit',
        ['formId'],
        `Form "${formId}" is not on visit "${resolved.visit.id}".`,
        `表单“${formId}”不属于访视“${resolved.visit.id}”。`,
      ),
    ]);
  }
  if (blinded && form.unblindedOnly) {
    return fail([
      formIssue(
        'form.unblinded-only',
        ['formId'],
        `Form "${formId}" reveals the allocation: it is for unblinded roles only.`,
        `表单“${formId}”会揭示分组：仅限非盲态角色。`,
      ),
    ]);
  }
  return assemble(request, resolved, form, formIndex);
}

/** The model of one form of one visit for one subject and role. Never throws. */
export function buildFormModel(request: FormModelRequest): Result<FormModel, FormIssue[]> {
  const resolved = resolveVisit(request);
  if ('code' in resolved) return fail([resolved]);
  return formOnVisit(request, resolved);
}

/** Every form of a visit the role may see, in the protocol's order. Never throws. */
export function buildVisitModel(request: VisitModelRequest): Result<VisitModel, FormIssue[]> {
  const resolved = resolveVisit(request);
  if ('code' in resolved) return fail([resolved]);
  const { protocol, blinded } = request;
  const forms: FormModel[] = [];
  const issues: FormIssue[] = [];
  for (const formId of resolved.visit.forms) {
    const form = protocol.forms.find((f) => f.id === formId);
    if (blinded && form?.unblindedOnly === true) continue;
    const built = formOnVisit({ ...request, formId }, resolved);
    if (built.ok) forms.push(built.value);
    else issues.push(...built.issues);
  }
  if (issues.length > 0) return fail(issues);
  // Over the whole visit: a score whose inputs are spread over several forms is shown once.
  const keys = new Set<string>(forms.flatMap((f) => f.fields.map((field) => field.key)));
  return ok({
    id: resolved.visit.id,
    label: resolved.visit.label,
    protocol: { id: protocol.id, version: protocol.version },
    blinded,
    forms,
    derivations: derivationsFor(protocol.scores, keys),
  });
}
