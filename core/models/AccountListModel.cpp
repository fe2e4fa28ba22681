#include "AccountListModel.h"

#include "storage/AccountRepository.h"

#include <QColor>
#include <QLocale>

namespace clearpost {

namespace {
QString shortDate(const QDateTime& dt)
{
    return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm")) : QString();
}
} // namespace

AccountListModel::AccountListModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

Status AccountListModel::reload()
{
    Result<QList<Account>> accounts = AccountRepository(m_db).list();
    if (!accounts) {
        return accounts.status();
    }
    beginResetModel();
    m_accounts = *accounts;
    endResetModel();
    return {};
}

const Account* AccountListModel::accountAt(int row) const
{
    return row >= 0 && row < m_accounts.size() ? &m_accounts.at(row) : nullptr;
}

int AccountListModel::rowOfAccount(qint64 id) const
{
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

int AccountListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Account& a = m_accounts.at(index.row());
    switch (role) {
    case AccountIdRole:
        return a.id;
    case PlatformIdRole:
        return platformId(a.platform);
    case StatusIdRole:
        return accountStatusId(a.status);
    case PlatformColorRole:
        return QColor(platformColor(a.platform));
    case Qt::DisplayRole:
        switch (index.column()) {
        case NetworkColumn:
            return platformName(a.platform);
        case HandleColumn:
            return a.handle;
        case NameColumn:
            return a.displayName;
        case StatusColumn:
            return accountStatusName(a.status);
        case VerifiedColumn:
            return a.verifiedAt.isValid() ? shortDate(a.verifiedAt) : tr("Never");
        case ExpiryColumn:
            return a.tokenExpiresAt.isValid() ? shortDate(a.tokenExpiresAt) : tr("—");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == HandleColumn && !a.serverUrl.isEmpty()) {
            return tr("On %1").arg(a.serverUrl);
        }
        if (index.column() == ExpiryColumn && a.tokenExpiresAt.isValid()
            && a.tokenExpiresAt < QDateTime::currentDateTimeUtc().addDays(7)) {
            return tr("The access token expires soon; reconnect the account.");
        }
        return {};
    default:
        return {};
    }
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NetworkColumn:
        return tr("Network");
    case HandleColumn:
        return tr("Handle");
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case VerifiedColumn:
        return tr("Last verified");
    case ExpiryColumn:
        return tr("Token expires");
    default:
        return {};
    }
}

} // namespace clearpost
