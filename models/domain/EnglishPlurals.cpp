#include "domain/EnglishPlurals.h"

#include <QCoreApplication>
#include <QTranslator>

namespace doo {

bool installEnglishPlurals()
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return false;
    auto *plurals = new QTranslator(app);
    if (!plurals->load(QStringLiteral(":/i18n/director-of-one_en.qm"))) {
        delete plurals;
        return false;
    }
    return QCoreApplication::installTranslator(plurals);
}

} // namespace doo
