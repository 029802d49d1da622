// Dates are shown in Danish and in Danish time, whatever the device's own zone.
const zone = 'Europe/Copenhagen';

export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat('da-DK', { timeZone: zone, dateStyle: 'long' }).format(new Date(iso));
}

export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat('da-DK', {
    timeZone: zone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function formatTime(date: Date): string {
  return new Intl.DateTimeFormat('da-DK', { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(
    date,
  );
}

export function formatPeriod(startsAt: string, endsAt: string): string {
  const end = new Intl.DateTimeFormat('da-DK', { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(
    new Date(endsAt),
  );
  return `${formatDateTime(startsAt)}–${end}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${(bytes / (1024 * 1024)).toLocaleString('da-DK', { maximumFractionDigits: 1 })} MB`;
}

/** Saves content as a file through a temporary object URL (no personal data in any URL the server sees). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns; revoke a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
