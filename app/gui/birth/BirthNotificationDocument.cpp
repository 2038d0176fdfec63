#include "gui/birth/BirthNotificationDocument.h"

#include "core/common/Translations.h"
#include "core/questionnaire/EnableWhenEvaluator.h"
#include "gui/forms/AnswerText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace Meldeklient::Gui {

using Questionnaire::ItemType;
using Questionnaire::QuestionnaireItem;
using Questionnaire::QuestionnaireResponse;

namespace {
// The answered items of one section (a top-level group, or one repeat of the children) as table rows.
QString rows(
    const Questionnaire::Questionnaire& form, int top, const QuestionnaireResponse& response, const QString& language)
{
    const Questionnaire::EnabledItems enabled = Questionnaire::EnableWhenEvaluator::evaluate(form, response);
    QString html;
    for (int index : shownQuestions(form, form.items().at(top).children, enabled)) {
        const QuestionnaireItem& item = form.items().at(index);
        const QList<Questionnaire::AnswerValue> answers = response.answers(item.linkId);
        if (answers.isEmpty())
            continue;
        QStringList values;
        for (const Questionnaire::AnswerValue& answer : answers)
            values.append(answerText(form, item, answer, language).toHtmlEscaped());
        html += QStringLiteral("<tr><td width=\"45%\">%1</td><td><b>%2</b></td></tr>")
                    .arg(form.text(item, language).toHtmlEscaped(), values.join(QStringLiteral("<br>")));
    }
    return html;
}

QString section(const QString& title, const QString& body)
{
    if (body.isEmpty())
        return {};
    return QStringLiteral(
        "<h3>%1</h3><table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">%2</table>")
        .arg(title.toHtmlEscaped(), body);
}
} // namespace

QString BirthNotificationDocument::html(
    const Questionnaire::Questionnaire& form, const QuestionnaireResponse& response, const Content& content)
{
    const QString language = content.language.isEmpty() ? Translations::currentLanguage() : content.language;
    QString html = QStringLiteral("<html><body><h1>%1</h1>").arg(tr("Melding om fødsel").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Copy made %1 by Meldeklient. It holds personal data: keep it as you keep the patient record.")
                         .arg(QLocale().toString(QDateTime::currentDateTime(), QStringLiteral("d. MMMM yyyy HH:mm")))
                         .toHtmlEscaped());
    if (!content.sender.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Sender: %1").arg(content.sender).toHtmlEscaped());
    if (!content.mother.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Mother: %1").arg(content.mother).toHtmlEscaped());
    if (!content.childStatus.isEmpty()) {
        QString list;
        for (const QString& line : content.childStatus)
            list += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        html += QStringLiteral("<h2>%1</h2><ul>%2</ul>").arg(tr("Status").toHtmlEscaped(), list);
    }
    const Questionnaire::EnabledItems enabled = Questionnaire::EnableWhenEvaluator::evaluate(form, response);
    for (int top : form.topLevelItems()) {
        const QuestionnaireItem& group = form.items().at(top);
        if (!enabled.isEnabled(top) || group.type != ItemType::Group)
            continue;
        if (!group.isRepeatingGroup()) {
            html += section(form.text(group, language), rows(form, top, response, language));
            continue;
        }
        const qsizetype count = response.repeatCount(group.linkId);
        for (qsizetype repeat = 0; repeat < count; ++repeat) {
            html += section(
                tr("Child %1").arg(repeat + 1), rows(form, top, response.repeatView(group.linkId, repeat), language));
        }
    }
    // Questions outside any group (whether the parents live together, are married).
    QString loose;
    for (int top : form.topLevelItems()) {
        const QuestionnaireItem& item = form.items().at(top);
        const QList<Questionnaire::AnswerValue> answers = response.answers(item.linkId);
        if (item.takesAnswers() && enabled.isEnabled(top) && !answers.isEmpty())
            loose += QStringLiteral("<tr><td width=\"45%\">%1</td><td><b>%2</b></td></tr>")
                         .arg(form.text(item, language).toHtmlEscaped(),
                             answerText(form, item, answers.constFirst(), language).toHtmlEscaped());
    }
    html += section(tr("Parents"), loose);
    return html + QStringLiteral("</body></html>");
}

Result<void> BirthNotificationDocument::writePdf(const QString& path, const QString& html, const QString& title)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error {QStringLiteral("pdf-write-failed"),
            tr("The PDF could not be written to the chosen file: %1").arg(file.errorString())};
    QPdfWriter writer(&file);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Meldeklient"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    writer.setResolution(300);
    QTextDocument document;
    document.setHtml(html);
    document.print(&writer);
    if (file.error() != QFileDevice::NoError)
        return Error {QStringLiteral("pdf-write-failed"),
            tr("The PDF could not be written to the chosen file: %1").arg(file.errorString())};
    return {};
}

} // namespace Meldeklient::Gui
