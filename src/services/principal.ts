/** Who is making a request: resolved once by the auth layer, passed to every service call. */
export interface Principal {
  userId: string;
  username: string;
  role: 'admin' | 'user';
  /** `session` for a login JWT, `api_key` for an `X-API-Key`. */
  method: 'session' | 'api_key';
  apiKeyId?: string;
}
