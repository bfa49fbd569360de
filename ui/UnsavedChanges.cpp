#include "UnsavedChanges.h"

namespace doo {

QMessageBox::StandardButton UnsavedChanges::ask(QWidget *parent, const QString &message,
                                                const std::function<QMessageBox::StandardButton()> &prompt)
{
    if (prompt)
        return prompt();
    return QMessageBox::question(parent, tr("Unsaved changes"), message,
                                 QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
}

bool UnsavedChanges::mayClose(QWidget *parent, const QString &message, const std::function<QMessageBox::StandardButton()> &prompt,
                              const std::function<void()> &save)
{
    const QMessageBox::StandardButton answer = ask(parent, message, prompt);
    if (answer == QMessageBox::Save) {
        save();
        return false;
    }
    return answer == QMessageBox::Discard;
}

} // namespace doo
