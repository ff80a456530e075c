/** Strings of subjects, screening, enrolment, allocation, Today, protocols, session and storage (key prefix `care.`). */
export const enCare = {
  title: 'Subjects and visits',
} as const;
