import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate, openDatabase, type Database } from '../../src/db/index.js';
import { JobQueueRepository, TranscriptionsRepository } from '../../src/db/repositories/index.js';

/** A migrated SQLite file with one user and one file, ready for queue tests without HTTP. */
export class QueueDb {
  readonly db: Database;
  readonly queue: JobQueueRepository;
  readonly transcriptions: TranscriptionsRepository;
  private jobCount = 0;

  constructor(readonly file: string) {
    this.db = openDatabase(file);
    migrate(this.db);
    this.queue = new JobQueueRepository(this.db);
    this.transcriptions = new TranscriptionsRepository(this.db);
  }

  static create(): QueueDb {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scriberr-queue-'));
    const q = new QueueDb(path.join(dir, 'scriberr.db'));
    const now = new Date().toISOString();
    q.db.connection.prepare("INSERT INTO users VALUES ('user_1', 'ada', 'x', 'admin', 0, ?, ?)").run(now, now);
    q.db.connection
      .prepare("INSERT INTO files (id, user_id, title, kind, status, storage_key, created_at, updated_at) VALUES ('file_1', 'user_1', 'f', 'audio', 'ready', 'uploads/file_1', ?, ?)")
      .run(now, now);
    return q;
  }

  /** Inserts queued jobs whose queued_at values increase with the given base time. */
  enqueue(count: number, base = Date.now()): string[] {
    const ids: string[] = [];
    const insert = () => {
      for (let i = 0; i < count; i++) {
        const n = this.jobCount++;
        const id = `tr_${String(n).padStart(6, '0')}`;
        this.transcriptions.insertQueued({
          id,
          userId: 'user_1',
          fileId: 'file_1',
          title: `job ${n}`,
          options: {},
          profileId: null,
          sourceTranscriptionId: null,
          now: new Date(base + n).toISOString(),
        });
        ids.push(id);
      }
    };
    this.db.immediate(insert);
    return ids;
  }

  status(id: string): { status: string; claimed_by: string | null; attempts: number; progress_stage: string | null } {
    return this.db.connection.prepare('SELECT status, claimed_by, attempts, progress_stage FROM transcriptions WHERE id = ?').get(id) as never;
  }

  executions(id: string): { status: string; error_message: string | null }[] {
    return this.db.connection.prepare('SELECT status, error_message FROM transcription_executions WHERE transcription_id = ? ORDER BY started_at').all(id) as never;
  }

  close(): void {
    this.db.close();
    fs.rmSync(path.dirname(this.file), { recursive: true, force: true });
  }
}
