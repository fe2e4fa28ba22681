#include "common/Session.h"
#include "settings/Settings.h"
#include "settings/SettingsPage.h"
#include "storage/AuditRepository.h"
#include "storage/PracticeRepository.h"

#include "common/TestSupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace clearpost;

class TestSettingsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Session> m_session;

    QLineEdit* line(SettingsPage& page, const QString& placeholderStart)
    {
        for (QLineEdit* l : page.findChildren<QLineEdit*>()) {
            if (l->placeholderText().startsWith(placeholderStart)) {
                return l;
            }
        }
        return nullptr;
    }
    QPushButton* button(SettingsPage& page, const QString& text)
    {
        for (QPushButton* b : page.findChildren<QPushButton*>()) {
            if (b->text().remove(QLatin1Char('&')) == text) {
                return b;
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        test::isolateFromUserData();
        QFile::remove(m_dir.filePath(QStringLiteral("p.clearpost")));
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("s.ini")));
        m_settings->setValue(Settings::Key::UserName, QStringLiteral("Dana"));
        m_session = std::make_unique<Session>(*m_settings);
        QVERIFY(m_session->open(m_dir.filePath(QStringLiteral("p.clearpost"))).ok());
        QVERIFY(PracticeRepository(m_session->database()).save(test::samplePractice()).ok());
    }
    void cleanup()
    {
        m_session.reset();
        for (const QString& f :
             {QStringLiteral("p.clearpost"), QStringLiteral("p.clearpost-wal"), QStringLiteral("p.clearpost-shm")}) {
            QFile::remove(m_dir.filePath(f));
        }
    }

    void showsTheProfile()
    {
        SettingsPage page(*m_session);
        QCOMPARE(page.formPractice(), test::samplePractice());
        QVERIFY(!page.isDirty());
        QVERIFY(!button(page, QStringLiteral("Save"))->isEnabled());
    }

    void editAndSave()
    {
        SettingsPage page(*m_session);
        QLineEdit* name = line(page, QStringLiteral("e.g. Lakeshore"));
        QVERIFY(name);
        name->setText(QStringLiteral("Kingsbridge Sports Physio"));
        QVERIFY(page.isDirty());
        QVERIFY(button(page, QStringLiteral("Save"))->isEnabled());
        QTest::mouseClick(button(page, QStringLiteral("Save")), Qt::LeftButton);
        QVERIFY(!page.isDirty());
        QCOMPARE(PracticeRepository(m_session->database()).load()->name, QStringLiteral("Kingsbridge Sports Physio"));
        const auto events = *AuditRepository(m_session->database()).recent(5);
        QCOMPARE(events.first().action, QStringLiteral("practice.edit"));
        QCOMPARE(events.first().actor, QStringLiteral("Dana"));
    }

    void invalidInputIsNotSaved()
    {
        SettingsPage page(*m_session);
        line(page, QStringLiteral("e.g. hello@"))->setText(QStringLiteral("not-an-email"));
        QVERIFY(!page.save());
        QCOMPARE(PracticeRepository(m_session->database()).load()->email, test::samplePractice().email);
        bool explained = false;
        for (QLabel* l : page.findChildren<QLabel*>()) {
            explained = explained || l->text().contains(QStringLiteral("e-mail address"));
        }
        QVERIFY(explained);
    }

    void revertDiscardsChanges()
    {
        SettingsPage page(*m_session);
        line(page, QStringLiteral("e.g. (312)"))->setText(QStringLiteral("000"));
        QVERIFY(page.isDirty());
        page.revert();
        QVERIFY(!page.isDirty());
        QCOMPARE(page.formPractice().phone, test::samplePractice().phone);
    }

    void interfaceLanguageIsStoredForTheNextStart()
    {
        SettingsPage page(*m_session);
        QComboBox* language = nullptr;
        for (QComboBox* box : page.findChildren<QComboBox*>()) {
            if (box->itemData(0).toString().isEmpty() && box->count() == 4) {
                language = box;
            }
        }
        QVERIFY(language);
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        QVERIFY(page.save());
        QCOMPARE(m_settings->value(Settings::Key::Language).toString(), QStringLiteral("de"));
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
