#pragma once

#include <QHash>
#include <QString>

#include <functional>

// How tst_translationcontexts asks the running code for one text of a translation context.
struct ContextProbe
{
    // Asks for (source, disambiguation, n) the way the code does: through the class's own tr().
    std::function<QString(const char *source, const char *comment, int n)> ask;
    // Set when `ask` runs a real code path instead: the one text that path shows.
    const char *source = nullptr;
};

// Every translation context of the program, by the name lupdate writes.
const QHash<QString, ContextProbe> &contextProbes();
