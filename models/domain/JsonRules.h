#pragma once

// Internal to the workflow definition parser: strict readers of JSON values that report errors
// as Validation errors on a path ("actions[2].due_in_days"). Not part of the public interface.

#include "domain/Enums.h"
#include "domain/Result.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace doo::wfjson {

constexpr int kMaxBytes = 65536;
constexpr int kMaxDepth = 16;

// "trigger" + "at" → "trigger.at"; "actions" + 2 → "actions[2]".
inline QString at(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}
inline QString at(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// The deepest nesting of arrays and objects in JSON text (strings skipped); stops counting
// once past `stopAfter`.
int nestingDepth(const QByteArray &utf8, int stopAfter = kMaxDepth);
// Size and depth limits, then the parse. Errors name `field`.
Result<QJsonDocument> parseDocument(const QByteArray &utf8, const QString &field);

// "a string", "a number", "an object", ... for "(it is ...)" in messages.
QString describe(const QJsonValue &value);
// "a, b or c"
QString orList(const QStringList &items);

// The first key of `object` not in `allowed` is an "unknown key" error on path.key.
Status onlyKeys(const QJsonObject &object, const QString &path, const QStringList &allowed, const QString &what);

Result<bool> boolean(const QJsonValue &value, const QString &path);
Result<int> integer(const QJsonValue &value, const QString &path, int min, int max);
Result<QString> string(const QJsonValue &value, const QString &path);
// A string of at most maxLength characters; required: not empty or blank.
Result<QString> text(const QJsonValue &value, const QString &path, bool required, int maxLength);
// One of `allowed` (case-sensitive).
Result<QString> choice(const QJsonValue &value, const QString &path, const QStringList &allowed);

template<typename E>
Result<E> enumValue(const QJsonValue &value, const QString &path)
{
    const Result<QString> name = choice(value, path, enumNames<E>());
    if (!name)
        return name.error();
    return *enumFromString<E>(*name);
}

} // namespace doo::wfjson
