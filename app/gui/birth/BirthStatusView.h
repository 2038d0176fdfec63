#pragma once

#include "core/session/BirthNotificationService.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace Meldeklient::Gui {

// After sending: where each child's notification stands, one row per child in birth order, from the outbox
// (BirthNotificationService::status): waiting to be sent → received by Folkeregisteret for processing (its
// reference) → registered with the child's new fødselsnummer in large, selectable type, or refused with the
// reason, or under manual handling. A stillborn child is registered without a number, and the row says so.
// A child that can be corrected (BirthCorrectability::Correctable) has "Korriger": at once for a refused child,
// after a confirmation for a registered one (its data in Folkeregisteret will change); correctRequested() follows.
// A corrected child says which message corrects it, a correction which message it corrects.
// objectNames: "birthChildStatus_<n>" (row text), "birthChildNumber_<n>" (the new number), "birthCorrect_<n>"
// (Korriger), n from 1.
class BirthStatusView : public QWidget
{
    Q_OBJECT

public:
    explicit BirthStatusView(QWidget* parent = nullptr);

    void setStatus(const QList<Session::BirthChildStatus>& children);
    void clear();
    // One line per child, as the PDF copy prints them.
    QStringList lines() const { return m_lines; }
    // "DDMMYY NNNNN", as people read and type fødselsnumre.
    static QString spacedNumber(const QString& number);
    static QString describe(const Session::BirthChildStatus& child);

Q_SIGNALS:
    // The midwife chose to correct this child (confirmed for a registered one).
    void correctRequested(int childNumber);

private:
    void requestCorrection(const Session::BirthChildStatus& child);

    QVBoxLayout* m_rows;
    QStringList m_lines;
    QStringList m_shown; // what the rows show, to leave them alone when nothing changed
};

} // namespace Meldeklient::Gui
