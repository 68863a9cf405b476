import { describe, expect, it } from 'vitest';
import { modelOptionLabel } from '../../../renderer/src/transcription/modelLabel';

describe('modelOptionLabel', () => {
  it.each([
    [{ id: 'small' }, 'small'],
    [{ id: 'urdu-ft', languages: [] }, 'urdu-ft'],
    [{ id: 'urdu-ft', languages: ['ur', 'en'] }, 'urdu-ft (ur, en)'],
    [{ id: 'urdu-ft', displayName: 'Urdu small fine-tune' }, 'Urdu small fine-tune'],
    [
      { id: 'urdu-ft', displayName: 'اردو fine-tune، v2', languages: ['ur', 'en'] },
      'اردو fine-tune، v2 (ur, en)',
    ],
  ])('%j → %s', (model, label) => {
    expect(modelOptionLabel(model)).toBe(label);
  });
});
