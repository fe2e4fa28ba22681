#include "models/AccountListModel.h"
#include "storage/AccountRepository.h"

#include "common/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace clearpost;

class TestAccountListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateFromUserData(); }

    void showsAccounts()
    {
        test::TempDatabase t;
        AccountListModel model(t.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 0);

        const qint64 id = test::addAccount(t.db(), Platform::Bluesky, QStringLiteral("clinic.bsky.social"));
        test::addAccount(t.db(), Platform::Facebook, QStringLiteral("page"));
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 2);
        const int row = model.rowOfAccount(id);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, AccountListModel::NetworkColumn).data().toString(), QStringLiteral("Bluesky"));
        QCOMPARE(model.index(row, AccountListModel::StatusColumn).data().toString(), QStringLiteral("Not connected"));
        QCOMPARE(model.index(row, AccountListModel::VerifiedColumn).data().toString(), QStringLiteral("Never"));
        QCOMPARE(model.index(row, 0).data(AccountListModel::AccountIdRole).toLongLong(), id);
        QVERIFY(model.index(row, AccountListModel::HandleColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("bsky.social")));

        QVERIFY(AccountRepository(t.db()).remove(id).ok());
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOfAccount(id), -1);
    }
};

QTEST_GUILESS_MAIN(TestAccountListModel)
#include "tst_accountlistmodel.moc"
