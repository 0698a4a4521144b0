import { streamTicket } from './client';

export interface LiveEvent {
  name: string;
  id: string;
  data: Record<string, unknown>;
}

export type LiveStatus = 'connecting' | 'open' | 'reconnecting';

const EVENT_NAMES = [
  'transcription.queued',
  'transcription.progress',
  'transcription.completed',
  'transcription.failed',
  'transcription.canceled',
  'transcription.updated',
  'transcription.deleted',
  'file.ready',
  'model.download.started',
  'model.download.progress',
  'model.download.completed',
  'model.download.failed',
  'resync',
];

/**
 * The live event stream. EventSource cannot send headers, so it authenticates with a stream
 * ticket; when the connection drops (or the ticket expires) it reconnects with a fresh ticket
 * and the last event id it saw, so nothing is missed.
 */
export function openLiveEvents(onEvent: (event: LiveEvent) => void, onStatus: (status: LiveStatus) => void): () => void {
  let source: EventSource | undefined;
  let lastId = '';
  let closed = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;

  const connect = async () => {
    onStatus(attempt === 0 ? 'connecting' : 'reconnecting');
    let ticket: string;
    try {
      ticket = await streamTicket();
    } catch {
      return scheduleRetry();
    }
    if (closed) return;
    const query = new URLSearchParams({ ticket });
    if (lastId) query.set('last_event_id', lastId);
    source = new EventSource(`/api/v1/events?${query.toString()}`);
    source.onopen = () => {
      attempt = 0;
      onStatus('open');
    };
    source.onerror = () => {
      // The browser retries by itself while the ticket is valid; a closed stream needs a new ticket.
      if (source?.readyState === EventSource.CLOSED) {
        source = undefined;
        scheduleRetry();
      } else onStatus('reconnecting');
    };
    for (const name of EVENT_NAMES) {
      source.addEventListener(name, (message: MessageEvent<string>) => {
        if (message.lastEventId) lastId = message.lastEventId;
        let data: Record<string, unknown> = {};
        try {
          data = JSON.parse(message.data) as Record<string, unknown>;
        } catch {
          data = {};
        }
        onEvent({ name, id: message.lastEventId, data });
      });
    }
  };

  const scheduleRetry = () => {
    if (closed) return;
    onStatus('reconnecting');
    attempt++;
    retryTimer = setTimeout(() => void connect(), Math.min(30_000, 1_000 * 2 ** Math.min(attempt, 5)));
  };

  void connect();
  return () => {
    closed = true;
    clearTimeout(retryTimer);
    source?.close();
  };
}
