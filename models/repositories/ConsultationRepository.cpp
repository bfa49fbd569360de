#include "repositories/ConsultationRepository.h"

#include "domain/Clock.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/Transaction.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace doo {

namespace {

const QString kColumns =
    QStringLiteral("id, user_id, booking_id, name, email, company, department, challenges, status, scheduled_date, notes, "
                   "cancellation_reason, no_show, created_at, updated_at, version");
const QString kBookingCounter = QStringLiteral("booking");
constexpr int kMaxLimit = 1000;
constexpr int kMaxReason = 1000;
constexpr int kMaxNotes = 5000;

Consultation readConsultation(const Query &q)
{
    Consultation c;
    c.id = q.value(0).toString();
    c.userId = q.value(1).toString();
    c.bookingId = q.value(2).toString();
    c.name = q.value(3).toString();
    c.email = q.value(4).toString();
    c.company = q.value(5).toString();
    c.department = q.value(6).toString();
    c.challenges = q.value(7).toString();
    c.status = enumFromString<ConsultationStatus>(q.value(8).toString()).value_or(ConsultationStatus::Pending);
    c.scheduledDate = Database::dateTimeFromDb(q.value(9));
    c.notes = q.value(10).toString();
    c.cancellationReason = q.value(11).toString();
    c.noShow = q.value(12).toBool();
    c.createdAt = Database::dateTimeFromDb(q.value(13));
    c.updatedAt = Database::dateTimeFromDb(q.value(14));
    c.version = q.value(15).toInt();
    return c;
}

// `message` names the target ("... cannot be completed"); %1 is the current status as a person reads it.
Error refused(ConsultationStatus from, const char *message)
{
    return Error::validation(QStringLiteral("status"), ConsultationRepository::tr(message).arg(displayName(from)));
}

} // namespace

ConsultationRepository::ConsultationRepository(Database &db, UserContext ctx) : Repository(db, std::move(ctx))
{ }

Result<qint64> ConsultationRepository::nextBookingNumber()
{
    // Runs inside the create transaction. On PostgreSQL the UPDATE's row lock queues concurrent
    // creators until the holder commits; on SQLite the transaction is BEGIN IMMEDIATE anyway.
    for (int attempt = 0;; ++attempt) {
        Query update(m_db);
        if (!update.exec(QStringLiteral("UPDATE app_counter SET value = value + 1 WHERE name = ?"), {kBookingCounter}))
            return update.error();
        if (update.rowsAffected() == 1)
            break;
        if (attempt > 0)
            return Error::make(Error::Kind::Internal, tr("the booking number counter cannot be advanced"));
        // The very first booking. Two first creators can race here: the INSERT of the one that
        // comes second waits for the first one's commit and then does nothing (no unique
        // violation, which would abort a PostgreSQL transaction); its second UPDATE takes the row.
        Query insert(m_db);
        if (!insert.exec(QStringLiteral("INSERT INTO app_counter (name, value) VALUES (?, 1) ON CONFLICT (name) DO NOTHING"),
                         {kBookingCounter}))
            return insert.error();
        if (insert.rowsAffected() == 1)
            break;
    }
    return readFirst(QStringLiteral("SELECT value FROM app_counter WHERE name = ?"), {kBookingCounter},
                     [](const Query &q) { return q.value(0).toLongLong(); });
}

Status ConsultationRepository::recordHistory(const QString &consultationId, std::optional<ConsultationStatus> from,
                                             ConsultationStatus to, const QDateTime &at, const QString &note)
{
    Query q(m_db);
    if (!q.exec(QStringLiteral("INSERT INTO consultation_history (id, consultation_id, from_status, to_status, changed_at, note) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                {Validation::newId(), consultationId, from ? QVariant(toString(*from)) : QVariant(QMetaType::fromType<QString>()),
                 toString(to), Database::toDb(at), Database::nullIfEmpty(note)}))
        return q.error();
    return {};
}

