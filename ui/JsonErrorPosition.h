#pragma once

#include "domain/Error.h"

#include <QString>

namespace doo {

// Where in a JSON text an error of the workflow file parser (WorkflowFile::parse) lies: the
// parser's offset for text that is not JSON, else the value at the error's field path
// ("actions[0].due_in_days"; a key the file lacks: the nearest enclosing value that is there),
// else the start of the text. Finds places only; what is wrong is the parser's error.
struct JsonErrorPosition
{
    int line = 1; // from 1
    int column = 1; // from 1, in characters

    static JsonErrorPosition locate(const QString &text, const Error &error);
    // The position of a character offset in `text`.
    static JsonErrorPosition at(const QString &text, qsizetype offset);
    // The character offset of the value at `path` (the key's opening quote for an object member),
    // or -1 when the text has no such value. `text` must be valid JSON.
    static qsizetype offsetOfPath(const QString &text, const QString &path);
};

} // namespace doo
