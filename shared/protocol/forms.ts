/**
 * Forms and the catalogue items on them. A form lists items by catalogue id; the catalogue owns kinds,
 * units and hard ranges, the protocol may only narrow what it owns (required, soft range, fixed value).
 */
import { z } from 'zod';
import { ItemRef, LocalId } from './ids';
import { Assumptions, Bilingual } from './text';

/** Values outside it (strictly) ask the site to confirm; in the item's stored unit. */
const SoftRangeOverride = z
  .strictObject({ low: z.number().finite().optional(), high: z.number().finite().optional() })
  .meta({ description: 'Per-protocol soft range in the stored unit; replaces the catalogue one.' });

export const FormItem = z.strictObject({
  item: ItemRef.meta({ description: 'Catalogue item id.' }),
  required: z.boolean(),
  softRange: SoftRangeOverride.optional(),
  fixedValue: z
    .union([z.string().min(1), z.number().finite(), z.boolean()])
    .optional()
    .meta({ description: 'The protocol fixes this value (e.g. the route); the form pre-fills it.' }),
  assumptions: Assumptions,
}).meta({ id: 'FormItem' });
export type FormItem = z.infer<typeof FormItem>;

export const Form = z.strictObject({
  id: LocalId,
  title: Bilingual,
  repeating: z.boolean().meta({ description: 'Several records per visit (adverse events, medications).' }),
  unblindedOnly: z.boolean().meta({ description: 'Reveals the allocation: hidden from blinded roles.' }),
  items: z.array(FormItem).min(1),
  assumptions: Assumptions,
}).meta({ id: 'Form' });
export type Form = z.infer<typeof Form>;
