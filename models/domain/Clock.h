#pragma once

#include <QDateTime>

namespace doo {

// Time comes from here so tests can move it. All values are UTC.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const;

    static QDateTime currentUtc() { return instance().now(); }
    static const Clock &instance();
    // Tests install their own clock; nullptr restores the system clock. Not owned.
    static void setInstance(const Clock *clock);
};

// A clock that stands still until told otherwise.
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_at(at.toUTC()) { }
    QDateTime now() const override { return m_at; }
    void set(const QDateTime &at) { m_at = at.toUTC(); }
    void advanceSecs(qint64 secs) { m_at = m_at.addSecs(secs); }

private:
    QDateTime m_at;
};

} // namespace doo
