import type { ExportRecordState } from '../model/clips';

/** The process that queued or ran an export, as seen at start: none recorded, still running, or ended. */
export type OwnerAtStart = 'none' | 'alive' | 'gone';

/** What a starting Guftagu does with an export record it finds. */
export type RestartAction = 'leave' | 'interrupt' | 'resume';

/**
 * The rule for exports found unfinished at start:
 * - another running Guftagu (a CLI export, a second window) owns it: leave it to that process;
 * - its owner ended without closing (kill -9, crash, power loss): mark it 'interrupted' and let the person
 *   retry it, instead of restarting a whole batch at once;
 * - a running export with no owner (written before owners were recorded, or by a crash of one): interrupted;
 * - a queued export with no owner was handed back by a Guftagu that closed normally: queued again when this
 *   binding resumes work (the app and the server), left queued otherwise (one-shot CLI commands).
 */
export function actionAtStart(state: ExportRecordState, owner: OwnerAtStart, resume: boolean): RestartAction {
  if (state !== 'queued' && state !== 'running') return 'leave';
  if (owner === 'alive') return 'leave';
  if (owner === 'gone') return 'interrupt';
  if (state === 'running') return 'interrupt';
  return resume ? 'resume' : 'leave';
}

/** Exports a person may start again with Retry. */
export const retryableExportStates: readonly ExportRecordState[] = ['interrupted', 'failed', 'canceled'];
