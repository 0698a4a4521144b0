import { randomBytes } from 'node:crypto';

/** Event names of architecture §9 (plus model downloads). */
export type EventName =
  | 'transcription.queued'
  | 'transcription.progress'
  | 'transcription.completed'
  | 'transcription.failed'
  | 'transcription.canceled'
  | 'transcription.updated'
  | 'transcription.deleted'
  | 'file.ready'
  | 'model.download.started'
  | 'model.download.progress'
  | 'model.download.completed'
  | 'model.download.failed';

export interface ServerEvent {
  /** `<boot>.<sequence>`: unique across restarts, ordered within one process. */
  id: string;
  name: EventName;
  /** Owner; `null` for events every signed-in user may see (model downloads). */
  userId: string | null;
  /** The transcription (or file) the event is about, for per-job streams. */
  subject: string | null;
  /** Public payload: ids, statuses, progress. Never paths, raw errors or tokens. */
  data: Record<string, unknown>;
}

export interface EventFilter {
  userId: string;
  subject?: string | undefined;
}

export type Replay = { kind: 'events'; events: ServerEvent[] } | { kind: 'resync' };

const DEFAULT_BUFFER = 1_000;

function matches(event: ServerEvent, filter: EventFilter): boolean {
  if (event.userId !== null && event.userId !== filter.userId) return false;
  return filter.subject === undefined || event.subject === filter.subject;
}

/**
 * In-process publish/subscribe for live updates, with a bounded replay buffer so a client that
 * reconnects with `Last-Event-ID` gets what it missed. When the id is from an earlier process
 * or older than the buffer, the client is told to resync (refetch state) instead.
 */
export class EventBroker {
  private readonly boot = randomBytes(4).toString('hex');
  private sequence = 0;
  private readonly buffer: ServerEvent[] = [];
  private readonly listeners = new Set<{ filter: EventFilter; listener: (event: ServerEvent) => void }>();

  constructor(private readonly bufferSize = DEFAULT_BUFFER) {}

  publish(name: EventName, userId: string | null, data: Record<string, unknown>, subject: string | null = null): ServerEvent {
    const event: ServerEvent = { id: `${this.boot}.${++this.sequence}`, name, userId, subject, data };
    this.buffer.push(event);
    if (this.buffer.length > this.bufferSize) this.buffer.shift();
    for (const { filter, listener } of this.listeners) {
      if (matches(event, filter)) listener(event);
    }
    return event;
  }

  /** Subscribes, and returns what a client that last saw `lastEventId` missed. */
  subscribe(filter: EventFilter, lastEventId: string | undefined, listener: (event: ServerEvent) => void): { replay: Replay; unsubscribe: () => void } {
    const entry = { filter, listener };
    this.listeners.add(entry);
    return { replay: this.replayAfter(filter, lastEventId), unsubscribe: () => this.listeners.delete(entry) };
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }

  private replayAfter(filter: EventFilter, lastEventId: string | undefined): Replay {
    if (!lastEventId) return { kind: 'events', events: [] };
    const [boot, seqText] = lastEventId.split('.');
    const seq = Number(seqText);
    if (boot !== this.boot || !Number.isInteger(seq) || seq > this.sequence) return { kind: 'resync' };
    const oldest = this.buffer[0];
    const oldestSeq = oldest ? Number(oldest.id.split('.')[1]) : this.sequence + 1;
    if (seq < oldestSeq - 1) return { kind: 'resync' };
    return { kind: 'events', events: this.buffer.filter((e) => Number(e.id.split('.')[1]) > seq && matches(e, filter)) };
  }
}
