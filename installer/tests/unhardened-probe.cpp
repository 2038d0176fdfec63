// Built without any hardening so TestReleaseHardeningDetects proves check-hardening.sh notices the difference.
#include <cstdio>
#include <cstring>

int main(int argc, char** argv)
{
    char buffer[16];
    std::strncpy(buffer, argc > 1 ? argv[1] : "probe", sizeof buffer - 1);
    buffer[sizeof buffer - 1] = '\0';
    std::printf("%s\n", buffer);
    return 0;
}
