/** The address of a visit of a subject (`/subjects/:subjectId/visits/:visitId`). */
export const visitPath = (subjectId: string, visitId: string): string => `/subjects/${encodeURIComponent(subjectId)}/visits/${encodeURIComponent(visitId)}`;

export const subjectPath = (subjectId: string): string => `/subjects/${encodeURIComponent(subjectId)}`;
