import type { en } from './en';

/** The shape every language must fill: the English key tree with each text widened to `string`. */
export type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export type Messages = Widen<typeof en>;
