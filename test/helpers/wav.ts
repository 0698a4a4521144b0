import fs from 'node:fs';
import { fixture } from './test-app.js';

/** A canonical 44-byte header for 16 kHz mono 16-bit PCM. */
export function wavHeader(dataBytes: number): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(16_000, 24);
  header.writeUInt32LE(32_000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(dataBytes, 40);
  return header;
}

/** A 16 kHz mono 16-bit WAV of `seconds` of the JFK speech repeated (for long-audio tests). */
export function longSpeechWav(file: string, seconds: number): string {
  const source = fs.readFileSync(fixture('jfk.wav'));
  const dataAt = source.indexOf('data', 12) + 8;
  const pcm = source.subarray(dataAt);
  const bytes = seconds * 16_000 * 2;
  const data = Buffer.alloc(bytes);
  for (let at = 0; at < bytes; at += pcm.length) pcm.copy(data, at, 0, Math.min(pcm.length, bytes - at));
  fs.writeFileSync(file, Buffer.concat([wavHeader(bytes), data]));
  return file;
}
