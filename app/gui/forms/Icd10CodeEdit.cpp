#include "gui/forms/Icd10CodeEdit.h"

#include "core/codes/CodeSystemUrl.h"
#include "core/codes/Icd10Index.h"
#include "core/questionnaire/Icd10CompletionModel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>

namespace Meldeklient::Gui {

using Questionnaire::Icd10CompletionModel;

Icd10CodeEdit::Icd10CodeEdit(const Codes::Icd10Index* index, QWidget* parent)
    : QLineEdit(parent)
    , m_index(index)
    , m_model(new Icd10CompletionModel(this))
    , m_completer(new QCompleter(this))
{
    m_model->setSearchIndex(index);
    m_model->setLimit(12);
    // The index searches; the completer only shows its hits. It is attached with setWidget() rather than
    // QLineEdit::setCompleter(), which would copy every highlighted hit into the field while the doctor types.
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(Qt::EditRole);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(this);
    m_completer->popup()->setObjectName(QStringLiteral("icd10CompletionPopup"));
    // Installed after the completer's own filter, so it sees Tab first.
    m_completer->popup()->installEventFilter(this);
    setPlaceholderText(tr("Code or words, e.g. I21 or infarction"));
    connect(this, &QLineEdit::textEdited, this, &Icd10CodeEdit::updateCompletions);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, &Icd10CodeEdit::choose);
}

void Icd10CodeEdit::setSearchIndex(const Codes::Icd10Index* index)
{
    m_index = index;
    m_model->setSearchIndex(index); // searches the last query again
    if (m_completer->popup()->isVisible())
        updateCompletions(text());
}

bool Icd10CodeEdit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_completer->popup() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Tab || key == Qt::Key_Backtab) {
            // The completer would take the hit and keep focus here; a doctor expects Tab to move on as well.
            const QModelIndex current = m_completer->popup()->currentIndex();
            m_completer->popup()->hide();
            if (current.isValid())
                choose(current);
            focusNextPrevChild(key == Qt::Key_Tab);
            return true;
        }
    }
    return QLineEdit::eventFilter(watched, event);
}

void Icd10CodeEdit::updateCompletions(const QString& text)
{
    m_model->setQuery(text);
    const int hits = m_model->rowCount();
    if (hits == 0) {
        m_completer->popup()->hide();
    } else {
        // Wider than the field, so the codes' texts are readable; the popup opens under the field.
        m_completer->complete(QRect(0, 0, std::max(width(), 40 * fontMetrics().averageCharWidth() + 200), height()));
        m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    }
    Q_EMIT completionsUpdated(hits);
}

void Icd10CodeEdit::choose(const QModelIndex& index)
{
    const QString code = index.data(Icd10CompletionModel::CodeRole).toString();
    if (code.isEmpty())
        return;
    setText(Codes::CodeSystemUrl::displayIcd10Code(code));
    m_model->setQuery(QString());
    Q_EMIT codeChosen(code);
}

std::optional<Codes::Coding> Icd10CodeEdit::coding() const
{
    const QString system = Codes::CodeSystemUrl::icd10.toString();
    const QString code = Codes::CodeSystemUrl::normalizedCode(system, text());
    if (code.isEmpty())
        return std::nullopt;
    return Codes::Coding {system, code, codeLabel(), {}};
}

void Icd10CodeEdit::setCoding(const std::optional<Codes::Coding>& coding)
{
    setText(coding ? Codes::CodeSystemUrl::displayIcd10Code(coding->code) : QString());
}

QString Icd10CodeEdit::codeLabel() const
{
    if (m_index == nullptr)
        return {};
    const qsizetype found
        = m_index->list().indexOf(Codes::CodeSystemUrl::normalizedCode(Codes::CodeSystemUrl::icd10, text()));
    return found < 0 ? QString() : m_index->list().at(found).display;
}

} // namespace Meldeklient::Gui
