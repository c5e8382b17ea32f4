/*
 * efg_fuzz.c - libFuzzer target for the game file reader on .efg input
 * (seeded with the .efg files of tests/data; see game_fuzz.h).
 */
#include "game_fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz_game_file("fuzz.efg", data, size);
}
