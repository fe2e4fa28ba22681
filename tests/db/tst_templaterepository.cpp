#include "storage/TemplateRepository.h"

#include "common/TestSupport.h"

#include <QTest>

using namespace clearpost;

class TestTemplateRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateFromUserData(); }

    void roundTrip()
    {
        test::TempDatabase t;
        TemplateRepository repo(t.db());
        Template tpl;
        tpl.title = QStringLiteral("Welt-Mundgesundheitstag");
        tpl.category = QStringLiteral("Aktionstag");
        tpl.language = QStringLiteral("de");
        tpl.body = QStringLiteral("Heute ist Welt-Mundgesundheitstag! {practice}, {phone}\n{disclaimer}");
        tpl.createdAt = QDateTime(QDate(2026, 3, 20), QTime(9, 0), Qt::UTC);
        tpl.updatedAt = tpl.createdAt;
        tpl.id = *repo.insert(tpl);
        QCOMPARE(*repo.get(tpl.id), tpl);

        tpl.body += QStringLiteral(" 🦷");
        tpl.updatedAt = tpl.updatedAt.addDays(1);
        QVERIFY(repo.update(tpl).ok());
        QCOMPARE(*repo.get(tpl.id), tpl);
        QCOMPARE(repo.list()->size(), 1);
        QVERIFY(repo.remove(tpl.id).ok());
        QVERIFY(repo.list()->isEmpty());
    }

    void titleIsRequired()
    {
        test::TempDatabase t;
        Template tpl;
        tpl.body = QStringLiteral("x");
        QCOMPARE(TemplateRepository(t.db()).insert(tpl).error().code, Error::Code::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestTemplateRepository)
#include "tst_templaterepository.moc"
