#pragma once

#include "core/codes/Coding.h"

#include <QLineEdit>

#include <optional>

class QCompleter;

namespace Meldeklient::Codes {
class Icd10Index;
}
namespace Meldeklient::Questionnaire {
class Icd10CompletionModel;
}

namespace Meldeklient::Gui {

// The ICD-10 code field of a cause line: completes from the imported ICD-10 list as the doctor types a code
// ("I21", "i21.9") or words of its text; the popup's top hit is preselected, so Enter takes it, arrows pick another,
// Escape closes the list, Tab takes the highlighted hit and moves on to the next field. What was typed is kept when
// nothing is chosen (it is then checked as a code).
class Icd10CodeEdit : public QLineEdit
{
    Q_OBJECT

public:
    // `index` may be null (no ICD-10 list imported): the field then takes codes as typed. It must outlive the field.
    explicit Icd10CodeEdit(const Codes::Icd10Index* index, QWidget* parent = nullptr);

    // The code as typed or chosen (stored spelling, system ICD-10) with the list's text; nullopt when empty.
    std::optional<Codes::Coding> coding() const;
    void setCoding(const std::optional<Codes::Coding>& coding);
    // The list's text for the current code; empty when the code is not in the list.
    QString codeLabel() const;

    // A new ICD-10 list was installed: completes from `index` now; what was typed stays, and its hits are searched
    // again (an open list shows them). `index` must outlive the field.
    void setSearchIndex(const Codes::Icd10Index* index);

    Questionnaire::Icd10CompletionModel* completionModel() const { return m_model; }
    QCompleter* codeCompleter() const { return m_completer; }

Q_SIGNALS:
    // After each keystroke, once the list of hits is up to date (also when it is empty).
    void completionsUpdated(int hits);
    // The doctor took a hit from the list (Enter, Tab or a click).
    void codeChosen(const QString& storedCode);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateCompletions(const QString& text);
    void choose(const QModelIndex& index);

    const Codes::Icd10Index* m_index;
    Questionnaire::Icd10CompletionModel* m_model;
    QCompleter* m_completer;
};

} // namespace Meldeklient::Gui
