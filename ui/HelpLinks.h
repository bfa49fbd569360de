#pragma once

#include <QString>

class QWidget;

namespace doo::HelpLinks {

// The sections of the user guide (the README's headings, by their anchors) that help buttons
// open, and the one way to open them.

// "Workflow files": triggers, actions, placeholders and examples; the workflow editor's help.
QString workflowFiles();
// The start of the guide (Help ▸ User guide).
QString start();
// Opens the user guide at `anchor` beside `parent`'s window.
void open(const QString &anchor, QWidget *parent);

} // namespace doo::HelpLinks
