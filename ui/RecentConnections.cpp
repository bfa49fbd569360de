#include "RecentConnections.h"

#include <QSettings>

namespace doo {

namespace {
const QString kRecentKey = QStringLiteral("connections/recent");
} // namespace

QList<DatabaseUrl> RecentConnections::load()
{
    QList<DatabaseUrl> urls;
    const QStringList texts = QSettings().value(kRecentKey).toStringList();
    for (const QString &text : texts) {
        auto url = DatabaseUrl::parse(text);
        if (url)
            urls << url.takeValue();
    }
    return urls;
}

void RecentConnections::remember(const DatabaseUrl &url)
{
    QSettings settings;
    QStringList texts = settings.value(kRecentKey).toStringList();
    const QString text = url.text(); // never the password
    texts.removeAll(text);
    texts.prepend(text);
    while (texts.size() > kMaximum)
        texts.removeLast();
    settings.setValue(kRecentKey, texts);
}

bool RecentConnections::last(DatabaseUrl *url)
{
    const QList<DatabaseUrl> urls = load();
    if (urls.isEmpty())
        return false;
    *url = urls.first();
    return true;
}

} // namespace doo
