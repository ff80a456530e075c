/**
 * shared/protocol: the protocol definition (seeds/<trial>.json) as zod schema and types, its parser
 * (`parseProtocol`: unknown → Result<Protocol, Issue[]> with JSON paths, never throws), the allocation
 * logic (which visits an arm/stage has), study-day timing, OIDs and the generated JSON Schema.
 *
 * Non-goals: dates (shared/schedule), rule evaluation (shared/eligibility), form models (shared/forms).
 */
export { ProtocolDefinition, Masking, type Protocol } from './schema';
export { Arm, Stage, Dosing, type Dose } from './arms';
export { Visit, VisitKind, VisitWindow, SCHEDULED_VISIT_KINDS, ON_DEMAND_VISIT_KINDS, isScheduledKind } from './visits';
export { Form, FormItem } from './forms';
export { Endpoint, Criterion } from './endpoints';
export { Rule, COMPARISON_OPERATORS, ComparisonOperator, type LeafRule, type RuleKind } from './rule';
export { Bilingual, Assumption } from './text';
export { DERIVED_SCORE_IDS, DerivedScoreId, LocalId } from './ids';
export { DERIVED_SCORE_LABELS } from './score-labels';
export { SHIPPED_CATALOGUE } from './shipped-catalogue';
export { parseProtocol, inspectProtocol, checkProtocol, type ProtocolInspection } from './parse-protocol';
export {
  isNumericKind,
  toStoredUnit,
  unitsOf,
  type CatalogueItemKind,
  type CatalogueItemView,
  type ProtocolCatalogue,
} from './catalogue-view';
export {
  allAllocations,
  armLineage,
  finalStage,
  isValidAllocation,
  reachableStages,
  stageOfArm,
  visitApplies,
  type Allocation,
} from './allocation';
export { scheduledTiming, studyDayOfWeek, targetDay, type ScheduledTiming } from './timing';
export * from './oids';
export { groupAssumptions, listAssumptions, type AssumptionGroup, type MarkedAssumption } from './assumptions';
export { protocolJsonSchema, protocolJsonSchemaText } from './json-schema';
export { parseJsonText, type JsonTextResult } from './json-text';
