import type { TFunction } from 'i18next';
import type { Params, UIMatch } from 'react-router';

/** What each route declares in its `handle`: its title (heading, header, window title) in the current language. */
export interface RouteHandle {
  readonly title: (t: TFunction, params: Params) => string;
}

const isRouteHandle = (handle: unknown): handle is RouteHandle =>
  typeof handle === 'object' && handle !== null && typeof (handle as { title?: unknown }).title === 'function';

/** The title of the deepest matched route that declares one. */
export function currentTitle(matches: readonly UIMatch[], t: TFunction): string | undefined {
  for (const match of [...matches].reverse()) {
    if (isRouteHandle(match.handle)) return match.handle.title(t, match.params);
  }
  return undefined;
}
