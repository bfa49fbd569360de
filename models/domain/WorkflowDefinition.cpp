#include "domain/WorkflowDefinition.h"

#include "domain/DefinitionInternal.h"
#include "domain/JsonRules.h"
#include "domain/Schedule.h"

namespace doo {

using namespace wfjson;

namespace {

constexpr int kMaxIntervalMinutes = 525600;
constexpr int kMaxWithinHours = 720;
constexpr int kMaxAt = 200;
constexpr int kMaxWords = 200;

struct EventName
{
    TriggerSpec::Event event;
    const char *name;
};

const EventName kEvents[] = {
    {TriggerSpec::Event::TaskCreated, "task.created"},
    {TriggerSpec::Event::TaskStatusChanged, "task.status_changed"},
    {TriggerSpec::Event::TaskDueSoon, "task.due_soon"},
    {TriggerSpec::Event::ConsultationCreated, "consultation.created"},
    {TriggerSpec::Event::ConsultationScheduled, "consultation.scheduled"},
    {TriggerSpec::Event::ConsultationCompleted, "consultation.completed"},
    {TriggerSpec::Event::ConsultationCancelled, "consultation.cancelled"},
};

const char *const kKinds[] = {"schedule", "interval", "event", "manual"};

QStringList kindNames()
{
    QStringList names;
    for (const char *k : kKinds)
        names << QString::fromLatin1(k);
    return names;
}

QStringList eventNames()
{
    QStringList names;
    for (const EventName &e : kEvents)
        names << QString::fromLatin1(e.name);
    return names;
}

QStringList keys(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *n : names)
        list << QString::fromLatin1(n);
    return list;
}

Result<TriggerSpec> parseTriggerObject(const QJsonObject &o, const QString &path)
{
    TriggerSpec spec;
    const QString typePath = at(path, QStringLiteral("type"));
    const Result<QString> type = choice(o.value(QStringLiteral("type")), typePath, kindNames());
    if (!type)
        return type.error();
    spec.kind = static_cast<TriggerSpec::Kind>(kindNames().indexOf(*type));

    QStringList allowed = keys({"type"});
    QString what = WorkflowDefinition::tr("a trigger of type %1").arg(*type);
    switch (spec.kind) {
    case TriggerSpec::Kind::Schedule:
        allowed << keys({"at", "catch_up"});
        break;
    case TriggerSpec::Kind::Interval:
        allowed << keys({"minutes", "catch_up"});
        break;
    case TriggerSpec::Kind::Manual:
        break;
    case TriggerSpec::Kind::Event: {
        const Result<QString> event = choice(o.value(QStringLiteral("event")), at(path, QStringLiteral("event")), eventNames());
        if (!event)
            return event.error();
        spec.event = kEvents[eventNames().indexOf(*event)].event;
        allowed << QStringLiteral("event");
        if (spec.event == TriggerSpec::Event::TaskStatusChanged)
            allowed << keys({"from", "to"});
        else if (spec.event == TriggerSpec::Event::TaskDueSoon)
            allowed << QStringLiteral("within_hours");
        what = WorkflowDefinition::tr("an event trigger for %1").arg(*event);
        break;
    }
    }
    if (Status s = onlyKeys(o, path, allowed, what); !s)
        return s.error();

    if (o.contains(QStringLiteral("catch_up"))) {
        const Result<bool> catchUp = boolean(o.value(QStringLiteral("catch_up")), at(path, QStringLiteral("catch_up")));
        if (!catchUp)
            return catchUp.error();
        spec.catchUp = *catchUp;
    }

    switch (spec.kind) {
    case TriggerSpec::Kind::Schedule: {
        const QString atPath = at(path, QStringLiteral("at"));
        const QJsonValue given = o.value(QStringLiteral("at"));
        const Result<QString> text = wfjson::text(given, atPath, true, kMaxAt);
        if (!text && (given.isUndefined() || given.isString())) // missing or blank: say what to write
            return Error::validation(atPath,
                                     text.error().message
                                         + WorkflowDefinition::tr(" (e.g. \"daily at 09:00\", \"weekly on monday at 09:00\" or a "
                                                                  "cron expression \"0 9 * * 1-5\")"));
        if (!text)
            return text.error();
        const Result<Schedule> schedule = Schedule::parse(*text, atPath);
        if (!schedule)
            return schedule.error();
        spec.at = *text;
        break;
    }
    case TriggerSpec::Kind::Interval: {
        const Result<int> minutes =
            integer(o.value(QStringLiteral("minutes")), at(path, QStringLiteral("minutes")), 1, kMaxIntervalMinutes);
        if (!minutes)
            return minutes.error();
        spec.intervalMinutes = *minutes;
        break;
    }
    case TriggerSpec::Kind::Event:
        if (spec.event == TriggerSpec::Event::TaskStatusChanged) {
            for (const char *key : {"from", "to"}) {
                const QString k = QString::fromLatin1(key);
                if (!o.contains(k))
                    continue;
                const Result<TaskStatus> status = enumValue<TaskStatus>(o.value(k), at(path, k));
                if (!status)
                    return status.error();
                (k == QLatin1String("from") ? spec.from : spec.to) = *status;
            }
            if (spec.from && spec.to && *spec.from == *spec.to)
                return Error::validation(
                    at(path, QStringLiteral("to")),
                    WorkflowDefinition::tr("must differ from \"from\" (both are %1)").arg(toString(*spec.to)));
        } else if (spec.event == TriggerSpec::Event::TaskDueSoon) {
            const Result<int> hours =
                integer(o.value(QStringLiteral("within_hours")), at(path, QStringLiteral("within_hours")), 1, kMaxWithinHours);
            if (!hours)
                return hours.error();
            spec.withinHours = *hours;
        }
        break;
    case TriggerSpec::Kind::Manual:
        break;
    }
    return spec;
}

} // namespace

