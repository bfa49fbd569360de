#pragma once

#include "domain/Consultation.h"

#include <QDialog>

namespace doo {

// "Delete the request DO-2031-000004 from Ada Lovelace?": what goes with it (its history), what
// stays (linked tasks), that it cannot be undone. Cancel is the default; Delete accepts.
class ConsultationDeleteDialog : public QDialog
{
    Q_OBJECT

public:
    ConsultationDeleteDialog(const Consultation &consultation, QWidget *parent = nullptr);
};

} // namespace doo
