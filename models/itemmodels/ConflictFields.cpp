// The fields of a task, a workflow and a consultation as their editors save them, for EditConflict.
#include "domain/Consultation.h"

#include "domain/LocaleFormat.h"
#include "domain/Task.h"
#include "domain/Workflow.h"
#include "domain/WorkflowDefinition.h"
#include "itemmodels/ActionListModel.h"
#include "itemmodels/EditConflict.h"
#include "itemmodels/WorkflowListModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace doo {

namespace {

QString text(const QString &value)
{
    return value.isEmpty() ? EditConflict::none() : value;
}

QString dateTime(const QDateTime &value)
{
    return value.isValid() ? LocaleFormat::dateTime(value) : EditConflict::none();
}

QJsonDocument json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8());
}

// The trigger and the actions as the editor writes them (defaults spelt out, keys in order), so
// that an untouched definition is the same as the stored one; the JSON itself when invalid.
QJsonDocument canonicalTrigger(const Workflow &w)
{
    const auto trigger = WorkflowDefinition::parseTrigger(w.trigger);
    return trigger ? QJsonDocument(trigger->toJson()) : json(w.trigger);
}

QJsonDocument canonicalActions(const Workflow &w)
{
    const auto definition = WorkflowDefinition::parse(w.trigger, w.actions);
    if (!definition)
        return json(w.actions);
    QJsonArray actions;
    for (const ActionSpec &a : definition->actions)
        actions.append(a.toJson());
    return QJsonDocument(actions);
}

QString actions(const QString &text)
{
    QStringList summaries;
    for (const QJsonValue &action : json(text).array())
        summaries << ActionListModel::summary(action.toObject());
    return summaries.isEmpty() ? EditConflict::none() : summaries.join(QLatin1Char('\n'));
}

} // namespace

template<>
QList<ConflictField<Task>> conflictFields<Task>()
{
    return {
        memberField<Task, QString>(QT_TRANSLATE_NOOP("doo::EditConflict", "Title"), &Task::title, text),
        memberField<Task, QString>(QT_TRANSLATE_NOOP("doo::EditConflict", "Description"), &Task::description, text),
        memberField<Task, Priority>(QT_TRANSLATE_NOOP("doo::EditConflict", "Priority"), &Task::priority,
                                    [](const Priority &p) { return displayName(p); }),
        memberField<Task, TaskStatus>(QT_TRANSLATE_NOOP("doo::EditConflict", "Status"), &Task::status,
                                      [](const TaskStatus &s) { return displayName(s); }),
        memberField<Task, QDateTime>(QT_TRANSLATE_NOOP("doo::EditConflict", "Due date"), &Task::dueDate, dateTime),
        memberField<Task, QStringList>(QT_TRANSLATE_NOOP("doo::EditConflict", "Tags"), &Task::tags,
                                       [](const QStringList &tags) { return text(tags.join(QStringLiteral(", "))); }),
    };
}

template<>
QList<ConflictField<Workflow>> conflictFields<Workflow>()
{
    ConflictField<Workflow> trigger{
        QT_TRANSLATE_NOOP("doo::EditConflict", "When it runs"),
        [](const Workflow &a, const Workflow &b) { return canonicalTrigger(a) == canonicalTrigger(b); },
        [](const Workflow &w) { return text(w.frequency); },
        [](Workflow &to, const Workflow &from) {
            to.trigger = from.trigger;
            to.frequency = from.frequency;
        }};
    ConflictField<Workflow> steps{QT_TRANSLATE_NOOP("doo::EditConflict", "What it does"),
                                  [](const Workflow &a, const Workflow &b) { return canonicalActions(a) == canonicalActions(b); },
                                  [](const Workflow &w) { return actions(w.actions); },
                                  [](Workflow &to, const Workflow &from) { to.actions = from.actions; }};
    return {
        memberField<Workflow, QString>(QT_TRANSLATE_NOOP("doo::EditConflict", "Name"), &Workflow::name, text),
        memberField<Workflow, QString>(QT_TRANSLATE_NOOP("doo::EditConflict", "Description"), &Workflow::description, text),
        memberField<Workflow, WorkflowType>(QT_TRANSLATE_NOOP("doo::EditConflict", "Type"), &Workflow::type,
                                            [](const WorkflowType &t) { return displayName(t); }),
        trigger,
        steps,
        memberField<Workflow, double>(QT_TRANSLATE_NOOP("doo::EditConflict", "Saves per run"), &Workflow::estimatedMinutesSaved,
                                      [](const double &minutes) { return LocaleFormat::minutes(minutes); }),
    };
}

template<>
QList<ConflictField<Consultation>> conflictFields<Consultation>()
{
    return {
        memberField<Consultation, QString>(QT_TRANSLATE_NOOP("doo::EditConflict", "Name"), &Consultation::name, text),
        memberField<Consultation, QString>(QT_TRANSLATE_NOOP("doo::EditConflict", "Email"), &Consultation::email, text),
        memberField<Consultation, QString>(QT_TRANSLATE_NOOP("doo::EditConflict", "Company"), &Consultation::company, text),
        memberField<Consultation, QString>(QT_TRANSLATE_NOOP("doo::EditConflict", "Department"), &Consultation::department, text),
        memberField<Consultation, QString>(QT_TRANSLATE_NOOP("doo::EditConflict", "Challenges"), &Consultation::challenges, text),
    };
}

} // namespace doo
