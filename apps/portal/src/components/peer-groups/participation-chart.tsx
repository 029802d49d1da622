import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { shortDate } from './peer-format';
import { ChartTable } from '../chart-table';

export interface SessionRate {
  sessionId: string;
  startsAt: string;
  present: number;
  absent: number;
  excused: number;
  participationRate: number | null;
}

const barColour = '#0059b3';
const textColour = '#1a1a1a';

const pct = (rate: number | null) => (rate === null ? null : Math.round(rate * 100));

/**
 * Participation per held meeting: a hand-drawn SVG bar chart (0-100 %), each bar labelled with its percentage so
 * nothing depends on colour, and the same numbers behind "Vis som tabel".
 */
export function ParticipationChart({ sessions }: { sessions: readonly SessionRate[] }) {
  const { t } = useI18n();
  const texts = t.peerGroups.metrics;
  const id = useId();
  const barWidth = 64;
  const chartHeight = 160;
  const width = Math.max(1, sessions.length) * barWidth + 50;
  const height = chartHeight + 60;
  const baseY = chartHeight + 20;
  return (
    <>
      <svg
        className="peer-chart"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        data-testid="peer-participation-chart"
      >
        <title id={`${id}-title`}>{texts.chartTitle}</title>
        <desc id={`${id}-desc`}>{texts.chartDescription(sessions.length)}</desc>
        <line x1={40} x2={width - 5} y1={baseY} y2={baseY} stroke={textColour} />
        <text x={34} y={baseY} textAnchor="end" dominantBaseline="middle" fill={textColour}>
          0 %
        </text>
        <text x={34} y={20} textAnchor="end" dominantBaseline="middle" fill={textColour}>
          100 %
        </text>
        <line x1={40} x2={width - 5} y1={20} y2={20} stroke="#bfbfbf" strokeDasharray="4 4" />
        {sessions.map((s, index) => {
          const x = 45 + index * barWidth;
          const value = pct(s.participationRate);
          const barHeight = ((value ?? 0) / 100) * chartHeight;
          return (
            <g key={s.sessionId}>
              <rect x={x} y={baseY - barHeight} width={barWidth - 12} height={barHeight} fill={barColour} />
              <text
                x={x + (barWidth - 12) / 2}
                y={baseY - barHeight - 6}
                textAnchor="middle"
                fill={textColour}
              >
                {value === null ? '–' : `${value} %`}
              </text>
              <text x={x + (barWidth - 12) / 2} y={baseY + 18} textAnchor="middle" fill={textColour}>
                {shortDate(s.startsAt).replace(/ \d{4}$/, '')}
              </text>
            </g>
          );
        })}
      </svg>
      <ChartTable
        caption={texts.chartTitle}
        headers={texts.tableHeaders}
        rows={sessions.map((s) => {
          const value = pct(s.participationRate);
          return {
            key: s.sessionId,
            label: shortDate(s.startsAt),
            cells: [s.present, s.absent, s.excused, value === null ? texts.notRegistered : `${value} %`],
          };
        })}
        testId="peer-participation-table"
      />
    </>
  );
}
