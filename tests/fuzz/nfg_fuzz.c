/*
 * nfg_fuzz.c - libFuzzer target for the game file reader on .nfg input
 * (seeded with the .nfg files of tests/data; see game_fuzz.h).
 */
#include "game_fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz_game_file("fuzz.nfg", data, size);
}
