// guftagu patch "vad-batched" (scripts/build-whisper.mjs): the Silero VAD pass, batched.
//
// Upstream runs the whole VAD graph once per 32 ms chunk: ~40 ops of a few hundred values each, their
// convolutions through im2col and per-element loops, about 0.13 ms per chunk on one core (2.4 s for 10
// minutes of audio). Only the LSTM depends on the chunk before; the STFT, the four encoder convolutions and
// the LSTM's input projection do not. So this runs those for a batch of chunks in one graph (the same
// framing, padding and weights per chunk) as a few wide matrix products, and steps the LSTM and the output
// layer chunk by chunk in plain C++ with the same gates (i, f, g, o) and state. The STFT, a windowed DFT in
// Silero, runs as an FFT in C++ (whisper_vad_stft_power); a basis of any other form stays a matrix product.
// Where whisper's -t allows two threads, the graph of the next batch runs on a second one while the LSTM
// steps through this batch. Measured on 2 cores (AVX2 build, 10 minutes of audio): 2.2-2.9 s upstream, here
// 0.55-0.65 s on one thread and 0.43-0.50 s on two (0.58-0.68 s on two with the other core busy).
// Differences from upstream: activations stay f32 (upstream rounds them to f16 in im2col; PyTorch's Silero
// runs in f32), so probabilities move by up to ~0.003 on the test model (4e-5 with random weights), with no
// chunk crossing a threshold. Anything unexpected (weight types, sizes, a graph that cannot be allocated)
// falls back to the upstream one-chunk-at-a-time path, kept below as
// whisper_vad_detect_speech_one_chunk_at_a_time.

static bool whisper_vad_detect_speech_one_chunk_at_a_time(
        struct whisper_vad_context * vctx,
        const float * samples,
        int n_samples);

// Upstream's path runs ~40 ops per 32 ms chunk; with more than one thread, ggml's workers spin-wait at each of
// their barriers and the pass crawls on a busy machine. So the fallback always runs on one thread.
static bool whisper_vad_detect_speech_one_chunk_on_one_thread(
        struct whisper_vad_context * vctx,
        const float * samples,
        int n_samples) {
    const int n_threads = vctx->n_threads;
    vctx->n_threads = 1;
    const bool ok = whisper_vad_detect_speech_one_chunk_at_a_time(vctx, samples, n_samples);
    vctx->n_threads = n_threads;
    return ok;
}

static constexpr int WHISPER_VAD_CHUNKS_PER_BATCH = 256;

// The batch is laid out channels first ([channels, time, chunk]), so that a convolution is one matrix product
// over overlapping views of its zero-padded input: with channels first, the kernel's taps at one output step
// are contiguous in memory. The bias and relu then run over rows of 64-258 values, not 1-4.

// weights [k, out] times overlapping windows [k, steps, chunk]: the windows are copied into one dense
// [k, steps * chunk] matrix (row copies), so ggml's GEMM (tinyBLAS, GGML_LLAMAFILE) sees one wide f32
// product instead of one product of 1-4 columns per chunk
static ggml_tensor * whisper_vad_mul_mat_windows(ggml_context * ctx0, ggml_tensor * weights, ggml_tensor * windows) {
    ggml_tensor * dense = ggml_cont(ctx0, windows);
    dense = ggml_reshape_2d(ctx0, dense, windows->ne[0], windows->ne[1] * windows->ne[2]);
    ggml_tensor * product = ggml_mul_mat(ctx0, weights, dense);                                        // [out, steps * chunk]
    return ggml_reshape_3d(ctx0, product, weights->ne[1], windows->ne[1], windows->ne[2]);
}

