import { LineChart } from '@mantine/charts';

import type { Metrics } from './api-types.ts';
import { ChartFigure } from './ChartFigure.tsx';

const percent = (value: number) => `${value} %`;
const shortDay = (isoDay: string) =>
  new Date(`${isoDay}T00:00:00`).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });

/** The link rate week by week as a line (0–100 %); a week with nothing closed is a gap, not 0 %. */
export function LinkRateChart({ weeks }: { weeks: Metrics['linkRate']['weeks'] }) {
  const data = weeks.map((w) => ({
    week: shortDay(w.weekStart),
    rate: w.rate === null ? null : Math.round(w.rate * 100),
  }));
  return (
    <ChartFigure
      label="Link rate per week"
      table={{
        head: ['Week of', 'Linked', 'Link rate'],
        rows: weeks.map((w, i) => ({
          key: w.weekStart,
          cells: [
            w.weekStart,
            `${w.linked} of ${w.closed}`,
            data[i]!.rate === null ? 'none closed' : percent(data[i]!.rate!),
          ],
        })),
        empty: 'No contacts closed in these dates.',
      }}
    >
      <LineChart
        h={180}
        data={data}
        dataKey="week"
        series={[{ name: 'rate', label: 'Link rate', color: 'blue.7' }]}
        yAxisProps={{ domain: [0, 100], width: 52 }}
        // A no-break space: recharts wraps an axis label at its spaces ("100" over "%").
        valueFormatter={(value) => `${value}\u00a0%`}
        curveType="linear"
        accessibilityLayer={false}
      />
    </ChartFigure>
  );
}
