/**
 * Line reading and writing for `schoolgate classify`, so output stays aligned with input: lines
 * end at "\n" only (a "\r" before it is dropped, a lone "\r" is part of the line, as in `jq`),
 * and a write error on stdout (the reader went away, the disk is full) stops the run instead of
 * crashing it.
 */
import { StringDecoder } from 'node:string_decoder';

/**
 * The input's lines as they arrive, one array per chunk read (empty arrays are not given), each
 * line without its "\n" (or "\r\n"). A final segment after the last "\n" is a line only when
 * it is not empty, so "a\n" is one line and "a\n\n" two. Batches let the command classify a
 * chunk's lines and write their answers in one go instead of awaiting once per line.
 */
export async function* readLineBatches(input: AsyncIterable<string | Buffer>): AsyncGenerator<string[]> {
  const decoder = new StringDecoder('utf8');
  let pending: string[] = [];
  const take = (piece: string) => {
    const line = pending.length === 0 ? piece : pending.join('') + piece;
    pending = [];
    return line.endsWith('\r') ? line.slice(0, -1) : line;
  };
  for await (const chunk of input) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    const lines: string[] = [];
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      lines.push(take(text.slice(start, end)));
      start = end + 1;
    }
    if (start < text.length) pending.push(text.slice(start));
    if (lines.length > 0) yield lines;
  }
  const rest = decoder.end();
  if (rest.length > 0) pending.push(rest);
  if (pending.length > 0) {
    const last = take('');
    if (last.length > 0) yield [last];
  }
}

/** Every line of the input, one at a time (see `readLineBatches`). */
export async function* readLines(input: AsyncIterable<string | Buffer>): AsyncGenerator<string> {
  for await (const lines of readLineBatches(input)) yield* lines;
}

/**
 * Buffered writes to a stream that notice when it fails. After a failure further writes are
 * dropped and `error` says why; the caller decides how to stop.
 */
export class LineWriter {
  error: NodeJS.ErrnoException | undefined;
  private buffer = '';

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly flushAt = 64 * 1024,
  ) {
    // Without a listener an asynchronous EPIPE or ENOSPC would end the process with a stack trace.
    stream.on('error', (error: NodeJS.ErrnoException) => {
      this.error ??= error;
    });
  }

  get failed(): boolean {
    return this.error !== undefined;
  }

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= this.flushAt) await this.flush();
  }

  /** Hands the buffer to the stream and waits until it is written (or has failed). */
  async flush(): Promise<void> {
    if (this.buffer.length === 0 || this.failed) return;
    const chunk = this.buffer;
    this.buffer = '';
    await new Promise<void>((resolve) => {
      const done = (error?: Error | null) => {
        if (error) this.error ??= error;
        this.stream.off('error', done);
        resolve();
      };
      this.stream.once('error', done);
      try {
        this.stream.write(chunk, done);
      } catch (error) {
        done(error as Error);
      }
    });
  }
}
