#include "GuiStart.h"

#include "AppContext.h"
#include "CommandLine.h"
#include "MainWindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

namespace doo {

namespace {
void installTranslators(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("director-of-one"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}
} // namespace

int runGui(int &argc, char **argv, const cli::Args &args)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Director of One"));
    QApplication::setDesktopFileName(QStringLiteral("director-of-one"));
    installTranslators(app);

    auto context = AppContext::open(args.option(QStringLiteral("--database")), true);
    if (!context) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the database"),
                              context.error().text());
        return 1;
    }
    const auto user = (*context)->resolveUser(args.option(QStringLiteral("--user")));
    if (!user) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot start"), user.error().text());
        return 1;
    }
    MainWindow window((*context)->db(), *user);
    if (args.options.contains(QStringLiteral("--view")) && !window.showView(args.option(QStringLiteral("--view")))) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Unknown view"),
                              QApplication::translate("main", "There is no view \"%1\"; use board, workflows, "
                                                              "consultations, analytics or notifications.")
                                  .arg(args.option(QStringLiteral("--view"))));
        return 2;
    }
    window.show();
    return app.exec();
}

} // namespace doo
