import { describe, expect, it } from 'vitest';
import { EventBroker, type ServerEvent } from './event-broker.js';

describe('EventBroker', () => {
  it('delivers events to subscribers of the same user and subject only', () => {
    const broker = new EventBroker();
    const all: ServerEvent[] = [];
    const job: ServerEvent[] = [];
    broker.subscribe({ userId: 'u1' }, undefined, (e) => all.push(e));
    broker.subscribe({ userId: 'u1', subject: 'tr_1' }, undefined, (e) => job.push(e));
    broker.publish('transcription.queued', 'u1', { id: 'tr_1' }, 'tr_1');
    broker.publish('transcription.queued', 'u1', { id: 'tr_2' }, 'tr_2');
    broker.publish('transcription.queued', 'u2', { id: 'tr_3' }, 'tr_3');
    broker.publish('model.download.started', null, { model: 'm' });
    expect(all.map((e) => e.data.id ?? e.name)).toEqual(['tr_1', 'tr_2', 'model.download.started']);
    expect(job.map((e) => e.data.id)).toEqual(['tr_1']);
  });

  it('replays what a reconnecting client missed, in order', () => {
    const broker = new EventBroker();
    const first = broker.publish('transcription.progress', 'u1', { n: 1 }, 'tr_1');
    broker.publish('transcription.progress', 'u1', { n: 2 }, 'tr_1');
    broker.publish('transcription.progress', 'u2', { n: 99 }, 'tr_9');
    broker.publish('transcription.completed', 'u1', { n: 3 }, 'tr_1');
    const { replay } = broker.subscribe({ userId: 'u1' }, first.id, () => {});
    expect(replay.kind === 'events' && replay.events.map((e) => e.data.n)).toEqual([2, 3]);
  });

  it('asks for a resync when the last id is unknown or fell out of the buffer', () => {
    const broker = new EventBroker(2);
    const first = broker.publish('transcription.progress', 'u1', {});
    broker.publish('transcription.progress', 'u1', {});
    broker.publish('transcription.progress', 'u1', {});
    broker.publish('transcription.progress', 'u1', {});
    expect(broker.subscribe({ userId: 'u1' }, first.id, () => {}).replay).toEqual({ kind: 'resync' });
    expect(broker.subscribe({ userId: 'u1' }, 'other-boot.3', () => {}).replay).toEqual({ kind: 'resync' });
  });

  it('stops delivering after unsubscribe', () => {
    const broker = new EventBroker();
    const seen: ServerEvent[] = [];
    const { unsubscribe } = broker.subscribe({ userId: 'u1' }, undefined, (e) => seen.push(e));
    unsubscribe();
    broker.publish('file.ready', 'u1', {});
    expect(seen).toEqual([]);
    expect(broker.subscriberCount).toBe(0);
  });
});
