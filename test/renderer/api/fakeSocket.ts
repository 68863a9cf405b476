import type { SocketLike } from '../../../renderer/src/api/wsConnection';

/** A WebSocket stand-in the test drives by hand. */
export class FakeSocket implements SocketLike {
  readyState = 0;
  readonly sent: unknown[] = [];
  closedByClient = false;
  onopen: ((event: Event) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;

  constructor(readonly url: string) {}

  send(data: string): void {
    if (this.readyState !== 1) throw new Error('send on a socket that is not open');
    this.sent.push(JSON.parse(data));
  }
  close(): void {
    this.closedByClient = true;
    this.drop();
  }
  open(): void {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }
  drop(): void {
    this.readyState = 3;
    this.onclose?.({} as CloseEvent);
  }
  receive(message: unknown): void {
    this.onmessage?.({ data: JSON.stringify(message) } as MessageEvent);
  }
  receiveRaw(data: string): void {
    this.onmessage?.({ data } as MessageEvent);
  }
}

/** Timers the test fires by hand. */
export class ManualTimers {
  private next = 1;
  readonly pending = new Map<number, { callback: () => void; delayMs: number }>();
  set = (callback: () => void, delayMs: number): unknown => {
    const id = this.next++;
    this.pending.set(id, { callback, delayMs });
    return id;
  };
  clear = (handle: unknown): void => {
    this.pending.delete(handle as number);
  };
  delays(): number[] {
    return [...this.pending.values()].map((timer) => timer.delayMs);
  }
  runAll(): void {
    const due = [...this.pending.entries()];
    this.pending.clear();
    for (const [, timer] of due) timer.callback();
  }
}
