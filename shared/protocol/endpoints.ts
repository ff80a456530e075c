/**
 * Endpoints and eligibility criteria: what the trial measures and who may enter it.
 */
import { z } from 'zod';
import { DerivedScoreId, ItemRef, LocalId } from './ids';
import { Rule } from './rule';
import { Assumptions, Bilingual } from './text';

export const Endpoint = z.strictObject({
  id: LocalId,
  kind: z.enum(['primary', 'secondary']),
  label: Bilingual,
  items: z.array(ItemRef).min(1).optional().meta({ description: 'Catalogue items the endpoint is computed from.' }),
  score: DerivedScoreId.optional().meta({ description: 'Derived score the endpoint reports; listed in `scores`.' }),
  visits: z.array(LocalId).min(1).meta({ description: 'Time point(s) of the endpoint.' }),
  timeFrame: z
    .enum(['at', 'through'])
    .meta({ description: '"at": assessed at each listed visit; "through": cumulative from day 1 up to each listed visit.' }),
  baselineVisit: LocalId.optional().meta({ description: 'For a change from baseline: the baseline visit.' }),
  assumptions: Assumptions,
}).meta({ id: 'Endpoint' });
export type Endpoint = z.infer<typeof Endpoint>;

export const Criterion = z.strictObject({
  id: LocalId,
  kind: z.enum(['inclusion', 'exclusion']),
  text: Bilingual,
  rule: Rule.optional().meta({
    description: 'Machine rule: true when the criterion statement holds. Absent: investigator judgement, confirmed explicitly.',
  }),
  assumptions: Assumptions,
}).meta({ id: 'Criterion' });
export type Criterion = z.infer<typeof Criterion>;
