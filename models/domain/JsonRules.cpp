#include "domain/JsonRules.h"
#include "domain/JsonText.h"
#include "domain/WorkflowDefinition.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace doo::wfjson {

int nestingDepth(const QByteArray &utf8, int stopAfter)
{
    int depth = 0;
    int deepest = 0;
    forEachOutsideStrings(utf8, [&](char c) {
        if (c == '[' || c == '{')
            deepest = std::max(deepest, ++depth);
        else if ((c == ']' || c == '}') && depth > 0)
            --depth;
        return deepest <= stopAfter;
    });
    return deepest;
}

Result<QJsonDocument> parseDocument(const QByteArray &utf8, const QString &field)
{
    if (utf8.size() > kMaxBytes)
        return Error::validation(
            field, WorkflowDefinition::tr("is too large: at most %1 bytes of JSON (it has %2)").arg(kMaxBytes).arg(utf8.size()));
    if (nestingDepth(utf8) > kMaxDepth)
        return Error::validation(
            field, WorkflowDefinition::tr("is nested too deeply: at most %1 levels of arrays and objects").arg(kMaxDepth));
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::validation(
            field,
            WorkflowDefinition::tr("is not valid JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    return doc;
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return WorkflowDefinition::tr("null");
    case QJsonValue::Bool:
        return value.toBool() ? WorkflowDefinition::tr("true") : WorkflowDefinition::tr("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return WorkflowDefinition::tr("a string");
    case QJsonValue::Array:
        return WorkflowDefinition::tr("an array");
    case QJsonValue::Object:
        return WorkflowDefinition::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return WorkflowDefinition::tr("missing");
}

QString orList(const QStringList &items)
{
    if (items.size() <= 1)
        return items.join(QString());
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + WorkflowDefinition::tr(" or ") + items.last();
}

Status onlyKeys(const QJsonObject &object, const QString &path, const QStringList &allowed, const QString &what)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            return Error::validation(
                at(path, it.key()),
                WorkflowDefinition::tr("unknown key; %1 takes %2").arg(what, allowed.join(QStringLiteral(", "))));
    }
    return {};
}

Result<bool> boolean(const QJsonValue &value, const QString &path)
{
    if (!value.isBool())
        return Error::validation(path, WorkflowDefinition::tr("must be true or false (it is %1)").arg(describe(value)));
    return value.toBool();
}

Result<int> integer(const QJsonValue &value, const QString &path, int min, int max)
{
    if (value.isUndefined())
        return Error::validation(path, WorkflowDefinition::tr("is required: an integer from %1 to %2").arg(min).arg(max));
    const double d = value.toDouble();
    if (!value.isDouble() || !std::isfinite(d) || std::trunc(d) != d)
        return Error::validation(
            path, WorkflowDefinition::tr("must be an integer from %1 to %2 (it is %3)").arg(min).arg(max).arg(describe(value)));
    if (d < min || d > max)
        return Error::validation(
            path, WorkflowDefinition::tr("must be between %1 and %2 (it is %3)").arg(min).arg(max).arg(describe(value)));
    return static_cast<int>(d);
}

Result<QString> string(const QJsonValue &value, const QString &path)
{
    if (value.isUndefined())
        return Error::validation(path, WorkflowDefinition::tr("is required"));
    if (!value.isString())
        return Error::validation(path, WorkflowDefinition::tr("must be a string (it is %1)").arg(describe(value)));
    return value.toString();
}

Result<QString> text(const QJsonValue &value, const QString &path, bool required, int maxLength)
{
    if (value.isUndefined() && !required)
        return QString();
    Result<QString> s = string(value, path);
    if (!s)
        return s;
    if (required && s->trimmed().isEmpty())
        return Error::validation(path, WorkflowDefinition::tr("is required: it cannot be empty"));
    if (s->size() > maxLength)
        return Error::validation(
            path, WorkflowDefinition::tr("must be at most %1 characters (it has %2)").arg(maxLength).arg(s->size()));
    return s;
}

Result<QString> choice(const QJsonValue &value, const QString &path, const QStringList &allowed)
{
    if (value.isUndefined())
        return Error::validation(path, WorkflowDefinition::tr("is required: one of %1").arg(allowed.join(QStringLiteral(", "))));
    if (!value.isString())
        return Error::validation(
            path,
            WorkflowDefinition::tr("must be one of %1 (it is %2)").arg(allowed.join(QStringLiteral(", ")), describe(value)));
    const QString s = value.toString();
    if (!allowed.contains(s))
        return Error::validation(
            path, WorkflowDefinition::tr("must be one of %1 (it is '%2')").arg(allowed.join(QStringLiteral(", ")), s.left(60)));
    return s;
}

} // namespace doo::wfjson
