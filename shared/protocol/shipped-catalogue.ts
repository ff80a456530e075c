/** The shipped item catalogue (shared/catalogue) seen through the view the parser needs. */
import { getItem } from '../catalogue';
import type { ProtocolCatalogue } from './catalogue-view';

export const SHIPPED_CATALOGUE: ProtocolCatalogue = {
  getItem: (id) => {
    const found = getItem(id);
    return found.ok ? found.value : undefined;
  },
};
