#include "gui/SettingsPage.h"

#include "core/common/Translations.h"
#include "core/config/Configuration.h"
#include "gui/AboutDialog.h"
#include "gui/LanguageSetting.h"
#include "gui/LockedSettingsView.h"
#include "gui/forms/WheelEventEater.h"

#include <QComboBox>
#include <QPushButton>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Meldeklient::Gui {

SettingsPage::SettingsPage(QWidget* parent)
    : QWidget(parent)
    , m_language(new QComboBox(this))
    , m_restartNote(new QLabel(this))
    , m_lockNote(new QLabel(this))
    , m_lockedSettings(new LockedSettingsView(this))
    , m_aboutButton(new QPushButton(tr("&About Meldeklient"), this))
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

    // A language locked by the organisation's policy is shown, not offered: the reason says who decides it.
    m_lockNote->setObjectName(QStringLiteral("languageLockNote"));
    m_lockNote->setWordWrap(true);
    if (LanguageSetting::isLocked()) {
        m_language->setEnabled(false);
        m_lockNote->setText(LanguageSetting::lockReason());
    }
    m_lockNote->setVisible(!m_lockNote->text().isEmpty());

    // Every setting with its value and origin, read-only, so the doctor (and IT on the phone) can see what applies.
    m_lockedSettings->setObjectName(QStringLiteral("lockedSettingsView"));
    const Result<Config::Configuration> configuration = Config::Configuration::load();
    if (configuration)
        m_lockedSettings->setConfiguration(*configuration);

    m_aboutButton->setObjectName(QStringLiteral("aboutButton"));
    connect(m_aboutButton, &QPushButton::clicked, this, [this] {
        AboutDialog about(this);
        about.exec();
    });

    auto* heading = new QLabel(tr("<h2>Settings</h2>"), this);
    auto* form = new QFormLayout;
    form->addRow(label, m_language);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_lockNote);
    layout->addWidget(m_restartNote);
    layout->addWidget(m_lockedSettings);
    layout->addWidget(m_aboutButton, 0, Qt::AlignLeft);
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
