#include "gui/EnvironmentBanner.h"

namespace Meldeklient::Gui {

namespace {
bool isSandbox(const Config::Environment& environment)
{
    return environment.name == u"sandbox";
}
} // namespace

EnvironmentBanner* EnvironmentBanner::create(const Config::Environment& environment, QWidget* parent)
{
    if (!environment.isTest)
        return nullptr;
    // Yellow for test, orange for the local sandbox: both loud, and different from each other.
    if (isSandbox(environment))
        return new EnvironmentBanner(tr("SANDBOX – notifications do not go to Folkeregisteret"),
            QStringLiteral("#ffb74d"), parent);
    return new EnvironmentBanner(tr("TEST – notifications do not go to Folkeregisteret"), QStringLiteral("#fff176"),
        parent);
}

QString EnvironmentBanner::titleSuffix(const Config::Environment& environment)
{
    if (!environment.isTest)
        return {};
    return isSandbox(environment) ? tr(" – SANDBOX") : tr(" – TEST");
}

EnvironmentBanner::EnvironmentBanner(const QString& text, const QString& colour, QWidget* parent)
    : QLabel(text, parent)
{
    setObjectName(QStringLiteral("environmentBanner"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: #000000; font-weight: bold; padding: 6px; }")
                      .arg(colour));
    setAccessibleName(text);
}

void EnvironmentBanner::setVisible(bool)
{
    QLabel::setVisible(true);
}

} // namespace Meldeklient::Gui
