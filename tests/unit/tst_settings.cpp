#include "settings/Settings.h"

#include "common/TestSupport.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace clearpost;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateFromUserData(); }

    void defaultsWhenUnset()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("a.ini")));
        QCOMPARE(s.value(Settings::Key::InstagramHashtagLimit).toInt(), 30);
        QCOMPARE(s.value(Settings::Key::MastodonDefaultLimit).toInt(), 500);
        QCOMPARE(s.value(Settings::Key::Language).toString(), QString());
    }

    void persistsAndResets()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("b.ini"));
        {
            Settings s(file);
            s.setValue(Settings::Key::Language, QStringLiteral("de"));
            s.setValue(Settings::Key::InstagramHashtagLimit, 5);
            s.sync();
        }
        Settings again(file);
        QCOMPARE(again.value(Settings::Key::Language).toString(), QStringLiteral("de"));
        QCOMPARE(again.value(Settings::Key::InstagramHashtagLimit).toInt(), 5);
        again.reset(Settings::Key::InstagramHashtagLimit);
        QCOMPARE(again.value(Settings::Key::InstagramHashtagLimit).toInt(), 30);
    }

    void storingTheDefaultLeavesTheKeyOut()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("c.ini"));
        {
            Settings s(file);
            s.setValue(Settings::Key::AutosaveSeconds, 10);
            s.sync();
        }
        QSettings raw(file, QSettings::IniFormat);
        QVERIFY(!raw.contains(QStringLiteral("Compose/AutosaveSeconds")));
    }

    void newFileGetsTheCurrentVersion()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("d.ini"));
        {
            QSettings old(file, QSettings::IniFormat);
            old.setValue(QStringLiteral("General/Language"), QStringLiteral("es"));
        }
        Settings s(file);
        QCOMPARE(s.fileVersion(), Settings::currentVersion());
        QCOMPARE(s.value(Settings::Key::Language).toString(), QStringLiteral("es"));
    }

    void testsNeverUseTheRealFiles()
    {
        QVERIFY(Settings::defaultFile().contains(QStringLiteral("clearpost-test.ini")));
        QVERIFY(AppPaths::defaultDatabase().contains(QStringLiteral("qttest")));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
