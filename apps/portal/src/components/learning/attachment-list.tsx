import { useState } from 'react';
import type { LearningAttachmentFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { Alert } from '../recruitment/alerts';
import { downloadAttachment } from './learning-attachments';

/** The request's files; a download goes through fetch, because it needs the bearer token. */
export function AttachmentList({
  attachments,
}: {
  attachments: readonly LearningAttachmentFieldsFragment[];
}) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <ul className="nobullet-list" data-testid="learning-attachments">
        {attachments.map((a) => (
          <li key={a.id}>
            <button
              type="button"
              className="button button-unstyled function-link"
              onClick={() =>
                void downloadAttachment(a.downloadPath, a.fileName, t.errors.INTERNAL).catch(
                  (caught: Error) => setError(caught.message),
                )
              }
            >
              {t.learning.request.download(a.fileName)}
            </button>{' '}
            ({Math.max(1, Math.round(a.sizeBytes / 1024))} kB)
          </li>
        ))}
      </ul>
    </>
  );
}
