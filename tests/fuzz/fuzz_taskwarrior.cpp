// The Taskwarrior reader (TaskwarriorImport::read: the JSON of `task export`, an array or one
// object per line, streamed into tasks) on any bytes, against a migrated SQLite database made
// once; the new tasks go to a sink that keeps them. Checks: a fatal plan has its issue; the sink
// gets one task per new row, each valid (Task::validate) for the user, with a reference of its
// own and no U+FFFD the input did not hold; the counts match the rows kept for the preview; every
// invalid row has an issue on its line (while the issues are all kept); read again in small
// pieces (TextLines::setPieceBytesForTesting), the file gives the same plan and tasks.

#include "FuzzCheck.h"
#include "db/Database.h"
#include "exchange/ImportInput.h"
#include "exchange/TaskwarriorImport.h"

#include <QBuffer>
#include <QSet>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>

using namespace doo;

namespace {

Database *database = nullptr;
const QString kUser = QStringLiteral("fuzz-user");

// The export read by TaskwarriorImport in pieces of `pieceBytes` (0: the real size), checked.
QString readAndCheck(const QByteArray &bytes, qsizetype pieceBytes)
{
    QBuffer input;
    input.setData(bytes);
    input.open(QIODevice::ReadOnly);
    fuzz::CollectingSink sink;
    TextLines::setPieceBytesForTesting(pieceBytes);
    TaskwarriorImport import(*database, UserContext{kUser, UserRole::User});
    const Result<ImportPlan> plan = import.read(input, &sink, {});
    TextLines::setPieceBytesForTesting(0);
    const QByteArray lower = bytes.toLower();
    fuzz::checkImport(plan, sink, kUser, lower.contains("\xEF\xBF\xBD") || lower.contains("\\ufffd"));
    FUZZ_CHECK(plan->fatal || plan->rowCount() > 0, QStringLiteral("a plan without rows"));
    FUZZ_CHECK(sink.consultations.isEmpty(), QStringLiteral("a consultation from a Taskwarrior export"));
    for (const QString &id : std::as_const(sink.consultationIds))
        FUZZ_CHECK(id.isEmpty(), QStringLiteral("a Taskwarrior task linked to consultation %1").arg(id));
    for (const QString &ref : std::as_const(sink.refs))
        FUZZ_CHECK(ref.startsWith(QLatin1String("taskwarrior:")) && ref.size() > 12, ref);
    return fuzz::describe(*plan, sink);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    database = &fuzz::migratedDatabase(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // Read again in small pieces, the boundaries of which fall inside lines, strings, characters
    // and "\r\n" line ends: the same plan and tasks.
    const QString whole = readAndCheck(bytes, 0);
    const QString pieces = readAndCheck(bytes, fuzz::smallPieceBytes(size));
    FUZZ_CHECK(whole == pieces, fuzz::differ(whole, pieces));
    return 0;
}
