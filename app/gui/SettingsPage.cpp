#include "gui/SettingsPage.h"

#include "core/common/Translations.h"
#include "gui/LanguageSetting.h"
#include "gui/forms/WheelEventEater.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Meldeklient::Gui {

SettingsPage::SettingsPage(QWidget* parent)
    : QWidget(parent)
    , m_language(new QComboBox(this))
    , m_restartNote(new QLabel(this))
{
    m_language->setObjectName(QStringLiteral("languageBox"));
    // Language names in their own language, so a doctor who cannot read the current one still finds theirs.
    m_language->addItem(QStringLiteral("Norsk bokmål"), QStringLiteral("nb"));
    m_language->addItem(QStringLiteral("Norsk nynorsk"), QStringLiteral("nn"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(LanguageSetting::saved())));
    WheelEventEater::install(m_language);
    auto* label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_language);
    m_language->setAccessibleName(tr("Language"));
    m_restartNote->setObjectName(QStringLiteral("languageRestartNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setVisible(false);

    auto* heading = new QLabel(tr("<h2>Settings</h2>"), this);
    auto* form = new QFormLayout;
    form->addRow(label, m_language);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_restartNote);
    layout->addStretch();

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString language = m_language->currentData().toString();
        LanguageSetting::save(language);
        const bool differs = language != Translations::currentLanguage();
        m_restartNote->setText(differs ? tr("The new language is used from the next time you start Meldeklient.")
                                       : QString());
        m_restartNote->setVisible(differs);
    });
}

} // namespace Meldeklient::Gui
