#pragma once

#include <QWidget>

class QListWidget;
class QScrollArea;
class QStackedWidget;

namespace Meldeklient::Gui {

// A list of page names beside a stack of pages, each page inside a QScrollArea so that every page fits a
// 1366×768 screen at 150 % and 200 % scaling (KeePassXC's EditWidget). Keyboard: the list is one tab stop, arrow
// keys change the page.
class PageStack : public QWidget
{
    Q_OBJECT

public:
    explicit PageStack(QWidget* parent = nullptr);

    enum class Scrolling { Wrapped, OwnScrollArea };
    // Adds `page` under `title`, wrapped in a scroll area unless the page scrolls itself (to keep buttons in view);
    // returns its index. `objectName` names the page and the scroll area ("<objectName>Scroll") for tests.
    int addPage(const QString& title, QWidget* page, const QString& objectName,
        Scrolling scrolling = Scrolling::Wrapped);
    void setCurrentIndex(int index);
    int currentIndex() const;
    int count() const;
    QWidget* page(int index) const;
    // Null for a page with its own scroll area.
    QScrollArea* scrollArea(int index) const;
    QListWidget* navigation() const { return m_navigation; }

Q_SIGNALS:
    void currentChanged(int index);

private:
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
};

} // namespace Meldeklient::Gui
