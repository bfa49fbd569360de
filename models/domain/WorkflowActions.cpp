// The `actions` array of a workflow: parsing, validation and canonical JSON.

#include "domain/DefinitionInternal.h"
#include "core/TaskLimits.h"
#include "domain/JsonRules.h"
#include "domain/Template.h"

#include <QJsonArray>
#include <QSet>

namespace doo {

using namespace wfjson;

namespace {

constexpr int kMaxActions = 50;
constexpr int kMaxTitle = limits::kMaxTitle;
constexpr int kMaxDescription = limits::kMaxDescription;
constexpr int kMaxMessage = 2000;
constexpr int kMaxFolder = 1000;
constexpr int kMaxTag = limits::kMaxTag;
constexpr int kMaxTags = limits::kMaxTags;
constexpr int kMaxDays = 3650;

const char *const kKinds[] = {"create_task", "update_tasks", "notify", "generate_report", "export_data", "request_approval"};

QStringList list(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out << QString::fromLatin1(n);
    return out;
}

QStringList kindNames()
{
    QStringList names;
    for (const char *k : kKinds)
        names << QString::fromLatin1(k);
    return names;
}

QStringList allowedKeys(ActionSpec::Kind kind)
{
    switch (kind) {
    case ActionSpec::Kind::CreateTask:
        return list({"type", "title", "description", "priority", "due_in_days", "tags"});
    case ActionSpec::Kind::UpdateTasks:
        return list({"type", "filter", "set"});
    case ActionSpec::Kind::Notify:
        return list({"type", "notification_type", "title", "message"});
    case ActionSpec::Kind::GenerateReport:
        return list({"type", "period", "format", "folder"});
    case ActionSpec::Kind::ExportData:
        return list({"type", "kind", "format", "folder"});
    case ActionSpec::Kind::RequestApproval:
        return list({"type", "title", "description"});
    }
    return {};
}

// Reads the keys of one object, each at path.key; the first error sticks and later reads are
// skipped, so a parser can read field after field and check once at the end.
class Reader
{
public:
    Reader(const QJsonObject &object, const QString &path) : m_object(object), m_path(path) { }

    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }
    QJsonValue value(const char *key) const { return m_object.value(QLatin1String(key)); }
    QString path(const char *key) const { return at(m_path, QString::fromLatin1(key)); }
    bool ok() const { return !m_error.isError(); }
    const Error &error() const { return m_error; }
    void fail(const Error &error)
    {
        if (ok())
            m_error = error;
    }

    template<typename T, typename F>
    void read(const char *key, T &target, F &&reader)
    {
        if (!ok())
            return;
        auto result = reader(value(key), path(key));
        if (result)
            target = *result;
        else
            m_error = result.error();
    }
    template<typename T, typename F>
    void readOptional(const char *key, T &target, F &&reader)
    {
        if (has(key))
            read(key, target, std::forward<F>(reader));
    }

