const dateTimeFormat = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "12. marts 2026 kl. 10.14" in Copenhagen time. */
export function formatFaqTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

/**
 * Lower-cased, with æ/ø/å and accents written the way people type them without a Danish keyboard, so "hoens"
 * finds "høns" in the consultants' list filter.
 */
export function foldForFilter(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}
