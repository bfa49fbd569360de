#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

// Text as Qt's QString would see it, for the fast path's checks (UTF-8 in, no Qt).
namespace doo::fast::text {

// Well-formed UTF-8 (what QString::fromUtf8 reads without replacing anything). A leading byte
// order mark counts as not well-formed: Qt drops it.
bool isUtf8(std::string_view s);
// The length QString::size() gives: UTF-16 code units.
std::size_t utf16Length(std::string_view utf8);
// QString::trimmed(): white space (QChar::isSpace) removed from both ends.
std::string_view trimmed(std::string_view utf8);
bool isAscii(std::string_view s);
std::string asciiUpper(std::string_view s);
std::string asciiLower(std::string_view s);

} // namespace doo::fast::text
