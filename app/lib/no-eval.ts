import { z } from 'zod';

// The Content-Security-Policy has no 'unsafe-eval'. Left alone, zod probes `new Function` to compile
// its object parsers, which the browser refuses and reports as a violation on every load; the
// interpreted parsers are fast enough for a form's worth of data. Imported first by main.tsx.
z.config({ jitless: true });
