#pragma once

#include "domain/Account.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace clearpost {

// Adds or edits one account. The secret typed here goes to the keychain, never
// to the database; when editing, an empty secret keeps the stored one.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing` null = add a new account.
    explicit AccountDialog(const Account* existing, QWidget* parent = nullptr);

    Account account() const;
    QString secret() const;

    // Shows a problem under the form and keeps the dialog open (e.g. the keychain failed).
    void showError(const QString& message);
    void setBusy(bool busy);

Q_SIGNALS:
    // The user confirmed; the caller saves and then closes the dialog with accept().
    void submitted();

private:
    void updateForPlatform();
    QString validationProblem() const;
    void validate();

    Account m_account;
    bool m_editing = false;
    QComboBox* m_platform = nullptr;
    QLineEdit* m_handle = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLabel* m_serverLabel = nullptr;
    QLineEdit* m_server = nullptr;
    QLineEdit* m_externalId = nullptr;
    QLabel* m_limitLabel = nullptr;
    QSpinBox* m_limit = nullptr;
    QLineEdit* m_secret = nullptr;
    QLabel* m_secretHint = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace clearpost
