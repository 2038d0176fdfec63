#include "gui/IdentifierField.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace Meldeklient::Gui {

using namespace Meldeklient::Identity;

IdentifierField::IdentifierField(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_feedback(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("identifierEdit"));
    m_edit->setPlaceholderText(tr("11 digits, e.g. 240472 30752"));
    m_edit->setMaxLength(20);
    m_feedback->setObjectName(QStringLiteral("identifierFeedback"));
    m_feedback->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_feedback);
    connect(m_edit, &QLineEdit::textChanged, this, &IdentifierField::updateFeedback);
    updateFeedback();
}

void IdentifierField::updateFeedback()
{
    const QString text = m_edit->text();
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
        }
    }
    if (acceptable != m_acceptable) {
        m_acceptable = acceptable;
        Q_EMIT acceptableChanged(acceptable);
    }
}

} // namespace Meldeklient::Gui
