import type { Clipboard, Shell } from 'electron';
import type { Engine } from '../engine/types';

export interface HelpDeps {
  engine: Pick<Engine, 'api'>;
  shell: Pick<Shell, 'openPath'>;
  clipboard: Pick<Clipboard, 'writeText'>;
  logDir: string;
  versions: Record<string, string | undefined>;
  log: (line: string) => void;
}

/** Help → Open Logs: the folder with main.log, in the system's file manager. */
export async function openLogs(deps: HelpDeps): Promise<void> {
  const failure = await deps.shell.openPath(deps.logDir);
  if (failure !== '') deps.log(`help: cannot open ${deps.logDir}: ${failure}`);
}

/** Help → Copy Diagnostics: the doctor's report and the runtime versions, as text for a bug report. */
export async function copyDiagnostics(deps: HelpDeps): Promise<void> {
  const report = await deps.engine.api['doctor.report']({}).catch((error: unknown) => ({
    error: error instanceof Error ? error.message : String(error),
  }));
  const text = JSON.stringify({ versions: deps.versions, logDir: deps.logDir, doctor: report }, null, 2);
  deps.clipboard.writeText(text);
  deps.log('help: diagnostics copied to the clipboard');
}
