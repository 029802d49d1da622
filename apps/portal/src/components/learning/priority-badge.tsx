// The priority as text in a DKFDS badge: the colour only repeats what the words say.
const badgeClass: Record<string, string> = {
  P1: 'badge-error',
  P2: 'badge-warning',
  P3: 'badge-info',
  P4: '',
};

export function PriorityBadge({ priority, label }: { priority: string; label: string }) {
  return <span className={`badge ${badgeClass[priority] ?? ''}`.trim()}>{label}</span>;
}
