#pragma once

#include <QCoreApplication>
#include <QMessageBox>

#include <functional>

class QWidget;

namespace doo {

// The one question a dialog with unsaved changes asks when it is closed (Escape, Cancel, the
// window's close button): Save, Discard or Cancel, Save proposed.
class UnsavedChanges
{
    Q_DECLARE_TR_FUNCTIONS(UnsavedChanges)

public:
    // The answer: from `prompt` when given (the dialogs' test seam), else from a message box that
    // says `message` (what has changes, e.g. "The task has changes that are not saved.").
    static QMessageBox::StandardButton ask(QWidget *parent, const QString &message,
                                           const std::function<QMessageBox::StandardButton()> &prompt = {});
    // Whether the dialog may close: asks, Save runs `save` (which closes the dialog when it worked)
    // and keeps it open here, Discard closes, Cancel keeps the edit.
    static bool mayClose(QWidget *parent, const QString &message, const std::function<QMessageBox::StandardButton()> &prompt,
                         const std::function<void()> &save);
};

} // namespace doo
