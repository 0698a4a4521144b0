import { describe, expect, it } from 'vitest';
import { sanitizeMessage } from './sanitize.js';

describe('sanitizeMessage', () => {
  it('replaces absolute paths', () => {
    expect(sanitizeMessage('cannot open /var/lib/scriberr/models/whisper/encoder.onnx: No such file'))
      .toBe('cannot open [path]: No such file');
    expect(sanitizeMessage("failed to load '/tmp/x/y.bin'")).toBe("failed to load '[path]'");
    expect(sanitizeMessage('C:\\Users\\me\\model.onnx missing')).toBe('[path] missing');
  });

  it('keeps ordinary text with slashes that are not paths', () => {
    expect(sanitizeMessage('rate 1/2 and and/or input')).toBe('rate 1/2 and and/or input');
  });

  it('removes tokens, API keys and credentials in URLs', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
    expect(sanitizeMessage(`Authorization: Bearer ${jwt}`)).toBe('Authorization: Bearer [redacted]');
    expect(sanitizeMessage(`token ${jwt} rejected`)).toBe('token [token] rejected');
    expect(sanitizeMessage('key sk_abcdefghijklmnop invalid')).toBe('key [api-key] invalid');
    expect(sanitizeMessage('GET https://user:pass@mirror.lan/x failed')).toBe('GET [url] failed');
  });

  it('removes given secrets, folds whitespace and bounds the length', () => {
    expect(sanitizeMessage('line one\n\tline two with hunter22', ['hunter22'])).toBe('line one line two with [redacted]');
    expect(sanitizeMessage('x'.repeat(1000))).toHaveLength(300);
  });
});
