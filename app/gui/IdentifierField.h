#pragma once

#include "core/identity/IdentifierValidator.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace Meldeklient::Gui {

// A line edit for a person identifier with immediate, specific feedback under it.
class IdentifierField : public QWidget
{
    Q_OBJECT

public:
    explicit IdentifierField(QWidget* parent = nullptr);

    QLineEdit* lineEdit() const { return m_edit; }
    QLabel* feedbackLabel() const { return m_feedback; }
    bool isAcceptable() const { return m_acceptable; }

Q_SIGNALS:
    void acceptableChanged(bool acceptable);

private:
    void updateFeedback();

    QLineEdit* m_edit;
    QLabel* m_feedback;
    bool m_acceptable = false;
};

} // namespace Meldeklient::Gui
