#pragma once

#include "common/Page.h"

namespace clearpost {

// A page that a later version builds. It says so plainly and shows nothing that pretends to work.
class PlaceholderPage : public Page
{
    Q_OBJECT

public:
    PlaceholderPage(const QString& id,
                    const QString& title,
                    const QString& icon,
                    const QString& plannedText,
                    QWidget* parent = nullptr);

    QString pageId() const override { return m_id; }
    QString title() const override { return m_title; }
    QString iconName() const override { return m_icon; }

private:
    QString m_id;
    QString m_title;
    QString m_icon;
};

} // namespace clearpost
