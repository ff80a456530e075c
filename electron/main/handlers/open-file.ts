/** openFile: the user picks a file; its bytes come back, unless it exceeds the bridge's size limit. */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_BYTES } from '../../../shared/bridge/channels';
import type { Dialogs, Handler } from './types';

/** The bridge's own limit, checked with stat before reading so an oversized file is never loaded into memory. */
export const MAX_OPEN_BYTES = MAX_BYTES;

export const openFile =
  (dialogs: Dialogs, maxBytes = MAX_OPEN_BYTES): Handler<'openFile'> =>
  async (args, { window }) => {
    const path = await dialogs.chooseOpenPath(window, { filters: args.filters });
    if (path === undefined) return { opened: false };
    const info = await stat(path);
    if (!info.isFile()) throw new Error(`${path} is not a file`);
    if (info.size > maxBytes) throw new Error(`${basename(path)} is ${info.size} bytes; files over ${maxBytes} bytes are refused`);
    const bytes = await readFile(path);
    // The size can change between stat and read; the limit holds for what was actually read.
    if (bytes.byteLength > maxBytes) throw new Error(`${basename(path)} grew beyond ${maxBytes} bytes while being read`);
    return { opened: true, name: basename(path), bytes };
  };
