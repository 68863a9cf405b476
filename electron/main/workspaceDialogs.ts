import type {
  BrowserWindow,
  Dialog,
  MessageBoxOptions,
  OpenDialogOptions,
  SaveDialogOptions,
} from 'electron';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../engine/workspace/atomicWrite';
import { formatGuftaguFile, GUFTAGU_EXTENSION } from './guftaguFile';

export type WorkspaceDialog = Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>;
/** The window a dialog belongs to (modal to it), or none while no window is open. */
export type DialogParent = BrowserWindow | undefined;

const messageBox = (dialog: WorkspaceDialog, parent: DialogParent, options: MessageBoxOptions) =>
  parent === undefined ? dialog.showMessageBox(options) : dialog.showMessageBox(parent, options);

/** File → Open Workspace…: a folder, which may be created in the dialog. Undefined when canceled. */
export async function chooseWorkspaceFolder(
  dialog: WorkspaceDialog,
  parent: DialogParent,
  defaultPath: string,
): Promise<string | undefined> {
  const options: OpenDialogOptions = {
    title: 'Open Workspace',
    buttonLabel: 'Open Workspace',
    defaultPath,
    properties: ['openDirectory', 'createDirectory'],
  };
  const result =
    parent === undefined
      ? await dialog.showOpenDialog(options)
      : await dialog.showOpenDialog(parent, options);
  return result.canceled ? undefined : result.filePaths[0];
}

export async function confirmCancelJobs(
  dialog: WorkspaceDialog,
  parent: DialogParent,
  count: number,
): Promise<boolean> {
  const { response } = await messageBox(dialog, parent, {
    type: 'warning',
    title: 'Guftagu',
    message: count === 1 ? 'A job is still running.' : `${count} jobs are still running or waiting.`,
    detail:
      'Opening another workspace cancels them (imports, transcriptions, downloads). You can start them again later.',
    buttons: ['Cancel Jobs and Open', 'Keep Working Here'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  return response === 0;
}

export async function showOpenError(
  dialog: WorkspaceDialog,
  parent: DialogParent,
  message: string,
  detail: string,
): Promise<void> {
  await messageBox(dialog, parent, {
    type: 'error',
    title: 'Guftagu',
    message,
    detail,
    buttons: ['OK'],
    noLink: true,
  });
}

/**
 * File → Save Workspace Link…: a small `.guftagu` file that opens this workspace when double-clicked
 * (on the desktop, in a project folder). Resolves to the file written, or undefined when canceled.
 */
export async function saveWorkspaceLink(
  dialog: WorkspaceDialog,
  parent: DialogParent,
  workspacePath: string,
  defaultFolder: string,
): Promise<string | undefined> {
  const name = `${path.basename(workspacePath) || 'Workspace'}${GUFTAGU_EXTENSION}`;
  const options: SaveDialogOptions = {
    title: 'Save Workspace Link',
    defaultPath: path.join(defaultFolder, name),
    filters: [{ name: 'Guftagu workspace link', extensions: [GUFTAGU_EXTENSION.slice(1)] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result =
    parent === undefined
      ? await dialog.showSaveDialog(options)
      : await dialog.showSaveDialog(parent, options);
  if (result.canceled || result.filePath === undefined || result.filePath === '') return undefined;
  const file = result.filePath.toLowerCase().endsWith(GUFTAGU_EXTENSION)
    ? result.filePath
    : `${result.filePath}${GUFTAGU_EXTENSION}`;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, formatGuftaguFile(workspacePath));
  return file;
}
