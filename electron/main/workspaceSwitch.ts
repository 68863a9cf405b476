import { finishedJobStates } from '../../shared/model/jobs';
import { toErrorInfo } from '../../shared/errors';
import type { Engine } from '../engine/types';
import type { EngineHolder } from './engineHolder';
import { normalizeFolder, sameFolder } from './recentWorkspaces';

export interface WorkspaceSwitchDeps {
  holder: EngineHolder;
  /** Builds an engine for a workspace folder (it creates the folder's `sessions/` if needed). */
  createEngine(workspacePath: string): Promise<Engine>;
  /** Asks the page to save pending edits while the old engine still serves them. */
  flushPage(): Promise<unknown>;
  /** Jobs are running or queued: may they be canceled? */
  confirmCancelJobs(count: number): Promise<boolean>;
  showError(message: string, detail: string): Promise<unknown>;
  /** After a switch (or reopening the current workspace): recent lists, the menu. */
  onOpened(workspacePath: string): Promise<unknown>;
  log(line: string): void;
  platform?: NodeJS.Platform;
}

export interface WorkspaceSwitcher {
  /** Opens a workspace folder; resolves to false when the user declined or it could not be opened. */
  switchTo(folder: string): Promise<boolean>;
  /** Resolves when no switch is in progress (quitting waits for it). */
  idle(): Promise<void>;
}

/**
 * Switching workspace: ask before canceling running jobs; open the new workspace first, so that a folder
 * that cannot be used leaves the current one untouched (and an error dialog says why); flush the page;
 * close the old engine (its jobs canceled, their processes gone); only then let the new engine serve
 * every IPC call, the media protocol and Help, save it as the workspace setting, and tell the page
 * (`workspace.changed`) so it reloads. One switch at a time.
 */
export function createWorkspaceSwitcher(deps: WorkspaceSwitchDeps): WorkspaceSwitcher {
  const platform = deps.platform ?? process.platform;
  let queue: Promise<unknown> = Promise.resolve();

  const activeJobs = async (engine: Engine): Promise<number> => {
    try {
      const jobs = await engine.api['jobs.list']({});
      return jobs.filter((job) => !finishedJobStates.includes(job.state)).length;
    } catch {
      return 0;
    }
  };

  const run = async (folder: string): Promise<boolean> => {
    const target = normalizeFolder(folder, platform);
    const old = deps.holder.current();
    if (sameFolder(old.workspacePath, target, platform)) {
      await deps.onOpened(old.workspacePath).catch(() => undefined);
      return true;
    }
    const jobs = await activeJobs(old);
    if (jobs > 0 && !(await deps.confirmCancelJobs(jobs))) return false;

    let next: Engine;
    try {
      next = await deps.createEngine(target);
    } catch (error) {
      const info = toErrorInfo(error);
      deps.log(`workspace: cannot open ${target}: ${info.message}`);
      await deps.showError(`Guftagu cannot open the workspace ${target}.`, `${info.message}\n\n${info.hint}`);
      return false;
    }

    await deps.flushPage().catch(() => undefined);
    try {
      await old.close();
    } catch (error) {
      deps.log(`workspace: closing ${old.workspacePath} failed: ${toErrorInfo(error).message}`);
    }
    deps.holder.replace(next);
    deps.log(`workspace: switched from ${old.workspacePath} to ${next.workspacePath}`);

    await next.api['settings.update']({ workspacePath: next.workspacePath }).catch((error: unknown) =>
      deps.log(`workspace: cannot save the setting: ${toErrorInfo(error).message}`),
    );
    deps.holder.engine.events.emit('workspace.changed', {});
    await deps
      .onOpened(next.workspacePath)
      .catch((error: unknown) => deps.log(`workspace: ${toErrorInfo(error).message}`));
    return true;
  };

  return {
    switchTo(folder) {
      const result = queue.then(() =>
        run(folder).catch((error: unknown) => {
          deps.log(`workspace: switching to ${folder} failed: ${toErrorInfo(error).message}`);
          return false;
        }),
      );
      queue = result.catch(() => undefined);
      return result;
    },
    idle: async () => {
      await queue;
    },
  };
}
