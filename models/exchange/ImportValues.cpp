#include "exchange/ImportValues.h"

#include <QRegularExpression>

namespace doo::ImportValues {

std::optional<TaskStatus> taskStatus(const QString &text)
{
    QString name = text.trimmed().toUpper();
    name.replace(QLatin1Char(' '), QLatin1Char('_'));
    return enumFromString<TaskStatus>(name);
}

Result<QDateTime> dateTime(const QString &input, bool dateMeansEndOfDay)
{
    const QString text = input.trimmed();
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression full(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:?\\d{2})?$"));
    const Error bad =
        Error::validation(QString(), Messages::tr("\"%1\" is not a date and time (use YYYY-MM-DDTHH:MM:SSZ)").arg(input));
    if (dateOnly.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return bad;
        return QDateTime(date, dateMeansEndOfDay ? QTime(23, 59, 59) : QTime(0, 0), Qt::LocalTime).toUTC();
    }
    if (!full.match(text).hasMatch())
        return bad;
    QString iso = text;
    iso[10] = QLatin1Char('T');
    const QDateTime parsed = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return bad;
    return parsed.toUTC();
}

QStringList tags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[;,]"));
    QStringList list;
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts)
        if (!part.trimmed().isEmpty())
            list << part.trimmed();
    return list;
}

std::optional<bool> boolean(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("no"))
        return false;
    return std::nullopt;
}

QString columnOf(const QString &field)
{
    QString name = field.section(QLatin1Char('['), 0, 0).section(QLatin1Char('.'), 0, 0);
    QString snake;
    for (const QChar c : name) {
        if (c.isUpper()) {
            snake += QLatin1Char('_');
            snake += c.toLower();
        } else {
            snake += c;
        }
    }
    return snake;
}

} // namespace doo::ImportValues
