import { z } from 'zod';
import { idSchema } from '../primitives';

/**
 * Source-data verification of one item. It names the value event it verified, so a verification
 * can never silently carry over to a value entered afterwards.
 */
export const sdvSetPayload = z.strictObject({ valueEventId: idSchema });
export const sdvClearedPayload = z.strictObject({});
