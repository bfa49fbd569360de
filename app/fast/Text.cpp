#include "fast/Text.h"

#include "core/TaskJsonText.h"

#include <algorithm>

namespace doo::fast::text {

namespace {

// QChar::isSpace: the Unicode white space of categories Zs, Zl, Zp plus tab to carriage return and U+0085.
bool isSpace(char32_t c)
{
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
           || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

std::size_t sequenceLength(unsigned char lead)
{
    return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

char32_t decode(std::string_view s, std::size_t at, std::size_t length)
{
    static const unsigned char leadMask[5] = {0, 0x7F, 0x1F, 0x0F, 0x07};
    char32_t c = static_cast<unsigned char>(s[at]) & leadMask[length];
    for (std::size_t k = 1; k < length; ++k)
        c = (c << 6) | (static_cast<unsigned char>(s[at + k]) & 0x3F);
    return c;
}

// The 26 ASCII letters from `from` on moved to `to` on.
std::string shifted(std::string_view s, char from, char to)
{
    std::string r(s);
    for (char &c : r)
        if (c >= from && c < from + 26)
            c = char(c - from + to);
    return r;
}

} // namespace

bool isUtf8(std::string_view s)
{
    std::string scratch;
    return core::appendJsonString(scratch, s); // validates exactly as the JSON writer needs
}

std::size_t utf16Length(std::string_view utf8)
{
    std::size_t units = 0;
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if ((u & 0xC0) != 0x80) // a lead byte: one unit, two for four-byte sequences
            units += u >= 0xF0 ? 2 : 1;
    }
    return units;
}

std::string_view trimmed(std::string_view s)
{
    // Assumes well-formed UTF-8 (isUtf8).
    while (!s.empty()) {
        const std::size_t length = sequenceLength(static_cast<unsigned char>(s.front()));
        if (!isSpace(decode(s, 0, length)))
            break;
        s.remove_prefix(length);
    }
    while (!s.empty()) {
        std::size_t start = s.size() - 1;
        while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)
            --start;
        if (!isSpace(decode(s, start, s.size() - start)))
            break;
        s.remove_suffix(s.size() - start);
    }
    return s;
}

bool isAscii(std::string_view s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string asciiUpper(std::string_view s)
{
    return shifted(s, 'a', 'A');
}

std::string asciiLower(std::string_view s)
{
    return shifted(s, 'A', 'a');
}

} // namespace doo::fast::text
