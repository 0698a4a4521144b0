import type { ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { EventBroker, EventFilter, ServerEvent } from '../services/events/event-broker.js';

/** How long a browser waits before reconnecting a dropped stream. */
const RETRY_MS = 3_000;

function frame(event: ServerEvent): string {
  return `id: ${event.id}\nevent: ${event.name}\ndata: ${JSON.stringify(event.data)}\n\n`;
}

/**
 * Server-sent event streams. Each stream replays what a reconnecting client missed
 * (`Last-Event-ID` header or `last_event_id` query), then forwards live events, with comment
 * heartbeats so proxies keep idle streams open. Streams end when the client goes away or the
 * server closes (they would otherwise hold shutdown open forever).
 */
export class SseHub {
  private readonly open = new Set<ServerResponse>();

  constructor(
    private readonly broker: EventBroker,
    private readonly heartbeatMs: number,
  ) {}

  stream(request: FastifyRequest, reply: FastifyReply, filter: EventFilter): void {
    const header = request.headers['last-event-id'];
    const query = (request.query as { last_event_id?: string } | undefined)?.last_event_id;
    const lastEventId = typeof header === 'string' && header ? header : query;

    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'x-content-type-options': 'nosniff',
      'x-request-id': request.id,
    });
    raw.write(`retry: ${RETRY_MS}\n: connected\n\n`);

    const { replay, unsubscribe } = this.broker.subscribe(filter, lastEventId, (event) => raw.write(frame(event)));
    if (replay.kind === 'resync') raw.write('event: resync\ndata: {}\n\n');
    else for (const event of replay.events) raw.write(frame(event));

    const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), this.heartbeatMs);
    this.open.add(raw);
    raw.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      this.open.delete(raw);
    });
  }

  get size(): number {
    return this.open.size;
  }

  closeAll(): void {
    for (const raw of this.open) raw.end();
  }
}
