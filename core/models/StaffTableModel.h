#pragma once

#include "domain/Practice.h"

#include <QAbstractTableModel>
#include <QList>

namespace clearpost {

// The staff roster, editable in place: name, role and whether the person may approve posts.
class StaffTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, ApproverColumn, ColumnCount };

    explicit StaffTableModel(QObject* parent = nullptr);

    void setStaff(const QList<StaffMember>& staff);
    // Rows with an empty name are left out.
    QList<StaffMember> staff() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

private:
    QList<StaffMember> m_staff;
};

} // namespace clearpost
