#pragma once

#include "common/Page.h"
#include "domain/Practice.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace clearpost {

class Session;
class StaffTableModel;

// The practice profile (name, specialty, jurisdiction, time zone, language,
// contact details, disclaimer, staff roster, own terms) and this computer's
// settings (your name for the audit trail, interface language).
class SettingsPage : public Page
{
    Q_OBJECT

public:
    explicit SettingsPage(Session& session, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("settings"); }
    QString title() const override { return tr("Settings"); }
    QString iconName() const override { return QStringLiteral("settings"); }
    void activate() override;
    bool canLeave() override;

    bool isDirty() const;
    // The practice as the form currently shows it.
    Practice formPractice() const;

public Q_SLOTS:
    bool save();
    void revert();

private:
    void load();
    void markChanged();
    QString validationProblem() const;
    QLineEdit* addLine(const QString& text);

    Session& m_session;
    Practice m_loaded;
    bool m_loading = false;
    QLineEdit* m_name = nullptr;
    QComboBox* m_specialty = nullptr;
    QComboBox* m_jurisdiction = nullptr;
    QComboBox* m_timeZone = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_website = nullptr;
    QPlainTextEdit* m_disclaimer = nullptr;
    StaffTableModel* m_staff = nullptr;
    QTableView* m_staffView = nullptr;
    QPlainTextEdit* m_terms = nullptr;
    QLineEdit* m_userName = nullptr;
    QComboBox* m_uiLanguage = nullptr;
    QLabel* m_feedback = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
};

} // namespace clearpost
