#include "itemmodels/Autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace doo {

namespace {
const QString kProgram = QStringLiteral("director-of-one");

QString configHome()
{
    const QString set = qEnvironmentVariable("XDG_CONFIG_HOME");
    return QDir::isAbsolutePath(set) ? set : QDir::homePath() + QStringLiteral("/.config");
}

// The Desktop Entry specification's quoting of an Exec argument.
QString quoted(const QString &argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    if (std::none_of(argument.cbegin(), argument.cend(), [](QChar c) { return reserved.contains(c); }))
        return argument;
    QString text = argument;
    for (const QString &c : {QStringLiteral("\\"), QStringLiteral("\""), QStringLiteral("`"), QStringLiteral("$")})
        text.replace(c, QLatin1Char('\\') + c);
    // The entry's own escaping of a backslash in a string value comes on top.
    text.replace(QStringLiteral("\\"), QStringLiteral("\\\\"));
    return QLatin1Char('"') + text + QLatin1Char('"');
}
} // namespace

QString Autostart::entryPath()
{
    return configHome() + QStringLiteral("/autostart/") + kProgram + QStringLiteral(".desktop");
}

bool Autostart::isEnabled()
{
    QFile file(entryPath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = file.readAll();
    return !text.contains("\nHidden=true") && !text.contains("\nX-GNOME-Autostart-enabled=false");
}

QString Autostart::command()
{
    const QString running = QFileInfo(QCoreApplication::applicationFilePath()).canonicalFilePath();
    const QString onPath = QStandardPaths::findExecutable(kProgram);
    if (!onPath.isEmpty() && QFileInfo(onPath).canonicalFilePath() == running)
        return kProgram;
    // Started from elsewhere (a build folder): that program; anything else (a test) by name.
    if (QFileInfo(running).fileName() == kProgram)
        return quoted(running);
    return kProgram;
}

Status Autostart::setEnabled(bool on)
{
    const QString path = entryPath();
    if (!on) {
        if (QFile::exists(path) && !QFile::remove(path))
            return Error::make(Error::Kind::Internal, tr("Cannot remove %1.").arg(QDir::toNativeSeparators(path)));
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::make(Error::Kind::Internal,
                           tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Internal,
                           tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QString entry = QStringLiteral("[Desktop Entry]\n"
                                         "Type=Application\n"
                                         "Name=Director of One\n"
                                         "Comment=Task board, workflows and consultations for a director\n"
                                         "Exec=%1 --background\n"
                                         "Icon=%2\n"
                                         "Terminal=false\n"
                                         "X-GNOME-Autostart-enabled=true\n")
                              .arg(command(), kProgram);
    file.write(entry.toUtf8());
    if (!file.commit())
        return Error::make(Error::Kind::Internal,
                           tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace doo
