#pragma once

#include <QLoggingCategory>
#include <QStringList>

namespace doo::test {

// The statements the program runs while one of these is alive (the doo.db.query log), for
// counting round trips and repository calls. One at a time.
class StatementLog
{
public:
    StatementLog()
    {
        statements().clear();
        QLoggingCategory::setFilterRules(QStringLiteral("doo.db.query.debug=true"));
        previous() = qInstallMessageHandler(record);
    }
    ~StatementLog()
    {
        qInstallMessageHandler(previous());
        QLoggingCategory::setFilterRules(QStringLiteral("doo.db.query.debug=false"));
    }
    StatementLog(const StatementLog &) = delete;
    StatementLog &operator=(const StatementLog &) = delete;

    static QStringList &statements()
    {
        static QStringList all;
        return all;
    }

private:
    static QtMessageHandler &previous()
    {
        static QtMessageHandler handler = nullptr;
        return handler;
    }
    static void record(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (context.category && qstrcmp(context.category, "doo.db.query") == 0) {
            statements() << message;
            return;
        }
        previous()(type, context, message);
    }
};

} // namespace doo::test
