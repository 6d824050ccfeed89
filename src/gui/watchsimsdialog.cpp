#include "watchsimsdialog.h"

#include "attention/watchlist.h"
#include "contract/ids.h"
#include "plaintext.h"
#include "ui_watchsimsdialog.h"

#include <QEvent>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cube {

WatchSimsDialog::WatchSimsDialog(Watchlist *watchlist, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WatchSimsDialog>())
    , m_watchlist(watchlist)
{
    setObjectName(u"watchSimsDialog"_s);
    m_ui->setupUi(this);
    showLabelsAsPlainText(this); // the pasted text is quoted back as it was
    m_watchButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    m_watchButton->setObjectName(u"watchButton"_s);
    connect(m_watchButton, &QPushButton::clicked, this, &WatchSimsDialog::watch);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->iccidsEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_watchButton->setEnabled(!m_ui->iccidsEdit->toPlainText().trimmed().isEmpty());
    });
    m_watchButton->setEnabled(false);
    retranslate();
    m_ui->iccidsEdit->setFocus();
}

WatchSimsDialog::~WatchSimsDialog() = default;

void WatchSimsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void WatchSimsDialog::retranslate()
{
    m_watchButton->setText(tr("&Watch"));
    m_ui->iccidsEdit->setPlaceholderText(tr("89852022010000000001\n89852022010000000002"));
}

void WatchSimsDialog::watch()
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    QStringList good;
    QStringList bad;
    QStringList why;
    for (const QString &text :
         m_ui->iccidsEdit->toPlainText().split(separators, Qt::SkipEmptyParts)) {
        QString problem;
        if (const std::optional<Iccid> iccid = Iccid::from(text, &problem)) {
            if (!good.contains(iccid->value()))
                good.append(iccid->value());
        } else if (!bad.contains(text)) {
            bad.append(text);
            why.append(problem); // it quotes the text
        }
    }
    int already = 0;
    for (const QString &iccid : std::as_const(good))
        already += m_watchlist->isWatched(iccid) ? 1 : 0;
    QStringList said;
    if (!good.isEmpty()) {
        const QString problem = m_watchlist->watch(good);
        if (!problem.isEmpty()) {
            said << tr("The watchlist could not be changed: %1").arg(problem);
            bad = good + bad; // nothing was kept: everything stays to try again
        } else {
            said << tr("%Ln SIM card(s) added to the watchlist", nullptr,
                       int(good.size()) - already)
                        + (already > 0 ? tr(" (%Ln already on it)", nullptr, already) : QString())
                        + tr("; it now has %1.").arg(QLocale().toString(m_watchlist->size()));
        }
    }
    if (!why.isEmpty())
        said << tr("%Ln pasted text(s) are not ICCIDs and were left in the field:", nullptr,
                   int(why.size()))
             << why;
    m_ui->resultLabel->setText(said.join(u'\n'));
    m_ui->iccidsEdit->setPlainText(bad.join(u'\n'));
}

} // namespace cube
