#include "Output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace doo::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

bool askYes(const QString &question)
{
    out() << question << ' ' << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    // Straight to stdout as UTF-8: a list of 10,000 tasks is megabytes, no detour through QString.
    printBytes(doc.toJson(QJsonDocument::Indented));
}

void printBytes(const QByteArray &bytes)
{
    out().flush();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int fail(const QString &message, int code)
{
    out().flush();
    err() << "director-of-one: " << message << Qt::endl;
    return code;
}

} // namespace doo::cli
