#include "MainWindow.h"
#include "common/Page.h"
#include "common/Session.h"
#include "demo/DemoBuilder.h"
#include "settings/Settings.h"

#include "common/TestSupport.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace clearpost;

// The main window on a demo practice: every page can be visited.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Session> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateFromUserData();
        const QString path = m_dir.filePath(QStringLiteral("demo.clearpost"));
        {
            Database db;
            QVERIFY(db.open(path).ok());
            DemoOptions options;
            options.months = 3;
            QVERIFY(DemoBuilder::build(db, options).ok());
        }
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_session = std::make_unique<Session>(*m_settings);
        QVERIFY(m_session->open(path).ok());
    }

    void cleanupTestCase() { m_session.reset(); }

    void visitsEveryPage()
    {
        MainWindow window(*m_session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentPageId(), QStringLiteral("calendar"));
        for (const QString& id : MainWindow::pageIds()) {
            QVERIFY2(window.showPage(id), qPrintable(id));
            QCOMPARE(window.currentPageId(), id);
            Page* page = window.page(id);
            QVERIFY(page);
            QVERIFY(page->isVisible());
            QVERIFY(window.windowTitle().contains(page->title()));
            QVERIFY(window.windowTitle().contains(QStringLiteral("Lakeshore Family Dental")));
        }
        QVERIFY(!window.showPage(QStringLiteral("kitchen")));
    }

    void laterPagesSaySoPlainly()
    {
        MainWindow window(*m_session);
        for (const QString& id : {QStringLiteral("calendar"),
                                  QStringLiteral("compose"),
                                  QStringLiteral("library"),
                                  QStringLiteral("plans"),
                                  QStringLiteral("dashboard")}) {
            bool found = false;
            for (QLabel* label : window.page(id)->findChildren<QLabel*>()) {
                found = found || label->text() == QStringLiteral("Coming in a later version");
            }
            QVERIFY2(found, qPrintable(id));
        }
    }

    void statusBarTellsTheOutboxAndKeychain()
    {
        MainWindow window(*m_session);
        window.refreshStatus();
        const QString status = window.statusText();
        QVERIFY2(status.contains(QStringLiteral("Outbox empty")) || status.contains(QStringLiteral("Posts waiting")),
                 qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("Next post")) || status.contains(QStringLiteral("Nothing scheduled")),
                 qPrintable(status));
        QVERIFY(status.contains(QStringLiteral("eychain")));
    }

    void keyboardSwitchesPages()
    {
        MainWindow window(*m_session);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window) || QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), QStringLiteral("accounts"));
        QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), QStringLiteral("settings"));
    }

    void accountsNeedingAttentionShowABadge()
    {
        MainWindow window(*m_session);
        // The demo's Instagram account needs attention.
        QCOMPARE(window.page(QStringLiteral("accounts"))->attentionCount(), 1);
        auto* sidebar = window.findChild<QListWidget*>();
        QVERIFY(sidebar);
        QCOMPARE(sidebar->item(5)->data(Qt::UserRole + 1).toInt(), 1);
    }

    void remembersTheLastPage()
    {
        {
            MainWindow window(*m_session);
            window.show();
            window.showPage(QStringLiteral("settings"));
            window.close();
        }
        MainWindow again(*m_session);
        again.restoreUiState();
        QCOMPARE(again.currentPageId(), QStringLiteral("settings"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
