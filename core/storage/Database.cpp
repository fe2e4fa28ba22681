#include "Database.h"

#include "Migrations.h"
#include "StorageLog.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcStorage, "clearpost.storage", QtWarningMsg)

namespace clearpost {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString nextConnectionName(const char* purpose)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("clearpost-%1-%2").arg(QLatin1String(purpose)).arg(counter.fetchAndAddRelaxed(1));
}

// Runs one statement and returns the first column of the first row.
Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        return Error(q.lastError().text(), Error::Code::Storage);
    }
    return q.next() ? q.value(0) : QVariant();
}

// Removes a named connection once no QSqlDatabase handle refers to it any more.
void dropConnection(const QString& name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

int Database::currentSchemaVersion()
{
    return schemaMigrations().constLast().version;
}

Database::Database() = default;

Database::~Database()
{
    close();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && connection().isOpen();
}

void Database::close()
{
    if (m_connectionName.isEmpty()) {
        return;
    }
    dropConnection(m_connectionName);
    m_connectionName.clear();
    m_transactionDepth = 0;
}

Status Database::open(const QString& path)
{
    close();
    if (path.isEmpty()) {
        return Error(Tr::tr("No database file was given."), Error::Code::InvalidInput);
    }
    const QFileInfo info(path);
    if (info.exists() && info.isDir()) {
        return Error(Tr::tr("%1 is a folder, not a Clearpost database.").arg(QDir::toNativeSeparators(path)),
                     Error::Code::InvalidInput);
    }
    if (info.exists() && info.size() > 0) {
        Status inspected = inspectExisting(path);
        if (!inspected) {
            return inspected;
        }
    } else if (!info.dir().exists() && !QDir().mkpath(info.absolutePath())) {
        return Error(Tr::tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())),
                     Error::Code::Io);
    }

    m_connectionName = nextConnectionName("main");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString reason = db.lastError().text();
        close();
        return Error(Tr::tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), reason), Error::Code::Storage);
    }
    m_path = path;

    Status status = configure();
    if (status) {
        status = migrate();
    }
    if (!status) {
        close();
        return status;
    }
    qCInfo(lcStorage) << "opened database, schema version" << schemaVersion();
    return {};
}

Status Database::inspectExisting(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error(Tr::tr("Could not read %1: %2").arg(shown, file.errorString()), Error::Code::Io);
        }
        if (!file.read(16).startsWith(QByteArrayLiteral("SQLite format 3"))) {
            return Error(Tr::tr("%1 is not a Clearpost database (it is not an SQLite file).").arg(shown),
                         Error::Code::InvalidInput);
        }
    }

    // Look before touching: a read-only connection cannot change the file.
    const QString name = nextConnectionName("inspect");
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            result = Error(Tr::tr("Could not open %1: %2").arg(shown, db.lastError().text()), Error::Code::Storage);
        } else {
            const Result<QVariant> appId = scalar(db, QStringLiteral("PRAGMA application_id"));
            const Result<QVariant> version = scalar(db, QStringLiteral("PRAGMA user_version"));
            const Result<QVariant> tables = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
            if (!appId || !version || !tables) {
                const QString reason = !appId ? appId.message() : (!version ? version.message() : tables.message());
                result = Error(Tr::tr("%1 is damaged and cannot be read (%2). It was not changed; restore it from a "
                                      "backup.")
                                   .arg(shown, reason),
                               Error::Code::Corrupt);
            } else if (appId->toInt() != kClearpostApplicationId && (appId->toInt() != 0 || tables->toInt() > 0)) {
                result = Error(Tr::tr("%1 is an SQLite database of another program, not a Clearpost database. It was "
                                      "not changed.")
                                   .arg(shown),
                               Error::Code::InvalidInput);
            } else if (version->toInt() > currentSchemaVersion()) {
                result = Error(Tr::tr("%1 was written by a newer version of Clearpost (schema %2; this version "
                                      "understands up to %3). It was not changed; please update Clearpost.")
                                   .arg(shown)
                                   .arg(version->toInt())
                                   .arg(currentSchemaVersion()),
                               Error::Code::TooNew);
            } else {
                QSqlQuery check(db);
                if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
                    result = Error(Tr::tr("%1 is damaged and cannot be checked (%2). It was not changed; restore it "
                                          "from a backup.")
                                       .arg(shown, check.lastError().text()),
                                   Error::Code::Corrupt);
                } else if (!check.next() || check.value(0).toString() != QLatin1String("ok")) {
                    result = Error(Tr::tr("%1 failed its integrity check. It was not changed; restore it from a "
                                          "backup.")
                                       .arg(shown),
                                   Error::Code::Corrupt);
                }
            }
        }
    }
    dropConnection(name);
    return result;
}

