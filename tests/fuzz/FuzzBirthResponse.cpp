// libFuzzer target for a birth notification file (Bundle or QuestionnaireResponse for the fodselsmelding form):
// reading, the birth rules and the foedselsmelding writer. Invariants: errors carry a code and a message; issues
// carry a rule, a message and, inside the repeat, a valid child index; a response that reads re-serialises to JSON
// that reads back and writes byte-identically; each child gives one well-formed XML message whose message id is its
// own, and writing twice gives the same bytes.
#include "core/birth/BirthAnswers.h"
#include "core/birth/BirthBundle.h"
#include "core/birth/BirthNotificationValidator.h"
#include "core/birth/FoedselsmeldingWriter.h"
#include "core/questionnaire/Questionnaire.h"
#include "core/questionnaire/QuestionnaireResponseJson.h"

#include <QByteArray>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <cstdint>
#include <cstdlib>

using namespace Meldeklient;
using Form = Meldeklient::Questionnaire::Questionnaire;

namespace {
const Form& form()
{
    static const Form loaded = [] {
        Result<Form> result = Form::fromFile(Birth::BirthNotificationValidator::formPath());
        if (!result)
            std::abort();
        return std::move(result).value();
    }();
    return loaded;
}

bool wellFormed(const QByteArray& xml, const QString& messageId)
{
    QXmlStreamReader reader(xml);
    bool sawId = false;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"avsendersMeldingsidentifikator")
            sawId = reader.readElementText() == messageId;
    }
    return !reader.hasError() && sawId;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)Birth::BirthBundle::isBirthNotification(json);
    const Result<Questionnaire::QuestionnaireResponse> read = Birth::BirthBundle::read(form(), json);
    if (!read) {
        if (read.error().code.isEmpty() || read.error().message.isEmpty())
            std::abort();
        return 0;
    }
    const Questionnaire::QuestionnaireResponse& response = *read;
    const qsizetype children = response.repeatCount(Birth::BirthAnswers::childGroup());
    const QDateTime now(QDate(2026, 3, 2), QTime(10, 15), QTimeZone(3600));
    Birth::BirthRules::Options options;
    options.allowSyntheticNumbers = true;
    for (const Questionnaire::ValidationIssue& issue :
        Birth::BirthNotificationValidator(form(), options).validate(response, now)) {
        if (issue.rule.isEmpty() || issue.message.isEmpty() || issue.repeat < -1 || issue.repeat >= children)
            std::abort();
    }
    const QByteArray written = Questionnaire::QuestionnaireResponseJson::writeJson(form(), response);
    const Result<Questionnaire::QuestionnaireResponse> reread
        = Questionnaire::QuestionnaireResponseJson::read(form(), written);
    if (!reread || Questionnaire::QuestionnaireResponseJson::writeJson(form(), *reread) != written)
        std::abort();

    Birth::FoedselsmeldingWriter::Options writer;
    writer.messageIdPrefix = QStringLiteral("fuzz");
    writer.now = now;
    const Birth::BirthAnswers answers(form(), response);
    const QList<Birth::BirthMessage> messages = Birth::FoedselsmeldingWriter::write(answers, writer);
    if (messages.size() != children)
        std::abort();
    const QList<Birth::BirthMessage> again = Birth::FoedselsmeldingWriter::write(answers, writer);
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (!wellFormed(messages.at(i).xml, messages.at(i).messageId) || messages.at(i).xml != again.at(i).xml)
            std::abort();
    }
    return 0;
}
