#pragma once

#include <QHash>
#include <QIdentityProxyModel>

namespace Meldeklient::Gui {

// Adds what a view needs on top of the core's ValidationIssueModel: an error or warning icon, the severity
// written before the message so it is not told by colour alone, and the field's name, so "must be filled in" says
// which field ("Feil – Dødsdato: Dette feltet må fylles ut.").
class IssueListProxyModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    // linkId -> the field's label; for an item inside a repeating group "<linkId>#<repeat>" (0-based) names the
    // field of that repeat ("Barn 2: Fødselsdato") and is preferred when given.
    void setFieldNames(const QHash<QString, QString>& names) { m_fieldNames = names; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    // "Error – <field>: <message>" (or without the field when it has no name).
    static QString fieldKey(const QString& linkId, int repeat)
    {
        return repeat < 0 ? linkId : linkId + u'#' + QString::number(repeat);
    }
    static QString describe(bool error, const QString& field, const QString& message);

private:
    QHash<QString, QString> m_fieldNames;
};

} // namespace Meldeklient::Gui
