/** One field's answer as the site gives it: text as typed (with a `<`/`>` qualifier), or a missing reason. */
export type Answer =
  | { readonly kind: 'value'; readonly text: string; readonly qualifier?: '<' | '>' }
  | { readonly kind: 'missing'; readonly code: 'NA' | 'NOT DONE' };

export const value = (text: string, qualifier?: '<' | '>'): Answer => (qualifier === undefined ? { kind: 'value', text } : { kind: 'value', text, qualifier });
export const yesNo = (b: boolean): Answer => value(b ? 'true' : 'false');
