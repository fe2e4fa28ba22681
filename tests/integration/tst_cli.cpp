#include "storage/Database.h"

#include "common/TestSupport.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace clearpost;

// The clearpost executable as a script would use it: exit codes, one-line errors, files.
class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("CLEARPOST_CONFIG"), QDir::temp().filePath(QStringLiteral("clearpost-cli-test.ini")));
        env.remove(QStringLiteral("CLEARPOST_DB"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CLEARPOST_EXE), args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // Only lines the program wrote itself (not Qt's platform notices).
    static QStringList errorLines(const QString& err)
    {
        QStringList lines;
        for (const QString& l : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (l.startsWith(QStringLiteral("clearpost:"))) {
                lines.append(l);
            }
        }
        return lines;
    }

private Q_SLOTS:
    void initTestCase() { test::isolateFromUserData(); }

    void versionAndHelp()
    {
        const Run v = run({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith(QStringLiteral("clearpost ")));
        const Run h = run({QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains(QStringLiteral("demo")));
        QVERIFY(h.out.contains(QStringLiteral("screenshot")));
        const Run dh = run({QStringLiteral("demo"), QStringLiteral("--help")});
        QCOMPARE(dh.exitCode, 0);
        QVERIFY(dh.out.contains(QStringLiteral("--seed")));
    }

    void badArgumentsExitWithTwoAndOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "frobnicate";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("demo"), QStringLiteral("--colour")} << "colour";
        QTest::newRow("demo without db") << QStringList{QStringLiteral("demo")} << "--db";
        QTest::newRow("bad months") << QStringList{QStringLiteral("demo"),
                                                   QStringLiteral("--db"),
                                                   QStringLiteral("/tmp/x.cp"),
                                                   QStringLiteral("--months"),
                                                   QStringLiteral("99")}
                                    << "--months";
        QTest::newRow("bad anchor") << QStringList{QStringLiteral("demo"),
                                                   QStringLiteral("--db"),
                                                   QStringLiteral("/tmp/x.cp"),
                                                   QStringLiteral("--anchor"),
                                                   QStringLiteral("tomorrow")}
                                    << "--anchor";
        QTest::newRow("screenshot bad page") << QStringList{QStringLiteral("screenshot"),
                                                            QStringLiteral("--db"),
                                                            QStringLiteral("/tmp/x.cp"),
                                                            QStringLiteral("--page"),
                                                            QStringLiteral("kitchen"),
                                                            QStringLiteral("--out"),
                                                            QStringLiteral("/tmp/x.png")}
                                             << "kitchen";
        QTest::newRow("screenshot bad size") << QStringList{QStringLiteral("screenshot"),
                                                            QStringLiteral("--db"),
                                                            QStringLiteral("/tmp/x.cp"),
                                                            QStringLiteral("--page"),
                                                            QStringLiteral("accounts"),
                                                            QStringLiteral("--out"),
                                                            QStringLiteral("/tmp/x.png"),
                                                            QStringLiteral("--size"),
                                                            QStringLiteral("big")}
                                             << "--size";
        QTest::newRow("screenshot missing db") << QStringList{QStringLiteral("screenshot"),
                                                              QStringLiteral("--db"),
                                                              QStringLiteral("/nonexistent/x.cp"),
                                                              QStringLiteral("--page"),
                                                              QStringLiteral("accounts"),
                                                              QStringLiteral("--out"),
                                                              QStringLiteral("/tmp/x.png")}
                                               << "does not exist";
    }
    void badArgumentsExitWithTwoAndOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        const QStringList lines = errorLines(r.err);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(mentions), qPrintable(lines.first()));
    }

    void demoIsDeterministicAndNeverOverwrites()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.clearpost"));
        const QString b = dir.filePath(QStringLiteral("b.clearpost"));
        const QStringList common{QStringLiteral("--seed"),
                                 QStringLiteral("7"),
                                 QStringLiteral("--anchor"),
                                 QStringLiteral("2026-11-22"),
                                 QStringLiteral("--months"),
                                 QStringLiteral("3")};
        Run r = run(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), a} + common);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("posts")));
        r = run(QStringList{QStringLiteral("--db"), b, QStringLiteral("demo")} + common);
        QCOMPARE(r.exitCode, 0);
        {
            Database da;
            Database db;
            QVERIFY(da.open(a).ok());
            QVERIFY(db.open(b).ok());
            QStringList dumpA = test::dumpTables(da);
            QStringList dumpB = test::dumpTables(db);
            // Media rows name their own folder; everything else is identical.
            dumpA.replaceInStrings(QStringLiteral("a.clearpost-media"), QStringLiteral("X"));
            dumpB.replaceInStrings(QStringLiteral("b.clearpost-media"), QStringLiteral("X"));
            QCOMPARE(dumpA, dumpB);
        }
        const QByteArray before = test::fileHash(a);
        r = run(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), a} + common);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(errorLines(r.err).first().contains(QStringLiteral("already exists")));
        QCOMPARE(test::fileHash(a), before);
    }

    void screenshotWritesAPng()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.clearpost"));
        QCOMPARE(
            run({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--months"), QStringLiteral("2")})
                .exitCode,
            0);
        for (const QString& page : {QStringLiteral("accounts"), QStringLiteral("settings")}) {
            const QString png = dir.filePath(page + QStringLiteral(".png"));
            const Run r = run({QStringLiteral("screenshot"),
                               QStringLiteral("--db"),
                               db,
                               QStringLiteral("--page"),
                               page,
                               QStringLiteral("--out"),
                               png,
                               QStringLiteral("--size"),
                               QStringLiteral("1024x700"),
                               QStringLiteral("--theme"),
                               QStringLiteral("dark")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QImage image(png);
            QCOMPARE(image.size(), QSize(1024, 700));
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
