#include "AccountsPage.h"

#include "AccountDialog.h"
#include "common/Icons.h"
#include "common/PageHeader.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "models/AccountListModel.h"
#include "services/AccountService.h"
#include "storage/AccountRepository.h"

#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace clearpost {

namespace {

// The status column: a coloured light and the status in words.
class StatusDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setWidth(s.width() + 26);
        return s;
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString status = index.data(AccountListModel::StatusIdRole).toString();
        QColor light = Theme::muted();
        if (status == QLatin1String("connected")) {
            light = Theme::success();
        } else if (status == QLatin1String("needs_attention")) {
            light = Theme::warning();
        }
        const QString text = opt.text;
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const int d = 10;
        const QRect r = opt.rect.adjusted(8, 0, 0, 0);
        painter->setPen(Qt::NoPen);
        painter->setBrush(light);
        painter->drawEllipse(QRect(r.left(), r.center().y() - d / 2, d, d));
        painter->setPen(
            opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(r.adjusted(d + 8, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
        painter->restore();
    }
};

// The network column: a colour stripe per network (never a brand logo).
class NetworkDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        opt.rect.adjust(12, 0, 0, 0);
        QStyledItemDelegate::paint(painter, opt, index);
        painter->fillRect(QRect(option.rect.left() + 2, option.rect.top() + 6, 4, option.rect.height() - 12),
                          index.data(AccountListModel::PlatformColorRole).value<QColor>());
    }
};

} // namespace

