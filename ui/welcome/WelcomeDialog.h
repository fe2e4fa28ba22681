#pragma once

#include "domain/Practice.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace clearpost {

// First start: create the practice, open the demo practice, or open an existing file.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { None, Create, Demo, Open };

    explicit WelcomeDialog(const QString& suggestedPath, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    // The practice to create (Choice::Create).
    Practice practice() const;
    // The file to create or open.
    QString path() const { return m_path; }

    void showError(const QString& message);

public Q_SLOTS:
    void chooseCreate();
    void chooseDemo();
    void chooseOpen();

private:
    void finishCreate();

    Choice m_choice = Choice::None;
    QString m_path;
    QStackedWidget* m_stack = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_specialty = nullptr;
    QComboBox* m_jurisdiction = nullptr;
    QComboBox* m_timeZone = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace clearpost
