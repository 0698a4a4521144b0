export interface SseFrame {
  id?: string;
  event?: string;
  data?: string;
  comment?: string;
}

/**
 * A minimal text/event-stream reader over fetch, for tests: collects frames (including
 * heartbeat comments) and lets a test wait for one.
 */
export class SseClient {
  readonly frames: SseFrame[] = [];
  status = 0;
  headers = new Headers();
  private readonly controller = new AbortController();
  private buffer = '';
  private done: Promise<void> = Promise.resolve();

  static async open(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
    const client = new SseClient();
    const response = await fetch(url, { headers, signal: client.controller.signal });
    client.status = response.status;
    client.headers = response.headers;
    if (response.body) client.done = client.read(response.body);
    return client;
  }

  get events(): (SseFrame & { json: Record<string, unknown> })[] {
    return this.frames.filter((f) => f.event).map((f) => ({ ...f, json: JSON.parse(f.data ?? '{}') as Record<string, unknown> }));
  }

  async waitFor(predicate: (frames: SseFrame[]) => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.frames)) {
      if (Date.now() > deadline) throw new Error(`timed out; frames so far: ${JSON.stringify(this.frames)}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Resolves when the server ends the stream. */
  ended(): Promise<void> {
    return this.done;
  }

  close(): void {
    this.controller.abort();
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of body) {
        this.buffer += decoder.decode(chunk, { stream: true });
        let end;
        while ((end = this.buffer.indexOf('\n\n')) >= 0) {
          this.parse(this.buffer.slice(0, end));
          this.buffer = this.buffer.slice(end + 2);
        }
      }
    } catch {
      // aborted by close()
    }
  }

  private parse(block: string): void {
    const frame: SseFrame = {};
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) frame.comment = line.slice(1).trim();
      else {
        const colon = line.indexOf(':');
        const key = line.slice(0, colon);
        const value = line.slice(colon + 1).trimStart();
        if (key === 'id' || key === 'event' || key === 'data') frame[key] = value;
      }
    }
    this.frames.push(frame);
  }
}
