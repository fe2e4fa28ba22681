#include "accounts/AccountDialog.h"
#include "accounts/AccountsPage.h"
#include "common/Session.h"
#include "models/AccountListModel.h"
#include "publishing/CredentialStore.h"
#include "settings/Settings.h"
#include "storage/AccountRepository.h"

#include "common/TestSupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace clearpost;

// The Accounts page with a real keychain (scripts/with-keyring.sh).
class TestAccountsPage : public QObject
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
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("s.ini")));
        m_settings->setValue(Settings::Key::UserName, QStringLiteral("Dana"));
        m_session = std::make_unique<Session>(*m_settings);
        QVERIFY(m_session->open(m_dir.filePath(QStringLiteral("p.clearpost"))).ok());
    }
    void cleanupTestCase() { m_session.reset(); }

    void addEditRemove()
    {
        AccountsPage page(*m_session);
        page.show();
        QCOMPARE(page.model()->rowCount(), 0);

        // Add through the dialog; the secret goes to the keychain.
        page.addAccount();
        auto* dialog = page.findChild<AccountDialog*>();
        QVERIFY(dialog);
        auto* platform = dialog->findChild<QComboBox*>();
        platform->setCurrentIndex(platform->findData(QStringLiteral("bluesky")));
        const QList<QLineEdit*> lines = dialog->findChildren<QLineEdit*>();
        QLineEdit* handle = nullptr;
        QLineEdit* secret = nullptr;
        for (QLineEdit* l : lines) {
            if (l->placeholderText().startsWith(QStringLiteral("e.g. lakeshore"))) {
                handle = l;
            }
            if (l->echoMode() == QLineEdit::Password) {
                secret = l;
            }
        }
        QVERIFY(handle && secret);
        QTest::keyClicks(handle, QStringLiteral("@clinic.bsky.social"));
        QTest::keyClicks(secret, QStringLiteral("abcd-efgh-ijkl-mnop"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 1, 20000);
        QTRY_VERIFY(page.findChild<AccountDialog*>() == nullptr || !page.findChild<AccountDialog*>()->isVisible());

        const Account stored = AccountRepository(m_session->database()).list()->first();
        QCOMPARE(stored.handle, QStringLiteral("clinic.bsky.social")); // the @ is dropped
        QCOMPARE(stored.serverUrl, QStringLiteral("https://bsky.social"));
        QCOMPARE(stored.status, AccountStatus::Connected);
        std::optional<Result<QString>> inKeychain;
        m_session->credentials().read(stored.keychainKey, [&](const Result<QString>& r) { inKeychain = r; });
        QTRY_VERIFY_WITH_TIMEOUT(inKeychain.has_value(), 20000);
        QCOMPARE(inKeychain->value(), QStringLiteral("abcd-efgh-ijkl-mnop"));

        // An empty handle is not accepted.
        page.addAccount();
        QTRY_VERIFY(!page.findChildren<AccountDialog*>().isEmpty());
        AccountDialog* second = page.findChildren<AccountDialog*>().last();
        QVERIFY(!second->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        second->reject();

        // Remove, confirming in the message box.
        page.view()->selectRow(0);
        page.removeSelected();
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = page.findChild<QMessageBox*>()) != nullptr);
        for (QAbstractButton* b : box->buttons()) {
            if (b->text() == QStringLiteral("Remove")) {
                b->click();
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 0, 20000);
        std::optional<Result<QString>> gone;
        m_session->credentials().read(stored.keychainKey, [&](const Result<QString>& r) { gone = r; });
        QTRY_VERIFY_WITH_TIMEOUT(gone.has_value(), 20000);
        QCOMPARE(gone->error().code, Error::Code::NotFound);
    }
};

QTEST_MAIN(TestAccountsPage)
#include "tst_accountspage.moc"
