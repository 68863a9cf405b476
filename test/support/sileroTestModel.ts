/**
 * Writes a voice-activity model in whisper.cpp's Silero ggml format (the layout of
 * whisper.cpp/models/convert-silero-vad-to-ggml.py, read by whisper_vad_init_with_params) with synthetic
 * weights that make it a plain energy detector: the STFT layer is a Hann-windowed DFT, the encoder sums
 * the spectrum's magnitude into one channel, the LSTM passes it through a threshold (about -40 dBFS RMS)
 * and the last layer turns that into a speech probability near 0 (silence) or near 1 (sound).
 * It is not Silero: it cannot tell speech from music; it exercises whisper.cpp's real VAD code path.
 */

const kernel = 256;
const frequencyBins = kernel / 2 + 1; // 129
const encoderIn = [129, 128, 64, 64];
const encoderOut = [128, 64, 64, 128];
const kernelSize = 3;
const hidden = 128;

/** Scale from the summed magnitude spectrum to the LSTM's input; the cell gate's weight and bias. */
const energyScale = 0.01 / kernelSize;
const cellWeight = 10;
const cellBias = -1;

export interface SileroTestModelOptions {
  /**
   * The sign of the STFT basis's sine rows: -1 (default) is the forward DFT, as Silero's converter writes it;
   * +1 gives the same magnitudes from a basis that is not that DFT, so our whisper build runs the STFT as a
   * matrix product rather than an FFT (scripts/whisper-patches/vad-batched.cpp).
   */
  stftSineSign?: 1 | -1;
}

export function sileroTestModel(options: SileroTestModelOptions = {}): Buffer {
  const sineSign = options.stftSineSign ?? -1;
  const parts: Buffer[] = [];
  const int32 = (...values: number[]) => {
    const buffer = Buffer.alloc(values.length * 4);
    values.forEach((value, index) => buffer.writeInt32LE(value, index * 4));
    parts.push(buffer);
  };
  int32(0x67676d6c); // "ggml"
  const modelType = Buffer.from('silero-16k', 'utf8');
  int32(modelType.length);
  parts.push(modelType);
  int32(5, 1, 2); // version
  int32(512, 64); // window, context
  int32(4);
  for (let layer = 0; layer < 4; layer++) int32(encoderIn[layer]!, encoderOut[layer]!, kernelSize);
  int32(hidden, hidden); // LSTM input and hidden sizes
  int32(hidden, 1); // final conv in and out

  const tensor = (name: string, shape: number[], values: Float32Array, half: boolean) => {
    const nameBytes = Buffer.from(name, 'utf8');
    int32(shape.length, nameBytes.length, half ? 1 : 0, ...shape);
    parts.push(nameBytes);
    parts.push(half ? toFloat16(values) : Buffer.from(values.buffer));
  };

  // Encoder: output channel 0 of each layer carries the energy; every other channel stays 0.
  for (let layer = 0; layer < 4; layer++) {
    const inputs = encoderIn[layer]!;
    const weights = new Float32Array(kernelSize * inputs * encoderOut[layer]!);
    if (layer === 0) {
      // Sum of the magnitudes of every bin but DC, over the three taps.
      for (let input = 1; input < inputs; input++)
        for (let tap = 0; tap < kernelSize; tap++) weights[tap + kernelSize * input] = energyScale;
    } else {
      weights[1] = 1; // centre tap of input channel 0 into output channel 0
    }
    tensor(
      `_model.encoder.${layer}.reparam_conv.weight`,
      [kernelSize, inputs, encoderOut[layer]!],
      weights,
      true,
    );
    tensor(
      `_model.encoder.${layer}.reparam_conv.bias`,
      [encoderOut[layer]!],
      new Float32Array(encoderOut[layer]!),
      false,
    );
  }

  // LSTM: input gate open, forget gate shut, output gate open; unit 0's cell follows the energy.
  const gates = hidden * 4;
  const inputWeights = new Float32Array(hidden * gates);
  inputWeights[hidden * (2 * hidden)] = cellWeight; // cell gate row of unit 0, input 0
  const inputBias = new Float32Array(gates);
  for (let unit = 0; unit < hidden; unit++) {
    inputBias[unit] = 10;
    inputBias[hidden + unit] = -10;
    inputBias[3 * hidden + unit] = 10;
  }
  inputBias[2 * hidden] = cellBias;
  tensor('_model.decoder.rnn.weight_ih', [hidden, gates], inputWeights, false);
  tensor('_model.decoder.rnn.weight_hh', [hidden, gates], new Float32Array(hidden * gates), false);
  tensor('_model.decoder.rnn.bias_ih', [gates], inputBias, false);
  tensor('_model.decoder.rnn.bias_hh', [gates], new Float32Array(gates), false);

  const finalWeights = new Float32Array(hidden);
  finalWeights[0] = 20;
  tensor('_model.decoder.decoder.2.weight', [hidden], finalWeights, true);
  tensor('_model.decoder.decoder.2.bias', [1], Float32Array.of(-5), false);

  // STFT basis: channels 0..128 the real parts, 129..257 the imaginary parts of a Hann-windowed DFT.
  const basis = new Float32Array(kernel * 2 * frequencyBins);
  for (let bin = 0; bin < frequencyBins; bin++) {
    for (let n = 0; n < kernel; n++) {
      const window = 0.5 - 0.5 * Math.cos((2 * Math.PI * n) / kernel);
      const angle = (2 * Math.PI * bin * n) / kernel;
      basis[n + kernel * bin] = window * Math.cos(angle);
      basis[n + kernel * (frequencyBins + bin)] = sineSign * window * Math.sin(angle);
    }
  }
  tensor('_model.stft.forward_basis_buffer', [kernel, 1, 2 * frequencyBins], basis, true);
  return Buffer.concat(parts);
}

/** IEEE 754 half precision, round to nearest (the values here are small and never overflow). */
function toFloat16(values: Float32Array): Buffer {
  const out = Buffer.alloc(values.length * 2);
  const float = new Float32Array(1);
  const bits = new Uint32Array(float.buffer);
  values.forEach((value, index) => {
    float[0] = value;
    const x = bits[0]!;
    const sign = (x >>> 16) & 0x8000;
    const exponent = ((x >>> 23) & 0xff) - 127 + 15;
    let mantissa = x & 0x7fffff;
    let half: number;
    if (exponent <= 0) {
      // subnormal or zero
      if (exponent < -10) half = sign;
      else {
        mantissa |= 0x800000;
        half = sign | Math.round(mantissa / 2 ** (14 - exponent));
      }
    } else {
      half = sign | ((exponent << 10) + Math.round(mantissa / 0x2000));
    }
    out.writeUInt16LE(half, index * 2);
  });
  return out;
}
