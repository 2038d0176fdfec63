#pragma once

#include <QMainWindow>

namespace Meldeklient::Gui {

class IdentifierField;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    IdentifierField* identifierField() const { return m_identifierField; }

private:
    IdentifierField* m_identifierField;
};

} // namespace Meldeklient::Gui
