// Writes test/fixtures/whisper/for-tests-silero-vad.bin: a voice-activity model in whisper.cpp's Silero ggml
// format with synthetic weights (an energy detector; see test/support/sileroTestModel.ts).
// Run: npx tsx scripts/make-test-vad-model.ts
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { sileroTestModel } from '../test/support/sileroTestModel';

const output = path.resolve(__dirname, '../test/fixtures/whisper/for-tests-silero-vad.bin');
writeFileSync(output, sileroTestModel());
console.log(`wrote ${output}`);