    void text(const char *key, QString &target, bool required, int maxLength, const QString &group)
    {
        read(key, target, [&](const QJsonValue &v, const QString &p) { return wfjson::text(v, p, required, maxLength); });
        if (ok() && !target.isEmpty())
            if (Status s = Template::check(path(key), target, group); !s)
                fail(s.error());
    }
    void days(const char *key, std::optional<int> &target, int min)
    {
        readOptional(key, target, [&](const QJsonValue &v, const QString &p) { return integer(v, p, min, kMaxDays); });
    }
    template<typename E>
    void enumeration(const char *key, E &target)
    {
        readOptional(key, target, [](const QJsonValue &v, const QString &p) { return enumValue<E>(v, p); });
    }
    template<typename E>
    void enumeration(const char *key, std::optional<E> &target)
    {
        readOptional(key, target, [](const QJsonValue &v, const QString &p) { return enumValue<E>(v, p); });
    }
    void choice(const char *key, QString &target, const QStringList &allowed, bool required)
    {
        if (required || has(key))
            read(key, target, [&](const QJsonValue &v, const QString &p) { return wfjson::choice(v, p, allowed); });
    }
    void flag(const char *key, std::optional<bool> &target)
    {
        readOptional(key, target, [](const QJsonValue &v, const QString &p) { return boolean(v, p); });
    }

private:
    QJsonObject m_object;
    QString m_path;
    Error m_error;
};

Result<QString> tag(const QJsonValue &value, const QString &path)
{
    Result<QString> s = string(value, path);
    if (!s)
        return s;
    const QString t = s->trimmed();
    if (t.isEmpty() || t.size() > kMaxTag)
        return Error::validation(
            path, WorkflowDefinition::tr("a tag must have 1 to %1 characters (it has %2)").arg(kMaxTag).arg(t.size()));
    if (t.contains(QLatin1Char(',')))
        return Error::validation(path, WorkflowDefinition::tr("a tag cannot contain a comma"));
    return t;
}

// An array of at most 20 distinct tags (case-insensitively); nonEmpty: at least one.
Result<QStringList> tags(const QJsonValue &value, const QString &path, bool nonEmpty)
{
    if (!value.isArray())
        return Error::validation(
            path, WorkflowDefinition::tr("must be an array of tags such as [\"finance\"] (it is %1)").arg(describe(value)));
    const QJsonArray array = value.toArray();
    if (nonEmpty && array.isEmpty())
        return Error::validation(path, WorkflowDefinition::tr("must list at least one tag"));
    if (array.size() > kMaxTags)
        return Error::validation(path,
                                 WorkflowDefinition::tr("must have at most %1 tags (it has %2)").arg(kMaxTags).arg(array.size()));
    QStringList out;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Result<QString> t = tag(array.at(i), at(path, i));
        if (!t)
            return t.error();
        if (seen.contains(t->toCaseFolded()))
            return Error::validation(at(path, i),
                                     WorkflowDefinition::tr("repeats the tag '%1' (tags are compared ignoring case)").arg(*t));
        seen.insert(t->toCaseFolded());
        out << *t;
    }
    return out;
}

Result<QString> folder(const QJsonValue &value, const QString &path)
{
    Result<QString> f = text(value, path, true, kMaxFolder);
    if (!f)
        return f;
    if (!f->startsWith(QLatin1Char('/')) && !f->startsWith(QLatin1String("~/")))
        return Error::validation(
            path, WorkflowDefinition::tr("must be an absolute path or start with ~/ (it is '%1')").arg(f->left(60)));
    return f;
}

Result<QList<TaskStatus>> statuses(const QJsonValue &value, const QString &path)
{
    if (value.isString()) {
        const Result<TaskStatus> s = enumValue<TaskStatus>(value, path);
        if (!s)
            return s.error();
        return QList<TaskStatus>{*s};
    }
    if (!value.isArray())
        return Error::validation(path,
                                 WorkflowDefinition::tr("must be a status or an array of statuses, from %1 (it is %2)")
                                     .arg(enumNames<TaskStatus>().join(QStringLiteral(", ")), describe(value)));
    const QJsonArray array = value.toArray();
    if (array.isEmpty())
        return Error::validation(path, WorkflowDefinition::tr("must list at least one status"));
    QList<TaskStatus> out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Result<TaskStatus> s = enumValue<TaskStatus>(array.at(i), at(path, i));
        if (!s)
            return s.error();
        if (out.contains(*s))
            return Error::validation(at(path, i), WorkflowDefinition::tr("repeats the status %1").arg(toString(*s)));
        out << *s;
    }
    return out;
}

Result<QJsonObject> object(const QJsonValue &value, const QString &path, const QStringList &keys, const QString &what)
{
    if (!value.isObject() || value.toObject().isEmpty())
        return Error::validation(
            path,
            WorkflowDefinition::tr("must be an object with at least one of %1 (it is %2)")
                .arg(keys.join(QStringLiteral(", ")), value.isObject() ? WorkflowDefinition::tr("empty") : describe(value)));
    const QJsonObject o = value.toObject();
    if (Status s = onlyKeys(o, path, keys, what); !s)
        return s.error();
    return o;
}

Result<TaskFilterSpec> filter(const QJsonValue &value, const QString &path)
{
    const Result<QJsonObject> o =
        object(value, path,
               list({"status", "priority", "tag", "overdue", "due_within_days", "not_updated_for_days", "created_by_workflow"}),
               WorkflowDefinition::tr("a filter"));
    if (!o)
        return o.error();
    TaskFilterSpec f;
    Reader r(*o, path);
    r.readOptional("status", f.statuses, statuses);
    r.enumeration("priority", f.priority);
    r.readOptional("tag", f.tag, tag);
    r.flag("overdue", f.overdue);
    r.days("due_within_days", f.dueWithinDays, 0);
    r.days("not_updated_for_days", f.staleDays, 1);
    r.flag("created_by_workflow", f.createdByWorkflow);
    if (!r.ok())
        return r.error();
    return f;
}

