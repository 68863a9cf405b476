import { isolate } from '../format/isolate';
import type { JobStep, JobTitle } from '../model/jobs';

const text = (value: string | number | undefined): string => (value === undefined ? '' : String(value));

/** English step text for the CLI and logs; the UI words `JobStep` from its own catalogues. */
export function englishStep(step: JobStep): string {
  const params = step.params ?? {};
  switch (step.code) {
    case 'measuring-loudness':
      return 'measuring loudness';
    case 'checking-file':
      return 'checking the file';
    case 'reused':
      return 'already imported: reused';
    case 'extracting-audio':
      return 'extracting audio';
    case 'drawing-waveform':
      return 'drawing the waveform';
    case 'making-proxy':
      return 'making a playable copy';
    case 'preparing-audio':
      return 'preparing audio';
    case 'measuring-speed':
      return 'measuring the speed of this computer';
    case 'transcribing':
    case 'translating':
      return params.parts === undefined
        ? step.code
        : `${step.code} part ${text(params.part)} of ${text(params.parts)}`;
    case 'no-speech':
      return 'no speech found';
    case 'cues-found':
      return `${text(params.count)} cues`;
    case 'downloading':
      return params.total === undefined
        ? `downloading ${text(params.received)}`
        : `downloading ${text(params.received)} of ${text(params.total)}`;
    default:
      return step.code;
  }
}

/** English job label for the CLI and logs (names isolated so mixed-script names keep their order). */
export function englishJobLabel(title: JobTitle): string {
  const params = title.params;
  switch (title.kind) {
    case 'import':
      return `Import ${isolate(text(params.name))}`;
    case 'export':
      return `Export "${isolate(text(params.clip))}" for ${text(params.preset)}`;
    case 'transcribe':
      return `Transcribe ${isolate(text(params.name))} (${text(params.model)}, ${text(params.language)}${params.translate === 'yes' ? ', + English' : ''})`;
    case 'model-download':
      return `Download model ${text(params.model)}`;
  }
}