static ggml_tensor * whisper_vad_conv_channels_first(ggml_context * ctx0, ggml_tensor * kernel, ggml_tensor * input, int stride, int padding) {
    const int64_t n_taps     = kernel->ne[0];
    const int64_t n_in       = kernel->ne[1];
    const int64_t n_out      = kernel->ne[2];
    GGML_ASSERT(input->ne[0] == n_in);

    // ggml's GEMM (tinyBLAS) wants rows of a multiple of 8 values: 129 input channels become 136 zero-padded
    const int64_t n_in_padded = (n_in + 7) / 8 * 8;

    const int64_t n_steps = (input->ne[1] + 2 * padding - n_taps) / stride + 1;
    // ggml_view_3d checks a view's dense size (taps * in * steps per chunk) against its source's, so the
    // source gets zeros at the end where the overlapping windows need more room than the padding gives
    const int64_t n_room = std::max<int64_t>(0, n_taps * n_steps - (input->ne[1] + 2 * padding));
    ggml_tensor * padded = ggml_pad_ext(ctx0, input, 0, n_in_padded - n_in, padding, padding + n_room, 0, 0, 0, 0);
    ggml_tensor * windows = ggml_view_3d(ctx0, padded, n_taps * n_in_padded, n_steps, padded->ne[2],
        stride * padded->nb[1], padded->nb[2], 0);                                                     // [taps * in, steps, chunk]

    // the kernel as [in, taps, out] (tap-major rows, like the windows) in f32, flattened to [taps * in, out];
    // converted once per batch of WHISPER_VAD_CHUNKS_PER_BATCH chunks
    ggml_tensor * weights = ggml_cast(ctx0, ggml_permute(ctx0, kernel, 1, 0, 2, 3), GGML_TYPE_F32);
    if (n_in_padded != n_in) {
        weights = ggml_pad(ctx0, weights, n_in_padded - n_in, 0, 0, 0);
    }
    weights = ggml_reshape_2d(ctx0, weights, n_taps * n_in_padded, n_out);

    return whisper_vad_mul_mat_windows(ctx0, weights, windows);                                        // [out, steps, chunk]
}

static ggml_tensor * whisper_vad_encoder_layer_channels_first(ggml_context * ctx0, ggml_tensor * weight, ggml_tensor * bias, ggml_tensor * input, int stride) {
    ggml_tensor * cur = whisper_vad_conv_channels_first(ctx0, weight, input, stride, 1);
    return ggml_relu(ctx0, ggml_add(ctx0, cur, bias));
}

// The STFT layer's framing: each chunk reflect-padded by 64 samples on both sides, then windows of n_fft
// samples every lstm_input_size samples (4 windows of 256 for Silero's 512-sample chunks)
static constexpr int WHISPER_VAD_STFT_PAD = 64;

static int64_t whisper_vad_stft_frames(const whisper_vad_context & vctx) {
    const int64_t n_padded = vctx.n_window + 2 * WHISPER_VAD_STFT_PAD;
    return (n_padded - vctx.model.stft_forward_basis->ne[0]) / vctx.model.hparams.lstm_input_size + 1;
}

// Cuts one chunk's STFT windows into out ([n_frames][n_fft]), as ggml_pad_reflect_1d and ggml_conv_1d's im2col
// frame it upstream. scratch holds the padded chunk.
static void whisper_vad_stft_windows(const whisper_vad_context & vctx, const float * chunk, std::vector<float> & scratch, float * out) {
    const int n   = vctx.n_window;
    const int pad = WHISPER_VAD_STFT_PAD;
    scratch.resize(n + 2 * pad);
    std::copy(chunk, chunk + n, scratch.begin() + pad);
    for (int i = 1; i <= pad; i++) {
        scratch[pad - i]         = chunk[i];
        scratch[pad + n - 1 + i] = chunk[n - 1 - i];
    }
    const int64_t n_fft    = vctx.model.stft_forward_basis->ne[0];
    const int64_t hop      = vctx.model.hparams.lstm_input_size;
    const int64_t n_frames = whisper_vad_stft_frames(vctx);
    for (int64_t f = 0; f < n_frames; f++) {
        std::copy(scratch.begin() + f * hop, scratch.begin() + f * hop + n_fft, out + f * n_fft);
    }
}

static bool whisper_vad_tensor_to_f32(const ggml_tensor * tensor, std::vector<float> & out) {
    const int64_t n = ggml_nelements(tensor);
    out.resize(n);
    if (tensor->type == GGML_TYPE_F32) {
        ggml_backend_tensor_get(tensor, out.data(), 0, n * sizeof(float));
        return true;
    }
    if (tensor->type == GGML_TYPE_F16) {
        std::vector<ggml_fp16_t> half(n);
        ggml_backend_tensor_get(tensor, half.data(), 0, n * sizeof(ggml_fp16_t));
        ggml_fp16_to_fp32_row(half.data(), out.data(), n);
        return true;
    }
    return false;
}

