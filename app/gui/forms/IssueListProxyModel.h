#pragma once

#include <QIdentityProxyModel>

namespace Meldeklient::Gui {

// Adds what a view needs on top of the core's ValidationIssueModel: an error or warning icon and the severity
// written before the message ("Feil: ...", "Advarsel: ..."), so it is not told by colour alone.
class IssueListProxyModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
};

} // namespace Meldeklient::Gui
