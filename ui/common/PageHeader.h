#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace clearpost {

// The title row of a page: title and subtitle on the left, actions on the right.
class PageHeader : public QWidget
{
    Q_OBJECT

public:
    explicit PageHeader(const QString& title, const QString& subtitle = {}, QWidget* parent = nullptr);

    void setSubtitle(const QString& subtitle);
    void addAction(QWidget* widget);

private:
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QHBoxLayout* m_actions = nullptr;
};

} // namespace clearpost
