#pragma once

#include "domain/Result.h"
#include "domain/User.h"

#include <QByteArray>
#include <QList>

namespace doo {

class Database;
struct Consultation;

// The user's tasks or consultations as CSV: UTF-8, a header row (CsvImport's columns), RFC 4180
// quoting, CRLF line ends, times in UTC (ISO 8601 with Z), tags separated by ';', and formula
// cells neutralised (Csv::field). What it writes, CsvImport reads back unchanged.
namespace CsvExport {

Result<QByteArray> tasks(Database &db, const UserContext &ctx);
Result<QByteArray> consultations(Database &db, const UserContext &ctx);
// Every consultation the user sees (all pages), newest first.
Result<QList<Consultation>> allConsultations(Database &db, const UserContext &ctx);

} // namespace CsvExport

} // namespace doo
