// Shapes the insights pages read and write, derived from contract/knowledge-metrics.ts.
import type { z } from 'zod';

import type {
  criterionSchema,
  metricsResponse,
  reviewSampleResponse,
  reviewSchema,
} from '../../../contract/knowledge-metrics.ts';

export type Metrics = z.infer<typeof metricsResponse>;
export type Criterion = z.infer<typeof criterionSchema>;
export type Review = z.infer<typeof reviewSchema>;
export type SampledArticle = z.infer<typeof reviewSampleResponse>['articles'][number];
