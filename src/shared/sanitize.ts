const MAX_MESSAGE_LENGTH = 300;

// Absolute POSIX paths (at least two segments) and Windows drive paths.
const POSIX_PATH = /(?:^|(?<=[\s'"(=:]))\/(?:[^\s'"():]+\/)+[^\s'"():]*/g;
const WINDOWS_PATH = /[A-Za-z]:\\[^\s'"]*/g;
const URL_WITH_CREDENTIALS = /\b[a-z][a-z0-9+.-]*:\/\/[^\s/@]+@[^\s]*/gi;
const BEARER = /\bBearer\s+[A-Za-z0-9._~+/=-]+/gi;
const JWT = /\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;
const API_KEY = /\bsk_[A-Za-z0-9_-]{8,}/g;

/**
 * Makes a message from a tool, library or engine safe to show a client or store in a job log:
 * no paths, credentials or tokens, one line, bounded length.
 */
export function sanitizeMessage(text: string, secrets: readonly string[] = [], maxLength = MAX_MESSAGE_LENGTH): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  }
  out = out
    .replace(URL_WITH_CREDENTIALS, '[url]')
    .replace(BEARER, 'Bearer [redacted]')
    .replace(JWT, '[token]')
    .replace(API_KEY, '[api-key]')
    .replace(WINDOWS_PATH, '[path]')
    .replace(POSIX_PATH, '[path]')
    .replace(/\s+/g, ' ')
    .trim();
  return out.length > maxLength ? `${out.slice(0, maxLength - 1)}…` : out;
}
