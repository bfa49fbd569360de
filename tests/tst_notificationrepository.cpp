#include <QTest>

// Placeholder: replaced by the real tests before this is committed.
class Test_notificationrepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(Test_notificationrepository)
#include "tst_notificationrepository.moc"
