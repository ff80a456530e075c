/**
 * The protocol definition: the shape of seeds/<trial>.json. Structure only; references between parts
 * and against the item catalogue are checked by parse-protocol.ts, which returns issues with JSON paths.
 * @see /work/shared/design.md §3 and seeds/README.md
 */
import { z } from 'zod';
import { Arm, Dosing, Stage } from './arms';
import { Criterion, Endpoint } from './endpoints';
import { Form } from './forms';
import { DerivedScoreId, LocalId, ProtocolVersion, RegistryId } from './ids';
import { Assumptions, Bilingual } from './text';
import { Visit } from './visits';

export const Masking = z.enum(['none', 'single', 'double', 'quadruple']);

export const ProtocolDefinition = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Path of the JSON Schema, for editor completion.' }),
    id: LocalId.meta({ description: 'Stable protocol key; the root of every OID.' }),
    registryId: RegistryId,
    version: ProtocolVersion.meta({ description: 'Stored with every entry, so amendments never reinterpret old data.' }),
    title: Bilingual,
    condition: Bilingual,
    phase: z.string().min(1).max(40).optional(),
    masking: Masking,
    plannedEnrolment: z.number().int().positive().optional(),
    sponsor: z.string().min(1).max(200).optional(),
    arms: z.array(Arm).min(1),
    stages: z.array(Stage).min(1),
    scores: z.array(DerivedScoreId).meta({ description: 'Derived scores this protocol uses.' }),
    dosing: z.array(Dosing),
    visits: z.array(Visit).min(1),
    forms: z.array(Form).min(1),
    endpoints: z.array(Endpoint).min(1),
    eligibility: z.array(Criterion).min(1),
    assumptions: Assumptions,
  })
  .meta({ title: 'eCRF protocol definition', description: 'One clinical trial: arms, stages, visits, forms, endpoints, eligibility.' });

export type Protocol = z.infer<typeof ProtocolDefinition>;
