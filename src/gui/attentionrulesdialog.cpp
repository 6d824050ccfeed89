#include "attentionrulesdialog.h"

#include "plaintext.h"
#include "ui_attentionrulesdialog.h"

#include <QCheckBox>
#include <QEvent>

using namespace Qt::StringLiterals;

namespace cube {

AttentionRulesDialog::AttentionRulesDialog(const AttentionRules &rules, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AttentionRulesDialog>())
{
    setObjectName(u"attentionRulesDialog"_s);
    m_ui->setupUi(this);
    showLabelsAsPlainText(this);
    m_ui->problemsLabel->setStyleSheet(u"color: #a1261b;"_s);
    for (int reason = 0; reason < attentionReasonCount; ++reason) {
        auto *check = new QCheckBox(m_ui->reasonsGroup);
        // Named by the reason's stable key ("reason-low-data"), as scripts name it.
        check->setObjectName(u"reason-"_s + vocabulary::attentionReasons().key(reason));
        check->setChecked(rules.isOn(AttentionReason(reason)));
        m_ui->reasonsLayout->addWidget(check);
        m_reasonChecks[size_t(reason)] = check;
    }
    m_ui->expiryDaysSpin->setValue(rules.expiryDays);
    m_ui->thresholdSpin->setValue(rules.lowDataThreshold);
    m_ui->refreshSpin->setValue(rules.refreshMinutes);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    m_ui->unitCombo->setCurrentIndex(
        rules.lowDataUnit == AttentionRules::LowDataUnit::Megabytes ? 1 : 0);
}

AttentionRulesDialog::~AttentionRulesDialog() = default;

void AttentionRulesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void AttentionRulesDialog::retranslate()
{
    const int unit = m_ui->unitCombo->currentIndex();
    m_ui->unitCombo->clear();
    m_ui->unitCombo->addItem(tr("percent of the plan's data"));
    m_ui->unitCombo->addItem(tr("MB"));
    m_ui->unitCombo->setCurrentIndex(qMax(0, unit));
    m_ui->refreshSpin->setSpecialValueText(tr("Never"));
    m_ui->refreshSpin->setToolTip(
        tr("While the console runs it looks again this often, and says what is new on the "
           "desktop. 0: only when you ask."));
    for (int reason = 0; reason < attentionReasonCount; ++reason)
        m_reasonChecks.at(size_t(reason))->setText(vocabulary::attentionReasons().words(reason));
}

AttentionRules AttentionRulesDialog::rules() const
{
    AttentionRules rules;
    rules.expiryDays = m_ui->expiryDaysSpin->value();
    rules.lowDataUnit = m_ui->unitCombo->currentIndex() == 1
                            ? AttentionRules::LowDataUnit::Megabytes
                            : AttentionRules::LowDataUnit::Percent;
    rules.lowDataThreshold = m_ui->thresholdSpin->value();
    rules.refreshMinutes = m_ui->refreshSpin->value();
    for (int reason = 0; reason < attentionReasonCount; ++reason)
        rules.setOn(AttentionReason(reason), m_reasonChecks.at(size_t(reason))->isChecked());
    return rules;
}

void AttentionRulesDialog::accept()
{
    const QStringList problems = rules().problems();
    m_ui->problemsLabel->setText(problems.join(u'\n'));
    if (problems.isEmpty())
        QDialog::accept();
}

} // namespace cube
