#include "TestSupport.h"

#include "storage/AccountRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>

namespace clearpost::test {

void isolateFromUserData()
{
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir config;
    qputenv("CLEARPOST_CONFIG", QDir(config.path()).filePath(QStringLiteral("clearpost-test.ini")).toLocal8Bit());
    qunsetenv("CLEARPOST_DB");
}

TempDatabase::TempDatabase()
    : m_path(QDir(m_dir.path()).filePath(QStringLiteral("practice.clearpost")))
{
    const Status s = m_db.open(m_path);
    if (!s) {
        qFatal("could not open the test database: %s", qPrintable(s.message()));
    }
}

Practice samplePractice()
{
    Practice p;
    p.name = QStringLiteral("Kingsbridge Physio");
    p.specialty = Specialty::Physiotherapy;
    p.jurisdiction = Jurisdiction::UK;
    p.timeZone = "Europe/London";
    p.language = QStringLiteral("en");
    p.address = QStringLiteral("12 Fore Street, Kingsbridge TQ7 1NY");
    p.phone = QStringLiteral("01548 550 123");
    p.email = QStringLiteral("desk@kingsbridgephysio.example");
    p.website = QStringLiteral("https://kingsbridgephysio.example");
    p.disclaimer = QStringLiteral("General information, not medical advice.");
    p.staff = {{QStringLiteral("Priya Raman"), QStringLiteral("Physiotherapist"), true},
               {QStringLiteral("Tom Hale"), QStringLiteral("Receptionist"), false}};
    p.customTerms = {QStringLiteral("miracle tape")};
    return p;
}

qint64 addAccount(Database& db, Platform platform, const QString& handle)
{
    Account a;
    a.platform = platform;
    a.handle = handle;
    a.displayName = handle;
    a.keychainKey = QStringLiteral("test/%1/%2").arg(platformId(platform), handle);
    a.serverUrl = platformDefaultServer(platform);
    Result<qint64> id = AccountRepository(db).insert(a);
    if (!id) {
        qFatal("could not add the test account: %s", qPrintable(id.message()));
    }
    return *id;
}

Post samplePost(const QList<qint64>& accountIds, const QString& body)
{
    Post p;
    p.title = QStringLiteral("Tip");
    p.body = body;
    p.author = QStringLiteral("Dana");
    for (qint64 id : accountIds) {
        PostTarget t;
        t.accountId = id;
        p.targets.append(t);
    }
    return p;
}

QStringList dumpTables(Database& db)
{
    QStringList out;
    QSqlQuery tables(db.connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery rows(db.connection());
        rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i) {
                values.append(rows.value(i).toString());
            }
            out.append(table + QLatin1Char(':') + values.join(QLatin1Char('|')));
        }
    }
    return out;
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace clearpost::test
