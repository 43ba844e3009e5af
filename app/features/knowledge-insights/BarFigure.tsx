import { BarChart } from '@mantine/charts';
import { useElementSize } from '@mantine/hooks';
import { Text, type YAxisTickContentProps } from 'recharts';

import { ChartFigure } from './ChartFigure.tsx';

export type Bar = { key: string; label: string; value: number };

const BAR_ROW = 40;
/** Two fifths of the chart for the labels, within bounds: a phone keeps room for the bars. */
const labelWidth = (chartWidth: number) =>
  Math.min(260, Math.max(140, Math.round(chartWidth * 0.4)));

/**
 * A bar's label beside it, wrapped to the axis' width and cut after two lines: recharts keeps only
 * SVG attributes of a tick given as props, so `maxLines` needs a tick of our own.
 */
function LabelTick({ x, y, width, textAnchor, verticalAnchor, payload }: YAxisTickContentProps) {
  return (
    <Text
      x={x}
      y={y}
      dx={-8}
      width={Number(width) - 8}
      maxLines={2}
      textAnchor={textAnchor}
      verticalAnchor={verticalAnchor}
      fontSize={12}
      fill="currentColor"
    >
      {String(payload.value)}
    </Text>
  );
}

/**
 * Bars a coach compares at a glance, each with its value written at its end. Long labels (article
 * titles, names) lie along the bars; short ones stand under columns.
 */
export function BarFigure({
  label,
  bars,
  head,
  empty,
  color,
  max,
  unit = '',
  columns = false,
}: {
  label: string;
  bars: Bar[];
  /** The table's heads: what a bar is, what its value counts. */
  head: [string, string];
  empty: string;
  color: string;
  max?: number;
  unit?: string;
  /** Upright columns, for a few short labels such as age bands. */
  columns?: boolean;
}) {
  const { ref, width } = useElementSize();
  const shown = (value: number) => `${value}${unit}`;
  const valueAxis = { allowDecimals: false, ...(max === undefined ? {} : { domain: [0, max] }) };
  return (
    <ChartFigure
      label={label}
      table={{
        head,
        rows: bars.map((bar) => ({ key: bar.key, cells: [bar.label, shown(bar.value)] })),
        empty,
      }}
    >
      <BarChart
        ref={ref}
        h={columns ? 200 : bars.length * BAR_ROW + 32}
        data={bars}
        dataKey="label"
        series={[{ name: 'value', label: head[1], color }]}
        orientation={columns ? 'horizontal' : 'vertical'}
        withBarValueLabel
        // A no-break space: recharts wraps a value label at its spaces ("100" over "%").
        valueFormatter={(value) => shown(value).replace(' ', '\u00a0')}
        gridAxis="none"
        maxBarWidth={28}
        accessibilityLayer={false}
        // The values are written on the bars, so the value axis only sets the scale.
        withXAxis={columns}
        withYAxis={!columns}
        xAxisProps={columns ? { interval: 0 } : valueAxis}
        yAxisProps={columns ? valueAxis : { width: labelWidth(width), tick: LabelTick }}
        // Room for the value written past the longest bar (or above the tallest column).
        barChartProps={{ margin: columns ? { top: 20 } : { right: 48 } }}
      />
    </ChartFigure>
  );
}
