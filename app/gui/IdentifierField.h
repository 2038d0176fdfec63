#pragma once

#include "core/identity/IdentifierValidator.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace Meldeklient::Gui {

// A line edit for the deceased's fødselsnummer or D-nummer with immediate, specific feedback under it: type, check
// digits, date, the 2032 rule. H- and FH-numbers are valid numbers but cannot be used in a death notification, so
// they are refused with the reason; synthetic (Tenor) numbers only where the environment allows them.
class IdentifierField : public QWidget
{
    Q_OBJECT

public:
    explicit IdentifierField(QWidget* parent = nullptr);

    QLineEdit* lineEdit() const { return m_edit; }
    QLabel* label() const { return m_label; }
    // The visible label (with its mnemonic) and the edit's accessible name; the death notification's by default.
    void setLabel(const QString& text, const QString& accessibleName);
    QLabel* feedbackLabel() const { return m_feedback; }
    bool isAcceptable() const { return m_acceptable; }
    // The number without spaces or separator; empty unless acceptable.
    QString normalized() const { return m_normalized; }
    // Test environments accept synthetic numbers (month + 80); production refuses them.
    void setAllowSynthetic(bool allow);
    // What an H- or FH-number is told ("%1" is the number's type); default: it cannot be used in a death
    // notification.
    void setAuxiliaryNumberMessage(const QString& message);

Q_SIGNALS:
    void acceptableChanged(bool acceptable);
    // The acceptable number changed (empty: none any more).
    void numberChanged(const QString& normalized);

private:
    void updateFeedback();

    QLabel* m_label;
    QLineEdit* m_edit;
    QLabel* m_feedback;
    bool m_acceptable = false;
    bool m_allowSynthetic = true;
    QString m_auxiliaryMessage;
    QString m_normalized;
};

} // namespace Meldeklient::Gui
