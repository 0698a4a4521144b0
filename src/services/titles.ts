import { validationError } from '../shared/errors.js';

const MAX_TITLE_LENGTH = 255;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A display title from a client-supplied file name: only the last path segment, without control
 * or bidi-override characters, trimmed and bounded. The name is only ever shown, never used as
 * a path (stored files get generated names).
 */
export function titleFromFilename(filename: string | undefined): string {
  // Browsers send `"` in multipart file names as %22 (WHATWG form encoding); undo that one escape.
  const base = (filename ?? '').replace(/%22/g, '"').split(/[\\/]/).pop() ?? '';
  const clean = base.normalize('NFC').replace(CONTROL_CHARACTERS, '').trim();
  return clean ? clean.slice(0, MAX_TITLE_LENGTH) : 'Untitled upload';
}

/** Cleans a title the user typed (same rules, but keeps slashes: "Q3/Q4 review" is a fine title). */
export function cleanTitle(title: string): string {
  return title.normalize('NFC').replace(CONTROL_CHARACTERS, '').trim().slice(0, MAX_TITLE_LENGTH);
}

/** A title the user renamed something to: cleaned, and refused when nothing is left. */
export function requiredTitle(title: string): string {
  const clean = cleanTitle(title);
  if (!clean) throw validationError('title', 'title must not be empty.');
  return clean;
}
