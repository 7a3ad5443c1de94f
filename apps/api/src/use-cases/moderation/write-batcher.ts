// Groups writes that arrive at about the same time into one statement: a row waits until `maxRows` are waiting or
// `maxWaitMs` has passed, then its batch is written and each caller's promise settles with its own row's result, so
// a caller that has its answer knows its row is stored. At 2,000 webhook deliveries a second this turns 2,000
// inserts and commits into a few hundred, which is where the database and the web process spent their time.
// If a batch fails, each of its rows is written again on its own, so one bad row fails only its own caller, and a
// database that is down fails every caller with its own error. `close()` writes what is waiting and waits for the
// writes in flight (a stopping web process loses nothing it has been given); after it, rows are written at once.

export interface WriteBatcherOptions<T, R> {
  /** Writes the rows in one go and answers one result per row, in the same order. */
  write: (rows: T[]) => Promise<R[]>;
  /** A batch is written as soon as this many rows wait. */
  maxRows: number;
  /** ...or when its first row has waited this long. */
  maxWaitMs: number;
  /** Batches written at once; more rows wait for the next batch (which is then bigger). */
  maxConcurrent: number;
}

interface Waiting<T, R> {
  row: T;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

export class WriteBatcher<T, R> {
  private waiting: Array<Waiting<T, R>> = [];
  private timer: NodeJS.Timeout | null = null;
  private readonly inFlight = new Set<Promise<void>>();
  private closed = false;

  constructor(private readonly options: WriteBatcherOptions<T, R>) {}

  /** Resolves with the row's result once its batch is written; rejects with the error that stopped it. */
  add(row: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ row, resolve, reject });
      if (this.closed || this.waiting.length >= this.options.maxRows) this.dispatch();
      else this.timer ??= setTimeout(() => this.dispatch(), this.options.maxWaitMs);
    });
  }

  /** Rows waiting to be written (not counting those being written). */
  get pending(): number {
    return this.waiting.length;
  }

  /** Writes everything waiting and waits for every write in flight. */
  async close(): Promise<void> {
    this.closed = true;
    while (this.waiting.length > 0 || this.inFlight.size > 0) {
      this.dispatch();
      await Promise.race(this.inFlight);
    }
  }

  private dispatch() {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.waiting.length > 0 && this.inFlight.size < this.options.maxConcurrent) {
      const batch = this.waiting.splice(0, this.options.maxRows);
      const flight: Promise<void> = this.writeBatch(batch).finally(() => {
        this.inFlight.delete(flight);
        // Rows that arrived while every write was busy have waited long enough: write them now.
        if (this.waiting.length > 0) this.dispatch();
      });
      this.inFlight.add(flight);
    }
  }

  private async writeBatch(batch: Array<Waiting<T, R>>): Promise<void> {
    let results: R[];
    try {
      results = await this.options.write(batch.map((w) => w.row));
      if (results.length !== batch.length)
        throw new Error(`A batch write answered ${results.length} results for ${batch.length} rows`);
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      // Which row was at fault is not known: each is written alone, in order, and gets its own answer.
      for (const waiting of batch) await this.writeBatch([waiting]);
      return;
    }
    batch.forEach((w, i) => w.resolve(results[i]!));
  }
}
