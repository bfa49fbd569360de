#include "workflow/SchedulerThread.h"

#include "db/Database.h"
#include "db/Reconnector.h"
#include "repositories/WorkflowRepository.h"
#include "workflow/WorkflowScheduler.h"

#include <QThread>

#include <memory>

namespace doo {

namespace {

// Lives on the scheduler's thread: owns the connection and the scheduler made there.
class Worker : public QObject
{
    Q_OBJECT

public:
    Worker(DatabaseUrl url, UserContext ctx) : m_url(std::move(url)), m_ctx(std::move(ctx)) { }
    ~Worker() override
    {
        m_scheduler.reset(); // before its connection
        m_db.reset();
    }

    void begin(SchedulerThread *owner, bool paused)
    {
        auto db = Database::open(m_url); // this thread's own connection
        if (!db) {
            Q_EMIT owner->failed(db.error().text());
            return;
        }
        m_db = db.takeValue();
        // The same back-off as the window's connection; the scheduler resumes when it is back.
        Reconnector &reconnector = m_db->reconnector();
        connect(&reconnector, &Reconnector::connectionLost, owner, [owner] { Q_EMIT owner->connectionChanged(false); });
        connect(&reconnector, &Reconnector::reconnected, owner, [owner] { Q_EMIT owner->connectionChanged(true); });
        m_scheduler = std::make_unique<WorkflowScheduler>(*m_db, m_ctx);
        connect(m_scheduler.get(), &WorkflowScheduler::executionFinished, owner, &SchedulerThread::executionFinished);
        m_scheduler->setPaused(paused);
        if (Status s = m_scheduler->start(); !s)
            Q_EMIT owner->failed(s.error().text());
    }
    void rearm()
    {
        if (m_scheduler)
            m_scheduler->rearm();
    }
    void runNow(SchedulerThread *owner, const QString &workflowId)
    {
        if (!m_scheduler)
            return;
        const auto workflow = WorkflowRepository(*m_db, m_ctx).findById(workflowId);
        const auto run = workflow ? m_scheduler->runNow(*workflow) : Result<WorkflowExecution>(workflow.error());
        if (!run)
            Q_EMIT owner->failed(run.error().text());
    }
    void setPaused(bool paused)
    {
        if (m_scheduler)
            m_scheduler->setPaused(paused);
    }
    void end()
    {
        if (m_scheduler)
            m_scheduler->stop();
    }

private:
    DatabaseUrl m_url;
    UserContext m_ctx;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<WorkflowScheduler> m_scheduler;
};

} // namespace

SchedulerThread::SchedulerThread(DatabaseUrl url, UserContext ctx, QObject *parent)
    : QObject(parent), m_url(std::move(url)), m_ctx(std::move(ctx))
{
    qRegisterMetaType<doo::WorkflowExecution>();
}

SchedulerThread::~SchedulerThread()
{
    if (!m_thread)
        return;
    auto *worker = static_cast<Worker *>(m_worker);
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->end();
            delete worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void SchedulerThread::start()
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("scheduler"));
    auto *worker = new Worker(m_url, m_ctx);
    worker->moveToThread(m_thread);
    m_worker = worker;
    m_thread->start(QThread::LowPriority);
    const bool paused = m_paused;
    QMetaObject::invokeMethod(
        worker, [worker, this, paused] { worker->begin(this, paused); }, Qt::QueuedConnection);
}

void SchedulerThread::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    // Queued after begin(): the worker's scheduler exists by then (or the start failed).
    if (auto *worker = static_cast<Worker *>(m_worker))
        QMetaObject::invokeMethod(
            worker, [worker, paused] { worker->setPaused(paused); }, Qt::QueuedConnection);
    Q_EMIT pausedChanged(paused);
}

void SchedulerThread::runNow(const QString &workflowId)
{
    if (auto *worker = static_cast<Worker *>(m_worker))
        QMetaObject::invokeMethod(
            worker, [worker, this, workflowId] { worker->runNow(this, workflowId); }, Qt::QueuedConnection);
}

void SchedulerThread::rearm()
{
    if (auto *worker = static_cast<Worker *>(m_worker))
        QMetaObject::invokeMethod(
            worker, [worker] { worker->rearm(); }, Qt::QueuedConnection);
}

} // namespace doo

#include "SchedulerThread.moc"
