/** saveFile: the user picks where, then the bytes are written atomically (an old file there survives a failure). */
import { writeFileAtomic } from '../os/atomic-write';
import type { Dialogs, Handler } from './types';

export const saveFile =
  (dialogs: Dialogs, write = writeFileAtomic): Handler<'saveFile'> =>
  async (args, { window }) => {
    const location = await dialogs.chooseSavePath(window, { defaultName: args.suggestedName, filters: args.filters });
    if (location === undefined) return { saved: false };
    await write(location, args.bytes);
    return { saved: true, location };
  };
