import { getAccessToken } from '../../graphql/access-token';

export interface UploadedDocument {
  id: string;
  kind: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  createdAt: string;
}

/** A refused upload or download: the api's code and its Danish message (shown beside the file field). */
export class DocumentRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

interface ErrorBody {
  error?: { code?: string; message?: string; fields?: Record<string, string> };
}

function errorFrom(status: number, body: unknown, fallback: string): DocumentRequestError {
  const error = (body as ErrorBody | null)?.error;
  return new DocumentRequestError(
    error?.code ?? (status === 0 ? 'NETWORK' : 'INTERNAL'),
    error?.message ?? fallback,
    error?.fields ?? {},
  );
}

/**
 * Uploads one file with XMLHttpRequest, the one browser API that reports upload progress. Rejects with a
 * DocumentRequestError carrying the api's message.
 */
export function uploadDocument(
  applicationId: string,
  file: File,
  kind: string,
  onProgress: (percent: number) => void,
  fallbackMessage: string,
): Promise<UploadedDocument> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/applications/${encodeURIComponent(applicationId)}/documents`);
    const token = getAccessToken();
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      const body = request.response as { document?: UploadedDocument } | null;
      if (request.status === 201 && body?.document) resolve(body.document);
      else reject(errorFrom(request.status, request.response, fallbackMessage));
    };
    request.onerror = () => reject(errorFrom(0, null, fallbackMessage));
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', file);
    request.send(form);
  });
}

async function documentRequest(path: string, method: 'GET' | 'DELETE', fallback: string): Promise<Response> {
  const token = getAccessToken();
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      credentials: 'same-origin',
    });
  } catch {
    throw errorFrom(0, null, fallback);
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    throw errorFrom(response.status, body, fallback);
  }
  return response;
}

export async function downloadDocument(id: string, fallback: string): Promise<Blob> {
  const response = await documentRequest(`/api/documents/${encodeURIComponent(id)}`, 'GET', fallback);
  return response.blob();
}

export async function deleteDocument(id: string, fallback: string): Promise<void> {
  await documentRequest(`/api/documents/${encodeURIComponent(id)}`, 'DELETE', fallback);
}
