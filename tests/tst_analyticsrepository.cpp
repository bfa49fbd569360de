#include <QTest>

// Placeholder: replaced by the real tests before this is committed.
class Test_analyticsrepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(Test_analyticsrepository)
#include "tst_analyticsrepository.moc"
