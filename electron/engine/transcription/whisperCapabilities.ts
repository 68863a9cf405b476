import { GuftaguError } from '../../../shared/errors';
import { runProcess } from '../process/runProcess';

/** What a whisper.cpp CLI build understands, read from its -h output (1.5.0's `main`, newer `whisper-cli`). */
export interface WhisperCapabilities {
  fullJson: boolean;
  printProgress: boolean;
  translate: boolean;
  noPrints: boolean;
  /** 1.5.0 reads only 16-bit WAV; newer builds read more, but we always give WAV. */
  helpText: string;
}

const cache = new Map<string, Promise<WhisperCapabilities>>();

export function detectWhisperCapabilities(whisperPath: string): Promise<WhisperCapabilities> {
  let pending = cache.get(whisperPath);
  if (!pending) {
    pending = probe(whisperPath);
    cache.set(whisperPath, pending);
    pending.catch(() => cache.delete(whisperPath));
  }
  return pending;
}

async function probe(whisperPath: string): Promise<WhisperCapabilities> {
  const result = await runProcess({
    binary: whisperPath,
    args: ['-h'],
    captureStdout: true,
    toolName: 'whisper',
  });
  const helpText = `${result.stdout}\n${result.stderrTail}`;
  const has = (flag: string) => new RegExp(`(^|\\s)${flag.replace(/[-]/g, '\\-')}[\\s,]`, 'm').test(helpText);
  const capabilities = {
    fullJson: has('-ojf'),
    printProgress: has('-pp'),
    translate: has('-tr'),
    noPrints: has('-np'),
    helpText,
  };
  if (!capabilities.fullJson) {
    throw new GuftaguError(
      'tool-failed',
      `The whisper program at ${whisperPath} cannot write full JSON (-ojf).`,
      'Use whisper.cpp 1.5.0 or newer (its main or whisper-cli), or clear the whisper path in Settings to use the one built with Guftagu.',
      { details: helpText.slice(0, 2000) },
    );
  }
  return capabilities;
}