Result<TaskChangeSpec> change(const QJsonValue &value, const QString &path)
{
    const Result<QJsonObject> o = object(value, path, list({"status", "priority", "add_tags", "remove_tags", "due_in_days"}),
                                         WorkflowDefinition::tr("set"));
    if (!o)
        return o.error();
    TaskChangeSpec c;
    Reader r(*o, path);
    r.enumeration("status", c.status);
    r.enumeration("priority", c.priority);
    const auto nonEmptyTags = [](const QJsonValue &v, const QString &p) { return tags(v, p, true); };
    r.readOptional("add_tags", c.addTags, nonEmptyTags);
    r.readOptional("remove_tags", c.removeTags, nonEmptyTags);
    r.days("due_in_days", c.dueInDays, 0);
    if (!r.ok())
        return r.error();
    for (qsizetype i = 0; i < c.removeTags.size(); ++i)
        for (const QString &added : std::as_const(c.addTags))
            if (added.compare(c.removeTags.at(i), Qt::CaseInsensitive) == 0)
                return Error::validation(at(r.path("remove_tags"), i),
                                         WorkflowDefinition::tr("the tag '%1' is also in add_tags").arg(c.removeTags.at(i)));
    return c;
}

Result<ActionSpec> parseAction(const QJsonValue &value, const QString &path, const QString &group)
{
    if (!value.isObject())
        return Error::validation(
            path,
            WorkflowDefinition::tr("must be an object such as {\"type\":\"create_task\",\"title\":\"...\"} (it is %1)")
                .arg(describe(value)));
    const QJsonObject o = value.toObject();
    const Result<QString> type = choice(o.value(QStringLiteral("type")), at(path, QStringLiteral("type")), kindNames());
    if (!type)
        return type.error();
    ActionSpec a;
    a.kind = static_cast<ActionSpec::Kind>(kindNames().indexOf(*type));
    if (Status s = onlyKeys(o, path, allowedKeys(a.kind), WorkflowDefinition::tr("an action of type %1").arg(*type)); !s)
        return s.error();

    Reader r(o, path);
    switch (a.kind) {
    case ActionSpec::Kind::CreateTask:
        r.text("title", a.title, true, kMaxTitle, group);
        r.text("description", a.description, false, kMaxDescription, group);
        r.enumeration("priority", a.priority);
        r.days("due_in_days", a.dueInDays, 0);
        r.readOptional("tags", a.tags, [](const QJsonValue &v, const QString &p) { return tags(v, p, false); });
        break;
    case ActionSpec::Kind::UpdateTasks:
        r.read("filter", a.filter, filter);
        r.read("set", a.set, change);
        break;
    case ActionSpec::Kind::Notify:
        r.enumeration("notification_type", a.notificationType);
        r.text("title", a.title, true, kMaxTitle, group);
        r.text("message", a.message, false, kMaxMessage, group);
        break;
    case ActionSpec::Kind::GenerateReport:
        a.period = QStringLiteral("week");
        a.format = QStringLiteral("pdf");
        r.choice("period", a.period, list({"day", "week", "month"}), false);
        r.choice("format", a.format, list({"csv", "pdf"}), false);
        r.read("folder", a.folder, folder);
        break;
    case ActionSpec::Kind::ExportData:
        a.dataKind = QStringLiteral("tasks");
        a.format = QStringLiteral("csv");
        r.choice("kind", a.dataKind, list({"tasks", "consultations"}), false);
        r.choice("format", a.format, list({"csv", "json"}), false);
        r.read("folder", a.folder, folder);
        break;
    case ActionSpec::Kind::RequestApproval:
        r.text("title", a.title, true, kMaxTitle, group);
        r.text("description", a.description, false, kMaxDescription, group);
        break;
    }
    if (!r.ok())
        return r.error();
    return a;
}

QJsonArray jsonTags(const QStringList &tags)
{
    return QJsonArray::fromStringList(tags);
}

} // namespace

