#pragma once

#include "core/TaskLimits.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QJsonValue>

class QDateTime;

namespace doo {

// Field checks shared by the entity types. Each returns a Validation error naming `field`.
namespace Validation {

// The translation context of this namespace's messages: Messages::tr("...").
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

Status text(const QString &field, const QString &value, int minLength, int maxLength);
Status optionalText(const QString &field, const QString &value, int maxLength);
Status email(const QString &field, const QString &value);
// Well-formed JSON of the given type (Object or Array), at most maxBytes of UTF-8.
Status json(const QString &field, const QString &value, QJsonValue::Type type, int maxBytes = 65536);
Status range(const QString &field, double value, double min, double max);
Status tags(const QString &field, const QStringList &tags);

// Trims, drops empties and case-insensitive duplicates, keeping the first spelling.
QStringList normalizedTags(const QStringList &tags);
QString newId();
// An empty, non-null string for a null one: a null QString binds as SQL NULL.
inline QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

constexpr int kMaxTitle = limits::kMaxTitle;
constexpr int kMaxName = 200;
constexpr int kMaxEmail = 254;
constexpr int kMaxTag = limits::kMaxTag;
constexpr int kMaxTags = limits::kMaxTags;

} // namespace Validation

} // namespace doo
