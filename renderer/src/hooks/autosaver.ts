/** What the user sees next to an autosaved field. */
export type SaveStatus =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'failed'; message: string };

export interface Timers {
  set(callback: () => void, delayMs: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (callback, delayMs) => setTimeout(callback, delayMs),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Saves a value after it has stopped changing for `delayMs`. One save at a time; edits made while a
 * save runs are saved after it. `flush()` saves now (on unmount or when switching documents).
 */
export class Autosaver<T> {
  private latest: T;
  private lastSaved: T;
  private timer: unknown;
  private running: Promise<void> | undefined;
  private settled: SaveStatus = { state: 'idle' };

  constructor(
    initial: T,
    private readonly save: (value: T) => Promise<unknown>,
    private readonly delayMs: number,
    private readonly onStatus: (status: SaveStatus) => void,
    private readonly timers: Timers = realTimers,
  ) {
    this.latest = initial;
    this.lastSaved = initial;
  }

  get dirty(): boolean {
    return !Object.is(this.latest, this.lastSaved);
  }

  update(value: T): void {
    if (Object.is(value, this.latest)) return;
    this.latest = value;
    this.cancelTimer();
    if (!this.dirty && !this.running) return this.onStatus(this.settled);
    if (!this.running) this.onStatus({ state: 'pending' });
    this.timer = this.timers.set(() => {
      this.timer = undefined;
      void this.saveNow();
    }, this.delayMs);
  }

  /** Saves any unsaved value now; resolves to the outcome, or undefined when there was nothing to save. */
  async flush(): Promise<SaveStatus | undefined> {
    this.cancelTimer();
    const hadWork = this.dirty;
    while (this.running) await this.running;
    if (this.dirty) await this.saveNow();
    return hadWork ? this.settled : undefined;
  }

  private cancelTimer(): void {
    if (this.timer === undefined) return;
    this.timers.clear(this.timer);
    this.timer = undefined;
  }

  /** Starts a save of the latest value unless one is running (which saves newer edits when it ends). */
  private saveNow(): Promise<void> {
    if (this.running) return this.running;
    if (!this.dirty) return Promise.resolve();
    const value = this.latest;
    this.onStatus({ state: 'saving' });
    const run = this.save(value)
      .then(
        () => {
          this.lastSaved = value;
          this.settled = { state: 'saved' };
        },
        (error: unknown) => {
          this.settled = { state: 'failed', message: messageOf(error) };
        },
      )
      .then(() => this.afterSave());
    this.running = run;
    return run;
  }

  private afterSave(): Promise<void> | void {
    this.running = undefined;
    const failed = this.settled.state === 'failed';
    // An edit whose timer already fired while this save ran is saved now; a pending timer saves it later.
    if (this.dirty && !failed && this.timer === undefined) return this.saveNow();
    this.onStatus(this.dirty && !failed ? { state: 'pending' } : this.settled);
  }
}
