import { z } from 'zod';

// zod 4 compiles object parsers with `new Function` unless told not to; the Content-Security-Policy has no
// 'unsafe-eval', so that probe is a CSP violation. Imported first by main.tsx, before anything parses.
z.config({ jitless: true });
