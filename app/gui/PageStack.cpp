#include "gui/PageStack.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>

namespace Meldeklient::Gui {

PageStack::PageStack(QWidget* parent)
    : QWidget(parent)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack->setObjectName(QStringLiteral("pages"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        Q_EMIT currentChanged(row);
    });
}

int PageStack::addPage(const QString& title, QWidget* page, const QString& objectName, Scrolling scrolling)
{
    page->setObjectName(objectName);
    QWidget* shown = page;
    if (scrolling == Scrolling::Wrapped) {
        auto* scroll = new QScrollArea(m_stack);
        scroll->setObjectName(objectName + QStringLiteral("Scroll"));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(page);
        shown = scroll;
    }
    auto* item = new QListWidgetItem(title, m_navigation);
    item->setData(Qt::UserRole, objectName);
    // Wide enough for the longest title at any scale; the list never scrolls sideways.
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() + 24);
    const int index = m_stack->addWidget(shown);
    if (index == 0)
        m_navigation->setCurrentRow(0);
    return index;
}

void PageStack::setCurrentIndex(int index)
{
    m_navigation->setCurrentRow(index);
}

int PageStack::currentIndex() const
{
    return m_stack->currentIndex();
}

int PageStack::count() const
{
    return m_stack->count();
}

QWidget* PageStack::page(int index) const
{
    QScrollArea* scroll = scrollArea(index);
    return scroll ? scroll->widget() : m_stack->widget(index);
}

QScrollArea* PageStack::scrollArea(int index) const
{
    return qobject_cast<QScrollArea*>(m_stack->widget(index));
}

} // namespace Meldeklient::Gui
