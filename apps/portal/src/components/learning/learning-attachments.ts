import { getAccessToken } from '../../graphql/access-token';

export interface UploadedAttachment {
  id: string;
  fileName: string;
}

/** A refused upload or download with the api's code and Danish message. */
export class AttachmentError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface ErrorBody {
  error?: { code?: string; message?: string; fields?: Record<string, string> };
}

function errorFrom(status: number, body: unknown, fallback: string): AttachmentError {
  const error = (body as ErrorBody | null)?.error;
  const fieldMessage = error?.fields ? Object.values(error.fields)[0] : undefined;
  return new AttachmentError(
    error?.code ?? (status === 0 ? 'NETWORK' : 'INTERNAL'),
    fieldMessage ?? error?.message ?? fallback,
  );
}

/** One file to a request with XMLHttpRequest (the browser API that reports upload progress). */
export function uploadAttachment(
  requestId: string,
  file: File,
  onProgress: (percent: number) => void,
  fallback: string,
): Promise<UploadedAttachment> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/learning/requests/${encodeURIComponent(requestId)}/attachments`);
    const token = getAccessToken();
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      const body = request.response as { attachment?: UploadedAttachment } | null;
      if (request.status >= 200 && request.status < 300 && body?.attachment) resolve(body.attachment);
      else reject(errorFrom(request.status, request.response, fallback));
    };
    request.onerror = () => reject(errorFrom(0, null, fallback));
    const form = new FormData();
    form.append('file', file);
    request.send(form);
  });
}

/** Downloads with the bearer token (a plain link cannot carry it) and hands the browser the file. */
export async function downloadAttachment(path: string, fileName: string, fallback: string): Promise<void> {
  const token = getAccessToken();
  let response: Response;
  try {
    response = await fetch(path, {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      credentials: 'same-origin',
    });
  } catch {
    throw errorFrom(0, null, fallback);
  }
  if (!response.ok) throw errorFrom(response.status, await response.json().catch(() => null), fallback);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
