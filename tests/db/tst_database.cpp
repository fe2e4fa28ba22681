#include "storage/Database.h"
#include "storage/PracticeRepository.h"

#include "common/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace clearpost;

namespace {
QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        return {};
    }
    return q.value(0);
}

// A valid database file with some content, closed again.
QString makeDatabase(const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    Database db;
    if (!db.open(path)) {
        qFatal("cannot create test database");
    }
    (void)PracticeRepository(db).save(test::samplePractice());
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    db.close();
    return path;
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateFromUserData(); }

    void newFileIsConfiguredAndMigrated()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("sub/folder/new.clearpost"))).ok());
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
        QVERIFY(db.checkIntegrity().ok());
    }

    void foreignKeysAreEnforced()
    {
        test::TempDatabase t;
        QSqlQuery q(t.db().connection());
        QVERIFY(!q.exec(
            QStringLiteral("INSERT INTO post_target (post_id, account_id, state) VALUES (999, 999, 'pending')")));
    }

    void reopeningKeepsData()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir, QStringLiteral("keep.clearpost"));
        Database db;
        QVERIFY(db.open(path).ok());
        QCOMPARE(PracticeRepository(db).load()->name, test::samplePractice().name);
    }

    void textFileIsRefusedAndUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Shopping list: floss, more floss\n");
        f.close();
        const QByteArray before = test::fileHash(path);
        Database db;
        const Status s = db.open(path);
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("not an SQLite file")), qPrintable(s.message()));
        QCOMPARE(test::fileHash(path), before);
        QVERIFY(!db.isOpen());
    }

    void otherProgramsDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE recipes (name TEXT)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = test::fileHash(path);
        Database db;
        const Status s = db.open(path);
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("another program")), qPrintable(s.message()));
        QCOMPARE(test::fileHash(path), before);
    }

    void newerSchemaIsRefusedAndUnchanged()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir, QStringLiteral("future.clearpost"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::currentSchemaVersion() + 5));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const QByteArray before = test::fileHash(path);
        Database db;
        const Status s = db.open(path);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::TooNew);
        QVERIFY2(s.message().contains(QStringLiteral("newer version of Clearpost")), qPrintable(s.message()));
        QCOMPARE(test::fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    }

    void corruptFileIsRefusedAndUnchanged()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir, QStringLiteral("broken.clearpost"));
        {
            // Overwrite the middle of the file (table pages), keeping the header intact.
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 8192);
            f.seek(4096 + 100);
            f.write(QByteArray(6000, '\xAB'));
            f.close();
        }
        const QByteArray before = test::fileHash(path);
        Database db;
        const Status s = db.open(path);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::Corrupt);
        QVERIFY2(s.message().contains(QStringLiteral("not changed")), qPrintable(s.message()));
        QCOMPARE(test::fileHash(path), before);
    }

    void transactionRollsBackWhenNotCommitted()
    {
        test::TempDatabase t;
        {
            Transaction tx(t.db());
            QVERIFY(PracticeRepository(t.db()).save(test::samplePractice()).ok());
        }
        QVERIFY(!PracticeRepository(t.db()).exists());
    }

    void nestedTransactionRollsBackOnlyItsPart()
    {
        test::TempDatabase t;
        Transaction outer(t.db());
        QVERIFY(PracticeRepository(t.db()).save(test::samplePractice()).ok());
        {
            Transaction inner(t.db());
            QSqlQuery(t.db().connection()).exec(QStringLiteral("UPDATE practice SET name = 'Changed'"));
        }
        QVERIFY(outer.commit().ok());
        QCOMPARE(PracticeRepository(t.db()).load()->name, test::samplePractice().name);
    }

    void backupIsACompleteCopy()
    {
        test::TempDatabase t;
        QVERIFY(PracticeRepository(t.db()).save(test::samplePractice()).ok());
        const QString copy = QDir(t.dir()).filePath(QStringLiteral("backup.clearpost"));
        QVERIFY(t.db().backupTo(copy).ok());
        QVERIFY(!t.db().backupTo(copy).ok()); // never overwrites
        Database restored;
        QVERIFY(restored.open(copy).ok());
        QCOMPARE(*PracticeRepository(restored).load(), test::samplePractice());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
