#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

namespace doo {

class DashboardModel;

// The dashboard as a PDF report (A4): the summary with the previous range, every chart drawn as
// an image, and a table of the top workflows. Written through QSaveFile: a failed write leaves
// any existing file as it was. Needs a QApplication (the charts are widgets).
namespace DashboardReport {

// The translation context of this namespace's messages: Messages::tr("...").
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(DashboardReport)
};

Status writePdf(const QString &path, DashboardModel &model, const QString &who);

} // namespace DashboardReport

} // namespace doo
