/** A JSON path to the place in an input that an issue is about, e.g. ["visits", 3, "forms", 0]. */
export type IssuePath = readonly (string | number)[];

export interface Issue {
  readonly path: IssuePath;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

export type Result<T, E = readonly Issue[]> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: E };

export const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });
export const fail = <E>(issues: E): { readonly ok: false; readonly issues: E } => ({ ok: false, issues });

/** Renders a path the way JSON tools and editors show it: `$.visits[3].forms[0]`. */
export function formatPath(path: IssuePath): string {
  return path.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : `${acc}.${part}`),
    '$',
  );
}
