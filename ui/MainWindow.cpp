#include "MainWindow.h"

#include "accounts/AccountsPage.h"
#include "common/Icons.h"
#include "common/Page.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "domain/Practice.h"
#include "pages/PlaceholderPage.h"
#include "settings/Settings.h"
#include "settings/SettingsPage.h"
#include "storage/PostRepository.h"
#include "storage/PracticeRepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkInformation>
#include <QPainter>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace clearpost {

namespace {

constexpr int kBadgeRole = Qt::UserRole + 1;
constexpr int kPageIdRole = Qt::UserRole + 2;

// Sidebar entries: icon and label, with a small count badge where something needs attention.
class SidebarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setHeight(std::max(s.height(), 36));
        return s;
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const int badge = index.data(kBadgeRole).toInt();
        if (badge <= 0) {
            return;
        }
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QString text = badge > 99 ? QStringLiteral("99+") : QString::number(badge);
        QFont f = option.font;
        f.setPointSizeF(f.pointSizeF() * 0.85);
        f.setWeight(QFont::DemiBold);
        painter->setFont(f);
        const int w = std::max(20, painter->fontMetrics().horizontalAdvance(text) + 10);
        const QRect r(option.rect.right() - w - 10, option.rect.center().y() - 9, w, 18);
        painter->setPen(Qt::NoPen);
        painter->setBrush(Theme::warning());
        painter->drawRoundedRect(r, 9, 9);
        painter->setPen(Qt::white);
        painter->drawText(r, Qt::AlignCenter, text);
        painter->restore();
    }
};

QSettings uiState()
{
    return QSettings(QFileInfo(Settings::defaultFile()).dir().filePath(QStringLiteral("ui-state.ini")),
                     QSettings::IniFormat);
}

} // namespace

QStringList MainWindow::pageIds()
{
    return {QStringLiteral("calendar"),
            QStringLiteral("compose"),
            QStringLiteral("library"),
            QStringLiteral("plans"),
            QStringLiteral("dashboard"),
            QStringLiteral("accounts"),
            QStringLiteral("settings")};
}

