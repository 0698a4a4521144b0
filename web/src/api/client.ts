import createClient from 'openapi-fetch';
import type { paths } from './schema.gen';
import { session } from './session';
import type { ApiErrorBody } from './types';

/** An API error with the server's stable code and human message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const PUBLIC_AUTH = /\/api\/v1\/auth\/(login|register|refresh|registration-status)$/;

/**
 * fetch with the session: adds the access token, and on a 401 refreshes the session once and
 * retries (the server ends sessions whose refresh token is gone; then the UI asks to log in).
 */
export async function authFetch(input: Request): Promise<Response> {
  const retry = input.clone();
  const token = PUBLIC_AUTH.test(new URL(input.url).pathname) ? null : await session.token();
  if (token) input.headers.set('authorization', `Bearer ${token}`);
  const response = await fetch(input);
  if (response.status !== 401 || !token) return response;
  // Only an expired or revoked token is worth a refresh; a wrong password is just wrong.
  const code = ((await response.clone().json().catch(() => undefined)) as ApiErrorBody | undefined)?.error.code;
  if (code !== 'UNAUTHORIZED') return response;
  if (!(await session.refresh())) return response;
  const again = await session.token();
  if (again) retry.headers.set('authorization', `Bearer ${again}`);
  return fetch(retry);
}

export const api = createClient<paths>({ baseUrl: window.location.origin, fetch: authFetch });

/** The data of an openapi-fetch result, or an ApiError built from the server's error body. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) throw toApiError(result.response.status, result.error);
  return result.data as T;
}

export function toApiError(status: number, body: unknown): ApiError {
  const error = (body as ApiErrorBody | undefined)?.error;
  if (error) return new ApiError(status, error.code, error.message, error.field);
  return new ApiError(status, 'NETWORK', status === 0 ? 'The server could not be reached.' : `The server answered ${status}.`);
}

/** A message fit for showing, from anything thrown. */
export function messageOf(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error) return err.message;
  return 'Something went wrong.';
}

/** A short-lived ticket for URLs the browser fetches itself (<audio>, EventSource, downloads). */
export async function streamTicket(): Promise<string> {
  return unwrap(await api.POST('/api/v1/auth/stream-ticket')).ticket;
}
