import type { ReactNode } from 'react';
import { Icon } from '../icon';

/** DKFDS alert: error ones are announced at once (role=alert), success ones politely (role=status). */
export function Alert({
  kind,
  children,
  testId,
}: {
  kind: 'error' | 'success' | 'warning' | 'info';
  children: ReactNode;
  testId?: string;
}) {
  const icon =
    kind === 'success' ? 'success' : kind === 'info' ? 'info' : kind === 'warning' ? 'warning' : 'error';
  return (
    <div className={`alert alert-${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <Icon name={icon} className="alert-icon" />
      <div className="alert-body">
        <div className="alert-text">{children}</div>
      </div>
    </div>
  );
}
