// Every context of the project's .ts file must be the one the running code asks for: the test
// gives one text of every context a marker translation, compiles that copy with lrelease, installs
// it and asks each context's text through the real class's tr() (or a real code path), so a
// Q_DECLARE_TR_FUNCTIONS argument or a class renamed without re-running lupdate fails here.
// It also runs lupdate on the sources: every context lupdate finds must be in the table below.

#include "translationcontexts_table.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

namespace {

struct TsMessage
{
    QByteArray source;
    QByteArray comment;
    bool numerus = false;
};

// Context name -> its messages, in the file's order.
QMap<QString, QList<TsMessage>> readTs(const QString &path, QString *error)
{
    QMap<QString, QList<TsMessage>> contexts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return contexts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                message = TsMessage{{}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
            else if (xml.name() == QLatin1String("source"))
                message.source = xml.readElementText().toUtf8();
            else if (xml.name() == QLatin1String("comment"))
                message.comment = xml.readElementText().toUtf8();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            contexts[context] << message;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return contexts;
}

// "«Ctx»" followed by the source's place markers, so that .arg() in a real code path finds them.
QString marker(const QString &context, const QByteArray &source)
{
    QString text = QStringLiteral("«%1»").arg(context);
    QRegularExpressionMatchIterator it = QRegularExpression(QStringLiteral("%(\\d+|n)")).globalMatch(QString::fromUtf8(source));
    while (it.hasNext())
        text += QLatin1Char(' ') + it.next().captured(0);
    return text;
}

// A copy of the .ts in which the chosen message of each context has its marker translation.
bool writeMarkedCopy(const QString &from, const QString &to, const QHash<QString, QByteArray> &chosen, QString *error)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
        *error = in.errorString() + QLatin1Char(' ') + out.errorString();
        return false;
    }
    QXmlStreamReader xml(&in);
    QXmlStreamWriter copy(&out);
    QString context;
    QByteArray source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("translation") && chosen.value(context) == source) {
            // Replace the (unfinished) translation, one marker per plural form.
            int forms = 0;
            while (!xml.atEnd()
                   && !(xml.readNext() == QXmlStreamReader::EndElement && xml.name() == QLatin1String("translation")))
                forms += xml.isStartElement() && xml.name() == QLatin1String("numerusform");
            copy.writeStartElement(QStringLiteral("translation"));
            if (forms == 0)
                copy.writeCharacters(marker(context, source));
            for (int i = 0; i < forms; ++i)
                copy.writeTextElement(QStringLiteral("numerusform"), marker(context, source));
            copy.writeEndElement();
            continue;
        }
        if (xml.isDTD())
            continue; // QXmlStreamWriter cannot repeat it; lrelease does not need it
        copy.writeCurrentToken(xml);
        if (xml.isStartElement() && (xml.name() == QLatin1String("name") || xml.name() == QLatin1String("source"))) {
            const bool isName = xml.name() == QLatin1String("name");
            const QString text = xml.readElementText();
            if (isName)
                context = text;
            else
                source = text.toUtf8();
            copy.writeCharacters(text);
            copy.writeEndElement();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return !xml.hasError();
}

bool runTool(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool done = process.waitForFinished(120000);
    *output = QString::fromLocal8Bit(process.readAll());
    return done && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TranslationContextsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyContextIsInTheTable();
    void everyContextLoads_data();
    void everyContextLoads();
    void lupdateFindsNoOtherContext();

private:
    QTemporaryDir m_dir;
    QMap<QString, QList<TsMessage>> m_contexts;
    QHash<QString, QByteArray> m_chosen;
    QTranslator m_translator;
};

void TranslationContextsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_contexts = readTs(QStringLiteral(DOO_TS_FILE), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_contexts.size() > 40);
    const QHash<QString, ContextProbe> &table = contextProbes();
    for (auto it = m_contexts.cbegin(); it != m_contexts.cend(); ++it) {
        // The probe's own text when it runs real code, else the context's first text.
        const ContextProbe probe = table.value(it.key());
        m_chosen.insert(it.key(), probe.source ? QByteArray(probe.source) : it->first().source);
    }
    const QString ts = m_dir.filePath(QStringLiteral("marked_de.ts"));
    const QString qm = m_dir.filePath(QStringLiteral("marked_de.qm"));
    QVERIFY2(writeMarkedCopy(QStringLiteral(DOO_TS_FILE), ts, m_chosen, &error), qPrintable(error));
    QString output;
    QVERIFY2(runTool(QStringLiteral(DOO_LRELEASE), {ts, QStringLiteral("-qm"), qm}, &output), qPrintable(output));
    QVERIFY(m_translator.load(qm));
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
}

void TranslationContextsTest::everyContextIsInTheTable()
{
    const QHash<QString, ContextProbe> &table = contextProbes();
    QStringList missing;
    for (const QString &context : m_contexts.keys())
        if (!table.contains(context))
            missing << context;
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("contexts in the .ts with no probe in translationcontexts_table.cpp: ")
                        + missing.join(QStringLiteral(", "))));
    QStringList stale;
    for (auto it = table.cbegin(); it != table.cend(); ++it)
        if (!m_contexts.contains(it.key()))
            stale << it.key();
    QVERIFY2(stale.isEmpty(),
             qPrintable(QStringLiteral("probes for contexts the .ts does not have (renamed without lupdate?): ")
                        + sorted(stale).join(QStringLiteral(", "))));
}

void TranslationContextsTest::everyContextLoads_data()
{
    QTest::addColumn<QString>("context");
    for (const QString &context : m_contexts.keys())
        QTest::newRow(qPrintable(context)) << context;
}

void TranslationContextsTest::everyContextLoads()
{
    QFETCH(QString, context);
    const ContextProbe probe = contextProbes().value(context);
    QVERIFY2(probe.ask, "no probe for this context");
    const QByteArray source = m_chosen.value(context);
    const auto message = std::find_if(m_contexts[context].cbegin(), m_contexts[context].cend(),
                                      [&](const TsMessage &m) { return m.source == source; });
    QVERIFY2(message != m_contexts[context].cend(), "the probe's text is not in this context of the .ts");
    const QString shown = probe.ask(source.constData(), message->comment.isEmpty() ? nullptr : message->comment.constData(),
                                    message->numerus ? 1 : -1);
    const QString expected = QStringLiteral("«%1»").arg(context);
    QVERIFY2(shown.startsWith(expected),
             qPrintable(QStringLiteral("\"%1\" came back as \"%2\": the code asks for another "
                                       "context than lupdate wrote")
                            .arg(QString::fromUtf8(source), shown)));
}

void TranslationContextsTest::lupdateFindsNoOtherContext()
{
    const QString fresh = m_dir.filePath(QStringLiteral("fresh_de.ts"));
    QString output;
    QVERIFY2(runTool(QStringLiteral(DOO_LUPDATE),
                     {QStringLiteral("@" DOO_TR_SOURCE_LIST), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                      QStringLiteral("none"), QStringLiteral("-ts"), fresh},
                     &output),
             qPrintable(output));
    QString error;
    const QStringList found = readTs(fresh, &error).keys();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList unknown;
    for (const QString &context : found)
        if (!contextProbes().contains(context))
            unknown << context;
    QVERIFY2(unknown.isEmpty(),
             qPrintable(QStringLiteral("lupdate finds contexts with no probe: ") + unknown.join(QStringLiteral(", "))));
    QVERIFY2(found == m_contexts.keys(),
             "lupdate finds other contexts than the .ts has: build the update_translations target and commit the .ts");
}

QTEST_GUILESS_MAIN(TranslationContextsTest)
#include "tst_translationcontexts.moc"
