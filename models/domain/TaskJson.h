#pragma once

#include "core/TaskJsonText.h"
#include "domain/Task.h"

#include <QByteArray>
#include <QByteArrayView>

#include <string_view>

namespace doo {

// Qt's side of core::TaskJsonWriter (the JSON text of `task list --json`): a writer whose odd input (text that is not valid UTF-8, stored tags
// that are not a plain array) is read the way a Task's fields are read, so the text is always
// the same fields and values as Task::toJson().
core::TaskJsonWriter taskJsonWriter(std::size_t expectedRows = 0);

// A UTC time as the JSON has it, in 24 characters; false (and nothing written) when invalid.
bool taskJsonTime(const QDateTime &time, char (&out)[24]);

// The stored names, as views for core::TaskJsonRow.
std::string_view nameView(Priority value);
std::string_view nameView(TaskStatus value);
inline std::string_view view(QByteArrayView v)
{
    return {v.data(), size_t(v.size())};
}

QByteArray tasksToJson(const QList<Task> &tasks);

} // namespace doo