namespace wfdef {

Result<TriggerSpec> parseTrigger(const QJsonValue &value, const QString &path)
{
    if (value.isUndefined())
        return Error::validation(path, WorkflowDefinition::tr("is required: a JSON object such as {\"type\":\"manual\"}"));
    if (!value.isObject())
        return Error::validation(path, WorkflowDefinition::tr("must be a JSON object (it is %1)").arg(describe(value)));
    return parseTriggerObject(value.toObject(), path);
}

QString eventGroup(const TriggerSpec &trigger)
{
    if (trigger.kind != TriggerSpec::Kind::Event)
        return {};
    switch (trigger.event) {
    case TriggerSpec::Event::TaskCreated:
    case TriggerSpec::Event::TaskStatusChanged:
    case TriggerSpec::Event::TaskDueSoon:
        return QStringLiteral("task");
    case TriggerSpec::Event::ConsultationCreated:
    case TriggerSpec::Event::ConsultationScheduled:
    case TriggerSpec::Event::ConsultationCompleted:
    case TriggerSpec::Event::ConsultationCancelled:
        return QStringLiteral("consultation");
    case TriggerSpec::Event::None:
        break;
    }
    return {};
}

} // namespace wfdef

QString TriggerSpec::eventName(Event event)
{
    for (const EventName &e : kEvents)
        if (e.event == event)
            return QString::fromLatin1(e.name);
    return {};
}

