#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace clearpost {

class Page;
class Session;

// The main window: a sidebar of pages, the page, and a status bar that tells the
// truth about the network, the outbox, the next post and the keychain.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    static QStringList pageIds();
    // Switches to a page by id ("calendar", "accounts", …); false if unknown or the current page refused to leave.
    bool showPage(const QString& id);
    QString currentPageId() const;
    Page* page(const QString& id) const;

    // Restores size, position and last page; saved again on close.
    void restoreUiState();

    // Text of the status bar's parts, for tests and screenshots.
    QString statusText() const;

public Q_SLOTS:
    void refreshStatus();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void addPage(Page* page);
    void updateBadges();
    void updatePracticeName();
    void openPractice();
    void backUp();
    void about();

    Session& m_session;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_practiceName = nullptr;
    QLabel* m_network = nullptr;
    QLabel* m_outbox = nullptr;
    QLabel* m_next = nullptr;
    QLabel* m_keychain = nullptr;
    QTimer* m_statusTimer = nullptr;
    int m_currentRow = -1;
};

} // namespace clearpost
