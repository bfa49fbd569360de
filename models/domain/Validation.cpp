#include "domain/Validation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <cmath>

namespace doo::Validation {

Status text(const QString &field, const QString &value, int minLength, int maxLength)
{
    const int length = value.trimmed().size();
    if (minLength > 0 && length == 0)
        return Error::validation(field, Messages::tr("is required"));
    if (length < minLength)
        return Error::validation(field, Messages::tr("must be at least %1 characters").arg(minLength));
    if (value.size() > maxLength)
        return Error::validation(field,
                                 Messages::tr("must be at most %1 characters (it has %2)").arg(maxLength).arg(value.size()));
    return {};
}

Status optionalText(const QString &field, const QString &value, int maxLength)
{
    return text(field, value, 0, maxLength);
}

Status email(const QString &field, const QString &value)
{
    if (Status s = text(field, value, 1, kMaxEmail); !s)
        return s;
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    if (!pattern.match(value.trimmed()).hasMatch())
        return Error::validation(field, Messages::tr("\"%1\" is not a valid email address").arg(value));
    return {};
}

Status json(const QString &field, const QString &value, QJsonValue::Type type, int maxBytes)
{
    const QByteArray utf8 = value.toUtf8();
    if (utf8.size() > maxBytes)
        return Error::validation(field,
                                 Messages::tr("must be at most %1 bytes of JSON (it has %2)").arg(maxBytes).arg(utf8.size()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::validation(
            field, Messages::tr("is not valid JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    if (type == QJsonValue::Object && !doc.isObject())
        return Error::validation(field, Messages::tr("must be a JSON object"));
    if (type == QJsonValue::Array && !doc.isArray())
        return Error::validation(field, Messages::tr("must be a JSON array"));
    return {};
}

Status range(const QString &field, double value, double min, double max)
{
    if (!std::isfinite(value) || value < min || value > max)
        return Error::validation(field, Messages::tr("must be between %1 and %2 (it is %3)").arg(min).arg(max).arg(value));
    return {};
}

Status tags(const QString &field, const QStringList &tags)
{
    if (tags.size() > kMaxTags)
        return Error::validation(field, Messages::tr("at most %1 tags (there are %2)").arg(kMaxTags).arg(tags.size()));
    for (const QString &tag : tags) {
        if (tag.trimmed().isEmpty())
            return Error::validation(field, Messages::tr("a tag cannot be empty"));
        if (tag.size() > kMaxTag)
            return Error::validation(
                field,
                Messages::tr("the tag \"%1\" is longer than %2 characters").arg(tag.left(20) + QStringLiteral("…")).arg(kMaxTag));
        if (tag.contains(QLatin1Char(',')))
            return Error::validation(field, Messages::tr("the tag \"%1\" contains a comma").arg(tag));
    }
    return {};
}

QStringList normalizedTags(const QStringList &tags)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &tag : tags) {
        const QString t = tag.trimmed();
        if (t.isEmpty() || seen.contains(t.toCaseFolded()))
            continue;
        seen.insert(t.toCaseFolded());
        result << t;
    }
    return result;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace doo::Validation
