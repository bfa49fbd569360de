#include "workflow/RetryQueue.h"

#include "domain/Clock.h"

#include <algorithm>
#include <limits>

namespace doo {

RetryQueue::RetryQueue(std::function<void()> onDue)
{
    m_timer.setSingleShot(true);
    QObject::connect(&m_timer, &QTimer::timeout, std::move(onDue));
}

void RetryQueue::add(ClaimedRun run, qint64 waitMs)
{
    m_entries.push_back(Entry{std::move(run), Clock::currentUtc().addMSecs(waitMs), QDeadlineTimer(waitMs)});
    rearm();
}

std::vector<ClaimedRun> RetryQueue::takeDue()
{
    const QDateTime now = Clock::currentUtc();
    std::vector<ClaimedRun> due;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->at <= now || it->deadline.hasExpired()) {
            due.push_back(std::move(it->run));
            it = m_entries.erase(it);
        } else {
            ++it;
        }
    }
    rearm();
    return due;
}

std::vector<ClaimedRun> RetryQueue::takeAll()
{
    std::vector<ClaimedRun> all;
    for (Entry &e : m_entries)
        all.push_back(std::move(e.run));
    m_entries.clear();
    m_timer.stop();
    return all;
}

void RetryQueue::rearm()
{
    if (m_entries.empty()) {
        m_timer.stop();
        return;
    }
    const QDateTime now = Clock::currentUtc();
    qint64 wait = std::numeric_limits<int>::max();
    for (const Entry &e : m_entries)
        wait = std::min({wait, e.deadline.remainingTime(), now.msecsTo(e.at)});
    m_timer.start(int(std::max<qint64>(wait, 0)));
}

QDateTime RetryQueue::nextAt() const
{
    QDateTime next;
    for (const Entry &e : m_entries) {
        if (!next.isValid() || e.at < next)
            next = e.at;
    }
    return next;
}

} // namespace doo
