#pragma once

#include <QStringList>

namespace doo::cli {

struct Args;

// `import csv FILE --kind tasks|consultations [--skip-invalid]`, `import taskwarrior FILE [--skip-invalid]`.
// A file with any bad row is refused whole (exit code 1, every bad row on stderr with its line
// and column) unless --skip-invalid; what is imported is one transaction; rows already there are
// left alone.
int runImportCommand(const Args &args);
// `export csv FILE --kind tasks|consultations`, `export ics FILE` (FILE "-" is the standard
// output). One function per export kind: exportCsv, exportIcs.
int runExportCommand(const Args &args);
// The options its commands take with a value, from its table (for Args::parse).
QStringList exchangeValueOptions();

} // namespace doo::cli