// whisper.cpp's own sources are built for the baseline (SSE2 on x86-64) even when ggml is built for AVX2. So
// the FFT and the LSTM's matrix-vector product below get an AVX2 + FMA copy beside the baseline one, which
// GCC picks between when the library loads (ifunc: ELF, so Linux); elsewhere they are built for the baseline.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__ELF__)
#define WHISPER_VAD_CLONES __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define WHISPER_VAD_CLONES
#endif

// The STFT by FFT. Silero's STFT basis is a windowed DFT: row k (k <= n_fft / 2) is w[n] cos(2 pi k n / n_fft)
// and row n_fft / 2 + 1 + k is -w[n] sin(2 pi k n / n_fft), w its window (row 0 itself). As a matrix product it
// is n_fft * (n_fft + 2) multiply-adds per window, 43 % of the batched pass; an FFT of the windowed samples
// gives the same magnitudes for a few thousand. The basis is checked against that form (within its f16
// rounding) once per pass; any other basis keeps the matrix product.

static constexpr double WHISPER_VAD_PI = 3.14159265358979323846;

struct whisper_vad_dft {
    int n_fft = 0;                    // a power of two; the complex FFT below is of n_fft / 2 points
    std::vector<float> window;        // the basis's row 0, w[n]
    std::vector<int>   bit_reverse;   // of the n_fft / 2 complex points
    std::vector<float> twiddle_re;    // exp(-2 pi i j / (n_fft / 2)), j < n_fft / 4
    std::vector<float> twiddle_im;
    std::vector<float> split_re;      // exp(-2 pi i k / n_fft), k <= n_fft / 2
    std::vector<float> split_im;
};

// Fills dft when the basis ([n_fft, 1, n_fft + 2], as the converter writes it) is a windowed DFT.
static bool whisper_vad_dft_from_basis(const ggml_tensor * basis, whisper_vad_dft & dft) {
    const int64_t n_fft = basis->ne[0];
    if (n_fft < 8 || (n_fft & (n_fft - 1)) != 0 || basis->ne[1] != 1 || basis->ne[2] != n_fft + 2 || basis->ne[3] != 1) {
        return false;
    }
    std::vector<float> rows;
    if (!whisper_vad_tensor_to_f32(basis, rows)) {
        return false;
    }
    const int64_t n_bins = n_fft / 2 + 1;
    float peak = 0.0f;
    for (int64_t n = 0; n < n_fft; n++) {
        peak = std::max(peak, std::fabs(rows[n]));
    }
    if (peak == 0.0f) {
        return false;
    }
    // f16 keeps 11 significant bits: the stored products are within 2^-11 of peak of the exact ones
    const double tolerance = 2.0 * peak / 2048.0;
    for (int64_t k = 0; k < n_bins; k++) {
        for (int64_t n = 0; n < n_fft; n++) {
            const double angle = 2.0 * WHISPER_VAD_PI * (double) ((k * n) % n_fft) / (double) n_fft;
            const double w = rows[n];
            if (std::fabs(rows[k * n_fft + n] - w * std::cos(angle)) > tolerance ||
                std::fabs(rows[(n_bins + k) * n_fft + n] + w * std::sin(angle)) > tolerance) {
                return false;
            }
        }
    }
    const int n_half = (int) n_fft / 2;
    dft.n_fft = (int) n_fft;
    dft.window.assign(rows.begin(), rows.begin() + n_fft);
    dft.bit_reverse.resize(n_half);
    int bits = 0;
    while ((1 << bits) < n_half) {
        bits++;
    }
    for (int m = 0; m < n_half; m++) {
        int reversed = 0;
        for (int b = 0; b < bits; b++) {
            reversed |= ((m >> b) & 1) << (bits - 1 - b);
        }
        dft.bit_reverse[m] = reversed;
    }
    dft.twiddle_re.resize(n_half / 2);
    dft.twiddle_im.resize(n_half / 2);
    for (int j = 0; j < n_half / 2; j++) {
        dft.twiddle_re[j] = (float) std::cos(2.0 * WHISPER_VAD_PI * j / n_half);
        dft.twiddle_im[j] = (float) -std::sin(2.0 * WHISPER_VAD_PI * j / n_half);
    }
    dft.split_re.resize(n_half + 1);
    dft.split_im.resize(n_half + 1);
    for (int k = 0; k <= n_half; k++) {
        dft.split_re[k] = (float) std::cos(2.0 * WHISPER_VAD_PI * k / n_fft);
        dft.split_im[k] = (float) -std::sin(2.0 * WHISPER_VAD_PI * k / n_fft);
    }
    return true;
}

