// The workflow file parser (WorkflowFile::parse) and the trigger and actions parsers it shares
// with the database's JSON columns (WorkflowDefinition). Checks: an accepted file written again
// (WorkflowFile::write) parses to the same definition; its trigger and actions columns parse on
// their own; an accepted trigger or actions text gives JSON that parses to the same JSON.

#include "FuzzCheck.h"
#include "domain/Workflow.h"
#include "domain/WorkflowDefinition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace doo;

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString json(const QList<ActionSpec> &actions)
{
    QJsonArray array;
    for (const ActionSpec &a : actions)
        array << a.toJson();
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// The parsed trigger and actions, written back, parse to themselves.
void checkDefinition(const TriggerSpec &trigger, const QList<ActionSpec> &actions)
{
    FUZZ_CHECK(!trigger.inWords().isEmpty(), json(trigger.toJson()));
    const Result<TriggerSpec> t = WorkflowDefinition::parseTrigger(json(trigger.toJson()));
    FUZZ_CHECK(t, json(trigger.toJson()) + QStringLiteral(": ") + (t ? QString() : t.error().message));
    FUZZ_CHECK(json(t->toJson()) == json(trigger.toJson()), fuzz::differ(json(trigger.toJson()), json(t->toJson())));
    if (actions.isEmpty())
        return;
    const Result<QList<ActionSpec>> a = WorkflowDefinition::parseActions(json(actions), trigger);
    FUZZ_CHECK(a, json(actions) + QStringLiteral(": ") + (a ? QString() : a.error().message));
    FUZZ_CHECK(json(*a) == json(actions), fuzz::differ(json(actions), json(*a)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Workflow> w = WorkflowFile::parse(bytes);
    if (w) {
        FUZZ_CHECK(!w->name.isEmpty(), QString::fromUtf8(bytes));
        const Result<WorkflowDefinition> d = WorkflowDefinition::parse(w->trigger, w->actions);
        FUZZ_CHECK(d, w->trigger + QLatin1Char(' ') + w->actions + QStringLiteral(": ") + (d ? QString() : d.error().message));
        checkDefinition(d->trigger, d->actions);
        const QByteArray written = WorkflowFile::write(*w);
        const Result<Workflow> again = WorkflowFile::parse(written);
        FUZZ_CHECK(again, QString::fromUtf8(written) + QStringLiteral(": ") + (again ? QString() : again.error().message));
        FUZZ_CHECK(again->name == w->name && again->description == w->description && again->type == w->type
                       && again->trigger == w->trigger && again->actions == w->actions
                       && again->estimatedMinutesSaved == w->estimatedMinutesSaved,
                   fuzz::differ(QString::fromUtf8(WorkflowFile::write(*w)), QString::fromUtf8(WorkflowFile::write(*again))));
        return 0;
    }
    FUZZ_CHECK(!w.error().message.isEmpty(), QString::fromUtf8(bytes));
    // The same bytes as a trigger column and as an actions column.
    const QString text = QString::fromUtf8(bytes);
    const Result<TriggerSpec> trigger = WorkflowDefinition::parseTrigger(text);
    const Result<QList<ActionSpec>> actions = WorkflowDefinition::parseActions(text, trigger ? *trigger : TriggerSpec());
    if (trigger)
        checkDefinition(*trigger, {});
    if (actions)
        checkDefinition(trigger ? *trigger : TriggerSpec(), *actions);
    return 0;
}
