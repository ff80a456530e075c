/**
 * Machine-checkable eligibility rules as serializable data: a small expression tree over catalogue items
 * and derived scores. Rules are data (not closures) so seeds, exports and audits can carry them; the
 * evaluator lives in shared/eligibility.
 */
import { z } from 'zod';
import { DerivedScoreId, ItemRef } from './ids';

export const COMPARISON_OPERATORS = ['<', '<=', '>', '>=', '=', '!='] as const;
export const ComparisonOperator = z.enum(COMPARISON_OPERATORS);
export type ComparisonOperator = z.infer<typeof ComparisonOperator>;

const finite = z.number().finite();
/** A unit the catalogue knows for the item (its stored unit or an alternative); absent = stored unit. */
const unit = z.string().min(1).max(40).optional();

const CompareRule = z.strictObject({
  kind: z.literal('compare'),
  item: ItemRef,
  op: ComparisonOperator,
  value: finite,
  unit,
});

/** Inclusive at both ends. */
const BetweenRule = z.strictObject({ kind: z.literal('between'), item: ItemRef, min: finite, max: finite, unit });

/** item op factor × reference, e.g. creatinine ≥ 1.2 × creatinineUln (both in the same stored unit). */
const RatioRule = z.strictObject({
  kind: z.literal('ratio'),
  item: ItemRef,
  op: ComparisonOperator,
  factor: finite.positive(),
  reference: ItemRef,
});

/** A coded (choice or yes/no) item holds one of the listed values. */
const OneOfRule = z.strictObject({
  kind: z.literal('one-of'),
  item: ItemRef,
  values: z.array(z.union([z.string().min(1), finite, z.boolean()])).min(1),
});

/** The item has a value (e.g. an informed-consent date). */
const PresentRule = z.strictObject({ kind: z.literal('present'), item: ItemRef });

/**
 * A date item lies in [reference + fromDays, reference + toDays], where the reference is the date the
 * eligibility check is made for (e.g. the planned day 1). fromDays absent = no lower bound.
 */
const DateWithinRule = z
  .strictObject({
    kind: z.literal('date-within'),
    item: ItemRef,
    fromDays: z.number().int().optional(),
    toDays: z.number().int(),
  })
  .refine((r) => r.fromDays === undefined || r.fromDays <= r.toDays, {
    message: 'fromDays must not be after toDays',
    path: ['fromDays'],
  });

/** The rise per day between the two latest dated values of an item, e.g. bilirubin ≥ 17.1 µmol/L per day. */
const DailyRiseRule = z.strictObject({
  kind: z.literal('daily-rise'),
  item: ItemRef,
  op: ComparisonOperator,
  value: finite,
  unit,
});

const ScoreCompareRule = z.strictObject({
  kind: z.literal('score-compare'),
  score: DerivedScoreId,
  op: ComparisonOperator,
  value: finite,
});

/** Inclusive at both ends. */
const ScoreBetweenRule = z.strictObject({ kind: z.literal('score-between'), score: DerivedScoreId, min: finite, max: finite });

/** A rule: leaves compare inputs; all / any / not combine rules with three-valued logic. */
export const Rule = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('all'),
      get of(): z.ZodArray<typeof Rule> {
        return z.array(Rule).min(1);
      },
    }),
    z.strictObject({
      kind: z.literal('any'),
      get of(): z.ZodArray<typeof Rule> {
        return z.array(Rule).min(1);
      },
    }),
    z.strictObject({
      kind: z.literal('not'),
      get of(): typeof Rule {
        return Rule;
      },
    }),
    CompareRule,
    BetweenRule,
    RatioRule,
    OneOfRule,
    PresentRule,
    DateWithinRule,
    DailyRiseRule,
    ScoreCompareRule,
    ScoreBetweenRule,
  ])
  .meta({ id: 'Rule', description: 'A machine-checkable eligibility rule (expression tree).' });
export type Rule = z.infer<typeof Rule>;
export type RuleKind = Rule['kind'];
export type LeafRule = Exclude<Rule, { kind: 'all' | 'any' | 'not' }>;