// Frames transformed side by side: each step of the FFT runs over this many frames at once (vectorized).
static constexpr int WHISPER_VAD_FFT_LANES = 8;

// One radix-2 butterfly on WHISPER_VAD_FFT_LANES frames: (a, b) becomes (a + w b, a - w b). The restrict
// parameters tell the compiler the four rows do not overlap, so the lane loop becomes vector instructions.
static inline void whisper_vad_fft_butterfly(
        float * __restrict ar, float * __restrict ai, float * __restrict br, float * __restrict bi, float wr, float wi) {
    for (int l = 0; l < WHISPER_VAD_FFT_LANES; l++) {
        const float tr = wr * br[l] - wi * bi[l];
        const float ti = wr * bi[l] + wi * br[l];
        br[l] = ar[l] - tr;
        bi[l] = ai[l] - ti;
        ar[l] = ar[l] + tr;
        ai[l] = ai[l] + ti;
    }
}

// |X[k]|^2 on WHISPER_VAD_FFT_LANES frames from Z[k] (z) and Z[n_fft / 2 - k] (c), with s = exp(-2 pi i k / n_fft)
static inline void whisper_vad_fft_split_power(
        const float * __restrict zr, const float * __restrict zi, const float * __restrict cr, const float * __restrict ci,
        float sr, float si, float * __restrict power) {
    for (int l = 0; l < WHISPER_VAD_FFT_LANES; l++) {
        const float er  = 0.5f * (zr[l] + cr[l]);
        const float ei  = 0.5f * (zi[l] - ci[l]);
        const float orr = 0.5f * (zi[l] + ci[l]);
        const float oi  = -0.5f * (zr[l] - cr[l]);
        const float xr  = er + sr * orr - si * oi;
        const float xi  = ei + sr * oi + si * orr;
        power[l] = xr * xr + xi * xi;
    }
}

// The power spectra |X[k]|^2, k <= n_fft / 2, of n_frames windows of n_fft samples (rows of frames) into
// out ([n_frames][n_fft / 2 + 1]). A real FFT of n_fft points as a complex one of n_fft / 2: z[m] is
// x[2m] + i x[2m+1]; its transform Z splits into the even and odd samples' transforms E and O, and
// X[k] = E[k] + exp(-2 pi i k / n_fft) O[k].
WHISPER_VAD_CLONES
static void whisper_vad_stft_power(const whisper_vad_dft & dft, const float * frames, int64_t n_frames, float * out) {
    constexpr int L = WHISPER_VAD_FFT_LANES;
    const int n_fft  = dft.n_fft;
    const int n_half = n_fft / 2;
    const int n_bins = n_half + 1;
    std::vector<float> re_buf((size_t) n_half * L), im_buf((size_t) n_half * L);
    float * re = re_buf.data();
    float * im = im_buf.data();

    for (int64_t first = 0; first < n_frames; first += L) {
        const int n_lanes = (int) std::min<int64_t>(L, n_frames - first);
        for (int m = 0; m < n_half; m++) {
            float * zr = re + (size_t) dft.bit_reverse[m] * L;
            float * zi = im + (size_t) dft.bit_reverse[m] * L;
            for (int l = 0; l < L; l++) {
                const float * x = frames + (size_t) (first + std::min(l, n_lanes - 1)) * n_fft;
                zr[l] = dft.window[2 * m] * x[2 * m];
                zi[l] = dft.window[2 * m + 1] * x[2 * m + 1];
            }
        }
        for (int size = 2; size <= n_half; size *= 2) {
            const int half = size / 2;
            const int step = n_half / size;
            for (int start = 0; start < n_half; start += size) {
                for (int j = 0; j < half; j++) {
                    whisper_vad_fft_butterfly(
                        re + (size_t) (start + j) * L, im + (size_t) (start + j) * L,
                        re + (size_t) (start + j + half) * L, im + (size_t) (start + j + half) * L,
                        dft.twiddle_re[j * step], dft.twiddle_im[j * step]);
                }
            }
        }
        for (int k = 0; k < n_bins; k++) {
            float power[L];
            whisper_vad_fft_split_power(
                re + (size_t) (k % n_half) * L, im + (size_t) (k % n_half) * L,
                re + (size_t) ((n_half - k) % n_half) * L, im + (size_t) ((n_half - k) % n_half) * L,
                dft.split_re[k], dft.split_im[k], power);
            for (int l = 0; l < n_lanes; l++) {
                out[(size_t) (first + l) * n_bins + k] = power[l];
            }
        }
    }
}

