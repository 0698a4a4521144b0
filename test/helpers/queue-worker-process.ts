import fs from 'node:fs';
import { openDatabase } from '../../src/db/index.js';
import { JobQueueRepository } from '../../src/db/repositories/index.js';
import { recordingQueue } from './recording-runner.js';

// A separate OS process working the queue of a shared database: argv = <db file> <output file>.
// Appends every job id it runs to the output file and exits once nothing is left to do.
const [dbFile, outFile] = process.argv.slice(2);
if (!dbFile || !outFile) throw new Error('usage: queue-worker-process <db> <out>');
const db = openDatabase(dbFile);
const queue = new JobQueueRepository(db);
const { service } = recordingQueue(db, queue, { workers: 2, pollIntervalMs: 20 }, (job) => fs.appendFileSync(outFile, `${job.id}\n`));
service.start();

const timer = setInterval(() => {
  const counts = queue.countsByStatus();
  if (counts.queued === 0 && counts.processing === 0) {
    clearInterval(timer);
    void service.stop().then(() => {
      db.close();
      process.exit(0);
    });
  }
}, 50);
