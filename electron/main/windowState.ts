import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseDocument, type DocumentKind } from '../engine/workspace/documentStore';
import { JsonDocument } from '../engine/workspace/jsonDocument';

/** The main window's last size and place, kept in a small JSON file in userData. */
export const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(200).max(100_000),
  height: z.number().int().min(200).max(100_000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1400, height: 900, maximized: false };
export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;

const storedSchema = windowStateSchema.extend({ schemaVersion: z.literal(1) });

/** window-state.json: version 0 is the first release's file (the same fields, no schemaVersion). */
const windowStateKind: DocumentKind<z.infer<typeof storedSchema>> = {
  label: 'Window state file',
  schema: storedSchema,
  currentVersion: 1,
  migrations: { 0: (document) => document },
};

/**
 * The saved state, or the default when there is none or it cannot be read. Read at once (the window is
 * made synchronously), with the document store's schema and migrations.
 */
export function loadWindowState(file: string): WindowState {
  try {
    const { schemaVersion: _version, ...state } = parseDocument(
      readFileSync(file, 'utf8'),
      file,
      windowStateKind,
    );
    return state;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/** Saves the state through the document store (atomic, locked, no backups: it is only a convenience). */
export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await new JsonDocument(file, windowStateKind, { backups: false }).replace({ schemaVersion: 1, ...state });
}

const overlap = (a: Rect, b: Rect): Rect => {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - x),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - y),
  };
};

/**
 * Keeps a saved window reachable: if no display still shows a good piece of its top (a monitor was
 * unplugged), forget the position so the window opens centred; never larger than the largest display.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  if (workAreas.length === 0) return state;
  const maxWidth = Math.max(...workAreas.map((area) => area.width));
  const maxHeight = Math.max(...workAreas.map((area) => area.height));
  const width = Math.max(Math.min(state.width, maxWidth), Math.min(MIN_WINDOW_SIZE.width, maxWidth));
  const height = Math.max(Math.min(state.height, maxHeight), Math.min(MIN_WINDOW_SIZE.height, maxHeight));
  const sized: WindowState = { width, height, maximized: state.maximized };
  if (state.x === undefined || state.y === undefined) return sized;
  const titleBar: Rect = { x: state.x, y: state.y, width, height: 40 };
  const visible = workAreas.some((area) => {
    const shared = overlap(titleBar, area);
    return shared.width >= 100 && shared.height >= 20;
  });
  return visible ? { ...sized, x: state.x, y: state.y } : sized;
}