static struct ggml_cgraph * whisper_vad_build_batched_graph(whisper_vad_context & vctx, int n_batch, bool stft_by_fft) {
    const auto & model = vctx.model;

    struct ggml_init_params params = {
        /*.mem_size   =*/ vctx.sched.meta.size(),
        /*.mem_buffer =*/ vctx.sched.meta.data(),
        /*.no_alloc   =*/ true,
    };

    struct ggml_context * ctx0 = ggml_init(params);

    ggml_cgraph * gf = ggml_new_graph(ctx0);

    const int64_t n_fft    = model.stft_forward_basis->ne[0];
    const int64_t n_frames = whisper_vad_stft_frames(vctx);
    const int     cutoff   = model.stft_forward_basis->ne[2] / 2;
    struct ggml_tensor * magnitude = nullptr;                                                          // [129, frame, chunk]
    if (stft_by_fft) {
        // the STFT's power spectra, computed by whisper_vad_stft_power
        struct ggml_tensor * power = ggml_new_tensor_3d(ctx0, GGML_TYPE_F32, cutoff, n_frames, n_batch);
        ggml_set_name(power, "stft_power");
        ggml_set_input(power);
        magnitude = ggml_sqrt(ctx0, power);
    } else {
        // the STFT's windows of each chunk: [256, frame * chunk], cut in whisper_vad_stft_windows
        struct ggml_tensor * windows = ggml_new_tensor_2d(ctx0, GGML_TYPE_F32, n_fft, n_frames * n_batch);
        ggml_set_name(windows, "stft_windows");
        ggml_set_input(windows);

        // STFT of each window, as whisper_vad_build_stft_layer computes it: times the basis (in f32), whose 258
        // rows get 2 zero rows because ggml's GEMM (tinyBLAS) takes row counts that are a multiple of 4
        struct ggml_tensor * basis = ggml_reshape_2d(ctx0, model.stft_forward_basis, n_fft, model.stft_forward_basis->ne[2]);
        const int64_t n_rows_padded = (basis->ne[1] + 3) / 4 * 4;
        basis = ggml_cast(ctx0, basis, GGML_TYPE_F32);
        if (n_rows_padded != basis->ne[1]) {
            basis = ggml_pad(ctx0, basis, 0, n_rows_padded - basis->ne[1], 0, 0);
        }
        struct ggml_tensor * stft = ggml_mul_mat(ctx0, basis, windows);                               // [260, frame * chunk]
        stft = ggml_reshape_3d(ctx0, stft, stft->ne[0], n_frames, n_batch);
        struct ggml_tensor * real_part = ggml_view_3d(ctx0, stft, cutoff, n_frames, n_batch, stft->nb[1], stft->nb[2], 0);
        struct ggml_tensor * img_part  = ggml_view_3d(ctx0, stft, cutoff, n_frames, n_batch, stft->nb[1], stft->nb[2], cutoff * stft->nb[0]);
        magnitude = ggml_sqrt(ctx0, ggml_add(ctx0,
            ggml_mul(ctx0, real_part, real_part),
            ggml_mul(ctx0, img_part, img_part)));
    }

    // the encoder, as whisper_vad_build_encoder_layer computes it for one chunk
    struct ggml_tensor * cur = whisper_vad_encoder_layer_channels_first(ctx0, model.encoder_0_weight, model.encoder_0_bias, magnitude, 1);
    cur = whisper_vad_encoder_layer_channels_first(ctx0, model.encoder_1_weight, model.encoder_1_bias, cur, 2);
    cur = whisper_vad_encoder_layer_channels_first(ctx0, model.encoder_2_weight, model.encoder_2_bias, cur, 2);
    cur = whisper_vad_encoder_layer_channels_first(ctx0, model.encoder_3_weight, model.encoder_3_bias, cur, 1);

