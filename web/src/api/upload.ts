import { session } from './session';
import { toApiError } from './client';

export interface UploadProgress {
  loaded: number;
  total: number;
}

/**
 * Posts a multipart form with upload progress (fetch cannot report it; XMLHttpRequest can).
 * Resolves with the JSON body; rejects with the server's ApiError.
 */
export async function uploadForm<T>(url: string, form: FormData, onProgress: (p: UploadProgress) => void, signal?: AbortSignal): Promise<T> {
  const send = (token: string | null) =>
    new Promise<{ status: number; body: unknown }>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', url);
      if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
      xhr.responseType = 'json';
      xhr.upload.onprogress = (e) => onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : 0 });
      xhr.onload = () => resolve({ status: xhr.status, body: xhr.response as unknown });
      xhr.onerror = () => reject(toApiError(0, undefined));
      xhr.onabort = () => reject(new DOMException('The upload was canceled.', 'AbortError'));
      signal?.addEventListener('abort', () => xhr.abort(), { once: true });
      xhr.send(form);
    });
  let result = await send(await session.token());
  if (result.status === 401 && (await session.refresh())) result = await send(await session.token());
  if (result.status < 200 || result.status >= 300) throw toApiError(result.status, result.body);
  return result.body as T;
}
