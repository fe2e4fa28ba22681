#pragma once

#include "domain/Account.h"
#include "util/Result.h"

#include <QAbstractTableModel>
#include <QList>

namespace clearpost {

class Database;

// The practice's accounts as a table: network, handle, name, status, last
// verified, token expiry. Reload after changes (AccountService::accountsChanged).
class AccountListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NetworkColumn, HandleColumn, NameColumn, StatusColumn, VerifiedColumn, ExpiryColumn, ColumnCount };
    enum Role { AccountIdRole = Qt::UserRole + 1, PlatformIdRole, StatusIdRole, PlatformColorRole };

    explicit AccountListModel(Database& db, QObject* parent = nullptr);

    Status reload();
    const Account* accountAt(int row) const;
    int rowOfAccount(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database& m_db;
    QList<Account> m_accounts;
};

} // namespace clearpost