Result<Consultation> ConsultationRepository::create(Consultation input)
{
    return insertNew(std::move(input), [this](Consultation &c) -> Status {
        const auto number = nextBookingNumber();
        if (!number)
            return number.error();
        c.createdAt = c.updatedAt = Clock::currentUtc();
        c.bookingId = QStringLiteral("DO-%1-%2").arg(c.createdAt.date().year()).arg(*number, 6, 10, QLatin1Char('0'));
        c.status = ConsultationStatus::Pending;
        c.scheduledDate = {};
        c.cancellationReason.clear();
        c.noShow = false;
        c.version = 1;
        if (Status s = insert(c, QString()); !s)
            return s;
        return recordHistory(c.id, std::nullopt, c.status, c.createdAt, QString());
    });
}

Status ConsultationRepository::insert(const Consultation &c, const QString &externalRef)
{
    return exec(QStringLiteral("INSERT INTO consultation (%1, external_ref) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .arg(kColumns),
                {c.id, c.userId, c.bookingId, c.name, c.email, Database::nullIfEmpty(c.company),
                 Database::nullIfEmpty(c.department), Validation::notNull(c.challenges), toString(c.status),
                 Database::toDb(c.scheduledDate), Database::nullIfEmpty(c.notes), Database::nullIfEmpty(c.cancellationReason),
                 c.noShow, Database::toDb(c.createdAt), Database::toDb(c.updatedAt), c.version,
                 Database::nullIfEmpty(externalRef)});
}

Result<Consultation> ConsultationRepository::update(const Consultation &input)
{
    // Only the request's details change; status, schedule and notes keep their stored values.
    const auto find = [this](const QString &id) { return findById(id); };
    return updateExisting(input, find, [this](Consultation &c, const Consultation &existing) -> Status {
        const Error conflict =
            Error::make(Error::Kind::Conflict,
                        tr("the consultation %1 was changed elsewhere; reload it and try again").arg(existing.bookingId));
        if (existing.version != c.version)
            return conflict;
        Consultation edited = existing;
        edited.name = c.name;
        edited.email = c.email;
        edited.company = c.company;
        edited.department = c.department;
        edited.challenges = c.challenges;
        edited.updatedAt = Clock::currentUtc();
        QVariantList values{edited.name,
                            edited.email,
                            Database::nullIfEmpty(edited.company),
                            Database::nullIfEmpty(edited.department),
                            Validation::notNull(edited.challenges),
                            Database::toDb(edited.updatedAt),
                            edited.id,
                            edited.version};
        const QString sql =
            QStringLiteral("UPDATE consultation SET name = ?, email = ?, company = ?, department = ?, challenges = ?, "
                           "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
            + scope(QStringLiteral("user_id"), values);
        if (Status s = updateOne(sql, values, conflict); !s)
            return s;
        edited.version += 1;
        c = edited;
        return {};
    });
}

Result<Consultation> ConsultationRepository::findById(const QString &id)
{
    return readOne(QStringLiteral("SELECT %1 FROM consultation WHERE id = ?").arg(kColumns), {id}, QStringLiteral("user_id"),
                   tr("consultation"), id, readConsultation);
}

Result<Consultation> ConsultationRepository::findByBookingId(const QString &bookingId)
{
    QVariantList values{bookingId.trimmed().toUpper()};
    const QString sql = QStringLiteral("SELECT %1 FROM consultation WHERE booking_id = ?").arg(kColumns)
        + scope(QStringLiteral("user_id"), values);
    Query q(m_db);
    if (!q.exec(sql, values))
        return q.error();
    if (!q.next())
        return Error::make(Error::Kind::NotFound, tr("no consultation with the booking id %1").arg(bookingId));
    return readConsultation(q);
}

QString ConsultationRepository::whereClause(const ConsultationFilter &f, QVariantList &values) const
{
    QString where = QStringLiteral(" WHERE 1 = 1") + scope(QStringLiteral("user_id"), values);
    andWhere(where, values, QStringLiteral("status = ?"), nameOf(f.status));
    andWhere(where, values, QStringLiteral("created_at >= ?"), Database::toDb(f.createdFrom));
    andWhere(where, values, QStringLiteral("created_at < ?"), Database::toDb(f.createdBefore));
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        const QString pattern = Database::likeContains(text);
        QStringList conditions;
        for (const char *column : {"booking_id", "name", "email", "company", "department"}) {
            conditions << QStringLiteral("lower(%1) LIKE lower(?) ESCAPE '\\'").arg(QLatin1String(column));
            values << pattern;
        }
        where += QStringLiteral(" AND (") + conditions.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return where;
}

Result<Page<Consultation>> ConsultationRepository::findAll(const ConsultationFilter &filter)
{
    Page<Consultation> page;
    page.limit = std::clamp(filter.limit, 1, kMaxLimit);
    page.offset = std::max(filter.offset, 0);

    QVariantList countValues;
    const QString countWhere = whereClause(filter, countValues);
    const auto total = readCount(QStringLiteral("SELECT count(*) FROM consultation") + countWhere, countValues);
    if (!total)
        return total.error();
    page.total = *total;

    QVariantList values;
    const QString sql = QStringLiteral("SELECT %1 FROM consultation").arg(kColumns) + whereClause(filter, values)
        + QStringLiteral(" ORDER BY created_at DESC, id LIMIT ? OFFSET ?");
    values << page.limit << page.offset;
    Query q(m_db);
    if (!q.exec(sql, values))
        return q.error();
    while (q.next())
        page.items << readConsultation(q);
    return page;
}

Result<Consultation> ConsultationRepository::transition(const QString &id,
                                                        const std::function<const char *(ConsultationStatus from)> &refusal,
                                                        const std::function<Result<QString>(Consultation &)> &change)
{
    return inTransaction([&]() -> Result<Consultation> {
        auto existing = findById(id);
        if (!existing)
            return existing.error();
        Consultation c = existing.takeValue();
        const ConsultationStatus from = c.status;
        if (const char *message = refusal(from))
            return refused(from, message);
        const auto note = change(c);
        if (!note)
            return note.error();
        const QDateTime now = Clock::currentUtc();
        QVariantList values{toString(c.status),
                            Database::toDb(c.scheduledDate),
                            Database::nullIfEmpty(c.notes),
                            Database::nullIfEmpty(c.cancellationReason),
                            c.noShow,
                            Database::toDb(now),
                            c.id,
                            c.version};
        const QString sql = QStringLiteral("UPDATE consultation SET status = ?, scheduled_date = ?, notes = ?, "
                                           "cancellation_reason = ?, no_show = ?, updated_at = ?, version = version + 1 "
                                           "WHERE id = ? AND version = ?")
            + scope(QStringLiteral("user_id"), values);
        const Error conflict = Error::make(
            Error::Kind::Conflict, tr("the consultation %1 was changed elsewhere; reload it and try again").arg(c.bookingId));
        if (Status s = updateOne(sql, values, conflict); !s)
            return s.error();
        if (Status s = recordHistory(c.id, from, c.status, now, *note); !s)
            return s.error();
        c.updatedAt = now;
        c.version += 1;
        return c;
    });
}

Result<Consultation> ConsultationRepository::schedule(const QString &id, const QDateTime &when)
{
    if (!when.isValid())
        return Error::validation(QStringLiteral("scheduledDate"), tr("a valid date and time is required"));
    const auto refusal = [](ConsultationStatus from) -> const char * {
        if (from == ConsultationStatus::Pending)
            return nullptr;
        return from == ConsultationStatus::Scheduled
            ? QT_TRANSLATE_NOOP("ConsultationRepository",
                                "the consultation is \"%1\" and cannot be scheduled again; reschedule it")
            : QT_TRANSLATE_NOOP("ConsultationRepository", "the consultation is \"%1\" and cannot be scheduled");
    };
    return transition(id, refusal, [&when](Consultation &c) -> Result<QString> {
        c.status = ConsultationStatus::Scheduled;
        c.scheduledDate = when.toUTC();
        return QString();
    });
}

Result<Consultation> ConsultationRepository::reschedule(const QString &id, const QDateTime &when)
{
    if (!when.isValid())
        return Error::validation(QStringLiteral("scheduledDate"), tr("a valid date and time is required"));
    const auto refusal = [](ConsultationStatus from) -> const char * {
        return from == ConsultationStatus::Scheduled
            ? nullptr
            : QT_TRANSLATE_NOOP("ConsultationRepository", "the consultation is \"%1\" and cannot be rescheduled");
    };
    return transition(id, refusal, [&when](Consultation &c) -> Result<QString> {
        const QString note = tr("moved from %1").arg(c.scheduledDate.toUTC().toString(Qt::ISODate));
        c.scheduledDate = when.toUTC();
        return note;
    });
}

Result<Consultation> ConsultationRepository::markNoShow(const QString &id)
{
    const auto refusal = [](ConsultationStatus from) -> const char * {
        return from == ConsultationStatus::Scheduled
            ? nullptr
            : QT_TRANSLATE_NOOP("ConsultationRepository", "the consultation is \"%1\" and cannot be a no-show");
    };
    return transition(id, refusal, [](Consultation &c) -> Result<QString> {
        if (Clock::currentUtc() < c.scheduledDate)
            return Error::validation(QStringLiteral("status"),
                                     tr("the consultation starts at %1; it can be a no-show only once it has started")
                                         .arg(c.scheduledDate.toUTC().toString(Qt::ISODate)));
        c.status = ConsultationStatus::Cancelled;
        c.noShow = true;
        c.cancellationReason = tr("no-show");
        return c.cancellationReason;
    });
}

Result<Consultation> ConsultationRepository::complete(const QString &id, const QString &notes)
{
    const QString trimmed = notes.trimmed();
    if (Status s = Validation::optionalText(QStringLiteral("notes"), trimmed, kMaxNotes); !s)
        return s.error();
    const auto refusal = [](ConsultationStatus from) -> const char * {
        return from == ConsultationStatus::Scheduled
            ? nullptr
            : QT_TRANSLATE_NOOP("ConsultationRepository", "the consultation is \"%1\" and cannot be completed");
    };
    return transition(id, refusal, [&trimmed](Consultation &c) -> Result<QString> {
        c.status = ConsultationStatus::Completed;
        if (!trimmed.isEmpty())
            c.notes = trimmed;
        return trimmed;
    });
}

Result<Consultation> ConsultationRepository::cancel(const QString &id, const QString &reason)
{
    const QString trimmed = reason.trimmed();
    if (Status s = Validation::text(QStringLiteral("reason"), trimmed, 1, kMaxReason); !s)
        return s.error();
    const auto refusal = [](ConsultationStatus from) -> const char * {
        return from == ConsultationStatus::Pending || from == ConsultationStatus::Scheduled
            ? nullptr
            : QT_TRANSLATE_NOOP("ConsultationRepository", "the consultation is \"%1\" and cannot be cancelled");
    };
    return transition(id, refusal, [&trimmed](Consultation &c) -> Result<QString> {
        c.status = ConsultationStatus::Cancelled;
        c.cancellationReason = trimmed;
        return trimmed;
    });
}

Result<ConsultationStats> ConsultationRepository::getStats()
{
    static const std::pair<ConsultationStatus, int ConsultationStats::*> kCounters[] = {
        {ConsultationStatus::Pending, &ConsultationStats::pending},
        {ConsultationStatus::Scheduled, &ConsultationStats::scheduled},
        {ConsultationStatus::Completed, &ConsultationStats::completed},
        {ConsultationStatus::Cancelled, &ConsultationStats::cancelled},
    };
    ConsultationStats stats;
    QVariantList values;
    Query q(m_db);
    if (!q.exec(QStringLiteral("SELECT status, no_show, count(*) FROM consultation WHERE 1 = 1")
                    + scope(QStringLiteral("user_id"), values) + QStringLiteral(" GROUP BY status, no_show"),
                values))
        return q.error();
    while (q.next()) {
        const int n = q.value(2).toInt();
        stats.total += n;
        if (q.value(1).toBool())
            stats.noShows += n;
        const auto status = enumFromString<ConsultationStatus>(q.value(0).toString()).value_or(ConsultationStatus::Pending);
        for (const auto &[counted, counter] : kCounters)
            if (counted == status)
                stats.*counter += n;
    }
    const int closed = stats.completed + stats.cancelled;
    if (closed > 0)
        stats.completionRate = double(stats.completed) / closed;
    if (stats.completed + stats.noShows > 0)
        stats.noShowRate = double(stats.noShows) / (stats.completed + stats.noShows);

    // Date arithmetic differs between the dialects: the difference is taken here.
    QVariantList dateValues{toString(ConsultationStatus::Scheduled), toString(ConsultationStatus::Completed)};
    Query dates(m_db);
    if (!dates.exec(QStringLiteral("SELECT created_at, scheduled_date FROM consultation "
                                   "WHERE status IN (?, ?) AND scheduled_date IS NOT NULL")
                        + scope(QStringLiteral("user_id"), dateValues),
                    dateValues))
        return dates.error();
    double days = 0;
    int rows = 0;
    while (dates.next()) {
        const QDateTime created = Database::dateTimeFromDb(dates.value(0));
        const QDateTime scheduled = Database::dateTimeFromDb(dates.value(1));
        days += double(created.msecsTo(scheduled)) / (24.0 * 60 * 60 * 1000);
        ++rows;
    }
    if (rows > 0)
        stats.averageDaysToConsultation = days / rows;
    return stats;
}

Result<QList<ConsultationHistoryEntry>> ConsultationRepository::history(const QString &id)
{
    if (auto visible = findById(id); !visible)
        return visible.error();
    return readAll(QStringLiteral("SELECT from_status, to_status, changed_at, note FROM consultation_history WHERE "
                                  "consultation_id = ? ORDER BY changed_at, CASE WHEN from_status IS NULL THEN 0 ELSE 1 END, id"),
                   {id}, [](const Query &q) {
                       ConsultationHistoryEntry e;
                       if (!q.value(0).isNull())
                           e.fromStatus = enumFromString<ConsultationStatus>(q.value(0).toString());
                       e.toStatus =
                           enumFromString<ConsultationStatus>(q.value(1).toString()).value_or(ConsultationStatus::Pending);
                       e.changedAt = Database::dateTimeFromDb(q.value(2));
                       e.note = q.value(3).toString();
                       return e;
                   });
}

Result<QList<Consultation>> ConsultationRepository::overlapping(const QDateTime &when, const QString &exceptId)
{
    if (!when.isValid())
        return QList<Consultation>();
    const qint64 span = qint64(Consultation::kDurationMinutes) * 60;
    QVariantList values{toString(ConsultationStatus::Scheduled), Database::toDb(when.toUTC().addSecs(-span)),
                        Database::toDb(when.toUTC().addSecs(span)), Validation::notNull(exceptId)};
    const QString sql = QStringLiteral("SELECT %1 FROM consultation WHERE status = ? AND scheduled_date > ? "
                                       "AND scheduled_date < ? AND id <> ?")
                            .arg(kColumns)
        + scope(QStringLiteral("user_id"), values) + QStringLiteral(" ORDER BY scheduled_date, id");
    return readAll(sql, values, readConsultation);
}

Result<QList<WeeklyCount>> ConsultationRepository::requestsPerWeek(int weeks, const QDateTime &now)
{
    weeks = std::clamp(weeks, 1, 520);
    const QDate today = now.toUTC().date();
    const QDate firstMonday = today.addDays(1 - today.dayOfWeek()).addDays(-7 * (weeks - 1));
    QList<WeeklyCount> counts;
    for (int i = 0; i < weeks; ++i)
        counts << WeeklyCount{firstMonday.addDays(7 * i), 0};
    const QDateTime from(firstMonday, QTime(0, 0), Qt::UTC);
    const QDateTime to = from.addDays(7 * weeks);
    QVariantList values{Database::toDb(from), Database::toDb(to)};
    Query q(m_db);
    if (!q.exec(QStringLiteral("SELECT created_at FROM consultation WHERE created_at >= ? AND created_at < ?")
                    + scope(QStringLiteral("user_id"), values),
                values))
        return q.error();
    while (q.next()) {
        const qint64 day = firstMonday.daysTo(Database::dateTimeFromDb(q.value(0)).toUTC().date());
        if (day >= 0 && day < 7 * weeks)
            counts[int(day / 7)].requests += 1;
    }
    return counts;
}

Status ConsultationRepository::remove(const QString &id, int version)
{
    return inTransaction([&]() -> Status {
        const auto existing = findById(id);
        if (!existing)
            return existing.error();
        const Error conflict =
            Error::make(Error::Kind::Conflict,
                        tr("the consultation %1 was changed elsewhere; reload it and try again").arg(existing->bookingId));
        QVariantList values{id, version};
        return updateOne(QStringLiteral("DELETE FROM consultation WHERE id = ? AND version = ?")
                             + scope(QStringLiteral("user_id"), values),
                         values, conflict);
    });
}

Status ConsultationRepository::linkTask(const QString &taskId, const QString &consultationId)
{
    return inTransaction([&]() -> Status {
        if (!consultationId.isEmpty()) {
            if (auto c = findById(consultationId); !c)
                return c.error();
        }
        QVariantList values{Database::nullIfEmpty(consultationId), taskId};
        Query q(m_db);
        if (!q.exec(QStringLiteral("UPDATE task SET consultation_id = ? WHERE id = ?") + scope(QStringLiteral("user_id"), values),
                    values))
            return q.error();
        if (q.rowsAffected() != 1)
            return notFound(tr("task"), taskId);
        return {};
    });
}

Result<int> ConsultationRepository::insertImported(QList<Consultation> list, const QStringList &externalRefs)
{
    return inTransaction([&]() -> Result<int> {
        for (int i = 0; i < list.size(); ++i) {
            Consultation &c = list[i];
            c.normalize();
            c.bookingId = c.bookingId.trimmed().toUpper();
            if (c.bookingId.isEmpty()) {
                const auto number = nextBookingNumber();
                if (!number)
                    return number.error();
                const int year = (c.createdAt.isValid() ? c.createdAt : Clock::currentUtc()).toUTC().date().year();
                c.bookingId = QStringLiteral("DO-%1-%2").arg(year).arg(*number, 6, 10, QLatin1Char('0'));
            } else if (const qint64 n = Consultation::generatedBookingNumber(c.bookingId); n >= 0) {
                if (Status s = c.validate(); !s) // a number the counter could not go beyond
                    return s.error();
                if (Status s = exec(QStringLiteral("INSERT INTO app_counter (name, value) VALUES (?, 0) "
                                                   "ON CONFLICT (name) DO NOTHING"),
                                    {kBookingCounter});
                    !s)
                    return s.error();
                if (Status s = exec(QStringLiteral("UPDATE app_counter SET value = ? WHERE name = ? AND value < ?"),
                                    {n, kBookingCounter, n});
                    !s)
                    return s.error();
            }
            if (c.id.isEmpty())
                c.id = Validation::newId();
            c.userId = ownerFor(c.userId);
            if (!c.createdAt.isValid())
                c.createdAt = Clock::currentUtc();
            if (!c.updatedAt.isValid())
                c.updatedAt = c.createdAt;
            c.version = 1;
            if (Status s = insert(c, externalRefs.value(i)); !s)
                return s.error();
            if (Status s = recordHistory(c.id, std::nullopt, c.status, c.createdAt, tr("imported")); !s)
                return s.error();
        }
        return int(list.size());
    });
}

Result<QString> ConsultationRepository::changeMark()
{
    QVariantList values;
    return readMark(QStringLiteral("SELECT count(*), coalesce(sum(version), 0), max(updated_at) FROM consultation WHERE 1 = 1")
                        + scope(QStringLiteral("user_id"), values),
                    values, 3);
}

} // namespace doo
