#pragma once

#include <QByteArray>

namespace doo {

// Calls `visit(c)` for each byte of JSON text outside its string literals (the quotes and what
// they enclose are skipped, escapes included) until `visit` returns false.
template<typename Visit>
void forEachOutsideStrings(const QByteArray &utf8, Visit visit)
{
    bool inString = false;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (!visit(c)) {
            return;
        }
    }
}

} // namespace doo
