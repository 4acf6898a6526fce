#pragma once
// An editable combo box of US state abbreviations (any other text is kept).

#include <QComboBox>

namespace rt::ui {

class StateCombo : public QComboBox {
    Q_OBJECT
public:
    explicit StateCombo(QWidget* parent = nullptr);
    QString state() const { return currentText().trimmed(); }
    void setState(const QString& state);
};

} // namespace rt::ui
