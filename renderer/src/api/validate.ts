import type { z } from 'zod';
import {
  apiEvents,
  apiMethods,
  type ApiEvent,
  type ApiResponse,
  type EventName,
  type MethodName,
} from '../../../shared/api/contract';
import { GuftaguError } from '../../../shared/errors';

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/**
 * Checks a request against the contract before it leaves the page. The request itself (not the parsed
 * output) is what gets sent, so schema defaults never fill in fields the caller left out.
 */
export function validateRequest(method: MethodName, request: unknown): void {
  const result = apiMethods[method].request.safeParse(request);
  if (!result.success) {
    throw new GuftaguError(
      'invalid-request',
      describeIssues(result.error),
      'Check what was entered and try again.',
    );
  }
}

/** Parses a reply against the contract; the one place where the per-method response type is asserted. */
export function parseResponse<M extends MethodName>(method: M, payload: unknown): ApiResponse<M> {
  const result = apiMethods[method].response.safeParse(payload);
  if (!result.success) {
    throw new GuftaguError(
      'internal',
      `Guftagu sent an unexpected answer to ${method}.`,
      'The app and its engine may be from different versions. Restart Guftagu; if it keeps happening, report it.',
      { details: describeIssues(result.error) },
    );
  }
  return result.data as ApiResponse<M>;
}

/** Parses an event payload; undefined (and a console report) when it does not match the contract. */
export function parseEvent<E extends EventName>(event: E, payload: unknown): ApiEvent<E> | undefined {
  const result = apiEvents[event].safeParse(payload);
  if (!result.success) {
    console.error(`Ignoring a malformed ${event} event: ${describeIssues(result.error)}`);
    return undefined;
  }
  return result.data as ApiEvent<E>;
}
