import {
  type ApiRequest,
  type ApiResponse,
  type EventListener,
  type EventName,
  type EventSource,
  type MethodName,
} from '../../../shared/api/contract';
import type { GuftaguBridge } from '../../../shared/api/bridge';
import { ipcReplySchema, type IpcReply } from '../../../shared/api/wire';
import { GuftaguError } from '../../../shared/errors';
import { parseEvent, parseResponse, validateRequest } from './validate';

/** Desktop binding: one call through the preload's bridge, reply checked against the contract. */
export async function callBridge<M extends MethodName>(
  bridge: GuftaguBridge,
  method: M,
  request: ApiRequest<M>,
): Promise<ApiResponse<M>> {
  validateRequest(method, request);
  const send = bridge.api[method] as (request: ApiRequest<M>) => Promise<IpcReply>;
  const reply = ipcReplySchema.safeParse(await send(request));
  if (!reply.success) {
    throw new GuftaguError(
      'internal',
      `Guftagu sent a malformed reply to ${method}.`,
      'Restart Guftagu; if it keeps happening, report it.',
      { details: reply.error.message },
    );
  }
  if (!reply.data.ok) throw GuftaguError.fromInfo(reply.data.error);
  return parseResponse(method, reply.data.payload);
}

/** Events from the bridge, checked against the contract like those from the socket. */
export function bridgeEvents(bridge: GuftaguBridge): EventSource {
  return {
    on<E extends EventName>(event: E, listener: EventListener<E>) {
      return bridge.on(event, (payload) => {
        const parsed = parseEvent(event, payload);
        if (parsed !== undefined) listener(parsed);
      });
    },
  };
}

/** Paths of picked or dropped files; files that are not on disk (e.g. dragged from a browser) are refused. */
export function pathsForFiles(bridge: GuftaguBridge, files: readonly File[]): string[] {
  return files.map((file) => {
    const path = bridge.host.pathForFile(file);
    if (!path) {
      throw new GuftaguError(
        'file-unreadable',
        `${file.name} is not a file on this computer.`,
        'Save it to a folder first, then import it from there.',
      );
    }
    return path;
  });
}
