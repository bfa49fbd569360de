#include "exchange/ConsultationSeeder.h"

#include "db/Database.h"
#include "db/Query.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/TaskRepository.h"

namespace doo::ConsultationSeeder {

namespace {

struct Person
{
    const char *name, *email, *company, *department, *challenges;
};

const Person kPeople[] = {
    {"Maria Lopez", "maria.lopez@example.com", "Lopez Logistics", "Operations", "Too many manual weekly reports."},
    {"Tom Becker", "tom.becker@example.org", "Becker & Sons", "Finance", "Budget tracking lives in five spreadsheets."},
    {"Aiko Tanaka", "aiko@example.net", "Tanaka Design", "HR", "Onboarding new hires takes a week of my time."},
    {"Liam O'Brien", "liam.obrien@example.com", "Harbor Clinics", "IT", "Approvals get stuck in email."},
    {"Nadia Haddad", "nadia@example.org", "Cedar Foods", "Marketing", "Campaign status is never up to date."},
    {"Peter Novak", "p.novak@example.com", "Novak Engineering", "Operations", "Weekly planning eats my Monday."},
    {"Grace Kim", "grace.kim@example.net", "Bright Schools", "Administration", "Reminders for deadlines."},
    {"Omar Said", "omar.said@example.com", "Said Retail", "Sales", "Following up on leads consistently."},
    {"Eva Lindqvist", "eva@example.org", "Nordic Health", "Quality", "Audit preparation."},
    {"Jon Smith", "jon.smith@example.com", "Smith Legal", "Legal", "Contract renewals slip through."},
    {"Chen Wei", "chen.wei@example.net", "Wei Trading", "Finance", "Month-end close checklist."},
    {"Sofia Rossi", "sofia.rossi@example.com", "Rossi Architects", "Projects", "Project status meetings run long."},
    {"Lukas Meyer", "l.meyer@example.org", "Meyer Printing", "Production", "Shift planning on paper."},
    {"Amara Okafor", "amara@example.net", "Okafor Health", "Clinics", "Patient follow-ups get lost."},
    {"Henrik Berg", "henrik.berg@example.com", "Berg Shipping", "Logistics", "Customs paperwork piles up."},
    {"Priya Nair", "priya.nair@example.org", "Nair Consulting", "Strategy", "Board packs take two days to assemble."},
    {"Daniel Costa", "daniel@example.com", "Costa Hotels", "Operations", "Maintenance requests arrive by phone."},
    {"Yuki Sato", "yuki.sato@example.net", "Sato Electronics", "Quality", "Supplier audits are tracked in email."},
    {"Fatima Zahra", "fatima.z@example.com", "Atlas Foods", "Procurement", "Purchase approvals wait for signatures."},
    {"Marek Kowalski", "marek@example.org", "Kowal Build", "Site management", "Daily site reports by hand."},
    {"Olivia Brown", "olivia.brown@example.com", "Brown & Partners", "Finance", "Expense claims are always late."},
    {"Ahmed Hassan", "ahmed.h@example.net", "Nile Textiles", "Sales", "Quotes take too long to prepare."},
    {"Ingrid Olsen", "ingrid@example.org", "Fjord Energy", "Compliance", "Regulatory deadlines are easy to miss."},
    {"Carlos Mendez", "carlos.mendez@example.com", "Mendez Motors", "Service", "Service reminders for customers."},
    {"Hannah Weber", "hannah.weber@example.net", "Weber Labs", "Research", "Lab bookings clash."},
    {"Samuel Adeyemi", "sam.adeyemi@example.com", "Lagos Fintech", "Product", "Release notes written at midnight."},
    {"Elena Petrova", "elena.p@example.org", "Petrova Events", "Events", "Vendor follow-ups slip."},
    {"Noah Fischer", "noah.fischer@example.com", "Fischer Dental", "Practice", "Recall letters are sent by hand."},
};

enum class Fate { Pending, Scheduled, Completed, Cancelled, NoShow };

// Rewrites the times of a seeded consultation and its history (oldest first) to the story's.
Status backdate(Database &db, const QString &id, const QDateTime &created, const QList<QDateTime> &changes)
{
    Query c(db);
    const QDateTime updated = changes.isEmpty() ? created : changes.last();
    if (!c.exec(QStringLiteral("UPDATE consultation SET created_at = ?, updated_at = ? WHERE id = ?"),
                {Database::toDb(created), Database::toDb(updated), id}))
        return c.error();
    QStringList historyIds;
    {
        Query h(db);
        if (!h.exec(QStringLiteral("SELECT id FROM consultation_history WHERE consultation_id = ? "
                                   "ORDER BY changed_at, CASE WHEN from_status IS NULL THEN 0 ELSE 1 END"),
                    {id}))
            return h.error();
        while (h.next())
            historyIds << h.value(0).toString();
    }
    for (qsizetype i = 0; i < historyIds.size(); ++i) {
        Query u(db);
        const QDateTime at = i == 0 ? created : changes.value(i - 1, updated);
        if (!u.exec(QStringLiteral("UPDATE consultation_history SET changed_at = ? WHERE id = ?"),
                    {Database::toDb(at), historyIds.at(i)}))
            return u.error();
    }
    return {};
}

} // namespace

Result<int> seed(Database &db, const UserContext &ctx, const QDate &today)
{
    ConsultationRepository repo(db, ctx);
    TaskRepository tasks(db, ctx);
    const QDateTime now = QDateTime(today, QTime(8, 0)).toUTC();
    int made = 0;
    int linked = 0;
    constexpr int kLinkedTasks = 6; // follow-up tasks, on top of the board's sample tasks
    const int count = int(std::size(kPeople));
    for (int k = 0; k < count; ++k) {
        const Person &p = kPeople[k];
        // Requests arrive over 12 weeks, a little more of them lately.
        const int daysAgo = 80 - (k * 80) / (count - 1) + (k % 3 == 1 ? 1 : 0);
        const Fate fate = k >= count - 4 ? Fate::Pending
            : k >= count - 9             ? Fate::Scheduled
            : (k % 7 == 3)               ? Fate::Cancelled
            : (k % 9 == 5)               ? Fate::NoShow
                                         : Fate::Completed;
        Consultation c;
        c.name = QString::fromUtf8(p.name);
        c.email = QString::fromUtf8(p.email);
        c.company = QString::fromUtf8(p.company);
        c.department = QString::fromUtf8(p.department);
        c.challenges = QString::fromUtf8(p.challenges);
        const auto created = repo.create(c);
        if (!created)
            return created.error();
        ++made;
        const QDateTime requested = QDateTime(today.addDays(-std::max(daysAgo, 1)), QTime(9 + k % 8, 15 * (k % 4))).toUTC();
        QList<QDateTime> changes;
        Result<Consultation> step = *created;
        if (fate == Fate::Scheduled) {
            const QDateTime when = QDateTime(today.addDays(1 + k % 9), QTime(9 + (k * 2) % 8, 0)).toUTC();
            step = repo.schedule(created->id, when);
            changes << requested.addSecs(26 * 3600);
        } else if (fate == Fate::Completed || fate == Fate::NoShow) {
            QDateTime when = requested.addDays(3 + k % 8);
            when.setTime(QTime(10 + k % 6, 0));
            if (when >= now)
                when = now.addDays(-1);
            step = repo.schedule(created->id, when);
            changes << requested.addSecs(20 * 3600) << when.addSecs(3600);
            if (step && fate == Fate::Completed)
                step = repo.complete(created->id, QStringLiteral("Good fit; sent a proposal."));
            else if (step)
                step = repo.markNoShow(created->id);
        } else if (fate == Fate::Cancelled) {
            step = repo.cancel(created->id, QStringLiteral("Chose to wait until next quarter."));
            changes << requested.addDays(2);
        }
        if (!step)
            return step.error();
        if (Status s = backdate(db, created->id, requested, changes); !s)
            return s.error();
        if (fate == Fate::Completed && linked < kLinkedTasks) {
            ++linked;
            Task t;
            t.title = QStringLiteral("Send the proposal to %1").arg(c.name);
            t.priority = Priority::High;
            t.status = k % 2 ? TaskStatus::Completed : TaskStatus::InProgress;
            t.tags = {QStringLiteral("sales")};
            const auto task = tasks.create(t);
            if (!task)
                return task.error();
            if (Status s = repo.linkTask(task->id, created->id); !s)
                return s.error();
        }
    }
    return made;
}

} // namespace doo::ConsultationSeeder
