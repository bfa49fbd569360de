#pragma once

class QTableView;

namespace doo {

class ConsultationTableModel;

// The Consultations table's columns, laid out to fit beside the agenda and the detail pane on a
// 1366-px screen in any language: the model's shown columns in their order; the booking number,
// status and dates as wide as their longest value (or header); name, company and email share
// the rest and end in "…" when too long (the model's tooltip has them whole). Department and
// Received start hidden (the detail pane shows both); the header's context menu shows or hides
// any column.
void layOutConsultationColumns(QTableView *table, const ConsultationTableModel *model);

} // namespace doo