AccountsPage::AccountsPage(Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
    , m_model(new AccountListModel(session.database(), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);

    auto* header = new PageHeader(tr("Accounts"),
                                  tr("The practice's social media accounts. Secrets are kept in this computer's "
                                     "keychain."),
                                  this);
    auto* add = new QPushButton(Icons::get(QStringLiteral("plus")), tr("&Add account…"), this);
    m_edit = new QPushButton(Icons::get(QStringLiteral("pencil")), tr("&Edit…"), this);
    m_verify = new QPushButton(Icons::get(QStringLiteral("key")), tr("&Verify"), this);
    m_verify->setToolTip(tr("Check that the account's secret is in the keychain"));
    m_remove = new QPushButton(Icons::get(QStringLiteral("trash")), tr("&Remove…"), this);
    header->addAction(add);
    header->addAction(m_edit);
    header->addAction(m_verify);
    header->addAction(m_remove);
    layout->addWidget(header);

    m_stack = new QStackedWidget(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->verticalHeader()->setDefaultSectionSize(36);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegateForColumn(AccountListModel::StatusColumn, new StatusDelegate(m_view));
    m_view->setItemDelegateForColumn(AccountListModel::NetworkColumn, new NetworkDelegate(m_view));
    m_stack->addWidget(m_view);

    auto* empty = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    auto* emptyText = new QLabel(tr("No accounts yet. Add the practice's Facebook page, Instagram, Bluesky or other "
                                    "accounts to plan and publish posts for them."),
                                 empty);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setMaximumWidth(480);
    auto* emptyAdd = new QPushButton(Icons::get(QStringLiteral("plus")), tr("Add the first account…"), empty);
    emptyLayout->addWidget(emptyText, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(emptyAdd, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_stack->addWidget(empty);
    layout->addWidget(m_stack, 1);

    m_feedback = new QLabel(this);
    m_feedback->setWordWrap(true);
    layout->addWidget(m_feedback);

    connect(add, &QPushButton::clicked, this, &AccountsPage::addAccount);
    connect(emptyAdd, &QPushButton::clicked, this, &AccountsPage::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountsPage::editSelected);
    connect(m_verify, &QPushButton::clicked, this, &AccountsPage::verifySelected);
    connect(m_remove, &QPushButton::clicked, this, &AccountsPage::removeSelected);
    connect(m_view, &QTableView::doubleClicked, this, &AccountsPage::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccountsPage::updateButtons);
    connect(&m_session.accounts(), &AccountService::accountsChanged, this, &AccountsPage::reload);
    auto* del = new QShortcut(QKeySequence::Delete, m_view);
    connect(del, &QShortcut::activated, this, &AccountsPage::removeSelected);

    reload();
}

void AccountsPage::activate()
{
    reload();
}

int AccountsPage::attentionCount() const
{
    int count = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Account* a = m_model->accountAt(row);
        if (a->status == AccountStatus::NeedsAttention
            || (a->tokenExpiresAt.isValid() && a->tokenExpiresAt < QDateTime::currentDateTimeUtc().addDays(7))) {
            ++count;
        }
    }
    return count;
}

void AccountsPage::reload()
{
    const qint64 selected = selectedId();
    if (Status s = m_model->reload(); !s) {
        m_feedback->setText(s.message());
    }
    m_view->resizeColumnsToContents();
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0);
    if (const int row = m_model->rowOfAccount(selected); row >= 0) {
        m_view->selectRow(row);
    }
    updateButtons();
    Q_EMIT attentionChanged();
}

qint64 AccountsPage::selectedId() const
{
    const QModelIndexList rows =
        m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? 0 : rows.first().data(AccountListModel::AccountIdRole).toLongLong();
}

void AccountsPage::updateButtons()
{
    const bool any = selectedId() > 0;
    m_edit->setEnabled(any);
    m_verify->setEnabled(any);
    m_remove->setEnabled(any);
}

void AccountsPage::openDialog(AccountDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AccountsPage::addAccount()
{
    auto* dialog = new AccountDialog(nullptr, this);
    connect(dialog, &AccountDialog::submitted, this, [this, dialog] {
        dialog->setBusy(true);
        QPointer<AccountDialog> guard(dialog);
        m_session.accounts().add(
            dialog->account(), dialog->secret(), m_session.actor(), [this, guard](const Result<qint64>& r) {
                AccountDialog* open = guard.data();
                if (!open) {
                    return;
                }
                open->setBusy(false);
                if (!r) {
                    open->showError(r.message());
                    return;
                }
                m_feedback->setText(tr("Account added."));
                open->accept();
                if (const int row = m_model->rowOfAccount(*r); row >= 0) {
                    m_view->selectRow(row);
                }
            });
    });
    openDialog(dialog);
}

void AccountsPage::editSelected()
{
    const int row = m_model->rowOfAccount(selectedId());
    const Account* current = m_model->accountAt(row);
    if (!current) {
        return;
    }
    auto* dialog = new AccountDialog(current, this);
    connect(dialog, &AccountDialog::submitted, this, [this, dialog] {
        dialog->setBusy(true);
        QPointer<AccountDialog> guard(dialog);
        m_session.accounts().update(
            dialog->account(), dialog->secret(), m_session.actor(), [this, guard](const Status& s) {
                AccountDialog* open = guard.data();
                if (!open) {
                    return;
                }
                open->setBusy(false);
                if (!s) {
                    open->showError(s.message());
                    return;
                }
                m_feedback->setText(tr("Account saved."));
                open->accept();
            });
    });
    openDialog(dialog);
}

void AccountsPage::verifySelected()
{
    const qint64 id = selectedId();
    if (id <= 0) {
        return;
    }
    m_feedback->setText(tr("Checking the keychain…"));
    m_session.accounts().verifySecret(id, m_session.actor(), [this](const Status& s) {
        m_feedback->setText(s ? tr("The secret is in the keychain.") : s.message());
    });
}

void AccountsPage::removeSelected()
{
    const qint64 id = selectedId();
    const Account* current = m_model->accountAt(m_model->rowOfAccount(id));
    if (!current) {
        return;
    }
    const Result<QPair<int, int>> usage = AccountRepository(m_session.database()).usage(id);
    QString text = tr("Remove %1 on %2?").arg(current->handle, platformName(current->platform));
    QString detail = tr("Its secret is deleted from the keychain.");
    if (usage && (usage->first > 0 || usage->second > 0)) {
        detail += QLatin1Char(' ')
                  + tr("Posts planned or published for it: %1. Measured figures that will be deleted: %2.")
                        .arg(usage->first)
                        .arg(usage->second);
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Remove account"), text, QMessageBox::Cancel, this);
    box->setInformativeText(detail);
    QPushButton* confirm = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, id] {
        if (box->clickedButton() != confirm) {
            return;
        }
        m_session.accounts().remove(id, m_session.actor(), [this](const Status& s) {
            m_feedback->setText(s ? tr("Account removed.") : s.message());
        });
    });
    box->open();
}

} // namespace clearpost
