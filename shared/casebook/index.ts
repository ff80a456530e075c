/**
 * shared/casebook: what a subject's printable casebook holds and in which order, as plain data. Subject
 * (arm only for unblinded roles, the kit otherwise) and status history; every visit in schedule order with
 * its dates and status; every form the role may see with its stage, SDV and signature state; every item
 * with its value as typed and as stored, units, missing reason and soft-range confirmation; repeating rows
 * (removed ones marked); queries with their threads; signatures; and a per-form audit summary.
 *
 * Non-goals: reading the store (renderer/db casebook-reads), wording and layout (renderer/features/casebook),
 * the bundle's event-replayed casebook (shared/export).
 */
export { buildCasebookView, type CasebookInput } from './build-casebook-view';
export { visitSlots, type VisitSlot } from './visit-order';
export { visibilityFor, type Visibility } from './visibility';
export { itemShown, infoOfCatalogue, infoOfField, type ItemInfo } from './item-shown';
export { FORM_STAGES, formStage, SignatureCoverage, type FormStage } from './form-stage';
export { recordNumbers, recordKey, type RecordNumbers } from './record-numbers';
export type {
  ArmRef,
  Bilingual,
  CasebookForm,
  CasebookItem,
  CasebookPlace,
  CasebookQuery,
  CasebookRecord,
  CasebookSignature,
  CasebookSubject,
  CasebookView,
  CasebookVisit,
  CasebookVisitStatus,
  FormAudit,
  ItemShown,
  ReasonedChange,
  ShownValue,
  StatusStep,
  UnitText,
} from './casebook-types';
