import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { z } from 'zod';
import {
  apiMethods,
  eventNames,
  IPC_EVENT_CHANNEL,
  ipcChannel,
  methodNames,
  type EventName,
  type MethodName,
} from '../../shared/api/contract';
import type { IpcReply } from '../../shared/api/wire';
import { engineError } from '../../shared/errorTexts';
import { type GuftaguError, toErrorInfo } from '../../shared/errors';
import type { Engine } from '../engine/types';

export type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>;
export type ApiEngine = Pick<Engine, 'api' | 'events'>;
export type EventTarget = Pick<WebContents, 'send' | 'isDestroyed'>;
/** Is this call from our window's own page? (`event.sender` is our web contents, the frame is the app's.) */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/** The message main sends on IPC_EVENT_CHANNEL for each engine event. */
export interface IpcEventMessage {
  event: EventName;
  payload: unknown;
}

const unauthorized = (): IpcReply => ({
  ok: false,
  error: engineError('page-not-trusted').toInfo(),
});

const invalidRequest = (name: MethodName, error: z.ZodError): IpcReply => ({
  ok: false,
  error: engineError(
    'request-fields-invalid',
    { issues: error.issues.map((issue) => issue.message).join(' ') },
    { details: `${name}: ${z.prettifyError(error)}` },
  ).toInfo(),
});

async function call(engine: ApiEngine, name: MethodName, payload: unknown): Promise<IpcReply> {
  const parsed = apiMethods[name].request.safeParse(payload);
  if (!parsed.success) return invalidRequest(name, parsed.error);
  try {
    // Each method's request matches its own handler; TypeScript cannot follow that across the union.
    const method = engine.api[name] as (request: unknown) => Promise<unknown>;
    return { ok: true, payload: await method(parsed.data) };
  } catch (error) {
    return { ok: false, error: toErrorInfo(error) };
  }
}

/**
 * One `ipcMain.handle` per contract method and nothing else; engine events go to the window on
 * IPC_EVENT_CHANNEL. Returns a function that removes every handler and subscription.
 */
export function bindApiToIpc(
  ipcMain: IpcMainLike,
  engine: ApiEngine,
  isTrustedSender: SenderCheck,
  getTarget: () => EventTarget | undefined,
  log: (line: string) => void = () => {},
  /** Refuses a call before the engine sees it (desktop: paths the person did not choose). */
  checkRequest: (name: MethodName, payload: unknown) => GuftaguError | undefined = () => undefined,
): () => void {
  for (const name of methodNames) {
    ipcMain.handle(
      ipcChannel(name),
      async (event: IpcMainInvokeEvent, payload: unknown): Promise<IpcReply> => {
        if (!isTrustedSender(event)) {
          log(`ipc: refused ${name} from ${event.senderFrame?.url ?? 'an unknown frame'}`);
          return unauthorized();
        }
        const refusal = checkRequest(name, payload);
        if (refusal) {
          log(`ipc: refused ${name}: ${refusal.message}`);
          return { ok: false, error: refusal.toInfo() };
        }
        return call(engine, name, payload);
      },
    );
  }

  const forward = <E extends EventName>(event: E) =>
    engine.events.on(event, (payload) => {
      const target = getTarget();
      if (target === undefined || target.isDestroyed()) return;
      const message: IpcEventMessage = { event, payload };
      target.send(IPC_EVENT_CHANNEL, message);
    });
  const unsubscribes = eventNames.map((event) => forward(event));

  return () => {
    for (const name of methodNames) ipcMain.removeHandler(ipcChannel(name));
    for (const unsubscribe of unsubscribes) unsubscribe();
  };
}