namespace wfdef {

Result<QList<ActionSpec>> parseActions(const QJsonValue &value, const QString &path, const TriggerSpec &trigger)
{
    if (value.isUndefined())
        return Error::validation(path, WorkflowDefinition::tr("is required: an array of 1 to %1 actions").arg(kMaxActions));
    if (!value.isArray())
        return Error::validation(path, WorkflowDefinition::tr("must be a JSON array of actions (it is %1)").arg(describe(value)));
    const QJsonArray array = value.toArray();
    if (array.isEmpty())
        return Error::validation(path, WorkflowDefinition::tr("must contain at least one action"));
    if (array.size() > kMaxActions)
        return Error::validation(
            path, WorkflowDefinition::tr("must contain at most %1 actions (it has %2)").arg(kMaxActions).arg(array.size()));
    const QString group = eventGroup(trigger);
    QList<ActionSpec> actions;
    for (qsizetype i = 0; i < array.size(); ++i) {
        Result<ActionSpec> a = parseAction(array.at(i), at(path, i), group);
        if (!a)
            return a.error();
        actions << a.takeValue();
    }
    return actions;
}

} // namespace wfdef

QString ActionSpec::kindName(Kind kind)
{
    return QString::fromLatin1(kKinds[static_cast<int>(kind)]);
}

QJsonObject ActionSpec::toJson() const
{
    QJsonObject o{{QStringLiteral("type"), kindName(kind)}};
    auto optional = [&o](const char *key, const QString &text) {
        if (!text.isEmpty())
            o.insert(QLatin1String(key), text);
    };
    switch (kind) {
    case Kind::CreateTask:
        o.insert(QStringLiteral("title"), title);
        optional("description", description);
        o.insert(QStringLiteral("priority"), toString(priority));
        if (dueInDays)
            o.insert(QStringLiteral("due_in_days"), *dueInDays);
        if (!tags.isEmpty())
            o.insert(QStringLiteral("tags"), jsonTags(tags));
        break;
    case Kind::UpdateTasks: {
        QJsonObject f;
        if (filter.statuses.size() == 1) {
            f.insert(QStringLiteral("status"), toString(filter.statuses.first()));
        } else if (!filter.statuses.isEmpty()) {
            QJsonArray list;
            for (TaskStatus s : filter.statuses)
                list.append(toString(s));
            f.insert(QStringLiteral("status"), list);
        }
        if (filter.priority)
            f.insert(QStringLiteral("priority"), toString(*filter.priority));
        if (!filter.tag.isEmpty())
            f.insert(QStringLiteral("tag"), filter.tag);
        if (filter.overdue)
            f.insert(QStringLiteral("overdue"), *filter.overdue);
        if (filter.dueWithinDays)
            f.insert(QStringLiteral("due_within_days"), *filter.dueWithinDays);
        if (filter.staleDays)
            f.insert(QStringLiteral("not_updated_for_days"), *filter.staleDays);
        if (filter.createdByWorkflow)
            f.insert(QStringLiteral("created_by_workflow"), *filter.createdByWorkflow);
        QJsonObject s;
        if (set.status)
            s.insert(QStringLiteral("status"), toString(*set.status));
        if (set.priority)
            s.insert(QStringLiteral("priority"), toString(*set.priority));
        if (!set.addTags.isEmpty())
            s.insert(QStringLiteral("add_tags"), jsonTags(set.addTags));
        if (!set.removeTags.isEmpty())
            s.insert(QStringLiteral("remove_tags"), jsonTags(set.removeTags));
        if (set.dueInDays)
            s.insert(QStringLiteral("due_in_days"), *set.dueInDays);
        o.insert(QStringLiteral("filter"), f);
        o.insert(QStringLiteral("set"), s);
        break;
    }
    case Kind::Notify:
        o.insert(QStringLiteral("notification_type"), toString(notificationType));
        o.insert(QStringLiteral("title"), title);
        optional("message", message);
        break;
    case Kind::GenerateReport:
        o.insert(QStringLiteral("period"), period);
        o.insert(QStringLiteral("format"), format);
        o.insert(QStringLiteral("folder"), folder);
        break;
    case Kind::ExportData:
        o.insert(QStringLiteral("kind"), dataKind);
        o.insert(QStringLiteral("format"), format);
        o.insert(QStringLiteral("folder"), folder);
        break;
    case Kind::RequestApproval:
        o.insert(QStringLiteral("title"), title);
        optional("description", description);
        break;
    }
    return o;
}

} // namespace doo
