#pragma once

#include <QList>

namespace doo {

// One page of a longer list.
template<typename T>
struct Page
{
    QList<T> items;
    int total = 0; // rows matching the filter, over all pages
    int limit = 0;
    int offset = 0;
};

} // namespace doo
