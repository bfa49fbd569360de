#include "ConnectionDialog.h"

#include "RecentConnections.h"
#include "secrets/MemorySecretStore.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace doo {

namespace {
const char *const kSslModes[] = {"prefer", "disable", "allow", "require", "verify-ca", "verify-full"};

QString optionValue(const QString &options, const QString &name)
{
    for (const QString &option : options.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const int eq = option.indexOf(QLatin1Char('='));
        if (eq > 0 && option.left(eq).trimmed() == name)
            return option.mid(eq + 1).trimmed();
    }
    return {};
}
} // namespace

namespace {

// A word-wrapped note inside the tab widget: QTabWidget does not pass on height-for-width, so
// the note's height is given as its minimum, for the width the dialog gives it at least.
void showWrapped(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setMinimumHeight(text.isEmpty() ? 0 : label->heightForWidth(std::max(label->width(), 460)));
}

} // namespace

ConnectionDialog::ConnectionDialog(SecretStore *keychain, MemorySecretStore *session, QWidget *parent)
    : QDialog(parent), m_keychain(keychain), m_session(session)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connect to a database"));
    auto *layout = new QVBoxLayout(this);

    auto *recentRow = new QHBoxLayout;
    auto *recentLabel = new QLabel(tr("&Recent:"), this);
    recentRow->addWidget(recentLabel);
    m_recent = new QComboBox(this);
    m_recent->setObjectName(QStringLiteral("recentConnections"));
    recentLabel->setBuddy(m_recent);
    recentRow->addWidget(m_recent, 1);
    layout->addLayout(recentRow);

    m_kind = new QTabWidget(this);
    m_kind->setObjectName(QStringLiteral("connectionKind"));
    auto *sqlite = new QWidget(m_kind);
    buildSqlitePage(sqlite);
    m_kind->addTab(sqlite, tr("SQLite file"));
    auto *postgres = new QWidget(m_kind);
    buildPostgresPage(postgres);
    m_kind->addTab(postgres, tr("PostgreSQL server"));
    layout->addWidget(m_kind);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    layout->addWidget(m_result);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("testDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setVisible(false);
    layout->addWidget(m_details);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_test = buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    layout->addWidget(buttons);
    connect(m_test, &QPushButton::clicked, this, [this] { startCheck(false); });
    // Not QDialogButtonBox::accepted: Connect closes only once the connection works.
    connect(m_connect, &QPushButton::clicked, this, [this] { startCheck(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_lookupTimer = new QTimer(this);
    m_lookupTimer->setSingleShot(true);
    m_lookupTimer->setInterval(250);
    connect(m_lookupTimer, &QTimer::timeout, this, &ConnectionDialog::lookUpPassword);
    for (QLineEdit *edit : {m_host, m_database, m_login})
        connect(edit, &QLineEdit::textChanged, m_lookupTimer, qOverload<>(&QTimer::start));
    connect(m_port, &QSpinBox::valueChanged, m_lookupTimer, qOverload<>(&QTimer::start));

    if (!m_keychain)
        setKeychainUnavailable(tr("none is configured"));
    fillRecent();
    connect(m_recent, &QComboBox::activated, this, &ConnectionDialog::chooseRecent);
    resize(520, sizeHint().height());
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::buildSqlitePage(QWidget *page)
{
    auto *form = new QFormLayout(page);
    auto *row = new QHBoxLayout;
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("sqlitePath"));
    row->addWidget(m_path, 1);
    auto *open = new QPushButton(tr("&Open…"), page);
    open->setObjectName(QStringLiteral("sqliteOpen"));
    auto *create = new QPushButton(tr("&New…"), page);
    create->setObjectName(QStringLiteral("sqliteNew"));
    row->addWidget(open);
    row->addWidget(create);
    form->addRow(tr("&File:"), row);
    qobject_cast<QLabel *>(form->labelForField(row))->setBuddy(m_path);
    m_pathNote = new QLabel(page);
    m_pathNote->setObjectName(QStringLiteral("sqliteNote"));
    m_pathNote->setWordWrap(true);
    form->addRow(m_pathNote);
    connect(open, &QPushButton::clicked, this, [this] { browse(false); });
    connect(create, &QPushButton::clicked, this, [this] { browse(true); });
    connect(m_path, &QLineEdit::textChanged, this, [this](const QString &path) {
        const bool exists = QFileInfo::exists(path.trimmed());
        m_pathNote->setText(path.trimmed().isEmpty() || exists
                                ? QString()
                                : tr("There is no such file yet: Connect creates a new database there."));
    });
}

void ConnectionDialog::buildPostgresPage(QWidget *page)
{
    auto *form = new QFormLayout(page);
    m_host = new QLineEdit(page);
    m_host->setObjectName(QStringLiteral("pgHost"));
    m_host->setPlaceholderText(QStringLiteral("localhost"));
    form->addRow(tr("&Server:"), m_host);
    m_port = new QSpinBox(page);
    m_port->setObjectName(QStringLiteral("pgPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    form->addRow(tr("&Port:"), m_port);
    m_database = new QLineEdit(page);
    m_database->setObjectName(QStringLiteral("pgDatabase"));
    form->addRow(tr("&Database:"), m_database);
    m_login = new QLineEdit(page);
    m_login->setObjectName(QStringLiteral("pgLogin"));
    form->addRow(tr("&Login:"), m_login);
    m_sslMode = new QComboBox(page);
    m_sslMode->setObjectName(QStringLiteral("pgSslMode"));
    for (const char *mode : kSslModes)
        m_sslMode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    form->addRow(tr("SS&L mode:"), m_sslMode);
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("pgPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordEdited = true; });
    form->addRow(tr("Pass&word:"), m_password);
    m_remember = new QCheckBox(tr("&Remember password in the keychain"), page);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setChecked(true);
    form->addRow(m_remember);
    m_keychainStatus = new QLabel(page);
    m_keychainStatus->setObjectName(QStringLiteral("keychainStatus"));
    m_keychainStatus->setWordWrap(true);
    form->addRow(m_keychainStatus);
}

void ConnectionDialog::fillRecent()
{
    m_recent->clear();
    const QList<DatabaseUrl> urls = RecentConnections::load();
    m_recent->addItem(urls.isEmpty() ? tr("(none yet)") : tr("Choose a recent connection…"));
    for (const DatabaseUrl &url : urls)
        m_recent->addItem(url.display(), url.text());
    m_recent->setEnabled(!urls.isEmpty());
}

void ConnectionDialog::chooseRecent(int index)
{
    const auto url = DatabaseUrl::parse(m_recent->itemData(index).toString());
    if (url)
        setUrl(*url);
}

void ConnectionDialog::browse(bool create)
{
    const QString filter = tr("SQLite databases (*.sqlite *.db);;All files (*)");
    const QString path = create ? QFileDialog::getSaveFileName(this, tr("New SQLite database"), m_path->text(), filter)
                                : QFileDialog::getOpenFileName(this, tr("Open SQLite database"), m_path->text(), filter);
    if (!path.isEmpty())
        m_path->setText(path);
}

void ConnectionDialog::setUrl(const DatabaseUrl &url)
{
    if (url.type == DbType::SQLite) {
        m_kind->setCurrentIndex(0);
        m_path->setText(url.path);
        return;
    }
    m_kind->setCurrentIndex(1);
    m_host->setText(url.host);
    m_port->setValue(url.port > 0 ? url.port : 5432);
    m_database->setText(url.database);
    m_login->setText(url.user);
    const int ssl = m_sslMode->findData(optionValue(url.options, QStringLiteral("sslmode")));
    m_sslMode->setCurrentIndex(ssl < 0 ? 0 : ssl);
    m_password->setText(url.password);
    m_passwordEdited = !url.password.isEmpty();
    lookUpPassword();
}

DatabaseUrl ConnectionDialog::url() const
{
    DatabaseUrl url;
    if (m_kind->currentIndex() == 0) {
        url.type = DbType::SQLite;
        url.path = QFileInfo(m_path->text().trimmed()).absoluteFilePath();
        return url;
    }
    url.type = DbType::PostgreSQL;
    url.host = m_host->text().trimmed();
    url.port = m_port->value();
    url.database = m_database->text().trimmed();
    url.user = m_login->text().trimmed();
    url.password = m_password->text();
    const QString ssl = m_sslMode->currentData().toString();
    if (ssl != QLatin1String("prefer"))
        url.options = QStringLiteral("sslmode=") + ssl;
    return url;
}

bool ConnectionDialog::rememberPassword() const
{
    return m_keychainUsable && m_remember->isChecked();
}

void ConnectionDialog::lookUpPassword()
{
    if (m_kind->currentIndex() != 1)
        return;
    const SecretKey key = SecretKey::of(url());
    if (!key.isValid() || key.id() == m_lookupId)
        return;
    m_lookupId = key.id();
    m_fromKeychain = false;
    if (m_session && m_session->contains(key)) {
        if (!m_passwordEdited)
            m_password->setText(m_session->value(key));
        if (m_keychainUsable)
            showWrapped(m_keychainStatus, tr("Password from this session."));
        return;
    }
    if (!m_keychainUsable || !m_keychain)
        return;
    showWrapped(m_keychainStatus, tr("Looking for a saved password…"));
    m_keychain->read(key, this, [this, id = key.id()](const SecretStore::Answer &answer) {
        if (id != m_lookupId || !m_keychainUsable)
            return; // the fields changed meanwhile
        switch (answer.outcome) {
        case SecretStore::Outcome::Ok:
            if (!m_passwordEdited)
                m_password->setText(answer.secret);
            m_fromKeychain = true;
            showWrapped(m_keychainStatus, tr("Password from the system keychain."));
            break;
        case SecretStore::Outcome::NotFound:
            showWrapped(m_keychainStatus, tr("No password saved in the system keychain for this login."));
            break;
        case SecretStore::Outcome::Unavailable:
            setKeychainUnavailable(answer.error);
            break;
        case SecretStore::Outcome::Failed:
            showWrapped(m_keychainStatus, answer.error);
            break;
        }
    });
}

void ConnectionDialog::setKeychainUnavailable(const QString &reason)
{
    m_keychainUsable = false;
    m_remember->setChecked(false);
    m_remember->setEnabled(false);
    showWrapped(m_keychainStatus,
                tr("The system keychain is not available (%1). The password is asked once and kept in "
                   "memory only, until the program quits.")
                    .arg(reason));
}

void ConnectionDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_test->setEnabled(!busy);
    m_connect->setEnabled(!busy);
    m_kind->setEnabled(!busy);
    m_recent->setEnabled(!busy && m_recent->count() > 1);
}

void ConnectionDialog::startCheck(bool thenConnect)
{
    if (m_busy)
        return;
    const DatabaseUrl target = url();
    const bool missing = target.type == DbType::SQLite ? m_path->text().trimmed().isEmpty() : target.database.isEmpty();
    if (missing) {
        m_result->setText(target.type == DbType::SQLite ? tr("Choose a file.") : tr("Name the database."));
        m_details->setVisible(false);
        return;
    }
    setBusy(true);
    m_result->setText(tr("Connecting to %1…").arg(target.display()));
    m_details->setVisible(false);
    // The connection can take up to its timeout: it is tried on a thread of its own.
    auto report = std::make_shared<ConnectionReport>();
    QThread *thread = QThread::create([target, report] { *report = ConnectionCheck::run(target); });
    connect(thread, &QThread::finished, this, [this, report, thenConnect] { finishCheck(*report, thenConnect); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ConnectionDialog::finishCheck(const ConnectionReport &report, bool thenConnect)
{
    setBusy(false);
    m_report = report;
    m_result->setText(report.message);
    m_result->setStyleSheet(report.ok() ? QString() : QStringLiteral("color: #c62828;"));
    m_details->setText(tr("Details: %1").arg(report.details));
    m_details->setVisible(!report.ok() && !report.details.isEmpty());
    Q_EMIT checkFinished(report);
    if (report.ok() && thenConnect)
        savePasswordAndAccept();
}

void ConnectionDialog::savePasswordAndAccept()
{
    const DatabaseUrl target = url();
    const SecretKey key = SecretKey::of(target);
    m_keychainMessage.clear();
    if (target.type != DbType::PostgreSQL || !key.isValid() || target.password.isEmpty()) {
        accept();
        return;
    }
    if (m_session)
        m_session->setValue(key, target.password); // asked once per session
    if (!rememberPassword()) {
        if (m_fromKeychain && m_keychain && m_keychainUsable) // "Remember" unticked: forget it there too
            m_keychain->remove(key, nullptr, {});
        accept();
        return;
    }
    setBusy(true);
    m_keychain->write(key, target.password, this, [this](const SecretStore::Answer &answer) {
        setBusy(false);
        if (answer.outcome != SecretStore::Outcome::Ok)
            m_keychainMessage = tr("The password was not saved in the keychain (%1); it is kept in memory until the "
                                   "program quits.")
                                    .arg(answer.error);
        accept();
    });
}

} // namespace doo
