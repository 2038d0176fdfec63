#pragma once

#include "core/common/Result.h"
#include "core/questionnaire/Questionnaire.h"
#include "core/questionnaire/QuestionnaireResponse.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Meldeklient::Gui {

// The birth notification as a document a person reads: a copy for the midwife's records or for printing ("Lagre
// som PDF"). The same answers as the review page (every enabled item answered, each child in its own section), who
// sent it and, when known, each child's status and new number. The PDF holds personal data: writePdf() writes only
// the path it is given (the one the user chose) and never a temporary copy.
class BirthNotificationDocument
{
    Q_DECLARE_TR_FUNCTIONS(BirthNotificationDocument)

public:
    struct Content
    {
        QString mother; // "Hanne Svangerud, born 12. March 1994 (confirmed in Folkeregisteret)"
        QString sender; // the signed-in midwife or physician with HPR number
        QStringList childStatus; // one line per child, empty before sending
        QString language; // the form's texts; empty: the UI language
    };

    // `form` and `response` are read during the call only.
    static QString html(const Questionnaire::Questionnaire& form, const Questionnaire::QuestionnaireResponse& response,
        const Content& content);
    // A4 PDF of `html`. Errors: "pdf-write-failed" (the file could not be written).
    static Result<void> writePdf(const QString& path, const QString& html, const QString& title);
};

} // namespace Meldeklient::Gui
