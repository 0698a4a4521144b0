import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config/index.js';

// Stream tickets travel in URLs (EventSource and <audio> cannot send headers): keep them out of logs.
const SECRET_QUERY = /([?&](?:ticket|access_token|token|api_key)=)[^&#]*/gi;

export function redactUrl(url: string): string {
  return url.replace(SECRET_QUERY, '$1[redacted]');
}

interface RequestLike {
  method?: string;
  url?: string;
  hostname?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

/** The process logger. Credentials are redacted wherever a request, header or URL is logged. */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      redact: {
        paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie', 'headers.authorization', 'headers["x-api-key"]'],
        censor: '[redacted]',
      },
      serializers: {
        req: (req: RequestLike) => ({
          method: req.method,
          url: redactUrl(req.url ?? ''),
          host: req.hostname,
          remoteAddress: req.ip,
          remotePort: req.socket?.remotePort,
        }),
        err: pino.stdSerializers.err,
      },
    },
    destination,
  );
}
