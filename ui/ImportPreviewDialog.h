#pragma once

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace doo {

struct ImportPlan;

// Shows what an import would do, row by row (new, already there, invalid with the reason and
// where), before anything is written. Import is possible when no row is invalid, or when the
// user chooses to skip the invalid ones; a file that cannot be read at all is never imported.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPreviewDialog(const ImportPlan &plan, const QString &fileName, QWidget *parent = nullptr);

    bool skipInvalid() const;

private:
    void update();

    bool m_fatal = false;
    int m_new = 0;
    int m_invalid = 0;
    QCheckBox *m_skip = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace doo
