import type { App } from 'electron';
import { toErrorInfo } from '../../shared/errors';
import type { Engine } from '../engine/types';
import type { EngineHolder } from './engineHolder';
import { resolveOpenTarget } from './openTarget';
import { isExistingFolder, type RecentWorkspaceStore } from './recentStore';
import {
  chooseWorkspaceFolder,
  confirmCancelJobs,
  saveWorkspaceLink,
  showOpenError,
  type DialogParent,
  type WorkspaceDialog,
} from './workspaceDialogs';
import { createWorkspaceSwitcher, type WorkspaceSwitcher } from './workspaceSwitch';

export interface WorkspaceShellDeps {
  app: Pick<App, 'addRecentDocument' | 'clearRecentDocuments' | 'getPath'>;
  dialog: WorkspaceDialog;
  holder: EngineHolder;
  recents: RecentWorkspaceStore;
  createEngine(workspacePath: string): Promise<Engine>;
  flushPage(): Promise<unknown>;
  getWindow(): DialogParent;
  /** Rebuilds the application menu (its Open Recent list). */
  refreshMenu(): void;
  log(line: string): void;
  isFolder?: (folder: string) => boolean;
}

/** What the File menu and the system ask of workspaces, over one switcher. */
export interface WorkspaceShell {
  switcher: WorkspaceSwitcher;
  /** File → Open Workspace…. */
  chooseAndOpen(): Promise<void>;
  /** File → Open Recent ▸ folder; a folder that is gone is explained and removed from the list. */
  openRecent(folder: string): Promise<void>;
  clearRecent(): Promise<void>;
  saveLink(): Promise<void>;
  /** A `.guftagu` file or a folder opened from outside (Finder, Explorer, a second instance). */
  openTarget(target: string): Promise<void>;
  /** Remembers the workspace in use at start. */
  remember(workspacePath: string): Promise<void>;
}

export function createWorkspaceShell(deps: WorkspaceShellDeps): WorkspaceShell {
  const isFolder = deps.isFolder ?? isExistingFolder;
  const showError = (message: string, detail: string) =>
    showOpenError(deps.dialog, deps.getWindow(), message, detail);

  const remember = async (workspacePath: string) => {
    deps.app.addRecentDocument(workspacePath);
    await deps.recents.add(workspacePath);
    deps.refreshMenu();
  };

  const switcher = createWorkspaceSwitcher({
    holder: deps.holder,
    createEngine: deps.createEngine,
    flushPage: deps.flushPage,
    confirmCancelJobs: (count) => confirmCancelJobs(deps.dialog, deps.getWindow(), count),
    showError,
    onOpened: remember,
    log: deps.log,
  });

  const report = (what: string) => (error: unknown) => {
    const info = toErrorInfo(error);
    deps.log(`workspace: ${what}: ${info.message}`);
    return showError(`Guftagu could not ${what}.`, `${info.message}\n\n${info.hint}`).catch(() => undefined);
  };

  return {
    switcher,
    remember,
    chooseAndOpen: async () => {
      const folder = await chooseWorkspaceFolder(
        deps.dialog,
        deps.getWindow(),
        deps.holder.current().workspacePath,
      ).catch(report('show the folder dialog'));
      if (typeof folder === 'string') await switcher.switchTo(folder);
    },
    openRecent: async (folder) => {
      if (isFolder(folder)) {
        await switcher.switchTo(folder);
        return;
      }
      await deps.recents.remove(folder);
      deps.refreshMenu();
      await showError(
        `The workspace ${folder} is not there any more.`,
        'It may have been moved or deleted, or be on a drive that is not connected. It was removed from Open Recent.',
      );
    },
    clearRecent: async () => {
      await deps.recents.clear();
      deps.app.clearRecentDocuments();
      deps.refreshMenu();
    },
    saveLink: async () => {
      const file = await saveWorkspaceLink(
        deps.dialog,
        deps.getWindow(),
        deps.holder.current().workspacePath,
        deps.app.getPath('documents'),
      ).catch(report('save the workspace link'));
      if (typeof file === 'string') deps.log(`workspace: link saved as ${file}`);
    },
    openTarget: async (target) => {
      const resolved = await resolveOpenTarget(target);
      if (resolved.ok) await switcher.switchTo(resolved.workspace);
      else {
        deps.log(`open: refused ${target}: ${resolved.detail}`);
        await showError(resolved.message, resolved.detail);
      }
    },
  };
}
