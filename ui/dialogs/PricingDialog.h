#pragma once
// The file's pricing: the half-day rate, how many participants it covers, and
// the additional fee for non-affiliated states (unpublished, so entered here).

#include "workshops/Fees.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace rt::ui {

class PricingDialog : public QDialog {
    Q_OBJECT
public:
    PricingDialog(const FeeSettings& settings, QWidget* parent = nullptr);
    FeeSettings settings() const { return m_result; }
    QLineEdit* surchargeEdit() const { return m_surcharge; }
    void accept() override;

private:
    FeeSettings m_result;
    QLineEdit* m_rate;
    QSpinBox* m_covered;
    QLineEdit* m_surcharge;
    QLabel* m_error;
};

} // namespace rt::ui
