#include "storage/Database.h"
#include "storage/PracticeRepository.h"

#include "common/TestSupport.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

    static Run run(const QStringList& args, const QByteArray& input = {}, const QString& locale = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!locale.isEmpty()) {
            env.insert(QStringLiteral("LC_ALL"), locale);
            env.insert(QStringLiteral("LANG"), locale);
            env.remove(QStringLiteral("LANGUAGE"));
        }
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("CLEARPOST_CONFIG"), QDir::temp().filePath(QStringLiteral("clearpost-cli-test.ini")));
        env.remove(QStringLiteral("CLEARPOST_DB"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CLEARPOST_EXE), args);
        if (!input.isNull()) {
            p.write(input);
        }
        p.closeWriteChannel();
        if (!p.waitForFinished(120000)) {
            p.kill();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // Only lines the program wrote itself (not Qt's platform notices).
    static QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            return {};
        }
        return path;
    }

    static QJsonObject jsonLine(const QString& line)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
        return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
    }

    static QStringList categories(const QJsonObject& result)
    {
        QStringList out;
        for (const QJsonValue& f : result.value(QStringLiteral("findings")).toArray()) {
            out.append(f.toObject().value(QStringLiteral("category")).toString());
        }
        return out;
    }

    // A Unicode code-point slice, the way scripts in Python or JavaScript (Array.from) index text.
    static QString codePointSlice(const QString& text, int start, int end)
    {
        const QList<uint> ucs4 = text.toUcs4();
        return QString::fromStdU32String(std::u32string(ucs4.cbegin() + start, ucs4.cbegin() + end));
    }

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

    // --- check -----------------------------------------------------------------------------------------

    void checkExitCodesFollowTheWorstFinding()
    {
        // Nothing to report: exit 0.
        Run r = run({QStringLiteral("check")}, "Brush twice a day and clean between your teeth.\n");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("No findings."));
        // A review reply that names the patient and the treatment: blockers, exit 1, line:column shown.
        r = run(
            {QStringLiteral("check"), QStringLiteral("--kind"), QStringLiteral("review_reply"), QStringLiteral("-")},
            "Thank you!\nMaria Gonzalez, we are glad your root canal went well.\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("2:1  blocker  phi.person")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("patient.relationship")));
        QVERIFY(r.out.contains(QStringLiteral("“Maria Gonzalez”")));
        // A warning alone (an unlabelled claim) does not fail the check.
        r = run({QStringLiteral("check"), QStringLiteral("--json")}, "The best dentist in Chicago!");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(categories(jsonLine(r.out)).contains(QStringLiteral("claim.misleading")), qPrintable(r.out));
    }

    void messagesFollowTheInterfaceLanguage()
    {
        const QByteArray reply = "Thanks Maria Gonzalez, glad your root canal went well!";
        const QStringList args{QStringLiteral("check"), QStringLiteral("--kind"), QStringLiteral("review_reply")};
        const Run en = run(args, reply, QStringLiteral("C.UTF-8"));
        const Run de = run(args, reply, QStringLiteral("de_DE.UTF-8"));
        const Run es = run(args, reply, QStringLiteral("es_ES.UTF-8"));
        QVERIFY2(en.out.contains(QStringLiteral("Name of a person")), qPrintable(en.out));
        QVERIFY2(de.out.contains(QStringLiteral("Name einer Person")), qPrintable(de.out));
        QVERIFY2(es.out.contains(QStringLiteral("Nombre de una persona")), qPrintable(es.out));
        // Bad input is explained in the same language.
        const Run bad = run({QStringLiteral("check"), QStringLiteral("--kind"), QStringLiteral("letter")},
                            reply,
                            QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(!bad.err.contains(QStringLiteral("must be")), qPrintable(bad.err));
    }

    void checkJsonHasTheDocumentedShape()
    {
        const QString text = QStringLiteral("😀 Hi Maria Gonzalez, your crown looks great after Tuesday's visit.");
        const Run r = run({QStringLiteral("check"),
                           QStringLiteral("--json"),
                           QStringLiteral("--kind"),
                           QStringLiteral("review_reply"),
                           QStringLiteral("--platforms"),
                           QStringLiteral("x,bluesky")},
                          text.toUtf8());
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1); // one line of JSON
        const QJsonObject result = jsonLine(r.out);
        const QJsonArray findings = result.value(QStringLiteral("findings")).toArray();
        QVERIFY(!findings.isEmpty());
        for (const QJsonValue& v : findings) {
            const QJsonObject f = v.toObject();
            for (const char* key : {"rule", "category", "severity", "start", "end", "quote", "message", "fix"}) {
                QVERIFY2(f.contains(QLatin1String(key)), key);
            }
            QVERIFY(f.value(QStringLiteral("fix")).isNull() || f.value(QStringLiteral("fix")).isObject());
            QVERIFY(QStringList({QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("blocker")})
                        .contains(f.value(QStringLiteral("severity")).toString()));
            // Offsets count code points (the emoji is one), end exclusive, and quote the text.
            const int start = f.value(QStringLiteral("start")).toInt();
            const int end = f.value(QStringLiteral("end")).toInt();
            QVERIFY(start >= 0 && start < end);
            QCOMPARE(codePointSlice(text, start, end), f.value(QStringLiteral("quote")).toString());
        }
        const auto person = std::find_if(findings.begin(), findings.end(), [](const QJsonValue& v) {
            return v.toObject().value(QStringLiteral("category")) == QStringLiteral("phi.person");
        });
        QVERIFY(person != findings.end());
        QCOMPARE(person->toObject().value(QStringLiteral("start")).toInt(), 5);
        QCOMPARE(person->toObject().value(QStringLiteral("end")).toInt(), 19);
    }

    void checkBatchAnswersOneLinePerDraft()
    {
        QTemporaryDir dir;
        const QByteArray lines =
            R"({"id": "clean", "text": "Flossing once a day keeps gums healthy."})"
            "\n\n"
            R"({"id": "reply", "text": "So sorry about the wait, Mr. Okafor. Your implant follow-up is on us.", "kind": "review_reply"})"
            "\n"
            R"({"id": "photo", "text": "Smile makeover!", "platforms": ["instagram"], "media": [{"alt": null, "shows_face": true, "consent": false}]})"
            "\n"
            R"({"id": "consented", "text": "Smile makeover!", "platforms": ["instagram"], "media": [{"alt": "A smiling patient", "shows_face": true, "consent": true}]})"
            "\n"
            R"({"text": "Zahnreinigung ohne Schmerzen, garantiert!", "lang": "de", "jurisdiction": "DE"})"
            "\n";
        const QString path = writeFile(dir, QStringLiteral("drafts.jsonl"), lines);
        const Run r = run({QStringLiteral("check"), QStringLiteral("--batch"), path, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QStringList out = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(out.size(), 5);
        QList<QJsonObject> results;
        for (const QString& line : out) {
            results.append(jsonLine(line));
        }
        QCOMPARE(results[0].value(QStringLiteral("id")).toString(), QStringLiteral("clean"));
        QVERIFY(categories(results[0]).isEmpty());
        QCOMPARE(results[1].value(QStringLiteral("id")).toString(), QStringLiteral("reply"));
        QVERIFY(categories(results[1]).contains(QStringLiteral("patient.relationship")));
        QVERIFY(categories(results[2]).contains(QStringLiteral("consent.missing")));
        QVERIFY(categories(results[2]).contains(QStringLiteral("accessibility.alt_text")));
        QVERIFY(!categories(results[3]).contains(QStringLiteral("consent.missing")));
        QVERIFY(!categories(results[3]).contains(QStringLiteral("accessibility.alt_text")));
        // No id: the line number names the draft.
        QCOMPARE(results[4].value(QStringLiteral("id")).toString(), QStringLiteral("6"));
        QVERIFY2(!categories(results[4]).isEmpty(), qPrintable(out[4]));
    }

    void checkBadInputNamesWhatAndWhere_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<bool>("batch");
        QTest::addColumn<QString>("mentions");
        const QByteArray good = R"({"id": 1, "text": "Hello"})"
                                "\n";
        QTest::newRow("malformed line") << good + good + "{\"id\": 3, \"text\": \n" << true << "drafts:3";
        QTest::newRow("not an object") << good + "[1, 2]\n" << true << "drafts:2";
        QTest::newRow("text not a string") << QByteArray(R"({"id": 1, "text": 5})") << true << "\"text\"";
        QTest::newRow("unknown network") << QByteArray(R"({"text": "Hi", "platforms": ["myspace"]})") << true
                                         << "myspace";
        QTest::newRow("unknown kind") << QByteArray(R"({"text": "Hi", "kind": "letter"})") << true << "\"kind\"";
        QTest::newRow("unknown jurisdiction")
            << QByteArray(R"({"text": "Hi", "jurisdiction": "FR"})") << true << "\"jurisdiction\"";
        QTest::newRow("unknown language") << QByteArray(R"({"text": "Hi", "lang": "fr"})") << true << "\"lang\"";
        QTest::newRow("invalid UTF-8 line") << good + "{\"text\": \"caf\xe9\"}\n" << true << "drafts:2";
        QTest::newRow("invalid UTF-8 text") << QByteArray("Caf\xe9 au lait\n") << false << "not valid UTF-8";
    }
    void checkBadInputNamesWhatAndWhere()
    {
        QFETCH(QByteArray, contents);
        QFETCH(bool, batch);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("drafts"), contents);
        const Run r = batch ? run({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--batch"), path})
                            : run({QStringLiteral("check"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out)); // nothing half-answered
        const QStringList lines = errorLines(r.err);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(mentions), qPrintable(lines.first()));
    }

    void checkBadFlagsAndFiles_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing file") << QStringList{QStringLiteral("check"), QStringLiteral("/nonexistent/post.txt")}
                                      << "/nonexistent/post.txt";
        QTest::newRow("missing batch") << QStringList{QStringLiteral("check"),
                                                      QStringLiteral("--batch"),
                                                      QStringLiteral("/nonexistent/b.jsonl")}
                                       << "/nonexistent/b.jsonl";
        QTest::newRow("bad network") << QStringList{QStringLiteral("check"),
                                                    QStringLiteral("--platforms"),
                                                    QStringLiteral("x,friendster")}
                                     << "friendster";
        QTest::newRow("bad jurisdiction")
            << QStringList{QStringLiteral("check"), QStringLiteral("--jurisdiction"), QStringLiteral("FR")}
            << "--jurisdiction";
        QTest::newRow("bad lang") << QStringList{QStringLiteral("check"),
                                                 QStringLiteral("--lang"),
                                                 QStringLiteral("it")}
                                  << "--lang";
        QTest::newRow("bad kind") << QStringList{QStringLiteral("check"),
                                                 QStringLiteral("--kind"),
                                                 QStringLiteral("dm")}
                                  << "--kind";
        QTest::newRow("missing db") << QStringList{QStringLiteral("check"),
                                                   QStringLiteral("--db"),
                                                   QStringLiteral("/nonexistent/p.clearpost")}
                                    << "does not exist";
        QTest::newRow("two files") << QStringList{QStringLiteral("check"), QStringLiteral("a"), QStringLiteral("b")}
                                   << "one file";
    }
    void checkBadFlagsAndFiles()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run r = run(args, "Hello\n");
        QCOMPARE(r.exitCode, 2);
        const QStringList lines = errorLines(r.err);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(mentions), qPrintable(lines.first()));
    }

    void checkWithDatabaseKnowsThePracticeAndStaff()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.clearpost"));
        QCOMPARE(
            run({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--months"), QStringLiteral("1")})
                .exitCode,
            0);
        Practice practice;
        {
            Database d;
            QVERIFY(d.open(db).ok());
            Result<Practice> loaded = PracticeRepository(d).load();
            QVERIFY(loaded.ok());
            practice = *loaded;
        }
        QVERIFY(std::any_of(practice.staff.cbegin(), practice.staff.cend(), [](const StaffMember& m) {
            return m.name.startsWith(QStringLiteral("Jenna "));
        }));
        QVERIFY(!practice.phone.isEmpty());
        // Jenna Kowalski is on the demo roster; the reply also gives the practice's own number.
        const QString text =
            QStringLiteral("Thanks for the kind words! Jenna loved meeting you too. Questions? Call us at %1.")
                .arg(practice.phone);
        const QStringList reply{QStringLiteral("check"),
                                QStringLiteral("--json"),
                                QStringLiteral("--kind"),
                                QStringLiteral("review_reply")};
        const Run without = run(reply, text.toUtf8());
        const Run with = run(reply + QStringList{QStringLiteral("--db"), db}, text.toUtf8());
        QCOMPARE(with.exitCode, 0);
        QVERIFY2(categories(jsonLine(without.out)).contains(QStringLiteral("phi.person")), qPrintable(without.out));
        const QStringList found = categories(jsonLine(with.out));
        QVERIFY2(!found.contains(QStringLiteral("phi.person")), qPrintable(with.out));
        QVERIFY2(!found.contains(QStringLiteral("phi.phone")), qPrintable(with.out));
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
