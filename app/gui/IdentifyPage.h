#pragma once

#include "core/api/RegistryPerson.h"
#include "core/common/Result.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace Meldeklient::Gui {

class IdentifierField;
class PersonCard;

// Step 1 of a death notification (patient safety first, issue 10 §4): the number, checked as it is typed; the
// registry's person for it; and the doctor's tick "This is the right person", without which the flow cannot go
// on. The page asks for lookups through lookupRequested() and is told the answer; it never talks to the network.
class IdentifyPage : public QWidget
{
    Q_OBJECT

public:
    // What the page says; the birth notification asks for the mother with the same checks.
    struct Texts
    {
        QString heading; // rich text
        QString intro;
        QString label; // with a mnemonic
        QString accessibleName;
        QString noNumber; // the button for a person without a Norwegian number
        QString notFound;
    };
    static Texts deathTexts();

    explicit IdentifyPage(QWidget* parent = nullptr);
    IdentifyPage(const Texts& texts, QWidget* parent = nullptr);

    IdentifierField* identifierField() const { return m_field; }
    PersonCard* personCard() const { return m_card; }
    QCheckBox* confirmBox() const { return m_confirm; }
    QPushButton* nextButton() const { return m_next; }

    // The person the doctor confirmed, when the tick is set.
    std::optional<Api::RegistryPerson> confirmedPerson() const;
    QString number() const;
    void setAllowSynthetic(bool allow);

    // Answers to the last lookupRequested(); ignored when the field no longer holds an acceptable number.
    void showPerson(const Api::RegistryPerson& person);
    void showNotFound();
    void showLookupFailed(const QString& message);
    // One of the three above, from PersonLookup::finished.
    void showLookupResult(const Result<Api::RegistryPerson>& result);

    // Draft restore: the number (a lookup follows) and whether the doctor had confirmed the person.
    void restore(const QString& number, bool confirmed);
    // Asks again when the number has no answer yet (the lookup failed while offline).
    void retryLookup();
    void reset();

Q_SIGNALS:
    void lookupRequested(const QString& number);
    // The number was changed or removed before the answer came: the answer is of no use any more.
    void lookupCancelled();
    void confirmedChanged(bool confirmed);
    // The doctor goes on to Del 1 with the confirmed person.
    void nextRequested();
    // The deceased has no Norwegian number: the PUF path of Del 1.
    void noNorwegianNumberRequested();
    void changed();

private:
    void numberChanged(const QString& number);
    void updateNext();

    IdentifierField* m_field;
    QPushButton* m_lookup;
    QLabel* m_status;
    PersonCard* m_card;
    QCheckBox* m_confirm;
    QPushButton* m_next;
    QPushButton* m_noNumber;
    std::optional<Api::RegistryPerson> m_person;
    QString m_pendingNumber;
    QString m_notFound;
    bool m_restoreConfirmed = false;
};

} // namespace Meldeklient::Gui
