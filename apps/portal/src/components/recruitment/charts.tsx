import { useId } from 'react';

// Hand-drawn SVG charts: no chart library, one <title>/<desc> per chart for screen readers, and every bar
// carries its value as text, so nothing depends on colour. Each chart sits beside a data table.

const palette = ['#0059b3', '#6b2e8f', '#00703c'];
const textColour = '#1a1a1a';

export interface BarDatum {
  label: string;
  value: number;
  /** Extra text after the value, e.g. a conversion percentage. */
  note?: string;
}

function ChartSvg({
  title,
  description,
  width,
  height,
  children,
  testId,
}: {
  title: string;
  description: string;
  width: number;
  height: number;
  children: React.ReactNode;
  testId?: string;
}) {
  const id = useId();
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      data-testid={testId}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}

/** Horizontal bars, one per row: the funnel and the median days per stage. */
export function HorizontalBarChart({
  title,
  description,
  data,
  testId,
}: {
  title: string;
  description: string;
  data: readonly BarDatum[];
  testId?: string;
}) {
  const labelWidth = 220;
  const barArea = 380;
  const rowHeight = 34;
  const width = labelWidth + barArea + 160;
  const height = Math.max(1, data.length) * rowHeight + 10;
  const max = Math.max(1, ...data.map((datum) => datum.value));
  return (
    <ChartSvg title={title} description={description} width={width} height={height} testId={testId}>
      {data.map((datum, index) => {
        const y = index * rowHeight + 5;
        const barWidth = Math.max(datum.value > 0 ? 2 : 0, (datum.value / max) * barArea);
        return (
          <g key={datum.label}>
            <text
              x={labelWidth - 8}
              y={y + rowHeight / 2}
              textAnchor="end"
              dominantBaseline="middle"
              fill={textColour}
            >
              {datum.label}
            </text>
            <rect x={labelWidth} y={y + 4} width={barWidth} height={rowHeight - 10} fill={palette[0]} />
            <text
              x={labelWidth + barWidth + 6}
              y={y + rowHeight / 2}
              dominantBaseline="middle"
              fill={textColour}
            >
              {datum.note ? `${datum.value} (${datum.note})` : String(datum.value)}
            </text>
          </g>
        );
      })}
    </ChartSvg>
  );
}

export interface GroupedDatum {
  label: string;
  values: readonly number[];
}

/** Grouped horizontal bars: per source, applications / submitted / approved side by side, with a legend. */
export function GroupedBarChart({
  title,
  description,
  series,
  data,
  testId,
}: {
  title: string;
  description: string;
  series: readonly string[];
  data: readonly GroupedDatum[];
  testId?: string;
}) {
  const labelWidth = 220;
  const barArea = 380;
  const barHeight = 14;
  const groupHeight = series.length * (barHeight + 2) + 14;
  const width = labelWidth + barArea + 80;
  const height = Math.max(1, data.length) * groupHeight + 10;
  const max = Math.max(1, ...data.flatMap((datum) => datum.values));
  return (
    <>
      <ul className="chart-legend" aria-hidden="true">
        {series.map((name, index) => (
          <li key={name}>
            <span className="chart-swatch" style={{ background: palette[index % palette.length] }} />
            {name}
          </li>
        ))}
      </ul>
      <ChartSvg title={title} description={description} width={width} height={height} testId={testId}>
        {data.map((datum, group) => {
          const top = group * groupHeight + 5;
          return (
            <g key={datum.label}>
              <text
                x={labelWidth - 8}
                y={top + (series.length * (barHeight + 2)) / 2}
                textAnchor="end"
                dominantBaseline="middle"
                fill={textColour}
              >
                {datum.label}
              </text>
              {datum.values.map((value, index) => {
                const y = top + index * (barHeight + 2);
                const barWidth = Math.max(value > 0 ? 2 : 0, (value / max) * barArea);
                return (
                  <g key={series[index]}>
                    <rect
                      x={labelWidth}
                      y={y}
                      width={barWidth}
                      height={barHeight}
                      fill={palette[index % palette.length]}
                    />
                    <text
                      x={labelWidth + barWidth + 6}
                      y={y + barHeight / 2}
                      dominantBaseline="middle"
                      fill={textColour}
                    >
                      {value}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </ChartSvg>
    </>
  );
}

/** Adjacent vertical bars (a histogram) with the band under each bar and the count above it. */
export function Histogram({
  title,
  description,
  data,
  testId,
}: {
  title: string;
  description: string;
  data: readonly BarDatum[];
  testId?: string;
}) {
  const barWidth = 70;
  const chartHeight = 200;
  const width = Math.max(1, data.length) * barWidth + 20;
  const height = chartHeight + 50;
  const max = Math.max(1, ...data.map((datum) => datum.value));
  return (
    <ChartSvg title={title} description={description} width={width} height={height} testId={testId}>
      <line x1={10} x2={width - 10} y1={chartHeight + 20} y2={chartHeight + 20} stroke={textColour} />
      {data.map((datum, index) => {
        const x = 10 + index * barWidth;
        const barHeight = (datum.value / max) * chartHeight;
        const y = chartHeight + 20 - barHeight;
        return (
          <g key={datum.label}>
            <rect x={x} y={y} width={barWidth - 1} height={barHeight} fill={palette[0]} stroke="#fff" />
            <text x={x + barWidth / 2} y={y - 6} textAnchor="middle" fill={textColour}>
              {datum.value}
            </text>
            <text x={x + barWidth / 2} y={chartHeight + 38} textAnchor="middle" fill={textColour}>
              {datum.label}
            </text>
          </g>
        );
      })}
    </ChartSvg>
  );
}
