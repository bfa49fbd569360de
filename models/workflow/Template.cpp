#include "workflow/Template.h"

namespace doo::Template {

// Stub: implemented on the wf-defs branch.
QStringList placeholders(const QString &eventGroup)
{
    Q_UNUSED(eventGroup);
    return {};
}

Status check(const QString &field, const QString &text, const QString &eventGroup)
{
    Q_UNUSED(field);
    Q_UNUSED(text);
    Q_UNUSED(eventGroup);
    return {};
}

QString render(const QString &text, const QHash<QString, QString> &values)
{
    Q_UNUSED(values);
    return text;
}

} // namespace doo::Template
