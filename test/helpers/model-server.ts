import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { writeSyntheticModels } from './synthetic-models.js';

export interface ServedRequest {
  url: string;
  range: string | undefined;
}

/** How the next archive download misbehaves. */
export type Fault = { kind: 'truncate'; afterBytes: number } | { kind: 'stall'; afterBytes: number } | { kind: 'status'; status: number };

/**
 * A local stand-in for the model release server (SPEECH_ENGINE_MODEL_BASE_URL): serves the
 * synthetic test models as `.tar.bz2` archives under `/test-models/`, with `checksum.txt`,
 * byte ranges, and faults on request.
 */
export class ModelServer {
  readonly requests: ServedRequest[] = [];
  readonly files = new Map<string, Buffer>();
  faults: Fault[] = [];
  checksumOverride: string | undefined;
  serveChecksums = true;
  private server!: http.Server;
  baseUrl = '';

  static async start(): Promise<ModelServer> {
    const s = new ModelServer();
    s.buildArchives();
    await s.listen();
    return s;
  }

  /** Packs the synthetic models the way upstream archives are packed: one top directory each. */
  private buildArchives(): void {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scriberr-archives-'));
    writeSyntheticModels(dir);
    for (const name of ['test-ctc', 'test-diarization']) {
      const archive = path.join(dir, `${name}.tar.bz2`);
      execFileSync('tar', ['-cjf', archive, '-C', dir, name]);
      this.files.set(`${name}.tar.bz2`, fs.readFileSync(archive));
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }

  checksumText(): string {
    return [...this.files.entries()]
      .map(([name, data]) => `${name}\t${this.checksumOverride ?? createHash('sha256').update(data).digest('hex')}`)
      .join('\n');
  }

  private listen(): Promise<void> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    return new Promise((resolve) =>
      this.server.listen(0, '127.0.0.1', () => {
        this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
        resolve();
      }),
    );
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = req.url ?? '';
    this.requests.push({ url, range: req.headers.range });
    const [, tag, file] = url.split('/');
    if (tag !== 'test-models') return void res.writeHead(404).end();
    if (file === 'checksum.txt') {
      if (!this.serveChecksums) return void res.writeHead(404).end();
      return void res.end(this.checksumText());
    }
    const data = this.files.get(decodeURIComponent(file ?? ''));
    if (!data) return void res.writeHead(404).end();
    const fault = this.faults.shift();
    if (fault?.kind === 'status') return void res.writeHead(fault.status).end();
    let start = 0;
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    if (range) {
      start = Number(range[1]);
      if (start >= data.length) return void res.writeHead(416, { 'content-range': `bytes */${data.length}` }).end();
      res.writeHead(206, { 'content-range': `bytes ${start}-${data.length - 1}/${data.length}`, 'content-length': data.length - start });
    } else {
      res.writeHead(200, { 'content-length': data.length });
    }
    const body = data.subarray(start);
    if (fault?.kind === 'truncate') {
      res.write(body.subarray(0, fault.afterBytes));
      // Cut the connection mid-body, as a flaky network would.
      setTimeout(() => res.socket?.destroy(), 20);
      return;
    }
    if (fault?.kind === 'stall') {
      res.write(body.subarray(0, fault.afterBytes));
      return; // and never another byte
    }
    res.end(body);
  }

  archiveRequests(name: string): ServedRequest[] {
    return this.requests.filter((r) => r.url.endsWith(`/${name}`));
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
