#include "core/common/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace Meldeklient {

namespace {
std::unique_ptr<QTranslator>& installedTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

QString& installedLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}
} // namespace

QStringList Translations::supportedLanguages()
{
    return {QStringLiteral("nb"), QStringLiteral("nn"), QStringLiteral("en")};
}

QString Translations::defaultLanguage()
{
    return QStringLiteral("nb");
}

bool Translations::install(const QString& language)
{
    if (!supportedLanguages().contains(language))
        return false;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/meldeklient_") + language + QStringLiteral(".qm")))
        return false;
    if (installedTranslator())
        QCoreApplication::removeTranslator(installedTranslator().get());
    QCoreApplication::installTranslator(translator.get());
    installedTranslator() = std::move(translator);
    installedLanguage() = language;
    // Dates and numbers follow the interface language (24. april 1972, not "Monday, 24 April 1972").
    if (language == u"nb")
        QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    else if (language == u"nn")
        QLocale::setDefault(QLocale(QLocale::NorwegianNynorsk, QLocale::Norway));
    else
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    return true;
}

QString Translations::currentLanguage()
{
    return installedLanguage();
}

} // namespace Meldeklient
