#include "gui/IdentifyPage.h"

#include "gui/IdentifierField.h"
#include "gui/PersonCard.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Meldeklient::Gui {

IdentifyPage::Texts IdentifyPage::deathTexts()
{
    return Texts {tr("<h2>Who has died?</h2>"),
        tr("Type the deceased's fødselsnummer or D-nummer. Folkeregisteret shows who has the number; check that it is "
           "the person in front of you before you go on."),
        tr("&Fødselsnummer or D-nummer:"), tr("Fødselsnummer or D-nummer"),
        tr("The deceased has &no Norwegian fødselsnummer or D-nummer"),
        tr("Folkeregisteret has no person with this number. Check the number; if the deceased has no Norwegian number, "
           "choose that below.")};
}

IdentifyPage::IdentifyPage(QWidget* parent)
    : IdentifyPage(deathTexts(), parent)
{
}

IdentifyPage::IdentifyPage(const Texts& texts, QWidget* parent)
    : QWidget(parent)
    , m_field(new IdentifierField(this))
    , m_lookup(new QPushButton(tr("Look &up again"), this))
    , m_status(new QLabel(this))
    , m_card(new PersonCard(this))
    , m_confirm(new QCheckBox(tr("This is the &right person"), this))
    , m_next(new QPushButton(tr("&Continue to Del 1"), this))
    , m_noNumber(new QPushButton(texts.noNumber, this))
    , m_notFound(texts.notFound)
{
    auto* heading = new QLabel(texts.heading, this);
    auto* intro = new QLabel(texts.intro, this);
    intro->setWordWrap(true);
    m_field->setLabel(texts.label, texts.accessibleName);
    m_lookup->setObjectName(QStringLiteral("lookupButton"));
    m_lookup->setEnabled(false);
    m_status->setObjectName(QStringLiteral("lookupStatus"));
    m_status->setWordWrap(true);
    m_confirm->setObjectName(QStringLiteral("confirmPersonBox"));
    m_next->setObjectName(QStringLiteral("identifyNextButton"));
    // The flow's own Next button (always at the bottom) moves on; this one only serves Enter in the number field.
    m_next->setVisible(false);
    m_noNumber->setObjectName(QStringLiteral("noNorwegianNumberButton"));
    m_noNumber->setFlat(true);
    m_noNumber->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    layout->addWidget(m_card);
    layout->addWidget(m_confirm);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_next);
    buttons->addWidget(m_lookup);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addSpacing(16);
    layout->addWidget(m_noNumber, 0, Qt::AlignLeft);
    layout->addStretch();
    // Tab follows the page downwards: the tick before the buttons in the row below it.
    setTabOrder(m_confirm, m_next);
    setTabOrder(m_next, m_lookup);
    setTabOrder(m_lookup, m_noNumber);

    connect(m_field, &IdentifierField::numberChanged, this, &IdentifyPage::numberChanged);
    connect(m_lookup, &QPushButton::clicked, this, [this] {
        if (!m_field->normalized().isEmpty())
            numberChanged(m_field->normalized());
    });
    connect(m_confirm, &QCheckBox::toggled, this, [this](bool confirmed) {
        updateNext();
        Q_EMIT confirmedChanged(confirmed);
        Q_EMIT changed();
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (confirmedPerson())
            Q_EMIT nextRequested();
    });
    connect(m_noNumber, &QPushButton::clicked, this, &IdentifyPage::noNorwegianNumberRequested);
    // Enter in the number field continues once the person is confirmed, never before.
    connect(m_field->lineEdit(), &QLineEdit::returnPressed, m_next, &QPushButton::click);
    m_card->clear();
    updateNext();
}

void IdentifyPage::setAllowSynthetic(bool allow)
{
    m_field->setAllowSynthetic(allow);
}

std::optional<Api::RegistryPerson> IdentifyPage::confirmedPerson() const
{
    if (!m_confirm->isChecked() || !m_person)
        return std::nullopt;
    return m_person;
}

QString IdentifyPage::number() const
{
    return m_field->normalized();
}

void IdentifyPage::numberChanged(const QString& number)
{
    // Another number is another person: whatever was shown and confirmed no longer applies.
    m_person.reset();
    m_card->clear();
    m_confirm->setChecked(false);
    m_pendingNumber = number;
    m_lookup->setEnabled(false);
    if (number.isEmpty()) {
        m_status->clear();
        Q_EMIT lookupCancelled();
    } else {
        m_status->setText(tr("Looking the number up in Folkeregisteret…"));
        Q_EMIT lookupRequested(number);
    }
    updateNext();
    Q_EMIT changed();
}

void IdentifyPage::showPerson(const Api::RegistryPerson& person)
{
    if (m_pendingNumber.isEmpty())
        return;
    m_lookup->setEnabled(true);
    m_person = person;
    m_status->clear();
    m_card->showPerson(person, QDate::currentDate());
    if (m_restoreConfirmed)
        m_confirm->setChecked(true);
    m_restoreConfirmed = false;
    updateNext();
}

void IdentifyPage::showNotFound()
{
    if (m_pendingNumber.isEmpty())
        return;
    m_lookup->setEnabled(true);
    m_restoreConfirmed = false;
    m_status->setText(m_notFound);
    updateNext();
}

void IdentifyPage::showLookupFailed(const QString& message)
{
    if (m_pendingNumber.isEmpty())
        return;
    m_lookup->setEnabled(true);
    m_status->setText(tr("The lookup failed: %1").arg(message));
    updateNext();
}

void IdentifyPage::showLookupResult(const Result<Api::RegistryPerson>& result)
{
    if (result)
        showPerson(result.value());
    else if (result.error().code == u"person-not-found")
        showNotFound();
    else
        showLookupFailed(result.error().message);
}

void IdentifyPage::restore(const QString& number, bool confirmed)
{
    m_restoreConfirmed = confirmed;
    m_field->lineEdit()->setText(number);
}

void IdentifyPage::retryLookup()
{
    if (!m_person && !m_pendingNumber.isEmpty()) {
        m_status->setText(tr("Looking the number up in Folkeregisteret…"));
        Q_EMIT lookupRequested(m_pendingNumber);
    }
}

void IdentifyPage::reset()
{
    m_restoreConfirmed = false;
    m_field->lineEdit()->clear();
}

void IdentifyPage::updateNext()
{
    m_confirm->setEnabled(m_person.has_value());
    m_next->setEnabled(confirmedPerson().has_value());
}

} // namespace Meldeklient::Gui
