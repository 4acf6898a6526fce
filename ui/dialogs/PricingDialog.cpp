#include "PricingDialog.h"
#include "widgets/FormRows.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rt::ui {

PricingDialog::PricingDialog(const FeeSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_result(settings)
    , m_rate(new QLineEdit(formatMoney(settings.halfDayRateCents), this))
    , m_covered(new QSpinBox(this))
    , m_surcharge(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("pricingDialog"));
    setWindowTitle(tr("Pricing"));
    m_covered->setRange(1, 10000);
    m_covered->setValue(settings.participantsCovered);
    m_covered->setSuffix(tr(" participants"));
    if (settings.nonAffiliatedSurchargeCents)
        m_surcharge->setText(formatMoney(*settings.nonAffiliatedSurchargeCents));
    m_surcharge->setPlaceholderText(tr("not known yet"));
    m_rate->setAccessibleName(tr("Half-day rate"));
    m_covered->setAccessibleName(tr("Participants covered"));
    m_surcharge->setAccessibleName(tr("Additional fee for non-affiliated states, per half day"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* intro = new QLabel(tr("Half-day workshops cost the rate below for states with a signed affiliation agreement, "
                                "for up to the number of participants given. Non-affiliated states pay an additional "
                                "fee; its amount is not published, so enter the one you were given."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    addRow(form, tr("Half-day &rate:"), m_rate);
    addRow(form, tr("&Covers up to:"), m_covered);
    addRow(form, tr("&Additional fee (non-affiliated), per half day:"), m_surcharge);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PricingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 260);
}

void PricingDialog::accept()
{
    FeeSettings s = m_result;
    auto rate = parseMoney(m_rate->text());
    if (!rate) {
        m_error->setText(tr("Half-day rate: %1").arg(rate.error().message));
        m_error->show();
        return;
    }
    s.halfDayRateCents = *rate;
    s.participantsCovered = m_covered->value();
    s.nonAffiliatedSurchargeCents.reset();
    if (!m_surcharge->text().trimmed().isEmpty()) {
        auto surcharge = parseMoney(m_surcharge->text());
        if (!surcharge) {
            m_error->setText(tr("Additional fee: %1").arg(surcharge.error().message));
            m_error->show();
            return;
        }
        s.nonAffiliatedSurchargeCents = *surcharge;
    }
    m_result = s;
    QDialog::accept();
}

} // namespace rt::ui
