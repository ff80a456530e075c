/**
 * Study days as SDTM counts them: day 1 is the first study infusion, the day before it is day -1, and
 * there is no day 0. Day numbers here are the calendar day numbers of local-date.ts.
 */

/** The calendar day number of a study day, given the calendar day number of day 1. */
export function dayNumberOfStudyDay(day1: number, studyDay: number): number {
  return studyDay > 0 ? day1 + studyDay - 1 : day1 + studyDay;
}

/** The study day of a calendar day: day 1 is `day1`, the day before is -1 (never 0). */
export function studyDayOfDayNumber(day1: number, dayNumber: number): number {
  const offset = dayNumber - day1;
  return offset >= 0 ? offset + 1 : offset;
}
