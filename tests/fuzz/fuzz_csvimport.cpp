// The CSV importer (CsvImport::read: a file of tasks or consultations streamed into rows) on any
// bytes, against a migrated SQLite database made once; the new rows go to a sink that keeps them.
// Input: byte 0 the kind (even: tasks, odd: consultations), the rest the file. Checks: a fatal
// plan has its issue; the sink gets one row of the file's kind per new row, each valid for the
// user, with an id (a task's) or a given booking id (a consultation's) of its own and no U+FFFD
// the input did not hold; the counts match the rows kept for the preview; every invalid row has
// an issue on its line (while the issues are all kept); read again in small pieces
// (TextLines::setPieceBytesForTesting), the file gives the same plan and rows.

#include "FuzzCheck.h"
#include "db/Database.h"
#include "exchange/CsvImport.h"
#include "exchange/ImportInput.h"

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

bool holdsReplacement(const QStringList &texts)
{
    return std::any_of(texts.cbegin(), texts.cend(), [](const QString &s) { return s.contains(QChar::ReplacementCharacter); });
}

// The file read by CsvImport in pieces of `pieceBytes` (0: the real size), checked.
QString readAndCheck(ImportPlan::Kind kind, const QByteArray &bytes, qsizetype pieceBytes)
{
    QBuffer input;
    input.setData(bytes);
    input.open(QIODevice::ReadOnly);
    fuzz::CollectingSink sink;
    TextLines::setPieceBytesForTesting(pieceBytes);
    CsvImport import(*database, UserContext{kUser, UserRole::User});
    const Result<ImportPlan> plan = import.read(kind, input, &sink, {});
    TextLines::setPieceBytesForTesting(0);
    const bool replacementInInput = bytes.contains("\xEF\xBF\xBD");
    fuzz::checkImport(plan, sink, kUser, replacementInInput);
    const bool tasks = kind == ImportPlan::Kind::Tasks;
    FUZZ_CHECK(tasks ? sink.consultations.isEmpty() : sink.tasks.isEmpty(), QStringLiteral("a row of the other kind"));
    QSet<QString> bookingIds;
    for (const Consultation &c : std::as_const(sink.consultations)) {
        const Status valid = c.validate();
        FUZZ_CHECK(valid, valid ? QString() : valid.error().message);
        // Without a booking id in the file, the writer gives the consultation its next one.
        FUZZ_CHECK(c.userId == kUser && (c.bookingId.isEmpty() || !bookingIds.contains(c.bookingId)), c.bookingId);
        bookingIds.insert(c.bookingId);
        FUZZ_CHECK(
            replacementInInput
                || !holdsReplacement({c.name, c.email, c.company, c.department, c.challenges, c.notes, c.cancellationReason}),
            QStringLiteral("U+FFFD in a consultation without an error: %1").arg(c.name));
    }
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
    if (size < 1)
        return 0;
    const ImportPlan::Kind kind = data[0] % 2 == 0 ? ImportPlan::Kind::Tasks : ImportPlan::Kind::Consultations;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    // Read again in small pieces, the boundaries of which fall inside lines, characters and "\r\n"
    // line ends: the same plan and rows.
    const QString whole = readAndCheck(kind, bytes, 0);
    const QString pieces = readAndCheck(kind, bytes, fuzz::smallPieceBytes(size));
    FUZZ_CHECK(whole == pieces, fuzz::differ(whole, pieces));
    return 0;
}
