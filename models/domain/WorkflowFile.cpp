// Workflow files: one JSON object with a workflow's name, description, type, trigger, actions and
// estimatedMinutesSaved (workflow add --file, update --file, export, import).

#include "domain/Validation.h"
#include "domain/Workflow.h"
#include "domain/DefinitionInternal.h"
#include "domain/JsonRules.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace doo::WorkflowFile {

using namespace wfjson;

namespace {

constexpr double kMaxMinutesSaved = 100000;
constexpr int kMaxDescription = 2000;

const char *const kKeys[] = {"name", "description", "type", "trigger", "actions", "estimatedMinutesSaved"};

QStringList fileKeys()
{
    QStringList keys;
    for (const char *k : kKeys)
        keys << QString::fromLatin1(k);
    return keys;
}

QString compact(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

// A value as it appears after "key": in an indented file, its continuation lines indented by
// four more spaces.
QByteArray valueText(const QJsonValue &value)
{
    if (value.isObject() || value.isArray()) {
        const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        QByteArray text = doc.toJson(QJsonDocument::Indented).trimmed();
        text.replace("\n", "\n    ");
        return text;
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QJsonValue parsed(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (doc.isArray())
        return doc.array();
    if (doc.isObject())
        return doc.object();
    return QJsonValue();
}

} // namespace

Result<Workflow> parse(const QByteArray &json)
{
    const Result<QJsonDocument> doc = parseDocument(json, QString());
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Error::validation(QString(),
                                 WorkflowDefinition::tr("a workflow file must be a JSON object with the keys %1")
                                     .arg(fileKeys().join(QStringLiteral(", "))));
    const QJsonObject o = doc->object();
    if (Status s = onlyKeys(o, QString(), fileKeys(), WorkflowDefinition::tr("a workflow file")); !s)
        return s.error();

    Workflow w;
    const Result<QString> name = text(o.value(QStringLiteral("name")), QStringLiteral("name"), true, Validation::kMaxName);
    if (!name)
        return name.error();
    w.name = name->trimmed();
    const Result<QString> description =
        text(o.value(QStringLiteral("description")), QStringLiteral("description"), false, kMaxDescription);
    if (!description)
        return description.error();
    w.description = Validation::notNull(*description);
    const Result<WorkflowType> type = enumValue<WorkflowType>(o.value(QStringLiteral("type")), QStringLiteral("type"));
    if (!type)
        return type.error();
    w.type = *type;

    const QJsonValue triggerValue = o.value(QStringLiteral("trigger"));
    const Result<TriggerSpec> trigger = wfdef::parseTrigger(triggerValue, QStringLiteral("trigger"));
    if (!trigger)
        return trigger.error();
    const QJsonValue actionsValue = o.value(QStringLiteral("actions"));
    const Result<QList<ActionSpec>> actions = wfdef::parseActions(actionsValue, QStringLiteral("actions"), *trigger);
    if (!actions)
        return actions.error();
    w.trigger = compact(triggerValue);
    w.actions = compact(actionsValue);
    w.frequency = trigger->inWords();

    if (o.contains(QStringLiteral("estimatedMinutesSaved"))) {
        const QJsonValue minutes = o.value(QStringLiteral("estimatedMinutesSaved"));
        const QString path = QStringLiteral("estimatedMinutesSaved");
        if (!minutes.isDouble())
            return Error::validation(path,
                                     WorkflowDefinition::tr("must be a number of minutes from 0 to %1 (it is %2)")
                                         .arg(kMaxMinutesSaved)
                                         .arg(describe(minutes)));
        const double m = minutes.toDouble();
        if (!std::isfinite(m) || m < 0 || m > kMaxMinutesSaved)
            return Error::validation(
                path, WorkflowDefinition::tr("must be between 0 and %1 (it is %2)").arg(kMaxMinutesSaved).arg(describe(minutes)));
        w.estimatedMinutesSaved = m;
    }
    return w;
}

QByteArray write(const Workflow &workflow)
{
    const QList<QPair<const char *, QJsonValue>> fields = {
        {"name", workflow.name},
        {"description", workflow.description},
        {"type", toString(workflow.type)},
        {"trigger", parsed(workflow.trigger)},
        {"actions", parsed(workflow.actions)},
        {"estimatedMinutesSaved", workflow.estimatedMinutesSaved},
    };
    QByteArray out = "{\n";
    for (qsizetype i = 0; i < fields.size(); ++i) {
        out += "    \"";
        out += fields.at(i).first;
        out += "\": ";
        out += valueText(fields.at(i).second);
        out += i + 1 < fields.size() ? ",\n" : "\n";
    }
    out += "}\n";
    return out;
}

} // namespace doo::WorkflowFile
