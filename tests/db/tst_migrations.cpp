#include "storage/AccountRepository.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/PostRepository.h"
#include "storage/PracticeRepository.h"

#include "common/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace clearpost;

// Every schema Clearpost ever released has a fixture in tests/data/schema-vN.clearpost,
// written by that version from the same sample content (see tests/data/README.md).
// Each must upgrade to the current schema with its data intact.
class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateFromUserData(); }

    void migrationsAreNumberedInOrder()
    {
        int expected = 1;
        for (const Migration& m : schemaMigrations()) {
            QCOMPARE(m.version, expected++);
            QVERIFY(!m.statements.isEmpty());
            QVERIFY(!m.description.isEmpty());
        }
    }

    void everyOlderSchemaHasAFixture()
    {
        // A fixture per released schema, the current one included.
        for (int v = 1; v <= Database::currentSchemaVersion(); ++v) {
            const QString path =
                QDir(QStringLiteral(CLEARPOST_TEST_DATA_DIR)).filePath(QStringLiteral("schema-v%1.clearpost").arg(v));
            QVERIFY2(QFile::exists(path), qPrintable(path));
        }
    }

    void upgradesEveryFixture_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("version");
        const QDir data(QStringLiteral(CLEARPOST_TEST_DATA_DIR));
        const QStringList files = data.entryList({QStringLiteral("schema-v*.clearpost")}, QDir::Files, QDir::Name);
        for (const QString& f : files) {
            const int version = f.mid(8, f.indexOf(QLatin1Char('.')) - 8).toInt();
            QTest::newRow(qPrintable(f)) << data.filePath(f) << version;
        }
        QVERIFY(!files.isEmpty());
    }
    void upgradesEveryFixture()
    {
        QFETCH(QString, fixture);
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.clearpost"));
        QVERIFY(QFile::copy(fixture, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(*Database::peekSchemaVersion(copy), version);

        Database db;
        const Status s = db.open(copy);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        QVERIFY(db.checkIntegrity().ok());

        // The fixture's sample content survives the upgrade.
        const Practice p = *PracticeRepository(db).load();
        QCOMPARE(p.name, QStringLiteral("Fixture Family Dental"));
        QCOMPARE(p.staff.size(), 2);
        QCOMPARE(AccountRepository(db).list()->size(), 2);
        const QList<Post> posts = *PostRepository(db).list();
        QCOMPARE(posts.size(), 3);
        QCOMPARE(posts.first().targets.size(), 2);
    }

    void emptyFileBecomesCurrent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.clearpost"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        Database db;
        QVERIFY(db.open(path).ok());
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
