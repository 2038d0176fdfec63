#include "gui/LockedSettingsView.h"

#include "core/config/Configuration.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Meldeklient::Gui {

LockedSettingsView::LockedSettingsView(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(tr("Settings in &use"), this))
    , m_table(new QTableWidget(0, 4, this))
{
    // The heading names the table for screen readers (a buddy with a mnemonic) and reads as a heading.
    QFont heading = m_heading->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.17);
    heading.setBold(true);
    m_heading->setFont(heading);
    m_heading->setObjectName(QStringLiteral("lockedSettingsHeading"));
    m_heading->setBuddy(m_table);
    m_table->setObjectName(QStringLiteral("lockedSettingsTable"));
    m_table->setAccessibleName(tr("Settings in use"));
    m_table->setHorizontalHeaderLabels({tr("Setting"), tr("Value"), tr("From"), tr("Locked")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_table);
}

void LockedSettingsView::setConfiguration(const Config::Configuration& configuration)
{
    const QList<Config::ResolvedSetting>& settings = configuration.settings();
    m_table->setRowCount(int(settings.size()));
    for (int row = 0; row < settings.size(); ++row) {
        const Config::ResolvedSetting& setting = settings.at(row);
        const QString source = setting.source.isEmpty()
            ? Config::settingOriginName(setting.origin)
            : Config::settingOriginName(setting.origin) + QStringLiteral(": ") + setting.source;
        const QStringList cells {
            Config::settingName(setting.key), setting.value, source, configuration.lockReason(setting.key)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (setting.locked())
                item->setToolTip(configuration.lockReason(setting.key));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
}

} // namespace Meldeklient::Gui
