/* What every fuzz target provides, and the check it uses for the properties it asserts.
 *
 * Each fuzz_*.c defines LLVMFuzzerTestOneInput. Built with clang -fsanitize=fuzzer it is a
 * libFuzzer target; linked with replay.c (any compiler) it is a ctest that replays the seed
 * corpus and every past finding. */
#ifndef STANCE_FUZZ_H
#define STANCE_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A violated property is a finding: report it and abort, so libFuzzer saves the input. */
#define FUZZ_CHECK(cond)                                                                     \
    do {                                                                                     \
        if (!(cond)) {                                                                       \
            fprintf(stderr, "%s:%d: property failed: %s\n", __FILE__, __LINE__, #cond);      \
            abort();                                                                         \
        }                                                                                    \
    } while (0)

#endif
