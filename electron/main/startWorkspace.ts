import { resolveOpenTarget, type OpenTarget } from './openTarget';

export type Refusal = Extract<OpenTarget, { ok: false }>;

export interface StartWorkspace {
  /** The workspace to start with; undefined lets the engine choose (GUFTAGU_WORKSPACE, the setting). */
  workspace?: string;
  /** True when it came from an opened file rather than `--workspace`. */
  fromFile: boolean;
  /** Files that could not be opened, to explain once the window shows. */
  refused: Refusal[];
}

/**
 * The first workspace: `--workspace` wins; otherwise the last valid `.guftagu` file (or folder) the app
 * was started with; otherwise the engine's own choice.
 */
export async function chooseStartWorkspace(
  argWorkspace: string | undefined,
  targets: readonly string[],
  platform: NodeJS.Platform = process.platform,
): Promise<StartWorkspace> {
  if (argWorkspace !== undefined) return { workspace: argWorkspace, fromFile: false, refused: [] };
  const refused: Refusal[] = [];
  let workspace: string | undefined;
  for (const target of targets) {
    const resolved = await resolveOpenTarget(target, platform);
    if (resolved.ok) workspace = resolved.workspace;
    else refused.push(resolved);
  }
  return workspace === undefined ? { fromFile: false, refused } : { workspace, fromFile: true, refused };
}

export interface StartEngine<E> {
  engine: E;
  /** What to explain once the window shows (files that could not be opened). */
  refused: Refusal[];
}

/**
 * Opens the first engine. When the workspace came from an opened file and cannot be used (a read-only
 * folder, say), Guftagu starts with its usual workspace and explains; a bad `--workspace` or setting
 * still fails the start, as before.
 */
export async function openStartEngine<E>(
  first: StartWorkspace,
  openEngine: (workspacePath: string | undefined) => Promise<E>,
): Promise<StartEngine<E>> {
  try {
    return { engine: await openEngine(first.workspace), refused: first.refused };
  } catch (error) {
    if (!first.fromFile || first.workspace === undefined) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    const refusal: Refusal = { ok: false, message: `Guftagu cannot open ${first.workspace}.`, detail };
    return { engine: await openEngine(undefined), refused: [...first.refused, refusal] };
  }
}