MainWindow::MainWindow(Session& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setWindowIcon(Icons::appIcon());
    setMinimumSize(960, 600);
    resize(1280, 800);

    auto* central = new QWidget(this);
    auto* row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);

    auto* side = new QWidget(central);
    side->setObjectName(QStringLiteral("sidebar"));
    side->setFixedWidth(200);
    side->setAutoFillBackground(true);
    QPalette sidePalette = side->palette();
    sidePalette.setColor(QPalette::Window, palette().color(QPalette::Base));
    side->setPalette(sidePalette);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 12, 8, 12);
    auto* brand = new QHBoxLayout;
    auto* logo = new QLabel(side);
    logo->setPixmap(Icons::appIcon().pixmap(28, 28));
    brand->addWidget(logo);
    auto* texts = new QVBoxLayout;
    texts->setSpacing(0);
    auto* name = new QLabel(QStringLiteral("Clearpost"), side);
    QFont nameFont = name->font();
    nameFont.setWeight(QFont::DemiBold);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    name->setFont(nameFont);
    m_practiceName = new QLabel(side);
    m_practiceName->setWordWrap(true);
    Theme::makeMuted(m_practiceName);
    texts->addWidget(name);
    texts->addWidget(m_practiceName);
    brand->addLayout(texts, 1);
    sideLayout->addLayout(brand);
    sideLayout->addSpacing(12);

    m_sidebar = new QListWidget(side);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setItemDelegate(new SidebarDelegate(m_sidebar));
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setAutoFillBackground(false);
    m_sidebar->viewport()->setAutoFillBackground(false);
    sideLayout->addWidget(m_sidebar, 1);
    row->addWidget(side);

    m_pages = new QStackedWidget(central);
    row->addWidget(m_pages, 1);
    setCentralWidget(central);

    addPage(new PlaceholderPage(QStringLiteral("calendar"),
                                tr("Calendar"),
                                QStringLiteral("calendar-month"),
                                tr("A month, week and list view of every planned and published post, with gaps and "
                                   "awareness days marked."),
                                m_pages));
    addPage(new PlaceholderPage(QStringLiteral("compose"),
                                tr("Compose"),
                                QStringLiteral("edit"),
                                tr("Write a post once, adapt it per network, and see privacy and advertising-rule "
                                   "findings while you type."),
                                m_pages));
    addPage(new PlaceholderPage(QStringLiteral("library"),
                                tr("Library"),
                                QStringLiteral("books"),
                                tr("Your templates as cards, filled in with the practice's details when you use "
                                   "them."),
                                m_pages));
    addPage(new PlaceholderPage(QStringLiteral("plans"),
                                tr("Plans"),
                                QStringLiteral("list-details"),
                                tr("Goals, posting cadence per network and the mix of content pillars, week by "
                                   "week."),
                                m_pages));
    addPage(new PlaceholderPage(QStringLiteral("dashboard"),
                                tr("Dashboard"),
                                QStringLiteral("chart-bar"),
                                tr("Reach, engagement and the best posts of the month, and the monthly report."),
                                m_pages));
    addPage(new AccountsPage(m_session, m_pages));
    addPage(new SettingsPage(m_session, m_pages));

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int rowIndex) {
        if (rowIndex == m_currentRow || rowIndex < 0) {
            return;
        }
        auto* current = qobject_cast<Page*>(m_pages->currentWidget());
        if (m_currentRow >= 0 && current && !current->canLeave()) {
            const QSignalBlocker block(m_sidebar);
            m_sidebar->setCurrentRow(m_currentRow);
            return;
        }
        m_currentRow = rowIndex;
        m_pages->setCurrentIndex(rowIndex);
        auto* next = qobject_cast<Page*>(m_pages->currentWidget());
        next->activate();
        setWindowTitle(QStringLiteral("%1 — %2 — Clearpost").arg(next->title(), m_practiceName->text()));
    });

    // Status bar: network, outbox, next post, keychain.
    m_network = new QLabel(this);
    m_outbox = new QLabel(this);
    m_next = new QLabel(this);
    m_keychain = new QLabel(this);
    for (QLabel* label : {m_network, m_outbox, m_next}) {
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addWidget(label);
    }
    m_keychain->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_keychain);
    statusBar()->setSizeGripEnabled(true);

    if (QNetworkInformation::loadDefaultBackend()) {
        connect(QNetworkInformation::instance(),
                &QNetworkInformation::reachabilityChanged,
                this,
                &MainWindow::refreshStatus);
    }
    connect(&m_session, &Session::keychainStatusChanged, this, &MainWindow::refreshStatus);
    connect(&m_session, &Session::practiceChanged, this, [this] {
        updatePracticeName();
        refreshStatus();
    });
    m_statusTimer = new QTimer(this);
    m_statusTimer->setInterval(30 * 1000);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);
    m_statusTimer->start();

    buildMenus();
    updatePracticeName();
    updateBadges();
    m_sidebar->setCurrentRow(0);
    refreshStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page* page)
{
    auto* item = new QListWidgetItem(Icons::get(page->iconName()), page->title(), m_sidebar);
    item->setData(kPageIdRole, page->pageId());
    m_pages->addWidget(page);
    connect(page, &Page::attentionChanged, this, &MainWindow::updateBadges);
    connect(
        page, &Page::statusMessage, this, [this](const QString& message) { statusBar()->showMessage(message, 8000); });
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(
        Icons::get(QStringLiteral("folder-open")), tr("&Open practice…"), this, &MainWindow::openPractice);
    open->setShortcut(QKeySequence::Open);
    file->addAction(Icons::get(QStringLiteral("database")), tr("&Back up practice…"), this, &MainWindow::backUp);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QStringList ids = pageIds();
    for (int i = 0; i < ids.size(); ++i) {
        Page* p = page(ids.at(i));
        QAction* go = view->addAction(Icons::get(p->iconName()), p->title());
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, id = ids.at(i)] { showPage(id); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* aboutAction = help->addAction(tr("&About Clearpost"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
}

Page* MainWindow::page(const QString& id) const
{
    for (int i = 0; i < m_pages->count(); ++i) {
        auto* p = qobject_cast<Page*>(m_pages->widget(i));
        if (p && p->pageId() == id) {
            return p;
        }
    }
    return nullptr;
}

bool MainWindow::showPage(const QString& id)
{
    for (int i = 0; i < m_sidebar->count(); ++i) {
        if (m_sidebar->item(i)->data(kPageIdRole).toString() == id) {
            m_sidebar->setCurrentRow(i);
            return m_currentRow == i;
        }
    }
    return false;
}

QString MainWindow::currentPageId() const
{
    auto* p = qobject_cast<Page*>(m_pages->currentWidget());
    return p ? p->pageId() : QString();
}

void MainWindow::updateBadges()
{
    for (int i = 0; i < m_sidebar->count(); ++i) {
        auto* p = qobject_cast<Page*>(m_pages->widget(i));
        m_sidebar->item(i)->setData(kBadgeRole, p ? p->attentionCount() : 0);
    }
}

void MainWindow::updatePracticeName()
{
    Result<Practice> practice = PracticeRepository(m_session.database()).load();
    m_practiceName->setText(practice ? practice->name : tr("No practice"));
    if (auto* p = qobject_cast<Page*>(m_pages->currentWidget())) {
        setWindowTitle(QStringLiteral("%1 — %2 — Clearpost").arg(p->title(), m_practiceName->text()));
    }
}

void MainWindow::refreshStatus()
{
    // Network: only what the system reports; never a guess.
    if (auto* info = QNetworkInformation::instance();
        info && info->supports(QNetworkInformation::Feature::Reachability)) {
        const bool online = info->reachability() == QNetworkInformation::Reachability::Online;
        m_network->setText(online ? tr("Online") : tr("Offline — posts wait until you are back online"));
    } else {
        m_network->setText(tr("Network status unknown"));
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<OutboxSummary> outbox = PostRepository(m_session.database()).outbox(now);
    if (!outbox) {
        m_outbox->setText(outbox.message());
        m_next->clear();
    } else {
        const int waiting = outbox->due + outbox->publishing;
        QString text = waiting > 0 ? tr("Posts waiting: %1").arg(waiting) : tr("Outbox empty");
        if (outbox->failed > 0) {
            text += QStringLiteral(" · ") + tr("Failed: %1").arg(outbox->failed);
        }
        m_outbox->setText(text);
        if (outbox->next.isValid()) {
            Result<Practice> practice = PracticeRepository(m_session.database()).load();
            const QTimeZone zone(practice ? practice->timeZone : QTimeZone::systemTimeZoneId());
            const QDateTime local = outbox->next.toTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone());
            m_next->setText(tr("Next post %1").arg(QLocale().toString(local, QStringLiteral("ddd d MMM, HH:mm"))));
        } else {
            m_next->setText(tr("Nothing scheduled"));
        }
    }
    m_keychain->setText(m_session.keychainAvailable() ? tr("Keychain ready") : tr("No keychain"));
    m_keychain->setToolTip(m_session.keychainMessage());
    QPalette p = m_keychain->palette();
    p.setColor(QPalette::WindowText, m_session.keychainAvailable() ? Theme::muted() : Theme::warning());
    m_keychain->setPalette(p);
    updateBadges();
}

QString MainWindow::statusText() const
{
    return QStringList{m_network->text(), m_outbox->text(), m_next->text(), m_keychain->text()}.join(
        QStringLiteral(" · "));
}

void MainWindow::restoreUiState()
{
    QSettings state = uiState();
    if (const QByteArray geometry = state.value(QStringLiteral("MainWindow/Geometry")).toByteArray();
        !geometry.isEmpty()) {
        restoreGeometry(geometry);
    }
    const QString last = state.value(QStringLiteral("MainWindow/Page"), QStringLiteral("calendar")).toString();
    showPage(last);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (auto* p = qobject_cast<Page*>(m_pages->currentWidget()); p && !p->canLeave()) {
        event->ignore();
        return;
    }
    QSettings state = uiState();
    state.setValue(QStringLiteral("MainWindow/Geometry"), saveGeometry());
    state.setValue(QStringLiteral("MainWindow/Page"), currentPageId());
    event->accept();
}

void MainWindow::openPractice()
{
    if (auto* p = qobject_cast<Page*>(m_pages->currentWidget()); p && !p->canLeave()) {
        return;
    }
    const QString file =
        QFileDialog::getOpenFileName(this,
                                     tr("Open a practice file"),
                                     QFileInfo(m_session.database().path()).absolutePath(),
                                     tr("Clearpost practice (*.clearpost *.sqlite *.db);;All files (*)"));
    if (file.isEmpty()) {
        return;
    }
    const QString previous = m_session.database().path();
    if (Status s = m_session.open(file); !s) {
        QMessageBox::warning(this, tr("Could not open the practice"), s.message());
        // Go back to the practice that was open, so the window never shows a closed database.
        (void)m_session.open(previous);
        return;
    }
    if (auto* p = qobject_cast<Page*>(m_pages->currentWidget())) {
        p->activate();
    }
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(file)), 8000);
}

void MainWindow::backUp()
{
    const QString suggested =
        QFileInfo(m_session.database().path())
            .dir()
            .filePath(QStringLiteral("practice-backup-%1.clearpost").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Back up the practice"), suggested, tr("Clearpost practice (*.clearpost)"));
    if (file.isEmpty()) {
        return;
    }
    if (Status s = m_session.database().backupTo(file); !s) {
        QMessageBox::warning(this, tr("Backup failed"), s.message());
        return;
    }
    statusBar()->showMessage(tr("Backup written to %1. Account secrets stay in this computer's keychain.")
                                 .arg(QDir::toNativeSeparators(file)),
                             10000);
}

void MainWindow::about()
{
    QMessageBox::about(this,
                       tr("About Clearpost"),
                       tr("<h3>Clearpost %1</h3><p>Social media for small medical practices: plan, draft, check, "
                          "schedule, publish and measure, offline first.</p><p>Findings are hints that a post may "
                          "need review, not legal advice.</p>"
                          "<p>Licensed under the GNU GPL, version 3 or later.</p>"
                          "<p><b>Data and artwork</b><br>"
                          "Place names: contains data from GeoNames (geonames.org), licensed under "
                          "<a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>; "
                          "extracted and filtered for Clearpost.<br>"
                          "Given names and surnames: public lists under MIT, CC0 and public-domain terms "
                          "(see resources/names/ATTRIBUTION.md).<br>"
                          "Icons: Tabler Icons (MIT).</p>")
                           .arg(QStringLiteral(CLEARPOST_VERSION)));
}

} // namespace clearpost
