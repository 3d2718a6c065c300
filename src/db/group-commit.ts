/**
 * Group commit: requests that arrive while a transaction is running wait and then share the next one.
 *
 * A hot balance row (one licence, many buyers reserving against it) admits one writer at a time, so
 * throughput is bounded by transactions per second, not by statements. Sharing a transaction among every
 * request that queued meanwhile spreads its fixed cost (begin, the audit chain's head, commit; on
 * PostgreSQL the round trips and the WAL flush) over all of them. A batch starts on the event loop's next
 * turn, once the requests already read (and their sign-in checks, which queue behind the transaction on
 * SQLite's one connection) have joined; a lone request therefore waits one turn, never for company.
 *
 * Each request still gets its own answer: `runBatch` returns one outcome per item, refusals included. If
 * the shared transaction fails as a whole, every item is retried in a transaction of its own, so one bad
 * request never fails the others; `recover` decides what a lone failure means (for instance, a retry that
 * lost a race to its twin replays the twin's answer).
 */
/**
 * Lets the callers just answered ask again, and the I/O that arrived meanwhile be read, before the next
 * batch is taken: batches stay full under load instead of alternating large and small.
 */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class GroupCommit<Item, Outcome> {
  private readonly queue: {
    item: Item;
    resolve: (outcome: Outcome) => void;
    reject: (error: unknown) => void;
  }[] = [];
  private draining = false;
  /** Transactions run, items they answered, and batches that failed and were retried item by item. */
  readonly stats = { batches: 0, items: 0, retriedAlone: 0 };

  constructor(
    private readonly options: {
      /** The most items one transaction takes. */
      maxBatch: number;
      runBatch: (items: Item[]) => Promise<Outcome[]>;
      recover: (item: Item, error: unknown) => Promise<Outcome>;
      /**
       * Items with the same slot never share a transaction (e.g. two copies of one idempotent request:
       * the second must see the first's stored answer).
       */
      slotOf?: (item: Item) => string | undefined;
    },
  ) {}

  submit(item: Item): Promise<Outcome> {
    return new Promise<Outcome>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.draining) {
        this.draining = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  private take(): typeof this.queue {
    const batch: typeof this.queue = [];
    const slots = new Set<string>();
    const deferred: typeof this.queue = [];
    while (this.queue.length > 0 && batch.length < this.options.maxBatch) {
      const next = this.queue.shift();
      if (!next) break;
      const slot = this.options.slotOf?.(next.item);
      if (slot !== undefined && slots.has(slot)) {
        deferred.push(next);
        continue;
      }
      if (slot !== undefined) slots.add(slot);
      batch.push(next);
    }
    this.queue.unshift(...deferred);
    return batch;
  }

  private async alone(item: Item): Promise<Outcome> {
    try {
      const [outcome] = await this.options.runBatch([item]);
      if (outcome === undefined) throw new Error('a batch of one answered nothing');
      return outcome;
    } catch (error) {
      return this.options.recover(item, error);
    }
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.take();
        this.stats.batches += 1;
        this.stats.items += batch.length;
        let outcomes: Outcome[] | undefined;
        let failure: unknown;
        try {
          outcomes = await this.options.runBatch(batch.map((b) => b.item));
        } catch (error) {
          failure = error;
        }
        if (outcomes) {
          batch.forEach((b, i) => {
            const outcome = outcomes[i];
            if (outcome === undefined) b.reject(new Error('a batch answered fewer items than it took'));
            else b.resolve(outcome);
          });
        } else {
          if (batch.length > 1) this.stats.retriedAlone += 1;
          for (const b of batch) {
            try {
              b.resolve(
                batch.length === 1 ? await this.options.recover(b.item, failure) : await this.alone(b.item),
              );
            } catch (error) {
              b.reject(error);
            }
          }
        }
        await nextTurn();
      }
    } finally {
      this.draining = false;
    }
  }
}
