#include "StaffTableModel.h"

namespace clearpost {

StaffTableModel::StaffTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void StaffTableModel::setStaff(const QList<StaffMember>& staff)
{
    beginResetModel();
    m_staff = staff;
    endResetModel();
}

QList<StaffMember> StaffTableModel::staff() const
{
    QList<StaffMember> result;
    for (const StaffMember& s : m_staff) {
        if (!s.name.trimmed().isEmpty()) {
            result.append({s.name.trimmed(), s.role.trimmed(), s.approver});
        }
    }
    return result;
}

int StaffTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_staff.size());
}

int StaffTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const StaffMember& s = m_staff.at(index.row());
    if (index.column() == ApproverColumn) {
        if (role == Qt::CheckStateRole) {
            return s.approver ? Qt::Checked : Qt::Unchecked;
        }
        if (role == Qt::ToolTipRole) {
            return tr("May approve posts for publishing");
        }
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        return index.column() == NameColumn ? s.name : s.role;
    }
    return {};
}

bool StaffTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    StaffMember& s = m_staff[index.row()];
    if (index.column() == ApproverColumn && role == Qt::CheckStateRole) {
        s.approver = value.toInt() == Qt::Checked;
    } else if (role == Qt::EditRole && index.column() == NameColumn) {
        s.name = value.toString();
    } else if (role == Qt::EditRole && index.column() == RoleColumn) {
        s.role = value.toString();
    } else {
        return false;
    }
    Q_EMIT dataChanged(index, index, {role, Qt::DisplayRole});
    return true;
}

Qt::ItemFlags StaffTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    f |= index.column() == ApproverColumn ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
    return f;
}

QVariant StaffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case ApproverColumn:
        return tr("Approver");
    default:
        return {};
    }
}

bool StaffTableModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > m_staff.size() || count < 1) {
        return false;
    }
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        m_staff.insert(row, StaffMember{});
    }
    endInsertRows();
    return true;
}

bool StaffTableModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_staff.size()) {
        return false;
    }
    beginRemoveRows(parent, row, row + count - 1);
    m_staff.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace clearpost
