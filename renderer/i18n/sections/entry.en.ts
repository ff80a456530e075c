/** Strings of the visit page, the generated forms, live scores and field history (key prefix `entry.`). */
export const enEntry = {
  title: 'Data entry',
} as const;
