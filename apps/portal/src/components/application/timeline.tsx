import type { TimelineFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { formatDate } from './format';

/** The application's way through the approval steps, as a DKFDS-like step list; state is text, not colour only. */
export function ApplicationTimeline({
  steps,
  headingId,
}: {
  steps: readonly TimelineFieldsFragment[];
  headingId: string;
}) {
  const { t } = useI18n();
  const s = t.application.status;
  return (
    <ol className="application-timeline" aria-labelledby={headingId} data-testid="timeline">
      {steps.map((step) => (
        <li
          key={step.status}
          className={`application-timeline-step is-${step.state.toLowerCase()}`}
          aria-current={step.state === 'CURRENT' ? 'step' : undefined}
        >
          <span className="application-timeline-label">{step.label}</span>
          <span className="application-timeline-state">
            {s.timelineState[step.state]}
            {step.reachedAt ? ` ${s.reached(formatDate(step.reachedAt))}` : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}
