#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/PostRepository.h"

#include "common/TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace clearpost;

// A child process writes posts in a loop and is SIGKILLed at random moments,
// twenty times. After every kill the database passes integrity_check and holds
// every post whose commit had returned.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateFromUserData(); }

    void killedWriterLosesNothingCommitted()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("crash.clearpost"));
        QRandomGenerator rng(20261122);
        QSet<qint64> committed;
        for (int round = 0; round < 20; ++round) {
            QProcess writer;
            writer.setProgram(QStringLiteral(CRASH_WRITER));
            writer.setArguments({path});
            writer.start();
            QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
            // Let it commit a few posts first, then kill it at a random moment.
            QVERIFY(writer.waitForReadyRead(10000));
            QTest::qWait(int(rng.bounded(5, 120)));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
            for (const QByteArray& line : lines) {
                bool ok = false;
                const qint64 id = line.trimmed().toLongLong(&ok);
                if (ok) {
                    committed.insert(id);
                }
            }

            Database db;
            const Status opened = db.open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.message()));
            QVERIFY(db.checkIntegrity().ok());
            const QList<Post> posts = *PostRepository(db).list();
            QSet<qint64> stored;
            for (const Post& p : posts) {
                stored.insert(p.id);
                QCOMPARE(p.targets.size(), 2); // never half a post
            }
            for (qint64 id : std::as_const(committed)) {
                QVERIFY2(stored.contains(id), qPrintable(QStringLiteral("round %1 lost post %2").arg(round).arg(id)));
            }
            // Every stored post has its audit event: the two were one transaction.
            QCOMPARE(AuditRepository(db).recent(100000)->size(), posts.size());
        }
        QVERIFY(committed.size() >= 20);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
