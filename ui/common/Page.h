#pragma once

#include <QWidget>

namespace clearpost {

// A page of the main window. The window asks before leaving a page so unsaved
// work is never dropped without a question.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString pageId() const = 0;
    virtual QString title() const = 0;
    virtual QString iconName() const = 0;
    // Called each time the page is shown.
    virtual void activate() { }
    // False to stay on the page (the page asked the user and they cancelled).
    virtual bool canLeave() { return true; }
    // Number shown as a badge on the sidebar; 0 = none.
    virtual int attentionCount() const { return 0; }

Q_SIGNALS:
    void attentionChanged();
    void statusMessage(const QString& message);
};

} // namespace clearpost
