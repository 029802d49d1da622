import { useI18n } from '../i18n/i18n-context';

/**
 * A chart's data as a table behind "Vis som tabel", for readers who would rather read (or cannot see) it. Every
 * chart in the portal has one. A row's `key` defaults to its label.
 */
export function ChartTable({
  caption,
  headers,
  rows,
  testId,
}: {
  caption: string;
  headers: readonly string[];
  rows: readonly { key?: string; label: string; cells: readonly (string | number)[] }[];
  testId?: string;
}) {
  const { t } = useI18n();
  return (
    <details className="details">
      <summary className="details-summary">{t.common.showTable}</summary>
      <div className="details-text">
        <table className="table table--compact" data-testid={testId}>
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {headers.map((header) => (
                <th scope="col" key={header}>
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key ?? row.label}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, index) => (
                  <td key={index}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