QString TriggerSpec::inWords() const
{
    QString words;
    switch (kind) {
    case Kind::Schedule: {
        const Result<Schedule> schedule = Schedule::parse(at);
        words = schedule ? schedule->describe() : at.trimmed();
        break;
    }
    case Kind::Interval:
        if (intervalMinutes == 60)
            words = WorkflowDefinition::tr("Every hour");
        else if (intervalMinutes > 0 && intervalMinutes % 60 == 0)
            words = WorkflowDefinition::tr("Every %1 hours").arg(intervalMinutes / 60);
        else if (intervalMinutes == 1)
            words = WorkflowDefinition::tr("Every minute");
        else
            words = WorkflowDefinition::tr("Every %1 minutes").arg(intervalMinutes);
        break;
    case Kind::Manual:
        words = WorkflowDefinition::tr("Manually");
        break;
    case Kind::Event:
        switch (event) {
        case Event::TaskCreated:
            words = WorkflowDefinition::tr("When a task is created");
            break;
        case Event::TaskStatusChanged:
            if (from && to)
                words = WorkflowDefinition::tr("When a task moves from %1 to %2").arg(displayName(*from), displayName(*to));
            else if (to)
                words = WorkflowDefinition::tr("When a task moves to %1").arg(displayName(*to));
            else if (from)
                words = WorkflowDefinition::tr("When a task moves out of %1").arg(displayName(*from));
            else
                words = WorkflowDefinition::tr("When a task changes status");
            break;
        case Event::TaskDueSoon:
            words = withinHours == 1 ? WorkflowDefinition::tr("When a task is due within 1 hour")
                                     : WorkflowDefinition::tr("When a task is due within %1 hours").arg(withinHours);
            break;
        case Event::ConsultationCreated:
            words = WorkflowDefinition::tr("When a consultation is created");
            break;
        case Event::ConsultationScheduled:
            words = WorkflowDefinition::tr("When a consultation is scheduled");
            break;
        case Event::ConsultationCompleted:
            words = WorkflowDefinition::tr("When a consultation is completed");
            break;
        case Event::ConsultationCancelled:
            words = WorkflowDefinition::tr("When a consultation is cancelled");
            break;
        case Event::None:
            words = WorkflowDefinition::tr("On an event");
            break;
        }
        break;
    }
    if (words.size() > kMaxWords)
        words = words.left(kMaxWords - 1) + QChar(0x2026);
    return words;
}

QJsonObject TriggerSpec::toJson() const
{
    QJsonObject o{{QStringLiteral("type"), QString::fromLatin1(kKinds[static_cast<int>(kind)])}};
    switch (kind) {
    case Kind::Schedule:
        o.insert(QStringLiteral("at"), at);
        o.insert(QStringLiteral("catch_up"), catchUp);
        break;
    case Kind::Interval:
        o.insert(QStringLiteral("minutes"), intervalMinutes);
        o.insert(QStringLiteral("catch_up"), catchUp);
        break;
    case Kind::Event:
        o.insert(QStringLiteral("event"), eventName(event));
        if (event == Event::TaskStatusChanged) {
            if (from)
                o.insert(QStringLiteral("from"), toString(*from));
            if (to)
                o.insert(QStringLiteral("to"), toString(*to));
        } else if (event == Event::TaskDueSoon) {
            o.insert(QStringLiteral("within_hours"), withinHours);
        }
        break;
    case Kind::Manual:
        break;
    }
    return o;
}

Result<TriggerSpec> WorkflowDefinition::parseTrigger(const QString &json)
{
    const QString path = QStringLiteral("trigger");
    const Result<QJsonDocument> doc = parseDocument(json.toUtf8(), path);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Error::validation(path,
                                 tr("must be a JSON object such as {\"type\":\"manual\"} (it is %1)")
                                     .arg(doc->isArray() ? tr("an array") : tr("a scalar")));
    return wfdef::parseTrigger(doc->object(), path);
}

Result<QList<ActionSpec>> WorkflowDefinition::parseActions(const QString &json, const TriggerSpec &trigger)
{
    const QString path = QStringLiteral("actions");
    const Result<QJsonDocument> doc = parseDocument(json.toUtf8(), path);
    if (!doc)
        return doc.error();
    if (!doc->isArray())
        return Error::validation(
            path, tr("must be a JSON array of actions (it is %1)").arg(doc->isObject() ? tr("an object") : tr("a scalar")));
    return wfdef::parseActions(doc->array(), path, trigger);
}

Result<WorkflowDefinition> WorkflowDefinition::parse(const QString &triggerJson, const QString &actionsJson)
{
    Result<TriggerSpec> trigger = parseTrigger(triggerJson);
    if (!trigger)
        return trigger.error();
    Result<QList<ActionSpec>> actions = parseActions(actionsJson, *trigger);
    if (!actions)
        return actions.error();
    WorkflowDefinition definition;
    definition.trigger = trigger.takeValue();
    definition.actions = actions.takeValue();
    return definition;
}

} // namespace doo
