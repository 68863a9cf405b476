import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { recordFieldsOf, type PlanItem } from '../../../shared/export/planExport';
import type { ExportJobRecord, ExportOptions } from '../../../shared/model/clips';

export function newBatchId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `b-${stamp}-${randomBytes(2).toString('hex')}`;
}

export const manifestName = (outputFolder: string, batchId: string) =>
  path.basename(outputFolder) === batchId ? 'manifest.csv' : `manifest-${batchId}.csv`;

/** The queued records of a plan's items: one per (clip × preset), as planExport named and ruled them. */
export function recordsOfPlan(input: {
  batchId: string;
  sessionId: string;
  items: readonly PlanItem[];
  options: ExportOptions;
  styleId?: string;
  outputFolder: string;
}): ExportJobRecord[] {
  const now = new Date().toISOString();
  return input.items.map((item) => ({
    id: `x-${randomBytes(5).toString('hex')}`,
    batchId: input.batchId,
    sessionId: input.sessionId,
    clipId: item.clipId,
    presetId: item.presetId,
    ...(input.styleId ? { styleId: input.styleId } : {}),
    options: input.options,
    outputFolder: input.outputFolder,
    fileStem: item.fileStem,
    n: item.n,
    state: 'queued',
    attempts: 0,
    createdAt: now,
    updatedAt: now,
    sidecarPaths: [],
    ...recordFieldsOf(item),
  }));
}