Status Database::configure()
{
    const QSqlDatabase db = connection();
    const Result<QVariant> mode = scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode || mode->toString().toLower() != QLatin1String("wal")) {
        return Error(Tr::tr("Could not switch the database to write-ahead logging: %1")
                         .arg(mode ? mode->toString() : mode.message()),
                     Error::Code::Storage);
    }
    // NORMAL is durable against application crashes in WAL mode; only a power
    // loss can cost the last transactions.
    for (const char* pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 5000"}) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(pragma))) {
            return Error(Tr::tr("Could not configure the database: %1").arg(q.lastError().text()),
                         Error::Code::Storage);
        }
    }
    const Result<QVariant> fk = scalar(db, QStringLiteral("PRAGMA foreign_keys"));
    if (!fk || fk->toInt() != 1) {
        return Error(Tr::tr("This SQLite build does not enforce foreign keys."), Error::Code::Storage);
    }
    return {};
}

int Database::schemaVersion() const
{
    const Result<QVariant> v = scalar(connection(), QStringLiteral("PRAGMA user_version"));
    return v ? v->toInt() : -1;
}

Status Database::migrate()
{
    const QSqlDatabase db = connection();
    const int from = schemaVersion();
    for (const Migration& m : schemaMigrations()) {
        if (m.version <= from) {
            continue;
        }
        Transaction tx(*this);
        for (const QString& statement : m.statements) {
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                return Error(
                    Tr::tr("Could not upgrade the database to version %1: %2").arg(m.version).arg(q.lastError().text()),
                    Error::Code::Storage);
            }
        }
        QSqlQuery setVersion(db);
        if (!setVersion.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version))) {
            return Error(
                Tr::tr("Could not record schema version %1: %2").arg(m.version).arg(setVersion.lastError().text()),
                Error::Code::Storage);
        }
        if (Status s = tx.commit(); !s) {
            return s;
        }
        qCInfo(lcStorage) << "migrated database to schema" << m.version;
    }
    return {};
}

Status Database::checkIntegrity() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        return Error(Tr::tr("Could not check the database: %1").arg(q.lastError().text()), Error::Code::Storage);
    }
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok")) {
            problems.append(line);
        }
    }
    if (!problems.isEmpty()) {
        return Error(QCoreApplication::translate("Database",
                                                 "The database failed its integrity check (problems found: "
                                                 "%1).")
                         .arg(problems.size()),
                     Error::Code::Corrupt);
    }
    QSqlQuery fk(connection());
    if (fk.exec(QStringLiteral("PRAGMA foreign_key_check")) && fk.next()) {
        return Error(Tr::tr("The database has broken links between records."), Error::Code::Corrupt);
    }
    return {};
}

Status Database::backupTo(const QString& targetPath) const
{
    if (QFileInfo::exists(targetPath)) {
        return Error(Tr::tr("%1 already exists; choose a new file name for the backup.")
                         .arg(QDir::toNativeSeparators(targetPath)),
                     Error::Code::Conflict);
    }
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(targetPath);
    if (!q.exec()) {
        return Error(Tr::tr("Could not write the backup: %1").arg(q.lastError().text()), Error::Code::Io);
    }
    return {};
}

Result<int> Database::peekSchemaVersion(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        return Error(Tr::tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)), Error::Code::NotFound);
    }
    const QString name = nextConnectionName("peek");
    Result<int> result = Error(Tr::tr("Could not read %1.").arg(QDir::toNativeSeparators(path)), Error::Code::Io);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            const Result<QVariant> v = scalar(db, QStringLiteral("PRAGMA user_version"));
            if (v) {
                result = v->toInt();
            } else {
                result = Error(v.message(), Error::Code::Corrupt);
            }
        }
    }
    dropConnection(name);
    return result;
}

// ---------------------------------------------------------------------------

Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_level = m_db.m_transactionDepth;
    QSqlQuery q(m_db.connection());
    const QString sql =
        m_level == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT sp%1").arg(m_level);
    if (!q.exec(sql)) {
        m_begin = Error(
            QCoreApplication::translate("Database", "Could not start a transaction: %1").arg(q.lastError().text()),
            Error::Code::Storage);
        m_done = true;
        return;
    }
    ++m_db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (!m_done) {
        rollback();
    }
}

Status Transaction::commit()
{
    if (!m_begin) {
        return m_begin;
    }
    if (m_done) {
        return Error(QCoreApplication::translate("Database", "The transaction has already ended."));
    }
    QSqlQuery q(m_db.connection());
    const QString sql = m_level == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_level);
    if (!q.exec(sql)) {
        const QString reason = q.lastError().text();
        rollback();
        return Error(QCoreApplication::translate("Database", "Could not save the changes: %1").arg(reason),
                     Error::Code::Storage);
    }
    m_done = true;
    --m_db.m_transactionDepth;
    return {};
}

void Transaction::rollback()
{
    if (m_done) {
        return;
    }
    QSqlQuery q(m_db.connection());
    if (m_level == 0) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO sp%1").arg(m_level));
        q.exec(QStringLiteral("RELEASE sp%1").arg(m_level));
    }
    m_done = true;
    --m_db.m_transactionDepth;
}

} // namespace clearpost
