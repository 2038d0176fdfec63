#include "gui/PersonCard.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Meldeklient::Gui {

PersonCard::PersonCard(QWidget* parent)
    : QFrame(parent)
    , m_name(new QLabel(this))
    , m_details(new QLabel(this))
    , m_deathWarning(new QLabel(this))
{
    setObjectName(QStringLiteral("personCard"));
    setFrameShape(QFrame::StyledPanel);
    m_name->setObjectName(QStringLiteral("personName"));
    m_details->setObjectName(QStringLiteral("personDetails"));
    m_deathWarning->setObjectName(QStringLiteral("personDeathWarning"));
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.8);
    large.setBold(true);
    m_name->setFont(large);
    QFont medium = font();
    medium.setPointSizeF(medium.pointSizeF() * 1.3);
    m_details->setFont(medium);
    for (QLabel* label : {m_name, m_details, m_deathWarning}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_deathWarning->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #b00020; padding: 6px; }"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_details);
    layout->addWidget(m_deathWarning);
    clear();
}

QString PersonCard::fullName(const Api::RegistryPerson& person)
{
    QStringList parts;
    for (const QString& part : {person.givenName, person.middleName, person.familyName}) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    return parts.join(u' ');
}

QString PersonCard::sexName(Identity::Sex sex)
{
    switch (sex) {
    case Identity::Sex::Female:
        return tr("woman");
    case Identity::Sex::Male:
        return tr("man");
    case Identity::Sex::Unknown:
        break;
    }
    return tr("sex not known");
}

int PersonCard::age(const QDate& birthDate, const QDate& on)
{
    int years = on.year() - birthDate.year();
    if (on.month() < birthDate.month() || (on.month() == birthDate.month() && on.day() < birthDate.day()))
        --years;
    return std::max(0, years);
}

void PersonCard::showPerson(const Api::RegistryPerson& person, const QDate& today)
{
    m_name->setText(fullName(person));
    QStringList details;
    if (person.birthDate) {
        details.append(tr("born %1").arg(QLocale().toString(*person.birthDate, QStringLiteral("d. MMMM yyyy"))));
        details.append(tr("%n year(s) old", nullptr, age(*person.birthDate, today)));
    } else {
        details.append(tr("birth date not known"));
    }
    details.append(sexName(person.sex));
    m_details->setText(details.join(QStringLiteral(" · ")));
    if (person.deceased) {
        const QString when = person.deathDate
            ? tr("Folkeregisteret already has this person as dead (%1).")
                  .arg(QLocale().toString(*person.deathDate, QStringLiteral("d. MMMM yyyy")))
            : tr("Folkeregisteret already has this person as dead.");
        m_deathWarning->setText(when + u' '
            + tr("Check that this is the right person. A new Del 1 changes the registered time of death."));
        m_deathWarning->setVisible(true);
    } else {
        m_deathWarning->clear();
        m_deathWarning->setVisible(false);
    }
    setAccessibleName(m_name->text() + QStringLiteral(", ") + m_details->text());
    setVisible(true);
}

void PersonCard::clear()
{
    m_name->clear();
    m_details->clear();
    m_deathWarning->clear();
    m_deathWarning->setVisible(false);
    setVisible(false);
}

QString PersonCard::nameText() const
{
    return m_name->text();
}

QString PersonCard::detailsText() const
{
    return m_details->text();
}

bool PersonCard::showsDeathWarning() const
{
    return !m_deathWarning->isHidden();
}

} // namespace Meldeklient::Gui
