#pragma once

#include <QDialog>

namespace Meldeklient::Gui {

// Help → About: the version from CMake's project() (the one version of both programs and the packages), the Qt and
// OpenSSL versions in use, and the licences of the libraries Meldeklient ships with or links to.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The text shown, for tests and for copying into a support request.
    QString text() const { return m_text; }

private:
    QString m_text;
};

} // namespace Meldeklient::Gui
