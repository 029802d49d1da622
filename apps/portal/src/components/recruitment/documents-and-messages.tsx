import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { StaffApplicationFieldsFragment } from '../../gql/graphql';
import { getAccessToken } from '../../graphql/access-token';
import {
  SendStaffMessageDocument,
  StaffApplicationDocument,
} from '../../graphql/recruitment-staff.operations';
import { useI18n } from '../../i18n/i18n-context';
import { Alert } from './alerts';
import { TextAreaField } from './fields';
import { formatDate, formatDateTime } from './format';
import { recruitmentErrorOf } from './recruitment-error';

// Documents need the bearer token, so a plain link would not do: fetch, then hand the browser a blob URL.
async function download(path: string, fileName: string): Promise<boolean> {
  const token = getAccessToken();
  const response = await fetch(path, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    credentials: 'include',
  });
  if (!response.ok) return false;
  const url = URL.createObjectURL(await response.blob());
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}

export function ApplicationDocuments({
  documents,
}: {
  documents: StaffApplicationFieldsFragment['documents'];
}) {
  const { t } = useI18n();
  const texts = t.recruitment.application;
  const [failed, setFailed] = useState(false);
  return (
    <section aria-labelledby="documents-heading" data-testid="documents">
      <h2 id="documents-heading">{texts.documentsHeading}</h2>
      {failed ? <Alert kind="error">{texts.downloadFailed}</Alert> : null}
      {documents.length === 0 ? (
        <p>{texts.noDocuments}</p>
      ) : (
        <ul className="nobullet-list">
          {documents.map((document) => (
            <li key={document.id} className="mb-3">
              <button
                type="button"
                className="function-link"
                onClick={() =>
                  void download(`/api/documents/${document.id}`, document.fileName).then((ok) =>
                    setFailed(!ok),
                  )
                }
              >
                {texts.download(document.fileName)}
              </button>{' '}
              <span className="form-hint">
                ({Math.max(1, Math.round(document.sizeBytes / 1024))} kB, {texts.uploaded.toLowerCase()}{' '}
                {formatDate(document.createdAt)})
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ApplicationMessages({ application }: { application: StaffApplicationFieldsFragment }) {
  const { t } = useI18n();
  const texts = t.recruitment.application;
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [sent, setSent] = useState(false);
  const [send, { loading }] = useMutation(SendStaffMessageDocument, {
    refetchQueries: [{ query: StaffApplicationDocument, variables: { id: application.id } }],
    awaitRefetchQueries: true,
  });
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSent(false);
    if (!body.trim()) {
      setError(texts.messageMissing);
      return;
    }
    try {
      await send({ variables: { input: { applicationId: application.id, body: body.trim() } } });
      setBody('');
      setError(undefined);
      setSent(true);
    } catch (caught) {
      const problem = recruitmentErrorOf(caught, t);
      setError(problem.fields['body'] ?? problem.message);
    }
  };
  return (
    <section aria-labelledby="messages-heading" data-testid="messages">
      <h2 id="messages-heading">{texts.messagesHeading}</h2>
      {application.messages.length === 0 ? <p>{texts.noMessages}</p> : null}
      <ul className="nobullet-list">
        {application.messages.map((message) => (
          <li key={message.id} className="mb-4">
            <p className="m-0">
              <strong>
                {message.fromStaff ? (message.authorName ?? texts.system) : texts.fromApplicant}
              </strong>
              {', '}
              <span className="form-hint">{formatDateTime(message.createdAt)}</span>
            </p>
            <p className="m-0" style={{ whiteSpace: 'pre-wrap' }}>
              {message.body}
            </p>
          </li>
        ))}
      </ul>
      {sent ? <Alert kind="success">{texts.sent}</Alert> : null}
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextAreaField
          id="message-body"
          label={texts.newMessage}
          error={error}
          value={body}
          onChange={(event) => setBody(event.target.value)}
        />
        <button type="submit" className="button button-secondary" disabled={loading}>
          {texts.send}
        </button>
      </form>
    </section>
  );
}
