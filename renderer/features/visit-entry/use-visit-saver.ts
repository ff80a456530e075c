import { useCallback, useEffect, useState } from 'react';
import type { RecordAddress, RecordHandle } from '../../forms';
import { PageSaver, type ReasonRequest, type SaverEnv } from './page-saver';

export type { ReasonRequest, SaverEnv } from './page-saver';

/**
 * The page's autosave for the page's lifetime (see PageSaver), the reason-for-change request it may
 * be waiting on, and a flush of everything pending when the page goes away.
 */
export function useVisitSaver() {
  const [reasonRequest, setReasonRequest] = useState<ReasonRequest | null>(null);
  const [page] = useState(() => new PageSaver(setReasonRequest));
  const saver = page.saver;
  /** Call after every render with the page's latest state (in an effect). */
  const setEnv = useCallback((env: SaverEnv) => page.setEnv(env), [page]);
  useEffect(() => () => void saver.flushAll({ interactive: false }), [saver]);
  const registerRecord = useCallback((record: RecordAddress, handle: RecordHandle | null) => page.register(record, handle), [page]);
  return { saver, reasonRequest, registerRecord, setEnv };
}
