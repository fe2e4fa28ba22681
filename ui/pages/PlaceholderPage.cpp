#include "PlaceholderPage.h"

#include "common/Icons.h"
#include "common/PageHeader.h"
#include "common/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace clearpost {

PlaceholderPage::PlaceholderPage(const QString& id,
                                 const QString& title,
                                 const QString& icon,
                                 const QString& plannedText,
                                 QWidget* parent)
    : Page(parent)
    , m_id(id)
    , m_title(title)
    , m_icon(icon)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(new PageHeader(title, {}, this));
    layout->addStretch(1);

    auto* picture = new QLabel(this);
    picture->setPixmap(Icons::get(icon, Theme::muted()).pixmap(48, 48));
    picture->setAlignment(Qt::AlignHCenter);
    layout->addWidget(picture);

    auto* note = new QLabel(tr("Coming in a later version"), this);
    QFont f = note->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setWeight(QFont::DemiBold);
    note->setFont(f);
    note->setAlignment(Qt::AlignHCenter);
    layout->addWidget(note);

    auto* planned = new QLabel(plannedText, this);
    planned->setWordWrap(true);
    planned->setAlignment(Qt::AlignHCenter);
    planned->setMaximumWidth(520);
    Theme::makeMuted(planned);
    // Centred by stretches, not by an alignment flag: an aligned item loses its height-for-width and the
    // wrapped text would be cut to one line.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(planned, 4);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
}

} // namespace clearpost
