#include "domain/Template.h"

#include <QCoreApplication>

namespace doo::Template {

namespace {

const char *const kAlways[] = {"date", "time", "weekday", "week", "month", "year", "workflow.name"};
const char *const kTask[] = {"task.title", "task.status", "task.priority", "task.due_date"};
const char *const kConsultation[] = {"consultation.name", "consultation.email", "consultation.company", "consultation.booking_id",
                                     "consultation.scheduled_date"};

template<std::size_t N>
void append(QStringList &list, const char *const (&names)[N])
{
    for (const char *name : names)
        list << QString::fromLatin1(name);
}

QString braced(const QStringList &names)
{
    QStringList out;
    for (const QString &n : names)
        out << QLatin1Char('{') + n + QLatin1Char('}');
    return out.join(QStringLiteral(", "));
}

} // namespace

QStringList placeholders(const QString &eventGroup)
{
    QStringList list;
    append(list, kAlways);
    if (eventGroup == QLatin1String("task"))
        append(list, kTask);
    else if (eventGroup == QLatin1String("consultation"))
        append(list, kConsultation);
    return list;
}

Status check(const QString &field, const QString &text, const QString &eventGroup)
{
    const QStringList available = placeholders(eventGroup);
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('}')) {
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('}')) {
                ++i;
                continue;
            }
            return Error::validation(field, Messages::tr("unmatched '}' at %1 (write }} for a literal brace)").arg(i));
        }
        if (c != QLatin1Char('{'))
            continue;
        if (i + 1 < n && text.at(i + 1) == QLatin1Char('{')) {
            ++i;
            continue;
        }
        const qsizetype open = i;
        qsizetype close = open + 1;
        while (close < n && text.at(close) != QLatin1Char('}') && text.at(close) != QLatin1Char('{'))
            ++close;
        if (close >= n)
            return Error::validation(field, Messages::tr("unclosed '{' at %1 (write {{ for a literal brace)").arg(open));
        if (text.at(close) == QLatin1Char('{'))
            return Error::validation(
                field, Messages::tr("unclosed '{' at %1: another '{' follows at %2 before any '}'").arg(open).arg(close));
        const QString name = text.mid(open + 1, close - open - 1);
        if (name.isEmpty())
            return Error::validation(field,
                                     Messages::tr("empty placeholder '{}' at %1 (write {{}} for literal braces)").arg(open));
        if (!available.contains(name)) {
            QStringList task;
            append(task, kTask);
            QStringList consultation;
            append(consultation, kConsultation);
            if (task.contains(name))
                return Error::validation(field,
                                         Messages::tr("the placeholder {%1} needs a task event trigger (task.created, "
                                                      "task.status_changed or task.due_soon)")
                                             .arg(name));
            if (consultation.contains(name))
                return Error::validation(field,
                                         Messages::tr("the placeholder {%1} needs a consultation event trigger "
                                                      "(consultation.created, .scheduled, .completed or .cancelled)")
                                             .arg(name));
            return Error::validation(field,
                                     Messages::tr("unknown placeholder {%1}; available here: %2").arg(name, braced(available)));
        }
        i = close;
    }
    return {};
}

QString render(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const bool doubled = i + 1 < n && text.at(i + 1) == c;
        if (c == QLatin1Char('}')) {
            out += c;
            if (doubled)
                ++i;
            continue;
        }
        if (c != QLatin1Char('{')) {
            out += c;
            continue;
        }
        if (doubled) {
            out += c;
            ++i;
            continue;
        }
        const qsizetype close = text.indexOf(QLatin1Char('}'), i + 1);
        if (close < 0) { // unchecked text: keep the rest as it is
            out += QStringView(text).mid(i);
            break;
        }
        out += values.value(text.mid(i + 1, close - i - 1));
        i = close;
    }
    return out;
}

} // namespace doo::Template
