import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);
const require = createRequire(import.meta.url);

export interface MediaTools {
  readonly ffmpegPath: string;
  readonly ffprobePath: string;
  /** `system` when found on PATH, `bundled` for the static binaries shipped in npm packages. */
  readonly source: 'system' | 'bundled';
  readonly version: string;
}

export const INSTALL_HINT =
  'ffmpeg/ffprobe not found: install them (Debian/Ubuntu: `sudo apt-get install ffmpeg`) or run `npm install` to get the bundled binaries; uploads and transcription are disabled until then.';

async function versionOf(binary: string): Promise<string | undefined> {
  try {
    // Generous: the first run of a 70 MB static binary on a busy machine can take seconds, and
    // a miss here disables uploads until the next restart.
    const { stdout } = await execFileAsync(binary, ['-version'], { timeout: 30_000 });
    return stdout.split('\n')[0]?.trim();
  } catch {
    return undefined;
  }
}

function bundledPath(packageName: string): string | undefined {
  try {
    return (require(packageName) as { path: string }).path;
  } catch {
    return undefined;
  }
}

/** ffmpeg and ffprobe from the PATH, when both run. */
export async function systemMediaTools(): Promise<MediaTools | undefined> {
  const [probeVersion, ffmpegVersion] = await Promise.all([versionOf('ffprobe'), versionOf('ffmpeg')]);
  if (!probeVersion || !ffmpegVersion) return undefined;
  return { ffmpegPath: 'ffmpeg', ffprobePath: 'ffprobe', source: 'system', version: probeVersion };
}

/** The static binaries of `@ffmpeg-installer/ffmpeg` and `@ffprobe-installer/ffprobe`, when installed and runnable. */
export async function bundledMediaTools(): Promise<MediaTools | undefined> {
  const ffmpegPath = bundledPath('@ffmpeg-installer/ffmpeg');
  const ffprobePath = bundledPath('@ffprobe-installer/ffprobe');
  if (!ffmpegPath || !ffprobePath) return undefined;
  const [probeVersion, ffmpegVersion] = await Promise.all([versionOf(ffprobePath), versionOf(ffmpegPath)]);
  if (!probeVersion || !ffmpegVersion) return undefined;
  return { ffmpegPath, ffprobePath, source: 'bundled', version: probeVersion };
}

/**
 * Finds ffmpeg and ffprobe: the system's when both run, otherwise the bundled static
 * binaries. Returns undefined when neither works, so the server can start and say so
 * instead of crashing.
 */
export async function locateMediaTools(): Promise<MediaTools | undefined> {
  return (await systemMediaTools()) ?? (await bundledMediaTools());
}
