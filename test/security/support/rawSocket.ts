import { randomBytes } from 'node:crypto';
import net from 'node:net';

/**
 * Sends raw bytes to 127.0.0.1:port and collects what comes back until the server closes the connection
 * or `timeoutMs` passes (then the socket is closed by us). Never throws on resets: returns what it got.
 */
export function rawExchange(
  port: number,
  data: Buffer | string | readonly (Buffer | string)[],
  timeoutMs = 5000,
): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Buffer.concat(chunks).toString('latin1'));
    };
    const timer = setTimeout(finish, timeoutMs);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', finish);
    socket.on('close', finish);
    socket.on('connect', () => {
      for (const piece of Array.isArray(data) ? data : [data]) socket.write(piece as Buffer | string);
    });
  });
}

export const statusOf = (response: string): number | undefined => {
  const match = /^HTTP\/1\.1 (\d{3})/.exec(response);
  return match ? Number(match[1]) : undefined;
};

export function upgradeRequest(port: number, headers: Record<string, string>, target = '/ws'): string {
  const lines = [
    `GET ${target} HTTP/1.1`,
    `Host: 127.0.0.1:${port}`,
    'Upgrade: websocket',
    'Connection: Upgrade',
    `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
    'Sec-WebSocket-Version: 13',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  return `${lines.join('\r\n')}\r\n\r\n`;
}

export interface FrameOptions {
  fin?: boolean;
  rsv?: number;
  opcode: number;
  masked?: boolean;
  payload?: Buffer;
  /** Declared length when it should not match the payload (e.g. a claimed 2^63). */
  declaredLength?: bigint;
}

/** One WebSocket frame, built by hand so it can break every rule. */
export function frame(options: FrameOptions): Buffer {
  const payload = options.payload ?? Buffer.alloc(0);
  const masked = options.masked ?? true;
  const length = options.declaredLength ?? BigInt(payload.length);
  const first = ((options.fin ?? true) ? 0x80 : 0) | ((options.rsv ?? 0) << 4) | (options.opcode & 0x0f);
  const parts: Buffer[] = [];
  if (length < 126n) parts.push(Buffer.from([first, (masked ? 0x80 : 0) | Number(length)]));
  else if (length < 65536n) {
    const head = Buffer.alloc(4);
    head[0] = first;
    head[1] = (masked ? 0x80 : 0) | 126;
    head.writeUInt16BE(Number(length), 2);
    parts.push(head);
  } else {
    const head = Buffer.alloc(10);
    head[0] = first;
    head[1] = (masked ? 0x80 : 0) | 127;
    head.writeBigUInt64BE(length, 2);
    parts.push(head);
  }
  if (masked) {
    const mask = randomBytes(4);
    parts.push(mask, Buffer.from(payload.map((byte, index) => byte ^ (mask[index % 4] ?? 0))));
  } else parts.push(payload);
  return Buffer.concat(parts);
}

/** Opens a socket with a raw upgrade and, once the server switched protocols, sends the frames. */
export function rawSocketSession(
  port: number,
  headers: Record<string, string>,
  frames: readonly Buffer[],
  timeoutMs = 5000,
): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    let upgraded = false;
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Buffer.concat(chunks).toString('latin1'));
    };
    const timer = setTimeout(finish, timeoutMs);
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      if (!upgraded && Buffer.concat(chunks).includes('\r\n\r\n')) {
        upgraded = true;
        for (const piece of frames) socket.write(piece);
      }
    });
    socket.on('error', finish);
    socket.on('close', finish);
    socket.on('connect', () => socket.write(upgradeRequest(port, headers)));
  });
}

/** A small deterministic generator (mulberry32) so a fuzz run can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
