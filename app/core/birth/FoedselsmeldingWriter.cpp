#include "core/birth/FoedselsmeldingWriter.h"

#include "core/birth/BirthAnswers.h"

#include <QXmlStreamWriter>

namespace Meldeklient::Birth {

namespace {

// Characters XML 1.0 cannot carry (control characters, U+FFFE/FFFF, lone surrogates) are dropped so that every
// message is well-formed; the rules refuse them in names and addresses before this point.
QString xmlText(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            result.append(c);
            result.append(text.at(++i));
            continue;
        }
        const char16_t u = c.unicode();
        const bool allowed
            = (u >= 0x20 && !c.isSurrogate() && u != 0xFFFE && u != 0xFFFF) || u == u'\t' || u == u'\n' || u == u'\r';
        if (allowed)
            result.append(c);
    }
    return result;
}

QString xmlBoolean(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// Writes elements named after the last segment of a linkId, from one child's view of the answers.
class ElementWriter
{
public:
    ElementWriter(QXmlStreamWriter& xml, const BirthAnswers& answers)
        : m_xml(xml)
        , m_answers(answers)
    {
    }

    void text(const QString& element, const QString& linkId)
    {
        if (const std::optional<QString> value = m_answers.text(linkId))
            m_xml.writeTextElement(element, xmlText(*value));
    }
    void boolean(const QString& element, const QString& linkId)
    {
        if (const std::optional<bool> value = m_answers.boolean(linkId))
            m_xml.writeTextElement(element, xmlBoolean(*value));
    }
    void date(const QString& element, const QString& linkId)
    {
        const QDate value = m_answers.date(linkId);
        if (value.isValid())
            m_xml.writeTextElement(element, value.toString(Qt::ISODate));
    }

    void personName(const QString& person)
    {
        m_xml.writeStartElement(QStringLiteral("navn"));
        text(QStringLiteral("fornavn"), person + QStringLiteral(".navn.fornavn"));
        text(QStringLiteral("mellomnavn"), person + QStringLiteral(".navn.mellomnavn"));
        text(QStringLiteral("etternavn"), person + QStringLiteral(".navn.etternavn"));
        m_xml.writeEndElement();
    }

    void homeAddress(const QString& prefix)
    {
        if (!m_answers.hasAnyUnder(prefix))
            return;
        m_xml.writeStartElement(QStringLiteral("bostedsEllerOppholdsadresse"));
        boolean(QStringLiteral("adressenErAvvikendeFraFolkeregisteret"),
            prefix + QStringLiteral(".adressenErAvvikendeFraFolkeregisteret"));
        text(QStringLiteral("kommunenummer"), prefix + QStringLiteral(".kommunenummer"));
        text(QStringLiteral("adressenavn"), prefix + QStringLiteral(".adressenavn"));
        if (m_answers.text(prefix + QStringLiteral(".adressenummer.husnummer"))) {
            m_xml.writeStartElement(QStringLiteral("adressenummer"));
            text(QStringLiteral("husnummer"), prefix + QStringLiteral(".adressenummer.husnummer"));
            text(QStringLiteral("husbokstav"), prefix + QStringLiteral(".adressenummer.husbokstav"));
            m_xml.writeEndElement();
        }
        m_xml.writeStartElement(QStringLiteral("poststed"));
        text(QStringLiteral("poststedsnavn"), prefix + QStringLiteral(".poststed.poststedsnavn"));
        text(QStringLiteral("postnummer"), prefix + QStringLiteral(".poststed.postnummer"));
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    void foreignAddress(const QString& prefix)
    {
        if (!m_answers.hasAnyUnder(prefix))
            return;
        m_xml.writeStartElement(QStringLiteral("utenlandskAdresse"));
        for (const char* element : {"adressenavn", "postkode", "byEllerStedsnavn", "region", "landkode"}) {
            const QString name = QString::fromLatin1(element);
            text(name, prefix + u'.' + name);
        }
        m_xml.writeEndElement();
    }

    void parent(const QString& parent)
    {
        m_xml.writeStartElement(parent);
        const QString number = parent + QStringLiteral(".foedselsEllerDNummer");
        if (m_answers.text(number)) {
            text(QStringLiteral("foedselsEllerDNummer"), number);
        } else {
            personName(parent);
            date(QStringLiteral("foedselsdato"), parent + QStringLiteral(".foedselsdato"));
        }
        boolean(QStringLiteral("statsborgerskapErUkjent"), parent + QStringLiteral(".statsborgerskapErUkjent"));
        text(QStringLiteral("statsborgerskap"), parent + QStringLiteral(".statsborgerskap"));
        homeAddress(parent + QStringLiteral(".bostedsEllerOppholdsadresse"));
        foreignAddress(parent + QStringLiteral(".utenlandskAdresse"));
        boolean(QStringLiteral("erMedmor"), parent + QStringLiteral(".erMedmor"));
        m_xml.writeEndElement();
    }

    void person(const QString& person)
    {
        if (!m_answers.hasAnyUnder(person))
            return;
        m_xml.writeStartElement(person);
        personName(person);
        text(QStringLiteral("foedselsEllerDNummer"), person + QStringLiteral(".foedselsEllerDNummer"));
        m_xml.writeEndElement();
    }

    void child(int order, qsizetype count)
    {
        m_xml.writeStartElement(QStringLiteral("barn"));
        date(QStringLiteral("foedselsdato"), QStringLiteral("barn.foedselsdato"));
        boolean(QStringLiteral("erLevendefoedt"), QStringLiteral("barn.erLevendefoedt"));
        if (count > 1)
            m_xml.writeTextElement(QStringLiteral("rekkefoelgenummerVedFlerfoedsel"),
                FoedselsmeldingWriter::birthOrderNumber(order, count));
        const std::optional<Codes::Coding> sex = m_answers.coding(QStringLiteral("barn.kjoenn"));
        // Volven 3101: 2 = kvinne, 1 = mann; the rules refuse any other value before a message is written.
        if (sex && (sex->code == u"1" || sex->code == u"2"))
            m_xml.writeTextElement(
                QStringLiteral("kjoenn"), sex->code == u"2" ? QStringLiteral("kvinne") : QStringLiteral("mann"));
        text(QStringLiteral("sykehusetsIdentifikasjonsnummer"), QStringLiteral("barn.sykehusetsIdentifikasjonsnummer"));
        m_xml.writeEndElement();
    }

    void placeOfBirth()
    {
        if (m_answers.text(QStringLiteral("foedested.foedekommunenummer"))) {
            m_xml.writeStartElement(QStringLiteral("foedested"));
            for (const char* element : {"foedselsinstitusjonsnavn", "foedekommunenummer", "foedekommunenavn"}) {
                const QString name = QString::fromLatin1(element);
                text(name, QStringLiteral("foedested.") + name);
            }
        } else {
            m_xml.writeStartElement(QStringLiteral("foedestedIUtlandet"));
            for (const char* element : {"foedselsinstitusjonsnavnIUtlandet", "foedeland", "foedestedIUtlandet"}) {
                const QString name = QString::fromLatin1(element);
                text(name, QStringLiteral("foedestedIUtlandet.") + name);
            }
        }
        m_xml.writeEndElement();
    }

private:
    QXmlStreamWriter& m_xml;
    const BirthAnswers& m_answers;
};

} // namespace

QString FoedselsmeldingWriter::birthOrderNumber(int childNumber, qsizetype count)
{
    return count > 1 ? QString::number(count * 10 + childNumber) : QString();
}

QString FoedselsmeldingWriter::messageId(const QString& prefix, int childNumber)
{
    return prefix + u'-' + QString::number(childNumber);
}

QList<BirthMessage> FoedselsmeldingWriter::write(const BirthAnswers& answers, const Options& options)
{
    const QList<BirthAnswers> children = answers.children();
    const std::optional<QString> original = !options.correctsMessageId.isEmpty()
        ? std::optional<QString>(options.correctsMessageId)
        : answers.text(QStringLiteral("korrigering.identifikatorForOpprinneligMelding"));
    QList<BirthMessage> messages;
    for (qsizetype i = 0; i < children.size(); ++i) {
        const BirthAnswers& child = children.at(i);
        BirthMessage message;
        message.childNumber = static_cast<int>(i + 1);
        message.liveBorn = child.boolean(QStringLiteral("barn.erLevendefoedt")).value_or(true);
        message.messageId = messageId(options.messageIdPrefix, message.childNumber);

        QXmlStreamWriter xml(&message.xml);
        xml.setAutoFormatting(true);
        xml.writeStartDocument();
        xml.writeDefaultNamespace(namespaceUri());
        xml.writeStartElement(QStringLiteral("foedselsmelding"));
        xml.writeStartElement(QStringLiteral("innsending"));
        xml.writeTextElement(QStringLiteral("avsendersMeldingsidentifikator"), xmlText(message.messageId));
        xml.writeTextElement(QStringLiteral("avsendersInnsendingstidspunkt"), options.now.toString(Qt::ISODate));
        if (!options.kildesystem.isEmpty())
            xml.writeTextElement(QStringLiteral("kildesystem"), options.kildesystem);
        xml.writeEndElement();

        xml.writeStartElement(QStringLiteral("forespoersel"));
        xml.writeStartElement(QStringLiteral("foedsel"));
        ElementWriter out(xml, child);
        out.boolean(QStringLiteral("foreldreBorSammen"), QStringLiteral("foreldreBorSammen"));
        out.boolean(QStringLiteral("foreldreErGift"), QStringLiteral("foreldreErGift"));
        if (children.size() > 1)
            xml.writeTextElement(QStringLiteral("antallBarnVedFlerfoedsel"), QString::number(children.size()));
        out.child(message.childNumber, children.size());
        out.parent(QStringLiteral("mor"));
        if (child.hasAnyUnder(QStringLiteral("farEllerMedmor")))
            out.parent(QStringLiteral("farEllerMedmor"));
        out.placeOfBirth();
        out.person(QStringLiteral("jordmorEllerForloesendeLege"));
        out.person(QStringLiteral("foedselsvitne"));
        xml.writeEndElement(); // foedsel

        xml.writeTextElement(QStringLiteral("registreringsdato"), options.now.date().toString(Qt::ISODate));
        xml.writeStartElement(QStringLiteral("innsender"));
        xml.writeTextElement(QStringLiteral("innsendertype"), QStringLiteral("helse"));
        if (!options.innsenderIdentifier.isEmpty()) {
            xml.writeStartElement(QStringLiteral("identitet"));
            xml.writeTextElement(QStringLiteral("person"), options.innsenderIdentifier);
            xml.writeEndElement();
        }
        if (!options.innsenderName.isEmpty())
            xml.writeTextElement(QStringLiteral("navn"), options.innsenderName);
        xml.writeEndElement(); // innsender
        xml.writeTextElement(QStringLiteral("erKorrigertForespoersel"), xmlBoolean(original.has_value()));
        if (original)
            xml.writeTextElement(QStringLiteral("identifikatorForOpprinneligMelding"), xmlText(*original));
        xml.writeEndElement(); // forespoersel
        xml.writeEndElement(); // foedselsmelding
        xml.writeEndDocument();
        messages.append(message);
    }
    return messages;
}

} // namespace Meldeklient::Birth
