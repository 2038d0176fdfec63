#pragma once

#include "core/api/RegistryPerson.h"

#include <QDate>
#include <QFrame>

class QLabel;

namespace Meldeklient::Gui {

// The person the registry has under the number, in large type, so the doctor sees at a glance whether it is the
// person in front of them (name, birth date, age, sex), with a warning when the registry already has them as dead.
class PersonCard : public QFrame
{
    Q_OBJECT

public:
    explicit PersonCard(QWidget* parent = nullptr);

    // `today` decides the age (the doctor's clock).
    void showPerson(const Api::RegistryPerson& person, const QDate& today);
    void clear();

    static QString fullName(const Api::RegistryPerson& person);
    static QString sexName(Identity::Sex sex);
    static int age(const QDate& birthDate, const QDate& on);

    QString nameText() const;
    QString detailsText() const;
    bool showsDeathWarning() const;

private:
    QLabel* m_name;
    QLabel* m_details;
    QLabel* m_deathWarning;
};

} // namespace Meldeklient::Gui
