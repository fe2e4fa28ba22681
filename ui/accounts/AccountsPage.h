#pragma once

#include "common/Page.h"

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace clearpost {

class AccountDialog;
class AccountListModel;
class Session;

// One row per account: network, handle, status light, last verified, token
// expiry. Add, edit, verify (is the secret in the keychain?) and remove.
class AccountsPage : public Page
{
    Q_OBJECT

public:
    explicit AccountsPage(Session& session, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("accounts"); }
    QString title() const override { return tr("Accounts"); }
    QString iconName() const override { return QStringLiteral("users"); }
    void activate() override;
    int attentionCount() const override;

    AccountListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

public Q_SLOTS:
    void addAccount();
    void editSelected();
    void verifySelected();
    void removeSelected();

private:
    void reload();
    void updateButtons();
    void openDialog(AccountDialog* dialog);
    qint64 selectedId() const;

    Session& m_session;
    AccountListModel* m_model = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_feedback = nullptr;
};

} // namespace clearpost
