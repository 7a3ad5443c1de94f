import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { LineWriter, readLines } from './json-lines.ts';

const linesOf = async (...chunks: (string | Buffer)[]) => {
  const out: string[] = [];
  for await (const line of readLines(Readable.from(chunks))) out.push(line);
  return out;
};

describe('readLines', () => {
  it('gives every line, blank ones included, but no empty segment after the last newline', async () => {
    expect(await linesOf('a\n\n  \nb\n')).toEqual(['a', '', '  ', 'b']);
    expect(await linesOf('a\nb')).toEqual(['a', 'b']);
    expect(await linesOf('\n')).toEqual(['']);
    expect(await linesOf('')).toEqual([]);
  });

  it('ends lines at "\\n" or "\\r\\n" only, across chunks', async () => {
    expect(await linesOf('a\r', '\nb\rc\n', 'd', 'e\r\n')).toEqual(['a', 'b\rc', 'de']);
  });

  it('keeps a character split between chunks whole', async () => {
    const bytes = Buffer.from('😀é\n');
    expect(await linesOf(bytes.subarray(0, 3), bytes.subarray(3))).toEqual(['😀é']);
  });
});

describe('LineWriter', () => {
  const failing = (code: string) =>
    new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error(`write ${code}`), { code }));
      },
    });

  it('writes what it is given once flushed', async () => {
    const chunks: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk.toString());
        callback();
      },
    });
    const writer = new LineWriter(sink, 4);
    await writer.write('ab\n');
    await writer.write('cd\n');
    await writer.flush();
    expect(chunks.join('')).toBe('ab\ncd\n');
    expect(writer.failed).toBe(false);
  });

  it('records a write error instead of throwing it, and drops later writes', async () => {
    const writer = new LineWriter(failing('EPIPE'), 1);
    await writer.write('a\n');
    expect(writer.error?.code).toBe('EPIPE');
    await writer.write('b\n');
    await writer.flush();
    expect(writer.error?.code).toBe('EPIPE');
  });
});
