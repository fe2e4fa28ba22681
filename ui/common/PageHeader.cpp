#include "PageHeader.h"

#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace clearpost {

PageHeader::PageHeader(const QString& title, const QString& subtitle, QWidget* parent)
    : QWidget(parent)
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 8);
    auto* texts = new QVBoxLayout;
    texts->setSpacing(2);
    m_title = new QLabel(title, this);
    Theme::makeTitle(m_title);
    m_subtitle = new QLabel(subtitle, this);
    m_subtitle->setWordWrap(true);
    Theme::makeMuted(m_subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
    texts->addWidget(m_title);
    texts->addWidget(m_subtitle);
    row->addLayout(texts, 1);
    m_actions = new QHBoxLayout;
    m_actions->setSpacing(8);
    row->addLayout(m_actions);
}

void PageHeader::setSubtitle(const QString& subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

void PageHeader::addAction(QWidget* widget)
{
    m_actions->addWidget(widget, 0, Qt::AlignBottom);
}

} // namespace clearpost
