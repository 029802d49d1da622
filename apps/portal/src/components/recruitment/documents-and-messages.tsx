import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { StaffApplicationFieldsFragment } from '../../gql/graphql';
import { getAccessToken } from '../../graphql/access-token';
import {
  SendStaffMessageDocument,
  SetDocumentExpiryDocument,
  StaffApplicationDocument,
} from '../../graphql/recruitment-staff.operations';
import { useI18n } from '../../i18n/i18n-context';
import { TextField } from '../form-fields';
import { Icon } from '../icon';
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

type StaffDocument = StaffApplicationFieldsFragment['documents'][number];

/** The last valid day of one document: a date field and its own save, the server's message beside the field. */
function DocumentExpiry({
  document,
  applicationId,
  onSaved,
}: {
  document: StaffDocument;
  applicationId: string;
  onSaved(): void;
}) {
  const { t } = useI18n();
  const texts = t.recruitment.application;
  const [expiresOn, setExpiresOn] = useState(document.expiresOn ?? '');
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SetDocumentExpiryDocument, {
    refetchQueries: [{ query: StaffApplicationDocument, variables: { id: applicationId } }],
    awaitRefetchQueries: true,
  });
  const id = `document-${document.id}-expires`;
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    try {
      await save({ variables: { input: { id: document.id, expiresOn: expiresOn || null } } });
      setError(undefined);
      onSaved();
    } catch (caught) {
      const problem = recruitmentErrorOf(caught, t);
      setError(problem.fields['expiresOn']);
      if (!problem.fields['expiresOn']) setMessage(problem.message);
    }
  };
  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="mt-3">
      {document.expired ? (
        <p className="waiting-mark">
          <Icon name="error" />
          {texts.expired}
        </p>
      ) : document.expiringSoon ? (
        <p className="waiting-mark">
          <Icon name="warning" />
          {texts.expiringSoon}
        </p>
      ) : null}
      <TextField
        id={id}
        type="date"
        label={texts.documentExpiresOn}
        hint={texts.documentExpiryHint}
        optional
        error={error}
        value={expiresOn}
        onChange={(event) => setExpiresOn(event.target.value)}
      />
      <button
        type="submit"
        className="button button-secondary"
        disabled={loading}
        aria-label={texts.saveDocumentExpiry(document.fileName)}
      >
        {texts.save}
      </button>
      {message ? <Alert kind="error">{message}</Alert> : null}
    </form>
  );
}

export function ApplicationDocuments({
  documents,
  applicationId,
}: {
  documents: StaffApplicationFieldsFragment['documents'];
  applicationId: string;
}) {
  const { t } = useI18n();
  const texts = t.recruitment.application;
  const [failed, setFailed] = useState(false);
  // Kept here: the date form remounts when the refetched date arrives, and the notice must survive that.
  const [savedId, setSavedId] = useState<string | null>(null);
  return (
    <section aria-labelledby="documents-heading" data-testid="documents">
      <h2 id="documents-heading">{texts.documentsHeading}</h2>
      {failed ? <Alert kind="error">{texts.downloadFailed}</Alert> : null}
      {documents.length === 0 ? (
        <p>{texts.noDocuments}</p>
      ) : (
        <ul className="nobullet-list">
          {documents.map((document) => (
            <li key={document.id} className="mb-5" data-testid={`document-${document.id}`}>
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
              <DocumentExpiry
                // The saved date is part of the key, so a refetch shows what the server stored.
                key={document.expiresOn ?? ''}
                document={document}
                applicationId={applicationId}
                onSaved={() => setSavedId(document.id)}
              />
              {savedId === document.id ? <Alert kind="success">{texts.documentExpirySaved}</Alert> : null}
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
