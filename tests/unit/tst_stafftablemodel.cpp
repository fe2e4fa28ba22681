#include "models/StaffTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace clearpost;

class TestStaffTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsInPlace()
    {
        StaffTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStaff({{QStringLiteral("Dr. Anika Patel"), QStringLiteral("Dentist"), true}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, StaffTableModel::ApproverColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        QVERIFY(model.insertRows(1, 1));
        QVERIFY(model.setData(model.index(1, StaffTableModel::NameColumn), QStringLiteral("  Luis Ortega ")));
        QVERIFY(model.setData(model.index(1, StaffTableModel::RoleColumn), QStringLiteral("Hygienist")));
        QVERIFY(model.setData(model.index(1, StaffTableModel::ApproverColumn), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.insertRows(2, 1)); // left empty: not part of the roster

        const QList<StaffMember> staff = model.staff();
        QCOMPARE(staff.size(), 2);
        QCOMPARE(staff.at(1).name, QStringLiteral("Luis Ortega"));
        QVERIFY(staff.at(1).approver);

        QVERIFY(model.removeRows(0, 1));
        QCOMPARE(model.staff().size(), 1);
        QVERIFY(!model.removeRows(5, 1));
    }
};

QTEST_GUILESS_MAIN(TestStaffTableModel)
#include "tst_stafftablemodel.moc"
