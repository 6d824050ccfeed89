#pragma once

#include "attention/attentionrules.h"

#include <QDialog>

#include <array>
#include <memory>

class QCheckBox;

namespace Ui {
class AttentionRulesDialog;
}

namespace cube {

// Edits what the Attention tab lists: the days before an expiry, the threshold for little data
// left (a percent of the plan or an amount of MB), the minutes between the console's own looks
// (0: never) and which reasons are listed. OK keeps rules without problems only
// (AttentionRules::problems, said in the dialog); whoever opened it keeps them (the profile).
class AttentionRulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttentionRulesDialog)

public:
    explicit AttentionRulesDialog(const AttentionRules &rules, QWidget *parent = nullptr);
    ~AttentionRulesDialog() override;

    AttentionRules rules() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::AttentionRulesDialog> m_ui;
    std::array<QCheckBox *, attentionReasonCount> m_reasonChecks{};
};

} // namespace cube
