import { z } from 'zod';
import { idSchema, isoDateSchema, textSchema } from '../primitives';

export const SCREENING_RESULTS = ['pending', 'eligible', 'not-eligible'] as const;

/**
 * Eligibility answers as the site gave them. Re-sent in full when they change, so one event is
 * always the complete screening record.
 */
export const subjectScreenedPayload = z
  .strictObject({
    siteId: idSchema,
    screenedOn: isoDateSchema,
    answers: z
      .array(
        z.strictObject({
          criterionId: idSchema,
          answer: z.enum(['yes', 'no', 'unknown']),
          note: textSchema(500).optional(),
        }),
      )
      .max(200),
    result: z.enum(SCREENING_RESULTS),
    /** The investigator who confirmed the decision; absent while it is pending. */
    confirmedBy: idSchema.optional(),
  })
  .refine((p) => p.result === 'pending' || p.confirmedBy !== undefined, {
    message: 'an eligibility decision needs the investigator who confirmed it',
    path: ['confirmedBy'],
  });

export const subjectEnrolledPayload = z
  .strictObject({
    siteId: idSchema,
    /** The code printed on the casebook: site + number, e.g. "03-017". */
    subjectCode: z.string().regex(/^[A-Za-z0-9]+-[0-9]+$/, 'a subject code is <site>-<number>'),
    sex: z.enum(['M', 'F']),
    birthYear: z.int().min(1900).max(2100).optional(),
    ageYears: z.int().min(0).max(130).optional(),
    /** Day 1 = the date of the first study infusion (SDTM: no day 0). */
    day1: isoDateSchema,
  })
  .refine((p) => (p.birthYear === undefined) !== (p.ageYears === undefined), {
    message: 'give either the birth year or the age, not both',
    path: ['birthYear'],
  })
  .refine((p) => p.subjectCode.startsWith(`${p.siteId}-`), {
    message: 'the subject code starts with the site id',
    path: ['subjectCode'],
  });

export const ARM_SOURCES = ['manual', 'allocation-list'] as const;

export const subjectArmAssignedPayload = z
  .strictObject({
    /** Absent in blinded trials, where only the kit number is known at the site. */
    arm: idSchema.optional(),
    kitNumber: z.string().min(1).max(64).optional(),
    /** Randomisation stage (1, then 2 for a re-randomisation). */
    stage: z.int().min(1).max(9),
    source: z.enum(ARM_SOURCES),
  })
  .refine((p) => p.arm !== undefined || p.kitNumber !== undefined, {
    message: 'an assignment names an arm or a kit number',
    path: ['arm'],
  });

export const SUBJECT_END_STATUSES = ['withdrawn', 'lost-to-follow-up', 'died', 'liver-transplant', 'completed'] as const;

export const subjectStatusChangedPayload = z
  .strictObject({
    /** "on-study" puts back a subject whose status was changed by mistake. */
    status: z.enum([...SUBJECT_END_STATUSES, 'on-study']),
    date: isoDateSchema,
    /** Why the subject left (not the reason for change of the record, which is the envelope's). */
    statusReason: textSchema(1000).optional(),
  })
  .refine((p) => p.status !== 'withdrawn' || p.statusReason !== undefined, {
    message: 'a withdrawal needs its reason',
    path: ['statusReason'],
  });
