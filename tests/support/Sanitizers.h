#pragma once

namespace doo::test {

// A checked build (DOO_SANITIZE or DOO_FUZZ, tests/sanitizers.sh) has AddressSanitizer in the tests
// and in the program they run. Its shadow memory and its quarantine of freed blocks make the
// resident memory no measure of what the program holds, and every process runs several times
// slower: the tests that time real processes on big inputs use smaller inputs there (the same
// checks on fewer rows; kSanitizerScale says how many times fewer).
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kAddressSanitizer = true;
#else
inline constexpr bool kAddressSanitizer = false;
#endif
#else
inline constexpr bool kAddressSanitizer = false;
#endif

inline constexpr int kSanitizerScale = kAddressSanitizer ? 5 : 1;

} // namespace doo::test