    // the first time step of each chunk (pytorch's [:, :, 0]): [lstm_input_size, chunk]
    cur = ggml_view_2d(ctx0, cur, cur->ne[0], n_batch, cur->nb[2], 0);

    // the LSTM's input projection for every chunk: [4 * lstm_hidden_size, chunk]
    cur = ggml_add(ctx0, ggml_mul_mat(ctx0, model.lstm_ih_weight, cur), model.lstm_ih_bias);
    ggml_set_name(cur, "input_gates");
    ggml_set_output(cur);

    ggml_build_forward_expand(gf, cur);

    ggml_free(ctx0);

    return gf;
}

// gates = x + (W_hh h + b_hh), with W_hh stored transposed: column k of W_hh is w_t[k * n_gates ...].
// Kept out of line: inlined into the loop below, GCC 12 no longer vectorizes it (4x slower).
#if defined(__GNUC__)
__attribute__((noinline)) WHISPER_VAD_CLONES
#elif defined(_MSC_VER)
__declspec(noinline)
#endif
static void whisper_vad_lstm_gates(
        float       * __restrict gates,
        const float * __restrict x,
        const float * __restrict w_t,
        const float * __restrict bias,
        const float * __restrict h,
        const int n_gates,
        const int n_hidden) {
    for (int r = 0; r < n_gates; r++) {
        gates[r] = bias[r];
    }
    for (int k = 0; k < n_hidden; k++) {
        const float hk = h[k];
        const float * __restrict column = w_t + (size_t) k * n_gates;
        for (int r = 0; r < n_gates; r++) {
            gates[r] += column[r] * hk;
        }
    }
    for (int r = 0; r < n_gates; r++) {
        gates[r] = x[r] + gates[r];
    }
}

static float whisper_vad_sigmoid(float x) {
    return 1.0f / (1.0f + expf(-x));
}

