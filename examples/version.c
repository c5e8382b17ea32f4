/*
 * version.c - which libyokushi a program was compiled against and which
 * one it runs with. The headers' YK_VERSION_* are fixed at compile time;
 * yk_version() is the library's own, so a program linked to a newer
 * libyokushi.so.0 can tell. A different major version is a different ABI
 * (and a different SONAME), which this refuses.
 *
 *   cc examples/version.c $(pkg-config --cflags --libs yokushi) -o version
 */
#include <stdio.h>

#include <yokushi/yokushi.h>

int main(void)
{
    int runtime = yk_version_number();
    printf("libyokushi %s (compiled against %s)\n", yk_version(), YK_VERSION_STRING);
    if (runtime / 1000000 != YK_VERSION_MAJOR) {
        fprintf(stderr, "version: library major version %d, headers %d\n",
                runtime / 1000000, YK_VERSION_MAJOR);
        return 1;
    }
    return 0;
}
