    // guftagu patch "pad-rows" (scripts/build-whisper.mjs): zero padding row by row (two fills and a copy
    // per row) instead of value by value with a 4-D index and a bounds test each; same result
    if constexpr (!circular_t) {
        if (nb00 == sizeof(float)) {
            for (int64_t i3 = 0; i3 < ne3; ++i3) {
                for (int64_t i2 = 0; i2 < ne2; ++i2) {
                    for (int64_t i1 = ith; i1 < ne1; i1 += nth) {
                        float * row = dst_ptr + i3*(ne0*ne1*ne2) + i2*(ne0*ne1) + i1*ne0;
                        const bool inside = i1 >= lp1 && i1 < ne1 - rp1 && i2 >= lp2 && i2 < ne2 - rp2 && i3 >= lp3 && i3 < ne3 - rp3;
                        if (!inside) {
                            std::fill(row, row + ne0, 0.0f);
                            continue;
                        }
                        const float * src_row = (const float *) ((const char *) src0->data + (i3 - lp3)*nb03 + (i2 - lp2)*nb02 + (i1 - lp1)*nb01);
                        std::fill(row, row + lp0, 0.0f);
                        std::copy(src_row, src_row + ne00, row + lp0);
                        std::fill(row + lp0 + ne00, row + ne0, 0.0f);
                    }
                }
            }
            return;
        }
    }

