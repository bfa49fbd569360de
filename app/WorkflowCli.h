#pragma once

#include <QStringList>

namespace doo::cli {

struct Args;

// `director-of-one workflow list|add|update|show|export|run|dry-run|enable|disable|history|versions|restore|
// runs|undo-run|approve|reject`.
int runWorkflowCommand(const Args &args);
// `director-of-one scheduler [--once] [--at ISO-TIME]`: the headless scheduler.
int runSchedulerCommand(const Args &args);
// The options its commands take with a value, from its table (for Args::parse).
QStringList workflowValueOptions();
QStringList schedulerValueOptions();

} // namespace doo::cli
