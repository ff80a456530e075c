/**
 * Arms, randomisation stages and dosing. A subject's allocation is one arm in one stage; a later stage
 * either re-randomises subjects of some earlier arms (NCT05985863 day 28) or enrols a new cohort
 * (NCT06884904 phase III).
 */
import { z } from 'zod';
import { LocalId } from './ids';
import { Assumptions, Bilingual } from './text';

export const Arm = z.strictObject({
  id: LocalId,
  label: Bilingual.meta({ description: 'Name shown to unblinded roles.' }),
  blindedLabel: Bilingual.meta({ description: 'Name shown to blinded roles, e.g. "Study product" / "研究用药".' }),
  assumptions: Assumptions,
}).meta({ id: 'Arm' });
export type Arm = z.infer<typeof Arm>;

const StageEntry = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('enrolment'),
  }),
  z.strictObject({
    kind: z.literal('re-randomisation'),
    /** Subjects in these arms are randomised again; subjects of other earlier arms carry on unchanged. */
    fromArms: z.array(LocalId).min(1),
    /** The visit at which the randomisation happens. */
    atVisit: LocalId,
    /** The form at that visit that must not be completed before the randomisation (domain flag F4). */
    beforeForm: LocalId.optional(),
    /** Who is re-randomised, in words (e.g. survivors only). */
    condition: Bilingual.optional(),
  }),
]);

export const Stage = z.strictObject({
  number: z.number().int().min(1).max(9).meta({ description: 'Stage number, 1 first; `--stage N` selects it.' }),
  label: Bilingual,
  entry: StageEntry,
  /** Arms this stage randomises into, with their allocation ratio weights (e.g. 1:2 → 1 and 2). */
  allocation: z.array(z.strictObject({ arm: LocalId, ratio: z.number().int().min(1).max(99) })).min(1),
  assumptions: Assumptions,
}).meta({ id: 'Stage' });
export type Stage = z.infer<typeof Stage>;

const Dose = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('total-cells'), cellsPerInfusion: z.number().positive() }),
  z.strictObject({ kind: z.literal('cells-per-kg'), cellsPerKg: z.number().positive() }),
  /** The document gives a range and not how a subject's dose is chosen (NCT03668171, F7). */
  z.strictObject({ kind: z.literal('cells-per-kg-range'), minCellsPerKg: z.number().positive(), maxCellsPerKg: z.number().positive() }),
  z.strictObject({
    kind: z.literal('placebo'),
    composition: Bilingual,
    /** Placebo volume matched to this cells/kg dose, so the volume depends on weight (F14). */
    volumeMatchedToCellsPerKg: z.number().positive().optional(),
  }),
]);
export type Dose = z.infer<typeof Dose>;

/** What subjects of one arm receive at the listed infusion visits. */
export const Dosing = z.strictObject({
  arm: LocalId,
  visits: z.array(LocalId).min(1),
  dose: Dose,
  assumptions: Assumptions,
}).meta({ id: 'Dosing' });
export type Dosing = z.infer<typeof Dosing>;
