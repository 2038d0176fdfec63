#include "gui/IdentifierField.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QGridLayout>

namespace Meldeklient::Gui {

using namespace Meldeklient::Identity;

IdentifierField::IdentifierField(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(tr("&Fødselsnummer or D-nummer:"), this))
    , m_edit(new QLineEdit(this))
    , m_feedback(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("identifierEdit"));
    m_edit->setPlaceholderText(tr("11 digits, e.g. 240472 30752"));
    m_edit->setMaxLength(20);
    m_feedback->setObjectName(QStringLiteral("identifierFeedback"));
    m_feedback->setWordWrap(true);
    // Screen readers announce the feedback as the field's description while the doctor types.
    m_feedback->setAccessibleName(tr("Number check"));
    // The label is the edit's sibling, so Qt's accessibility bridge reports it as the edit's "labelled by".
    m_label->setObjectName(QStringLiteral("identifierLabel"));
    m_label->setBuddy(m_edit);
    m_edit->setAccessibleName(tr("Fødselsnummer or D-nummer"));
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 0, 0);
    layout->addWidget(m_edit, 0, 1);
    layout->addWidget(m_feedback, 1, 1);
    layout->setColumnStretch(1, 1);
    connect(m_edit, &QLineEdit::textChanged, this, &IdentifierField::updateFeedback);
    updateFeedback();
}

void IdentifierField::setLabel(const QString& text, const QString& accessibleName)
{
    m_label->setText(text);
    m_edit->setAccessibleName(accessibleName);
}

void IdentifierField::setAuxiliaryNumberMessage(const QString& message)
{
    m_auxiliaryMessage = message;
    updateFeedback();
}

void IdentifierField::setAllowSynthetic(bool allow)
{
    m_allowSynthetic = allow;
    updateFeedback();
}

void IdentifierField::updateFeedback()
{
    const QString text = m_edit->text();
    const QString before = m_normalized;
    bool acceptable = false;
    if (text.trimmed().isEmpty()) {
        m_feedback->clear();
    } else {
        const IdentifierCheck check = IdentifierValidator::check(text, IdentifierKind::Person);
        if (!check.isValid()) {
            QStringList messages;
            for (IdentifierProblem problem : check.problems())
                messages.append(identifierProblemMessage(problem));
            m_feedback->setText(messages.join(u' '));
            m_feedback->setStyleSheet(QStringLiteral("color: #b00020;"));
        } else if (check.type == IdentifierType::HNummer || check.type == IdentifierType::FellesHjelpenummer) {
            m_feedback->setText((m_auxiliaryMessage.isEmpty()
                    ? tr("This is an auxiliary number (%1). It cannot be used in a death notification: use the "
                         "person's fødselsnummer or D-nummer, or choose \"no Norwegian number\".")
                    : m_auxiliaryMessage)
                                    .arg(identifierTypeName(check.type)));
            m_feedback->setStyleSheet(QStringLiteral("color: #b00020;"));
        } else if (!m_allowSynthetic
            && (check.type == IdentifierType::SyntheticFodselsnummer
                || check.type == IdentifierType::SyntheticDNummer)) {
            m_feedback->setText(tr("This is a synthetic test number. It can only be used in the test and sandbox "
                                   "environments."));
            m_feedback->setStyleSheet(QStringLiteral("color: #b00020;"));
        } else {
            QString text2 = identifierTypeName(check.type);
            text2[0] = text2[0].toUpper();
            if (check.birthDate.isValid())
                text2 += u", " + tr("born %1").arg(QLocale().toString(check.birthDate, QStringLiteral("d. MMMM yyyy")));
            else if (hasDatePart(check.type))
                text2 += u". " + derivationMessage(check.derivation);
            m_feedback->setText(text2);
            m_feedback->setStyleSheet(QStringLiteral("color: #1b5e20;"));
            acceptable = true;
            m_normalized = check.normalized();
        }
    }
    if (!acceptable)
        m_normalized.clear();
    if (acceptable != m_acceptable) {
        m_acceptable = acceptable;
        Q_EMIT acceptableChanged(acceptable);
    }
    if (m_normalized != before)
        Q_EMIT numberChanged(m_normalized);
}

} // namespace Meldeklient::Gui
