import { Text, useMantineTheme } from '@mantine/core';

import type { Metrics } from './api-types.ts';

const WIDTH = 600;
const HEIGHT = 160;
const PAD = 24;

/** The link rate week by week as a line (0–100 %), each point named for screen readers. */
export function LinkRateChart({ weeks }: { weeks: Metrics['linkRate']['weeks'] }) {
  const theme = useMantineTheme();
  if (weeks.length === 0) return <Text size="sm">No contacts closed in these dates.</Text>;
  const x = (i: number) =>
    weeks.length === 1 ? WIDTH / 2 : PAD + (i * (WIDTH - 2 * PAD)) / (weeks.length - 1);
  const y = (rate: number | null) => HEIGHT - PAD - (rate ?? 0) * (HEIGHT - 2 * PAD);
  const points = weeks.map((w, i) => `${x(i)},${y(w.rate)}`).join(' ');
  const percent = (rate: number | null) => `${Math.round((rate ?? 0) * 100)} %`;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      role="img"
      aria-label={`Link rate per week: ${weeks.map((w) => `week of ${w.weekStart} ${percent(w.rate)}`).join(', ')}`}
    >
      <line x1={PAD} x2={WIDTH - PAD} y1={y(0)} y2={y(0)} stroke={theme.colors.gray[5]} />
      <line x1={PAD} x2={WIDTH - PAD} y1={y(1)} y2={y(1)} stroke={theme.colors.gray[3]} />
      <text x={0} y={y(1) + 4} fontSize={10} fill={theme.colors.gray[8]}>
        100%
      </text>
      <text x={0} y={y(0) + 4} fontSize={10} fill={theme.colors.gray[8]}>
        0%
      </text>
      <polyline points={points} fill="none" stroke={theme.colors.blue[7]} strokeWidth={2} />
      {weeks.map((w, i) => (
        <circle key={w.weekStart} cx={x(i)} cy={y(w.rate)} r={3} fill={theme.colors.blue[7]}>
          <title>{`Week of ${w.weekStart}: ${w.linked} of ${w.closed} (${percent(w.rate)})`}</title>
        </circle>
      ))}
    </svg>
  );
}