bool whisper_vad_detect_speech_no_reset(
        struct whisper_vad_context * vctx,
        const float * samples,
        int n_samples) {
    const auto & model = vctx->model;
    const int hdim  = model.hparams.lstm_hidden_size;
    const int ngate = 4 * hdim;

    std::vector<float> w_hh, b_hh, w_out, b_out;
    const bool weights_ok =
        whisper_vad_tensor_to_f32(model.lstm_hh_weight, w_hh) && (int64_t) w_hh.size() == (int64_t) ngate * hdim &&
        whisper_vad_tensor_to_f32(model.lstm_hh_bias, b_hh) && (int) b_hh.size() == ngate &&
        whisper_vad_tensor_to_f32(model.final_conv_weight, w_out) && (int) w_out.size() == hdim &&
        whisper_vad_tensor_to_f32(model.final_conv_bias, b_out) && b_out.size() == 1 &&
        model.lstm_ih_weight->ne[1] == ngate && model.stft_forward_basis->ne[1] == 1 &&
        vctx->n_window > WHISPER_VAD_STFT_PAD && model.hparams.lstm_input_size > 0 && whisper_vad_stft_frames(*vctx) > 0 &&
        vctx->h_state->type == GGML_TYPE_F32 && vctx->c_state->type == GGML_TYPE_F32 &&
        ggml_nelements(vctx->h_state) == hdim && ggml_nelements(vctx->c_state) == hdim;
    if (!weights_ok) {
        WHISPER_LOG_WARN("%s: unexpected VAD weights; running the graph one chunk at a time\n", __func__);
        return whisper_vad_detect_speech_one_chunk_on_one_thread(vctx, samples, n_samples);
    }

    int n_chunks = n_samples / vctx->n_window;
    if (n_samples % vctx->n_window != 0) {
        n_chunks += 1;  // Add one more chunk for remaining samples.
    }

    WHISPER_LOG_INFO("%s: detecting speech in %d samples\n", __func__, n_samples);
    WHISPER_LOG_INFO("%s: n_chunks: %d\n", __func__, n_chunks);

    vctx->probs.resize(n_chunks);
    if (n_chunks == 0) {
        return true;
    }

    const int n_batch = std::min(WHISPER_VAD_CHUNKS_PER_BATCH, n_chunks);

    whisper_vad_dft dft;
    const bool stft_by_fft = whisper_vad_dft_from_basis(model.stft_forward_basis, dft);
    if (!stft_by_fft) {
        WHISPER_LOG_INFO("%s: the STFT basis is not a windowed DFT; it runs as a matrix product\n", __func__);
    }

    auto & sched = vctx->sched.sched;
    ggml_cgraph * gf = whisper_vad_build_batched_graph(*vctx, n_batch, stft_by_fft);
    if (!ggml_backend_sched_alloc_graph(sched, gf)) {
        ggml_backend_sched_reset(sched);
        WHISPER_LOG_WARN("%s: could not allocate the batched VAD graph; running it one chunk at a time\n", __func__);
        return whisper_vad_detect_speech_one_chunk_on_one_thread(vctx, samples, n_samples);
    }

    struct ggml_tensor * stft_input = ggml_graph_get_tensor(gf, stft_by_fft ? "stft_power" : "stft_windows");
    struct ggml_tensor * input_gates = ggml_graph_get_tensor(gf, "input_gates");

    // W_hh transposed ([hdim][ngate]) so each step's matrix-vector product is a sum of vectorizable rows
    std::vector<float> w_hh_t((size_t) ngate * hdim);
    for (int r = 0; r < ngate; r++) {
        for (int k = 0; k < hdim; k++) {
            w_hh_t[(size_t) k * ngate + r] = w_hh[(size_t) r * hdim + k];
        }
    }

    std::vector<float> h(hdim), c(hdim), gates(ngate);
    ggml_backend_tensor_get(vctx->h_state, h.data(), 0, hdim * sizeof(float));
    ggml_backend_tensor_get(vctx->c_state, c.data(), 0, hdim * sizeof(float));

    const int64_t n_frames = whisper_vad_stft_frames(*vctx);
    const size_t windows_per_chunk = (size_t) n_frames * model.stft_forward_basis->ne[0];
    std::vector<float> windows(stft_by_fft ? windows_per_chunk * n_batch : 0), chunk(vctx->n_window), padded_chunk;
    const int n_batches = (n_chunks + n_batch - 1) / n_batch;

    // Each batch goes through three stages: its STFT input is prepared (windows cut, and the FFT), the graph
    // turns that into the LSTM's input gates, and the LSTM steps through them. Two slots of each buffer, so
    // that with two threads the graph of batch b + 1 runs beside the preparing of b + 2 and the LSTM of b.
    std::vector<float> stft_in[2], batch_gates[2];
    for (int slot = 0; slot < 2; slot++) {
        stft_in[slot].resize(ggml_nelements(stft_input));
        batch_gates[slot].resize((size_t) ngate * n_batch);
    }

    // Stage 1: the STFT's input for one batch, into stft_in[slot].
    auto prepare_batch = [&](int index, int slot) {
        const int first  = index * n_batch;
        const int n_here = std::min(n_batch, n_chunks - first);
        std::vector<float> & out = stft_by_fft ? windows : stft_in[slot];

        // chunks of n_window samples, the last one zero-padded; windows past the last chunk are zeros and unused
        std::fill(out.begin(), out.end(), 0.0f);
        for (int j = 0; j < n_here; j++) {
            const int64_t idx_start = (int64_t) (first + j) * vctx->n_window;
            const int64_t idx_end   = std::min<int64_t>(idx_start + vctx->n_window, n_samples);
            std::fill(chunk.begin(), chunk.end(), 0.0f);
            std::copy(samples + idx_start, samples + idx_end, chunk.begin());
            whisper_vad_stft_windows(*vctx, chunk.data(), padded_chunk, out.data() + (size_t) j * windows_per_chunk);
        }
        if (stft_by_fft) {
            std::fill(stft_in[slot].begin(), stft_in[slot].end(), 0.0f);
            whisper_vad_stft_power(dft, windows.data(), n_frames * n_here, stft_in[slot].data());
        }
    };

    // Stage 2: the rest of the STFT, the encoder and the LSTM's input projection, from stft_in[slot] into
    // batch_gates[slot]. It touches only the graph and those two buffers.
    auto compute_batch = [&](int slot) -> bool {
        ggml_backend_tensor_set(stft_input, stft_in[slot].data(), 0, stft_in[slot].size() * sizeof(float));
        // one thread: ggml's workers spin-wait at every barrier, and the graph is small
        // (do not reset the scheduler - we will reuse the graph in the next batch)
        if (!ggml_graph_compute_helper(sched, gf, 1, false)) {
            WHISPER_LOG_ERROR("%s: failed to compute VAD graph\n", __func__);
            return false;
        }
        ggml_backend_tensor_get(input_gates, batch_gates[slot].data(), 0, batch_gates[slot].size() * sizeof(float));
        return true;
    };

    // Stage 3: the LSTM and the output layer, chunk by chunk, over batch_gates[slot].
    auto lstm_steps = [&](int index, int slot) {
        const int first  = index * n_batch;
        const int n_here = std::min(n_batch, n_chunks - first);
        for (int j = 0; j < n_here; j++) {
            const float * x = batch_gates[slot].data() + (size_t) j * ngate;

            // gates = (W_ih x + b_ih) + (W_hh h + b_hh)
            whisper_vad_lstm_gates(gates.data(), x, w_hh_t.data(), b_hh.data(), h.data(), ngate, hdim);

            float logit = 0.0f;
            for (int k = 0; k < hdim; k++) {
                const float i_t = whisper_vad_sigmoid(gates[k]);
                const float f_t = whisper_vad_sigmoid(gates[hdim + k]);
                const float g_t = tanhf(gates[2 * hdim + k]);
                const float o_t = whisper_vad_sigmoid(gates[3 * hdim + k]);
                c[k] = f_t * c[k] + i_t * g_t;
                h[k] = o_t * tanhf(c[k]);
                const float relu = h[k] > 0.0f ? h[k] : 0.0f;
                logit += w_out[k] * relu;
            }
            vctx->probs[first + j] = whisper_vad_sigmoid(logit + b_out[0]);
        }
    };

    // With two threads allowed (whisper's -t, capped at 2 by the vad-threads patch), a second thread runs the
    // graph (stage 2) of batch b + 1 while this one prepares b + 2 and steps the LSTM through b. Each works
    // flat out on its own part and they meet once per batch (a join, no spinning), so a busy core costs no
    // more than running on one thread.
    const bool pipelined = vctx->n_threads >= 2 && n_batches > 1;

    const int64_t t_start_vad_us = ggml_time_us();
    prepare_batch(0, 0);
    bool ok = compute_batch(0);
    if (n_batches > 1) {
        prepare_batch(1, 1);
    }
    int n_threads_used = 1;  // 2 once a second thread has started (the log says which ran)
    for (int b = 0; ok && b < n_batches; b++) {
        const int slot = b % 2;
        const int next_slot = (b + 1) % 2;
        const bool has_next = b + 1 < n_batches;
        bool next_ok = true;
        std::thread helper;
        if (pipelined && has_next) {
            try {
                helper = std::thread([&compute_batch, &next_ok, next_slot] { next_ok = compute_batch(next_slot); });
                n_threads_used = 2;
            } catch (const std::system_error &) {
                // no thread to be had: batch b + 1 runs on this thread below
            }
        }
        // stage 1 of b + 2 goes into this slot, whose input stage 2 of b has used
        if (b + 2 < n_batches) {
            prepare_batch(b + 2, slot);
        }
        lstm_steps(b, slot);
        if (helper.joinable()) {
            helper.join();
        } else if (has_next) {
            next_ok = compute_batch(next_slot);
        }
        ok = next_ok;
    }

    ggml_backend_tensor_set(vctx->h_state, h.data(), 0, hdim * sizeof(float));
    ggml_backend_tensor_set(vctx->c_state, c.data(), 0, hdim * sizeof(float));

    vctx->t_vad_us += ggml_time_us() - t_start_vad_us;
    WHISPER_LOG_INFO("%s: vad time = %.2f ms processing %d samples (%d chunks per batch, %d thread%s)\n", __func__,
        1e-3f * vctx->t_vad_us, n_samples, n_batch, n_threads_used, n_threads_used > 1 ? "s" : "");

    ggml_backend_sched_reset(sched);

    return ok;
}

