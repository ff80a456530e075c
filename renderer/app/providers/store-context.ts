import { createContext } from 'react';
import type { Store } from '../../db';

export const StoreContext = createContext<Store | null>(null);
