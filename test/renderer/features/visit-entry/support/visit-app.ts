import type { Store } from '../../../../../renderer/db';
import type { StoreGate } from '../../../../../renderer/app/providers';

/** The open store behind a rendered app (to read what was stored, or to break it on purpose). */
export function storeOf(gate: StoreGate): Store {
  const state = gate.state();
  if (state.status !== 'open') throw new Error(`the store is ${state.status}`);
  return state.store;
}
